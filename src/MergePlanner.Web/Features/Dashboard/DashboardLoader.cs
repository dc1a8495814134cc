using MergePlanner.Data;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Personnel;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Dashboard;

public sealed record DashboardView(DashboardModel? Model, int Unaccounted, StructureSummary? Structure, Rollup? Rollup,
    IReadOnlyDictionary<int, int> UnaccountedByOrigin, IReadOnlyDictionary<int, int> PlacedByOrigin, IReadOnlyList<BalanceRow> Balance, long LastChange);

public sealed record BalanceRow(string Tier, bool Warn, IReadOnlyList<BalanceOrigin> Origins);

public sealed record BalanceOrigin(int OriginId, int Appointed, double Share, double Prior);

public sealed record StructureSummary(int Orphans, int OtherLineageIssues, int OpenReviewItems, int StaffingIssueCount, IReadOnlyList<IssueCount> StaffingIssues);

public sealed record IssueCount(Data.Organisation.Staffing.StaffingIssueKind Kind, int Count);

/// <summary>
/// Everything the dashboard shows, read once per change for everyone who sees the same thing: the views are kept on
/// this node by merger, what the person may see (their unit scope, whether they read the whole merger), the level of
/// the roll-up, the day (overdue turns at midnight) and the version of the data — the newest audit entry, every change
/// of what the dashboard counts being audited. Fifty leaders with the dashboard open share one computation; the first
/// to open it after a change computes it (ADR 0023; measured in docs/performance.md).
/// </summary>
public sealed class DashboardCache : Circuits.VersionedCache<DashboardView>;

/// <summary>Reads the dashboard's figures (<see cref="DashboardQuery"/>, the ledger, the structure, the roll-up, the
/// balance) for the person, through <see cref="DashboardCache"/>.</summary>
public sealed class DashboardLoader(DashboardQuery query, LedgerQuery ledger, StructureSnapshot structure, BalanceService balance, DashboardRollup rollups,
    MergePlannerDbContext db, UnitScopeService scopes, MergerContext mergers, CurrentUser current, TimeProvider clock, DashboardCache cache, UnitHoldings holdings,
    DbContextOptions<MergePlannerDbContext>? options = null, LedgerSumsCache? sums = null)
{
    public async Task<DashboardView> LoadAsync(int? unitId, Data.Organisation.UnitType? type, bool fresh = false, CancellationToken cancellationToken = default)
    {
        var version = await Circuits.ChangeFeed.LatestChangeAsync(db, cancellationToken);
        var merger = await mergers.CurrentAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        var readAll = Policies.ReadAllRoles.Any(current.Principal.IsInRole);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var key = $"{merger?.Id}|{(scope.IsAll ? "all" : string.Join(',', scope.UnitIds.Order()))}|{readAll}|{unitId}|{type}|{today:yyyyMMdd}";
        if (fresh)
        {
            ledger.Reset();
            structure.Reset();
        }

        return await cache.GetAsync(key, version, () => ComputeAsync(unitId, type, readAll, scope, version));
    }

    private async Task<DashboardView> ComputeAsync(int? unitId, Data.Organisation.UnitType? type, bool readAll, UnitScope scope, long version)
    {
        var ledgerRead = LedgerBesideAsync();
        var loaded = await query.LoadAsync();
        var totals = await ledgerRead;
        var snapshot = await structure.LoadAsync();
        StructureSummary? summary = null;
        if (loaded is not null && readAll && snapshot is { } s)
        {
            var orphans = s.LineageIssues.Count(i => i.Kind == Data.Organisation.Lineage.LineageIssueKind.NoLineage);
            summary = new StructureSummary(orphans, s.LineageIssues.Count - orphans, s.OpenReviewItems, s.StaffingIssueCount,
                s.Staffing.SelectMany(r => r.Issues).Concat(s.OverallStaffingIssues).GroupBy(i => i.Kind).Select(g => new IssueCount(g.Key, g.Count())).ToList());
        }

        var byOrigin = totals.ByOrigin(id => snapshot?.Unit(id)?.OriginId ?? id).GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Sum(r => r.OpenItems));
        var placed = (await holdings.LoadAsync()).PlacedByOrigin(scope);
        var rows = loaded is null ? [] : (await balance.TiersAsync()).Select(t => new BalanceRow(t.Balance.Tier, t.Balance.Warn,
            t.Balance.Origins.Select(o => new BalanceOrigin(o.OriginId, o.Appointed, o.AppointedShare, o.PriorPostShare)).ToList())).ToList();
        var rolled = loaded is null ? null : await rollups.LoadAsync(unitId, type, totals);
        return new DashboardView(loaded, totals.Unaccounted, summary, rolled, byOrigin, placed, rows, version);
    }

    /// <summary>The ledger's totals — the longest read of the page — on a context of its own over the same database,
    /// merger and person, while the rest is read on this one (a context serves one query at a time): the first open after
    /// a change waits for the longer of the two, not their sum (docs/performance.md). On this context, in turn, when it
    /// is inside a transaction (the read must see its changes) or works for no merger.</summary>
    private Task<LedgerTotals> LedgerBesideAsync()
    {
        if (options is null || db.Database.CurrentTransaction is not null || db.CurrentMergerId is not { } merger)
        {
            return ledger.TotalsAsync();
        }

        return Task.Run(async () =>
        {
            await using var beside = new MergePlannerDbContext(options).ConfineTo(merger);
            var besideMergers = new MergerContext(beside, clock);
            return await new LedgerQuery(beside, besideMergers, new UnitScopeService(beside, current, clock, besideMergers), clock, sums: sums,
                another: () => new MergePlannerDbContext(options).ConfineTo(merger)).TotalsAsync();
        });
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Mergers;

/// <summary>One merger on the national overview.</summary>
public sealed record MergerOverviewRow(
    int Id, string Name, string? ProvinceCode, string Target, IReadOnlyList<string> Sources, MergerPhase Phase, DateOnly EffectiveDate,
    int ItemsTotal, int ItemsUnaccounted, int TasksOverdue, int OfficersTotal, int OfficersPlaced, bool IsCurrent)
{
    public double PlacedShare => OfficersTotal == 0 ? 0 : OfficersPlaced / (double)OfficersTotal;
}

/// <summary>The mergers of this installation for the national roles (Ministry leadership, administrators): the overview
/// of them all and the switch between them. Each figure is computed for every merger in one grouped query by the rules
/// the merger's own pages use (the ledger's LedgerStandingSql, the dashboard's task and placement rules); a test holds
/// the overview equal to each merger's dashboard.</summary>
public sealed class MergerDirectory(MergePlannerDbContext db, CurrentUser current, UserManager<AppUser> users, TimeProvider clock)
{
    public bool IsNational => MergerSelection.IsNational(current.Principal);

    /// <summary>Every merger with its figures; null for a person who is not national.</summary>
    public async Task<IReadOnlyList<MergerOverviewRow>?> OverviewAsync(CancellationToken cancellationToken = default)
    {
        if (!IsNational)
        {
            return null;
        }

        var mergers = await db.Mergers.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.ProvinceCode, m.Status, m.EffectiveDate, Target = m.TargetUnit!.Name })
            .ToListAsync(cancellationToken);
        var sources = await db.MergerSources.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Ordinal)
            .Select(s => new { s.MergerId, s.UnitId, s.Unit!.Name }).ToListAsync(cancellationToken);
        var currentId = MergerSelection.Of(current.Principal);

        // Each figure for every merger at once, by the same rules as the merger's own pages (LedgerStandingSql for the
        // ledger, the dashboard's task and placement rules), across mergers on purpose: IgnoreQueryFilters.
        var roots = sources.Select(s => (int?)s.UnitId).ToList();
        var ledger = new Dictionary<int, (int Items, int Unaccounted)>();
        foreach (var caseFiles in new[] { false, true })
        {
            foreach (var part in LedgerStandingSql.Figures(db, roots, caseFiles))
            {
                var counts = await part.IgnoreQueryFilters()
                    .GroupBy(f => f.MergerId)
                    .Select(g => new { MergerId = g.Key, Items = g.Sum(f => f.Items), Unaccounted = g.Sum(f => f.Open) })
                    .ToListAsync(cancellationToken);
                foreach (var c in counts)
                {
                    var was = ledger.GetValueOrDefault(c.MergerId);
                    ledger[c.MergerId] = (was.Items + c.Items, was.Unaccounted + c.Unaccounted);
                }
            }
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var open = Data.Planning.MergerTaskStatusRules.OpenStatuses.ToList();
        var overdue = await db.MergerTasks.IgnoreQueryFilters()
            .Where(t => t.Deadline < today && open.Contains(t.Status))
            .GroupBy(t => t.MergerId).Select(g => new { MergerId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.MergerId, g => g.Count, cancellationToken);
        var officers = await db.Officers.IgnoreQueryFilters().GroupBy(o => o.MergerId).Select(g => new { MergerId = g.Key, Total = g.Count() })
            .ToDictionaryAsync(g => g.MergerId, g => g.Total, cancellationToken);
        var placed = await db.Officers.IgnoreQueryFilters().Where(Data.Personnel.Officer.IsPlaced).GroupBy(o => o.MergerId).Select(g => new { MergerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.MergerId, g => g.Count, cancellationToken);
        return mergers.Select(m =>
        {
            var items = ledger.GetValueOrDefault(m.Id);

            return new MergerOverviewRow(
                m.Id, m.Name, m.ProvinceCode, m.Target ?? string.Empty, sources.Where(s => s.MergerId == m.Id).Select(s => s.Name).ToList(),
                MergerLife.Phase(m.Status, m.EffectiveDate, today), m.EffectiveDate, items.Items, items.Unaccounted, overdue.GetValueOrDefault(m.Id),
                officers.GetValueOrDefault(m.Id), placed.GetValueOrDefault(m.Id), m.Id == currentId);
        }).ToList();
    }

    /// <summary>Makes another merger the one a national role works in (their next pages show it). False when the person
    /// may not or the merger does not exist.</summary>
    public async Task<bool> SwitchAsync(int mergerId, CancellationToken cancellationToken = default)
    {
        if (!IsNational || !await db.Mergers.IgnoreQueryFilters().AnyAsync(m => m.Id == mergerId, cancellationToken)
            || await users.GetUserAsync(current.Principal) is not { } user)
        {
            return false;
        }

        user.MergerId = mergerId;
        return (await users.UpdateAsync(user)).Succeeded;
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>A tier's balance with the names of the sources and the rules every candidate of the tier is judged by.</summary>
public sealed record TierBalanceView(TierBalance Balance, IReadOnlyDictionary<int, string> SourceNames, PostTier Rules);

/// <summary>
/// The balance between the localities per tier of posts (issue 10, point 6), for everyone who reads every unit (it
/// holds counts, no record): appointees (filled or approved posts) and pending proposals by origin, each source's
/// officers and the posts of the tier its officers held before the merger; the arithmetic is
/// <see cref="BalanceCalculator"/>. One tier row of the rules judges every candidate of a tier, whatever their origin —
/// the view names it.
/// </summary>
public sealed class BalanceService(MergePlannerDbContext db, MergerContext mergers, UnitScopeService scopes, TimeProvider clock, Organisation.UnitHoldings holdings)
{
    /// <summary>The tiers the issue names: the board, heads and deputies of departments, heads and deputies of commune police.</summary>
    public static readonly string[] Tiers = ["ProvinceBoard", "DepartmentHeads", "DepartmentDeputies", "CommuneChiefs", "CommuneDeputies"];

    public async Task<IReadOnlyList<TierBalanceView>> TiersAsync(CancellationToken cancellationToken = default)
    {
        // Counts of the whole merger: only for the people who read every unit of it (not a unit's staff).
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null || !(await scopes.GetAsync(cancellationToken)).IsAll)
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var rules = EligibilityEngine.Default.Rules;
        var sources = merger.Sources.Select(s => s.Id).ToList();
        var names = merger.Sources.ToDictionary(s => s.Id, s => s.ShortName);
        var posts = await db.Posts.AsNoTracking().Where(p => p.HolderId != null && (p.Status == PostStatus.Filled || p.Status == PostStatus.Approved))
            .Select(p => new { p.Position, p.Holder!.OriginId }).ToListAsync(cancellationToken);
        var proposals = await db.Nominations.AsNoTracking().Where(n => n.Status == NominationStatus.Proposed)
            .Select(n => new { n.Post!.Position, n.Officer!.OriginId }).ToListAsync(cancellationToken);
        var officers = (await holdings.LoadAsync(cancellationToken)).Officers;
        var headcount = officers.GroupBy(o => o.OriginId).ToDictionary(g => g.Key, g => g.Sum(o => o.Count));
        var prior = officers.GroupBy(o => new { o.OriginId, o.Position }).Select(g => new { g.Key.OriginId, g.Key.Position, Count = g.Sum(o => o.Count) }).ToList();
        return Tiers.Select(tier =>
        {
            var row = rules.Tiers.Where(t => t.Tier == tier).Select(t => rules.TierFor(t.Positions[0], today)).First();
            bool In(Position p) => row.Positions.Contains(p);
            var balance = BalanceCalculator.Compute(tier, sources,
                posts.Where(p => In(p.Position)).Select(p => p.OriginId).ToList(),
                proposals.Where(p => In(p.Position)).Select(p => p.OriginId).ToList(),
                headcount,
                prior.Where(p => In(p.Position)).GroupBy(p => p.OriginId).ToDictionary(g => g.Key, g => g.Sum(p => p.Count)),
                rules.BalanceWarnGapPoints);
            return new TierBalanceView(balance, names, row);
        }).ToList();
    }
}

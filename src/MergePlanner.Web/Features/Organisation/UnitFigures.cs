using MergePlanner.Data;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Organisation;

/// <summary>What a unit holds, with everything below it: officers, assets with their remaining value, open case files,
/// and how many of the officers are placed in the new structure.</summary>
public sealed record UnitTotals(int Officers, int Assets, decimal AssetValue, int OpenCaseFiles, int Placed)
{
    public static UnitTotals Empty { get; } = new(0, 0, 0, 0, 0);

    public static UnitTotals operator +(UnitTotals a, UnitTotals b) => new(a.Officers + b.Officers, a.Assets + b.Assets, a.AssetValue + b.AssetValue, a.OpenCaseFiles + b.OpenCaseFiles, a.Placed + b.Placed);

    /// <summary>The list behind a figure: the unit and below it, in the structure the figure is counted in.</summary>
    public static string ListUrl(string list, int unitId, bool after, string extra = "") => $"{list}?unit={unitId}{extra}{(after ? "&structure=after" : string.Empty)}";
}

/// <summary>
/// The one place a unit's figures are counted — the unit page, the unit list's PDF and the dashboard's rows by force all
/// ask here, so they cannot differ. A unit of a source force holds what its units hold today; a unit of the new force
/// holds what the lineage brings into it (every unit of the sources mapped onto it, and anything held in it already):
/// before and after the effective date, before and after placement, the new police "has" the same officers and assets.
/// Within the person's scope.
/// </summary>
public sealed class UnitFigures(MergePlannerDbContext db, MergerContext mergers, UnitScopeService scopes, StructureView structures, UnitHoldings holdings)
{
    /// <summary>The figures of a unit and everything below it; null when the person may not see the unit.</summary>
    public async Task<UnitTotals?> OfAsync(int unitId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var after = await IsNewStructureAsync(unitId, cancellationToken);
        var below = await structures.FilterAsync(scope, unitId, after, cancellationToken);
        return below.IsRefused ? null : await CountAsync(below, cancellationToken);
    }

    /// <summary>Whether a unit belongs to a merger's new force (its figures are counted through the lineage).</summary>
    public async Task<bool> IsNewStructureAsync(int unitId, CancellationToken cancellationToken = default)
    {
        var origin = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.OriginId).FirstOrDefaultAsync(cancellationToken);
        return origin is { } o && await db.Mergers.AnyAsync(m => m.TargetUnitId == o, cancellationToken);
    }

    /// <summary>The merger's forces (the sources, then the new force), each with its figures.</summary>
    public async Task<IReadOnlyList<(RootUnit Root, UnitTotals Totals)>> ForcesAsync(CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return [];
        }

        var scope = await scopes.GetAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var result = new List<(RootUnit, UnitTotals)>();
        foreach (var root in merger.Roots)
        {
            // A force counts what the person sees of it: their own units of a source (a unit's staff see theirs, not
            // the force's), and of the new force what the lineage brings from the units they see.
            var below = root.IsTarget
                ? await structures.FilterAsync(scope, root.Id, after: true, cancellationToken)
                : UnitScope.Subtree(root.Id, units.Select(u => (u.Id, u.ParentId))).Intersect(scope);
            result.Add((root, below.IsRefused ? UnitTotals.Empty : await CountAsync(below, cancellationToken)));
        }

        return result;
    }

    private async Task<UnitTotals> CountAsync(UnitScope holders, CancellationToken cancellationToken) =>
        (await holdings.LoadAsync(cancellationToken)).Totals(holders);
}

using MergePlanner.Data;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

/// <summary>Lets a list be read by the pre-merger structure (where items are held today) or by the post-merger
/// structure (the target unit lineage leads each holding unit to).</summary>
public sealed class StructureView(StructureSnapshot snapshot, MergePlannerDbContext db)
{
    public const string After = "after";

    public static bool IsAfter(string? structure) => string.Equals(structure, After, StringComparison.OrdinalIgnoreCase);

    /// <summary>The user's scope narrowed to a unit and everything below it — in the chosen structure; a unit the
    /// user may not name answers <see cref="UnitScope.Refused"/>.</summary>
    public async Task<UnitScope> FilterAsync(UnitScope scope, int? unitId, bool after, CancellationToken cancellationToken = default)
    {
        if (!after || unitId is null)
        {
            return await UnitTree.FilterAsync(db, scope, unitId, cancellationToken);
        }

        var model = await snapshot.LoadAsync(cancellationToken);
        if (model is null)
        {
            return UnitScope.Nothing;
        }

        var targets = UnitScope.Subtree(unitId.Value, model.Units.Select(u => (u.Id, u.ParentId)));
        var holders = model.Units.Where(u => model.Map.Resolve(u.Id).TargetUnitId is { } t && targets.Includes(t)).Select(u => u.Id);
        var visible = UnitScope.Only(holders).Intersect(scope);

        // A new unit may be named when it is in scope or receives something the user holds; any other is refused.
        return scope.Includes(unitId.Value) || visible.UnitIds.Count > 0 ? visible : UnitScope.Refused;
    }

    /// <summary>The unit a row is shown under: its own (before) or its target (after).</summary>
    public async Task<Func<int, (int Id, string Name)?>> UnitLabelAsync(bool after, CancellationToken cancellationToken = default)
    {
        if (!after)
        {
            return _ => null;
        }

        var model = await snapshot.LoadAsync(cancellationToken);
        return unitId => model?.Map.Resolve(unitId).TargetUnitId is { } t && model.Unit(t) is { } unit ? (unit.Id, unit.Name) : null;
    }
}

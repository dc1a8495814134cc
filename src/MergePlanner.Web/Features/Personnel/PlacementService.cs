using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Placement;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>A former unit: its officers, how many are placed in the new structure, and where "nguyên trạng" takes
/// them.</summary>
public sealed record PlacementUnitRow(int UnitId, string Code, string Name, string? Origin, int? TargetUnitId, string? TargetName, int Officers, int Placed)
{
    public int NotPlaced => Officers - Placed;
}

public sealed record PlacementBoard(IReadOnlyList<PlacementUnitRow> Units, bool MayPlace)
{
    public int Officers => Units.Sum(u => u.Officers);

    public int Placed => Units.Sum(u => u.Placed);

    public int NotPlaced => Officers - Placed;
}

/// <summary>A cap a placement goes past, worded for the person deciding.</summary>
public sealed record CapWarning(int UnitId, string UnitName, PositionGroup Group, int Authorised, int After);

/// <summary>What a "nguyên trạng" transfer of a former unit would do.</summary>
public sealed record BulkPreview(int SourceUnitId, string SourceName, int TargetUnitId, string TargetName, int Officers, IReadOnlyList<CapWarning> Warnings);

/// <summary>The outcome of a placement: an error (nothing changed), or the caps it needs a reason to go past (nothing
/// changed either), or done with the number of officers placed.</summary>
public sealed record PlacementOutcome(string? Error, IReadOnlyList<CapWarning> Warnings, int Placed)
{
    public bool Done => Error is null && Placed > 0;
}

public sealed record PlacementTarget(int UnitId, string Name, UnitType Type, IReadOnlyList<Position> Positions);

public sealed record PlacementStep(
    long Id, DateTime AtUtc, PlacementKind Kind, int OfficerId, string OfficerName, string? FromUnit, Position? FromPosition, string ToUnit, Position ToPosition,
    string? Reason, string? CapsOverridden, string? OverrideReason, string UserName);

/// <summary>
/// Placement of every officer in the new structure (issue 10, point 7): a former unit moved "nguyên trạng" along its
/// lineage, each officer keeping their position; then officers arranged one by one with a reason. Every step is kept in
/// the placement history; the staffing caps (biên chế) warn and may be passed only with a reason. Leadership posts are
/// filled by the selection workflow, not here. Every method checks the role (<see cref="AppAction.EditPersonnel"/>,
/// across every unit), the scope and the merger itself.
/// </summary>
public sealed class PlacementService(
    MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, StructureSnapshot snapshot, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int RecentSteps = 200;

    /// <summary>Every former unit holding officers in the person's scope, with its placed and not-placed counts.</summary>
    public async Task<PlacementBoard?> BoardAsync(CancellationToken cancellationToken = default)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        if (model is null)
        {
            return null;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        // Placed by the one rule the dashboard and the staffing count by (Officer.IsPlaced).
        var inScope = db.Officers.AsNoTracking().InScope(scope, o => o.UnitId);
        var placedBy = await inScope.Where(Officer.IsPlaced).GroupBy(o => o.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var counts = (await inScope.GroupBy(o => o.UnitId).Select(g => new { UnitId = g.Key, Officers = g.Count() }).ToListAsync(cancellationToken))
            .Select(c => new { c.UnitId, c.Officers, Placed = placedBy.GetValueOrDefault(c.UnitId) }).ToList();
        var origins = model.Merger.Sources.ToDictionary(s => s.Id, s => s.ShortName);
        var rows = counts.Select(c =>
            {
                var unit = model.Unit(c.UnitId);
                var target = Successor(model, c.UnitId);
                return new PlacementUnitRow(c.UnitId, unit?.Code ?? string.Empty, unit?.Name ?? string.Empty,
                    unit?.OriginId is { } o ? origins.GetValueOrDefault(o) : null, target, target is { } t ? model.Unit(t)?.Name : null, c.Officers, c.Placed);
            })
            .OrderByDescending(r => r.NotPlaced > 0).ThenBy(r => r.Origin).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return new PlacementBoard(rows, (await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll);
    }

    /// <summary>The units of the new structure an officer may be placed in, with their positions.</summary>
    public async Task<IReadOnlyList<PlacementTarget>> TargetsAsync(CancellationToken cancellationToken = default)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        return model is null || !(await scopes.GetAsync(cancellationToken)).IsAll
            ? []
            : model.Staffing.Where(s => s.Unit.Status == UnitStatus.Active)
                .Select(s => new PlacementTarget(s.Unit.Id, s.Unit.Name, s.Unit.Type, PlacementRules.PositionsFor(s.Unit.Type, OrganisationRuleSet.Default)))
                .Where(t => t.Positions.Count > 0)
                .ToList();
    }

    public async Task<(BulkPreview? Preview, string? Error)> PreviewAsync(int sourceUnitId, CancellationToken cancellationToken = default)
    {
        var (plan, error) = await PlanBulkAsync(sourceUnitId, track: false, cancellationToken);
        return plan is null ? (null, error) : (plan.Preview, null);
    }

    /// <summary>Moves every not-yet-placed officer of a former unit to its successor, each keeping their position (or
    /// its equal there). All or nothing; refused without a reason when it goes past a cap.</summary>
    public async Task<PlacementOutcome> TransferAsync(int sourceUnitId, string? overrideReason, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll)
        {
            return Refused(l["Placement.Err.Forbidden"]);
        }

        db.ChangeTracker.Clear();
        snapshot.Reset();
        var (plan, error) = await PlanBulkAsync(sourceUnitId, track: true, cancellationToken);
        if (plan is null)
        {
            return Refused(error!);
        }

        if (plan.Preview.Warnings.Count > 0 && string.IsNullOrWhiteSpace(overrideReason))
        {
            return new PlacementOutcome(null, plan.Preview.Warnings, 0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (officer, position) in plan.Moves)
        {
            (officer.PlacedUnitId, officer.PlacedPosition) = (plan.Preview.TargetUnitId, position);
            db.PlacementRecords.Add(new PlacementRecord
            {
                OfficerId = officer.Id, Kind = PlacementKind.Bulk, ToUnitId = plan.Preview.TargetUnitId, ToPosition = position,
                Reason = l["Placement.BulkReason"], CapsOverridden = Worded(plan.Preview.Warnings), OverrideReason = plan.Preview.Warnings.Count > 0 ? Trimmed(overrideReason) : null,
                UserName = current.Name, AtUtc = now,
            });
        }

        return await SaveAsync(plan.Moves.Count, cancellationToken);
    }

    /// <summary>Arranges one officer in a unit and position of the new structure, with the reason. A leadership
    /// position that has posts is filled by selection and refused here; a post the officer held is vacated.</summary>
    public async Task<PlacementOutcome> PlaceAsync(int officerId, int unitId, Position position, string? reason, string? overrideReason, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll)
        {
            return Refused(l["Placement.Err.Forbidden"]);
        }

        db.ChangeTracker.Clear();
        snapshot.Reset();
        var model = await snapshot.LoadAsync(cancellationToken);
        var officer = await db.Officers.SingleOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (model is null || officer is null)
        {
            return Refused(l["Officer.NotFound"]);
        }

        var target = model.Staffing.FirstOrDefault(s => s.Unit.Id == unitId && s.Unit.Status == UnitStatus.Active);
        if (target is null)
        {
            return Refused(l["Placement.Err.Target"]);
        }

        if (!PlacementRules.PositionsFor(target.Unit.Type, OrganisationRuleSet.Default).Contains(position))
        {
            return Refused(string.Format(CultureInfo.CurrentCulture, l["Placement.Err.Position"], l[$"Position.{position}"].Value, target.Unit.Name));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refused(l["Placement.Err.Reason"]);
        }

        if (officer.PlacedUnitId == unitId && officer.PlacedPosition == position)
        {
            return Refused(l["Placement.Err.Same"]);
        }

        if (StaffingRules.GroupOf(position) != PositionGroup.Staff && await db.Posts.AnyAsync(p => p.UnitId == unitId && p.Position == position, cancellationToken))
        {
            return Refused(l["Placement.Err.LeadershipPost"]);
        }

        var warnings = Warnings(model, [new PlacementMove(officer.PlacedUnitId, officer.PlacedPosition, unitId, position)]);
        if (warnings.Count > 0 && string.IsNullOrWhiteSpace(overrideReason))
        {
            return new PlacementOutcome(null, warnings, 0);
        }

        // Moved away from a leadership post of the new structure: the post opens for its own selection.
        foreach (var held in await db.Posts.Where(p => p.HolderId == officer.Id).ToListAsync(cancellationToken))
        {
            (held.HolderId, held.Status, held.DecisionNumber, held.DecidedOn) = (null, PostStatus.Vacant, null, null);
        }

        db.PlacementRecords.Add(new PlacementRecord
        {
            OfficerId = officer.Id, Kind = PlacementKind.Individual, FromUnitId = officer.PlacedUnitId, FromPosition = officer.PlacedPosition,
            ToUnitId = unitId, ToPosition = position, Reason = reason.Trim(), CapsOverridden = Worded(warnings), OverrideReason = warnings.Count > 0 ? Trimmed(overrideReason) : null,
            UserName = current.Name, AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        (officer.PlacedUnitId, officer.PlacedPosition) = (unitId, position);
        return await SaveAsync(1, cancellationToken);
    }

    /// <summary>One officer's placement history, newest first; empty outside the person's scope.</summary>
    public async Task<IReadOnlyList<PlacementStep>> HistoryAsync(int officerId, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        if (!await db.Officers.InScope(scope, o => o.UnitId).AnyAsync(o => o.Id == officerId, cancellationToken))
        {
            return [];
        }

        return await Steps(db.PlacementRecords.Where(r => r.OfficerId == officerId)).ToListAsync(cancellationToken);
    }

    /// <summary>Whether the person may place officers: personnel staff and administrators, in a merger not closed.</summary>
    public async Task<bool> MayPlaceAsync(CancellationToken cancellationToken = default) =>
        (await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll;

    /// <summary>Whether the officer holds a post of the new structure (told to the people who may place them).</summary>
    public async Task<bool> HoldsPostAsync(int officerId, CancellationToken cancellationToken = default) =>
        await MayPlaceAsync(cancellationToken) && await db.Posts.AnyAsync(p => p.HolderId == officerId, cancellationToken);

    /// <summary>The latest steps of the merger, for the placement page (people who read every unit).</summary>
    public async Task<IReadOnlyList<PlacementStep>> RecentAsync(CancellationToken cancellationToken = default) =>
        (await scopes.GetAsync(cancellationToken)).IsAll ? await Steps(db.PlacementRecords).Take(RecentSteps).ToListAsync(cancellationToken) : [];

    public string Worded(CapWarning warning) => string.Format(CultureInfo.CurrentCulture, l["Placement.CapWarning"],
        warning.UnitName, l[$"PositionGroup.{warning.Group}"].Value, warning.After, warning.Authorised);

    private static IQueryable<PlacementStep> Steps(IQueryable<PlacementRecord> records) =>
        records.AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new PlacementStep(r.Id, r.AtUtc, r.Kind, r.OfficerId, r.Officer!.FullName, r.FromUnit!.Name, r.FromPosition, r.ToUnit!.Name, r.ToPosition,
                r.Reason, r.CapsOverridden, r.OverrideReason, r.UserName));

    private sealed record BulkPlan(BulkPreview Preview, IReadOnlyList<(Officer Officer, Position Position)> Moves);

    private async Task<(BulkPlan? Plan, string? Error)> PlanBulkAsync(int sourceUnitId, bool track, CancellationToken cancellationToken)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        var source = model?.Unit(sourceUnitId);
        if (model is null || source is null || !(await scopes.GetAsync(cancellationToken)).Includes(sourceUnitId))
        {
            return (null, l["Placement.Err.Unit"]);
        }

        if (Successor(model, sourceUnitId) is not { } targetId || model.Staffing.FirstOrDefault(s => s.Unit.Id == targetId) is not { } target)
        {
            return (null, string.Format(CultureInfo.CurrentCulture, l["Placement.Err.NoSuccessor"], source.Name));
        }

        var query = db.Officers.Where(o => o.UnitId == sourceUnitId).Where(Officer.IsNotPlaced).OrderBy(o => o.Id);
        var officers = await (track ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        if (officers.Count == 0)
        {
            return (null, string.Format(CultureInfo.CurrentCulture, l["Placement.Err.NothingLeft"], source.Name));
        }

        var moves = officers.Select(o => (o, PlacementRules.Equivalent(o.Position, target.Unit.Type, OrganisationRuleSet.Default))).ToList();
        var warnings = Warnings(model, moves.Select(m => new PlacementMove(null, null, targetId, m.Item2)));
        return (new BulkPlan(new BulkPreview(sourceUnitId, source.Name, targetId, target.Unit.Name, officers.Count, warnings), moves), null);
    }

    /// <summary>The unit of the new structure a former unit flows into, by the lineage map (itself for a unit of the new
    /// structure).</summary>
    private static int? Successor(StructureSnapshot.Model model, int unitId) =>
        model.IsTarget(unitId) ? unitId : model.Map.Resolve(unitId) is { Outcome: MappingOutcome.Mapped, TargetUnitId: { } t } ? t : null;

    private static List<CapWarning> Warnings(StructureSnapshot.Model model, IEnumerable<PlacementMove> moves)
    {
        var placed = new Dictionary<(int, PositionGroup), int>();
        var authorised = new Dictionary<(int, PositionGroup), int>();
        foreach (var row in model.Staffing)
        {
            foreach (var group in Enum.GetValues<PositionGroup>())
            {
                placed[(row.Unit.Id, group)] = row.Staffing.Placed(group);
                if (row.Staffing.Quota.TryGetValue(group, out var cap))
                {
                    authorised[(row.Unit.Id, group)] = cap;
                }
            }
        }

        return PlacementRules.Excess(placed, authorised, moves)
            .Select(e => new CapWarning(e.UnitId, model.Unit(e.UnitId)?.Name ?? string.Empty, e.Group, e.Authorised, e.After)).ToList();
    }

    private string? Worded(IReadOnlyList<CapWarning> warnings) => warnings.Count == 0 ? null : string.Join("; ", warnings.Select(Worded));

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static PlacementOutcome Refused(string error) => new(error, [], 0);

    private async Task<PlacementOutcome> SaveAsync(int placed, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            snapshot.Reset();
            return new PlacementOutcome(null, [], placed);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(l["Common.Concurrency"]);
        }
    }
}

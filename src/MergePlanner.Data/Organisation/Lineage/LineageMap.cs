namespace MergePlanner.Data.Organisation.Lineage;

/// <summary>The minimal facts about a unit the lineage rules need.</summary>
public sealed record UnitNode(int Id, int? ParentId, int? OriginId, UnitType Type, UnitStatus Status, string Code, string Name);

/// <summary>The minimal facts about a lineage row.</summary>
public sealed record LineageEdge(int Id, int FromUnitId, int? ToUnitId, LineageKind Kind, LineagePortion Portion, decimal? SharePercent);

public enum MappingOutcome
{
    /// <summary>The unit belongs to the target structure itself.</summary>
    Target,

    /// <summary>Followed lineage to a target unit.</summary>
    Mapped,

    /// <summary>Dissolved with no successor: its items leave the structure by an explicit decision.</summary>
    Dissolved,

    /// <summary>No lineage: flagged, its items are not yet accounted for in the new structure.</summary>
    Unmapped,

    /// <summary>The lineage loops back on itself: flagged as an error.</summary>
    Cycle,
}

public readonly record struct Mapping(MappingOutcome Outcome, int? TargetUnitId);

/// <summary>Where each unit's people and things end up in the target structure: follows lineage (through
/// chains such as district police → provincial police → new provincial police) to one primary successor.
/// A split sends everything to its largest part until items get their own disposition; a team without
/// lineage of its own follows its parent.</summary>
public sealed class LineageMap
{
    private readonly Dictionary<int, UnitNode> _units;
    private readonly ILookup<int, LineageEdge> _edges;
    private readonly int _targetRootId;
    private readonly Dictionary<int, Mapping> _memo = [];

    public LineageMap(IEnumerable<UnitNode> units, IEnumerable<LineageEdge> edges, int targetRootId)
    {
        _units = units.ToDictionary(u => u.Id);
        _edges = edges.ToLookup(e => e.FromUnitId);
        _targetRootId = targetRootId;
    }

    public Mapping Resolve(int unitId) => Resolve(unitId, []);

    /// <summary>The successor a unit's items follow, among its own lineage rows; null if none points anywhere.</summary>
    public static LineageEdge? Primary(IEnumerable<LineageEdge> edges) =>
        edges.Where(e => e.ToUnitId is not null && e.Kind != LineageKind.Dissolved)
            .OrderBy(e => e.Kind switch
            {
                LineageKind.MergedInto or LineageKind.Renamed when e.Portion == LineagePortion.Whole => 0,
                LineageKind.MergedInto or LineageKind.Renamed => 1,
                LineageKind.Split => 2,
                _ => 3,
            })
            .ThenByDescending(e => e.SharePercent ?? 0)
            .ThenBy(e => e.Portion == LineagePortion.Remainder ? 0 : 1)
            .ThenBy(e => e.ToUnitId)
            .FirstOrDefault();

    private Mapping Resolve(int unitId, HashSet<int> path)
    {
        if (_memo.TryGetValue(unitId, out var known))
        {
            return known;
        }

        if (!_units.TryGetValue(unitId, out var unit))
        {
            return new Mapping(MappingOutcome.Unmapped, null);
        }

        if (unit.OriginId == _targetRootId || unit.Id == _targetRootId)
        {
            return _memo[unitId] = new Mapping(MappingOutcome.Target, unit.Id);
        }

        if (!path.Add(unitId))
        {
            return new Mapping(MappingOutcome.Cycle, null);
        }

        var own = _edges[unitId].ToList();
        Mapping result;
        if (Primary(own) is { ToUnitId: { } next })
        {
            var onward = Resolve(next, path);
            result = onward.Outcome == MappingOutcome.Target ? new Mapping(MappingOutcome.Mapped, onward.TargetUnitId) : onward;
        }
        else if (own.Any(e => e.Kind == LineageKind.Dissolved))
        {
            result = new Mapping(MappingOutcome.Dissolved, null);
        }
        else if (unit.Type == UnitType.Team && unit.ParentId is { } parent)
        {
            result = Resolve(parent, path);
        }
        else
        {
            result = new Mapping(MappingOutcome.Unmapped, null);
        }

        path.Remove(unitId);
        return _memo[unitId] = result;
    }
}

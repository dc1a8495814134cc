using MergePlanner.Data.Organisation.Lineage;

namespace MergePlanner.Web.Features.Structure;

/// <summary>What a unit holds: officers, assets, case files and open merger tasks.</summary>
public readonly record struct Figures(int Officers, int Assets, int CaseFiles, int OpenTasks)
{
    public static Figures operator +(Figures a, Figures b) =>
        new(a.Officers + b.Officers, a.Assets + b.Assets, a.CaseFiles + b.CaseFiles, a.OpenTasks + b.OpenTasks);

    public bool IsEmpty => Officers == 0 && Assets == 0 && CaseFiles == 0 && OpenTasks == 0;
}

/// <summary>Figures split by the locality they come from (key: the origin root's id).</summary>
public sealed class OriginFigures
{
    private readonly Dictionary<int, Figures> _byOrigin = [];

    public IReadOnlyDictionary<int, Figures> ByOrigin => _byOrigin;

    public Figures Total => _byOrigin.Values.Aggregate(default(Figures), (a, b) => a + b);

    public Figures For(int originId) => _byOrigin.GetValueOrDefault(originId);

    public void Add(int originId, Figures figures)
    {
        if (!figures.IsEmpty)
        {
            _byOrigin[originId] = _byOrigin.GetValueOrDefault(originId) + figures;
        }
    }

    public void Add(OriginFigures other)
    {
        foreach (var (origin, figures) in other._byOrigin)
        {
            Add(origin, figures);
        }
    }
}

/// <summary>Where the figures of one source locality went: into the target structure, out by an explicit
/// dissolution, or nowhere yet (units without lineage, flagged).</summary>
public sealed record OriginReconciliation(int OriginId, Figures Source, Figures IntoTarget, Figures Dissolved, Figures Unmapped)
{
    public bool AddsUp => Source == IntoTarget + Dissolved + Unmapped;
}

/// <summary>Roll-ups for the trees: a source node totals what it and everything below it hold; a target node
/// totals what lineage brings into it and below it (split by origin) plus what target units hold themselves.
/// The sum over the target equals the sum over the sources less what dissolved or is not yet mapped.</summary>
public sealed class StructureRollup
{
    private readonly Dictionary<int, OriginFigures> _own = [];
    private readonly Dictionary<int, OriginFigures> _total = [];

    public StructureRollup(IReadOnlyCollection<UnitNode> units, IReadOnlyDictionary<int, Figures> held, LineageMap map, int targetRootId, IReadOnlyCollection<int> sourceRootIds)
    {
        var byId = units.ToDictionary(u => u.Id);
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);
        var sources = sourceRootIds.ToHashSet();
        var reconciliation = sourceRootIds.ToDictionary(id => id, _ => (Source: default(Figures), Into: default(Figures), Dissolved: default(Figures), Unmapped: default(Figures)));

        foreach (var unit in units)
        {
            _own[unit.Id] = new OriginFigures();
        }

        foreach (var (unitId, figures) in held)
        {
            if (!byId.TryGetValue(unitId, out var unit) || unit.OriginId is not { } origin)
            {
                continue;
            }

            _own[unitId].Add(origin, figures);
            if (origin == targetRootId)
            {
                continue;
            }

            // A source unit's holdings also appear, attributed, on the target unit lineage leads them to.
            var mapping = map.Resolve(unitId);
            if (sources.Contains(origin))
            {
                var r = reconciliation[origin];
                r.Source += figures;
                switch (mapping.Outcome)
                {
                    case MappingOutcome.Mapped when mapping.TargetUnitId is { } t && _own.ContainsKey(t):
                        r.Into += figures;
                        break;
                    case MappingOutcome.Dissolved:
                        r.Dissolved += figures;
                        break;
                    default:
                        r.Unmapped += figures;
                        break;
                }

                reconciliation[origin] = r;
            }

            if (mapping is { Outcome: MappingOutcome.Mapped, TargetUnitId: { } target } && _own.ContainsKey(target))
            {
                AttributedTo(target).Add(origin, figures);
            }
        }

        foreach (var root in units.Where(u => u.ParentId is null))
        {
            Sum(root.Id, children);
        }

        Reconciliation = reconciliation.Select(r => new OriginReconciliation(r.Key, r.Value.Source, r.Value.Into, r.Value.Dissolved, r.Value.Unmapped)).ToList();
    }

    public IReadOnlyList<OriginReconciliation> Reconciliation { get; }

    /// <summary>What the unit itself holds (for a target unit: plus what lineage attributes to it).</summary>
    public OriginFigures Own(int unitId) => _own.TryGetValue(unitId, out var own) ? Combined(own, unitId) : new OriginFigures();

    /// <summary>The unit and everything below it.</summary>
    public OriginFigures Total(int unitId) => _total.GetValueOrDefault(unitId) ?? new OriginFigures();

    private readonly Dictionary<int, OriginFigures> _attributed = [];

    private OriginFigures AttributedTo(int unitId)
    {
        if (!_attributed.TryGetValue(unitId, out var figures))
        {
            _attributed[unitId] = figures = new OriginFigures();
        }

        return figures;
    }

    private OriginFigures Combined(OriginFigures own, int unitId)
    {
        var result = new OriginFigures();
        result.Add(own);
        if (_attributed.TryGetValue(unitId, out var attributed))
        {
            result.Add(attributed);
        }

        return result;
    }

    private OriginFigures Sum(int unitId, ILookup<int, UnitNode> children)
    {
        var total = Combined(_own[unitId], unitId);
        foreach (var child in children[unitId])
        {
            total.Add(Sum(child.Id, children));
        }

        return _total[unitId] = total;
    }
}

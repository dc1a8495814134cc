using MergePlanner.Data;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Structure;

public sealed record LineageRow(int Id, int FromUnitId, int? ToUnitId, LineageKind Kind, LineagePortion Portion, decimal? SharePercent, DateOnly EffectiveDate, string? DecisionReference, string? Note, int Version);

public sealed record StaffingRow(UnitNode Unit, UnitStaffing Staffing, IReadOnlyList<StaffingIssue> Issues);

/// <summary>The whole structure of the current merger: units, lineage, what each unit holds, the lineage map, roll-ups,
/// staffing and the rule checks. Pages read from it; it never writes. It is shared by the page and its panels while one
/// page is drawn, and no longer: an interactive circuit lives for hours, and what someone else changed must show on
/// the next page.</summary>
public sealed class StructureSnapshot(MergePlannerDbContext db, MergerContext mergers, TimeProvider clock, UnitHoldings holdings)
{
    private readonly Circuits.DrawCache<Model?> _model = new(clock, db);

    public Task<Model?> LoadAsync(CancellationToken cancellationToken = default) => _model.GetAsync(() => BuildAsync(cancellationToken));

    /// <summary>After a change, the next load reads the database again.</summary>
    public void Reset()
    {
        _model.Reset();
        holdings.Reset();
    }

    private async Task<Model?> BuildAsync(CancellationToken cancellationToken)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().OrderBy(u => u.SortOrder)
            .Select(u => new UnitNode(u.Id, u.ParentId, u.OriginId, u.Type, u.Status, u.Code, u.Name)).ToListAsync(cancellationToken);
        var lineage = await db.UnitLineages.AsNoTracking()
            .Select(l => new LineageRow(l.Id, l.FromUnitId, l.ToUnitId, l.Kind, l.Portion, l.SharePercent, l.EffectiveDate, l.DecisionReference, l.Note, l.Version))
            .ToListAsync(cancellationToken);
        var edges = lineage.Select(l => new LineageEdge(l.Id, l.FromUnitId, l.ToUnitId, l.Kind, l.Portion, l.SharePercent)).ToList();
        var map = new LineageMap(units, edges, merger.Target.Id);

        var openTaskStatuses = MergerTaskStatusRules.OpenStatuses.ToList();
        var held = await holdings.LoadAsync(cancellationToken);
        var officers = held.OfficersByUnit();
        var assets = held.AssetsByUnit();
        var cases = held.CaseFilesByUnit();
        var tasks = await db.MergerTasks.Where(t => openTaskStatuses.Contains(t.Status)).GroupBy(t => t.ResponsibleUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var figures = officers.Keys.Concat(assets.Keys).Concat(cases.Keys).Concat(tasks.Keys).Distinct()
            .ToDictionary(id => id, id => new Figures(officers.GetValueOrDefault(id), assets.GetValueOrDefault(id), cases.GetValueOrDefault(id), tasks.GetValueOrDefault(id)));

        var sourceRoots = merger.Sources.Select(s => s.Id).ToList();
        var rollup = new StructureRollup(units, figures, map, merger.Target.Id, sourceRoots);
        var issues = LineageRules.Check(units, edges, sourceRoots, merger.Target.Id);
        var staffing = await StaffingAsync(units, map, merger.Target.Id, officers, held, cancellationToken);
        var openReview = await db.LineageReviewItems.CountAsync(r => r.MergerId == merger.Id && !r.Resolved, cancellationToken);
        return new Model(merger, units, lineage, map, rollup, issues, staffing.Rows, staffing.Overall, openReview);
    }

    private async Task<(List<StaffingRow> Rows, List<StaffingIssue> Overall)> StaffingAsync(List<UnitNode> units, LineageMap map, int targetRootId, Dictionary<int, int> officersByUnit, UnitHoldings.Holdings held, CancellationToken cancellationToken)
    {
        var placed = held.Officers.Where(o => o.IsPlaced).ToLookup(o => o.PlacedUnitId!.Value);
        var quotas = (await db.StaffingQuotas.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(q => q.UnitId);
        var before = new Dictionary<int, int>();
        foreach (var (unitId, count) in officersByUnit)
        {
            if (map.Resolve(unitId) is { Outcome: MappingOutcome.Mapped, TargetUnitId: { } target })
            {
                before[target] = before.GetValueOrDefault(target) + count;
            }
        }

        var targetUnits = units.Where(u => u.OriginId == targetRootId && u.Id != targetRootId).ToList();
        var staffing = targetUnits.Select(u =>
        {
            int Count(PositionGroup group) => placed[u.Id].Where(p => StaffingRules.GroupOf(p.PlacedPosition!.Value) == group).Sum(p => p.Count);
            return new UnitStaffing(u.Id, u.Type, before.GetValueOrDefault(u.Id), Count(PositionGroup.Head), Count(PositionGroup.Deputy), Count(PositionGroup.Staff),
                quotas[u.Id].ToDictionary(q => q.Group, q => q.Authorised));
        }).ToList();

        // The merger-wide rule compares with every officer of the sources, placed or not.
        var targetIds = units.Where(u => u.OriginId == targetRootId).Select(u => u.Id).ToHashSet();
        var totalBefore = officersByUnit.Where(o => !targetIds.Contains(o.Key)).Sum(o => o.Value);
        var issues = StaffingRules.Check(staffing, OrganisationRuleSet.Default, totalBefore);
        var byUnit = issues.Where(i => i.UnitId is not null).ToLookup(i => i.UnitId!.Value);
        var rows = targetUnits.Zip(staffing, (u, s) => new StaffingRow(u, s, byUnit[u.Id].ToList())).ToList();
        return (rows, issues.Where(i => i.UnitId is null).ToList());
    }

    public sealed record Model(
        MergerInfo Merger,
        IReadOnlyList<UnitNode> Units,
        IReadOnlyList<LineageRow> Lineage,
        LineageMap Map,
        StructureRollup Rollup,
        IReadOnlyList<LineageIssue> LineageIssues,
        IReadOnlyList<StaffingRow> Staffing,
        IReadOnlyList<StaffingIssue> OverallStaffingIssues,
        int OpenReviewItems)
    {
        private readonly Dictionary<int, UnitNode> _byId = Units.ToDictionary(u => u.Id);
        private readonly ILookup<int, UnitNode> _children = Units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value);

        public UnitNode? Unit(int id) => _byId.GetValueOrDefault(id);

        public IEnumerable<UnitNode> Children(int id) => _children[id];

        public IEnumerable<LineageRow> Successors(int unitId) => Lineage.Where(l => l.FromUnitId == unitId);

        public IEnumerable<LineageRow> Predecessors(int unitId) => Lineage.Where(l => l.ToUnitId == unitId);

        public bool IsTarget(int unitId) => Unit(unitId)?.OriginId == Merger.Target.Id;

        public int StaffingIssueCount => Staffing.Sum(s => s.Issues.Count) + OverallStaffingIssues.Count;
    }
}

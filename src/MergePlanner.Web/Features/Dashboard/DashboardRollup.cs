using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Dashboard;

/// <summary>One unit of the new structure on the dashboard's roll-up: what the lineage brings into it and everything
/// below it — officers (and by origin), how many are placed, assets, items still unaccounted, overdue tasks.</summary>
public sealed record RollupRow(int UnitId, string Code, string Name, bool HasChildren, int Officers, IReadOnlyDictionary<int, int> OfficersByOrigin,
    int Placed, int Assets, int ItemsUnaccounted, int TasksOverdue)
{
    /// <summary>Set on a row that stands for every unit of one kind below the unit looked at (the departments, the commune
    /// police): a province has a hundred and more units right below it, which a dashboard shows as a few groups first.</summary>
    public Data.Organisation.UnitType? Group { get; init; }

    public int Units { get; init; } = 1;

    public double PlacedShare => Officers == 0 ? 0 : Placed / (double)Officers;
}

/// <summary>A level of the roll-up: the unit looked at (the province, a department, …), the path to it, its rows.</summary>
public sealed record Rollup(int UnitId, string Name, IReadOnlyList<RollupStep> Path, IReadOnlyList<RollupRow> Rows, RollupRow Total)
{
    /// <summary>The kind of unit the rows are limited to, when a group was opened.</summary>
    public Data.Organisation.UnitType? Type { get; init; }
}

public sealed record RollupStep(int Id, string Name);

/// <summary>
/// The roll-up of the new structure, province → department → commune: each item held today (by a unit of a source or of
/// the new force) is counted under the new unit its lineage leads to — the same mapping as the unit pages
/// (<see cref="StructureView"/>), so a row equals that unit's page — then summed up the tree to the children of the unit
/// looked at. The units' holdings read once (<see cref="UnitHoldings"/>) and the ledger's rows, whatever the level, within the
/// person's scope.
/// </summary>
public sealed class DashboardRollup(MergePlannerDbContext db, StructureSnapshot snapshot, UnitScopeService scopes, LedgerQuery ledger, TimeProvider clock, UnitHoldings holdings)
{
    /// <summary>Above this many units right below, the rows are grouped by kind of unit first.</summary>
    public const int GroupAbove = 25;

    /// <param name="totals">The ledger's totals when the caller has them already (read beside, <see cref="DashboardLoader"/>).</param>
    public async Task<Rollup?> LoadAsync(int? unitId, Data.Organisation.UnitType? type = null, LedgerTotals? totals = null, CancellationToken cancellationToken = default)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        if (model is null)
        {
            return null;
        }

        var node = unitId is { } id && model.IsTarget(id) ? id : model.Merger.Target.Id;
        var scope = await scopes.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);

        var held = await holdings.LoadAsync(cancellationToken);
        var officers = held.Officers.Where(o => scope.Includes(o.UnitId)).ToList();
        var assets = held.Assets.Where(a => scope.Includes(a.UnitId)).ToList();
        var open = (totals ?? await ledger.TotalsAsync(cancellationToken)).Rows.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Sum(r => r.OpenItems));
        var openStatuses = MergerTaskStatusRules.OpenStatuses.ToList();
        var overdue = await db.MergerTasks.AsNoTracking().InScope(scope, t => t.ResponsibleUnitId)
            .Where(t => t.MergerId == model.Merger.Id && t.Deadline < today && openStatuses.Contains(t.Status))
            .GroupBy(t => t.ResponsibleUnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        // The child of the node each new unit rolls up to (or the node itself), by walking up from the unit.
        var children = model.Children(node).Where(c => c.Status != Data.Organisation.UnitStatus.Archived).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var under = new Dictionary<int, int?>();
        int? RowOf(int holder)
        {
            if (under.TryGetValue(holder, out var known))
            {
                return known;
            }

            int? row = null;
            if (model.Map.Resolve(holder).TargetUnitId is { } target)
            {
                for (var current = model.Unit(target); current is not null; current = current.ParentId is { } p ? model.Unit(p) : null)
                {
                    if (current.Id == node)
                    {
                        row = node;
                        break;
                    }

                    if (current.ParentId == node)
                    {
                        row = current.Id;
                        break;
                    }
                }
            }

            under[holder] = row;
            return row;
        }

        var sums = children.Select(c => c.Id).Append(node).ToDictionary(i => i, _ => new Sums());
        foreach (var o in officers)
        {
            if (RowOf(o.UnitId) is { } row)
            {
                var s = sums[row];
                s.Officers += o.Count;
                s.Placed += o.IsPlaced ? o.Count : 0;
                s.ByOrigin[o.OriginId] = s.ByOrigin.GetValueOrDefault(o.OriginId) + o.Count;
            }
        }

        foreach (var a in assets)
        {
            if (RowOf(a.UnitId) is { } row)
            {
                sums[row].Assets += a.Count;
            }
        }

        foreach (var (unit, count) in open)
        {
            if (RowOf(unit) is { } row)
            {
                sums[row].Unaccounted += count;
            }
        }

        foreach (var t in overdue)
        {
            if (RowOf(t.UnitId) is { } row)
            {
                sums[row].Overdue += t.Count;
            }
        }

        RollupRow Row(int id, string code, string name, bool hasChildren, Sums s) =>
            new(id, code, name, hasChildren, s.Officers, s.ByOrigin, s.Placed, s.Assets, s.Unaccounted, s.Overdue);

        var self = model.Unit(node)!;
        var shown = type is { } only ? children.Where(c => c.Type == only).ToList() : children;
        var rows = shown.Select(c => Row(c.Id, c.Code, c.Name, model.Children(c.Id).Any(), sums[c.Id])).ToList();
        if (type is null && children.Count > GroupAbove)
        {
            rows = children.GroupBy(c => c.Type).OrderBy(g => g.Key).Select(g =>
            {
                var group = new Sums();
                foreach (var c in g)
                {
                    group.Add(sums[c.Id]);
                }

                return Row(node, string.Empty, string.Empty, true, group) with { Group = g.Key, Units = g.Count() };
            }).ToList();
        }

        if (type is null && sums[node] is { Officers: > 0 } or { Assets: > 0 } or { Unaccounted: > 0 } or { Overdue: > 0 })
        {
            // What lands on the unit itself rather than on a unit below it.
            rows.Insert(0, Row(node, self.Code, self.Name, false, sums[node]));
        }

        var total = new Sums();
        foreach (var (row, s) in sums)
        {
            if (type is null || (row != node && shown.Any(c => c.Id == row)))
            {
                total.Add(s);
            }
        }

        var path = new List<RollupStep>();
        for (var current = self; current is not null; current = current.ParentId is { } p ? model.Unit(p) : null)
        {
            path.Insert(0, new RollupStep(current.Id, current.Name));
        }

        return new Rollup(node, self.Name, path, rows, Row(node, self.Code, self.Name, children.Count > 0, total)) { Type = type };
    }

    private sealed class Sums
    {
        public int Officers { get; set; }

        public int Placed { get; set; }

        public int Assets { get; set; }

        public int Unaccounted { get; set; }

        public int Overdue { get; set; }

        public Dictionary<int, int> ByOrigin { get; } = [];

        public void Add(Sums other)
        {
            Officers += other.Officers;
            Placed += other.Placed;
            Assets += other.Assets;
            Unaccounted += other.Unaccounted;
            Overdue += other.Overdue;
            foreach (var (origin, count) in other.ByOrigin)
            {
                ByOrigin[origin] = ByOrigin.GetValueOrDefault(origin) + count;
            }
        }
    }
}

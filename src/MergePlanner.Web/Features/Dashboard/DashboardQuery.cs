using MergePlanner.Data;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Dashboard;

public sealed record OriginFigures(RootUnit Root, int Units, int ArchivedUnits, int Officers, int Assets, decimal AssetValue, int OpenCaseFiles);

public sealed record WorkstreamProgress(Workstream Workstream, int Total, int Done, int Overdue)
{
    public double DoneShare => Total == 0 ? 0 : Done / (double)Total;
}

public sealed record OverdueTask(int Id, string Code, string Title, string Unit, DateOnly Deadline, MergerTaskStatus Status, string? Person = null);

public sealed record CaseKindFigures(CaseFileKind Kind, int Open, int Total);

public sealed record DashboardModel(
    MergerInfo Merger,
    IReadOnlyList<OriginFigures> Origins,
    IReadOnlyList<WorkstreamProgress> Workstreams,
    IReadOnlyList<OverdueTask> Overdue,
    IReadOnlyList<CaseKindFigures> CaseKinds,
    DateOnly Today,
    int OfficersPlaced = 0)
{
    public int OfficersTotal => Origins.Sum(o => o.Officers);

    /// <summary>How far personnel placement has gone: officers given a unit and position in the new structure.</summary>
    public double PlacedShare => OfficersTotal == 0 ? 0 : OfficersPlaced / (double)OfficersTotal;

    public int TasksTotal => Workstreams.Sum(w => w.Total);

    public int TasksDone => Workstreams.Sum(w => w.Done);

    public int TasksOverdue => Workstreams.Sum(w => w.Overdue);

    public int DaysFromEffectiveDate => Today.DayNumber - Merger.EffectiveDate.DayNumber;
}

/// <summary>The leadership dashboard's figures, split by origin and limited to the user's unit scope.</summary>
public sealed class DashboardQuery(MergePlannerDbContext db, MergerContext mergers, UnitScopeService scopes, TimeProvider clock)
{
    public async Task<DashboardModel?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);

        var units = await db.Units.AsNoTracking().InScope(scope, u => u.Id)
            .GroupBy(u => new { u.OriginId, Archived = u.Status == Data.Organisation.UnitStatus.Archived })
            .Select(g => new { g.Key.OriginId, g.Key.Archived, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().InScope(scope, o => o.UnitId)
            .GroupBy(o => o.OriginId).Select(g => new { OriginId = (int?)g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var assets = await db.Assets.AsNoTracking().InScope(scope, a => a.UnitId)
            .GroupBy(a => a.Unit!.OriginId).Select(g => new { OriginId = g.Key, Count = g.Count(), Value = g.Sum(a => a.RemainingValue) })
            .ToListAsync(cancellationToken);
        var finished = CaseFileStatusRules.FinishedStatuses.ToList();
        var openCases = await db.CaseFiles.AsNoTracking().InScope(scope, c => c.OwningUnitId)
            .Where(c => !finished.Contains(c.Status))
            .GroupBy(c => c.OwningUnit!.OriginId).Select(g => new { OriginId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var origins = merger.Roots.Select(root => new OriginFigures(
            root,
            units.Where(u => u.OriginId == root.Id && !u.Archived).Sum(u => u.Count),
            units.Where(u => u.OriginId == root.Id && u.Archived).Sum(u => u.Count),
            officers.Where(o => o.OriginId == root.Id).Sum(o => o.Count),
            assets.Where(a => a.OriginId == root.Id).Sum(a => a.Count),
            assets.Where(a => a.OriginId == root.Id).Sum(a => a.Value),
            openCases.Where(c => c.OriginId == root.Id).Sum(c => c.Count))).ToList();

        var tasks = await db.MergerTasks.AsNoTracking().Where(t => t.MergerId == merger.Id)
            .InScope(scope, t => t.ResponsibleUnitId)
            .Select(t => new { t.Id, t.Code, t.Title, Unit = t.ResponsibleUnit!.Name, Person = t.ResponsiblePerson ?? t.ResponsibleUserName, t.Workstream, t.Deadline, t.Status })
            .ToListAsync(cancellationToken);
        var workstreams = Enum.GetValues<Workstream>().Select(w =>
        {
            var items = tasks.Where(t => t.Workstream == w).ToList();
            return new WorkstreamProgress(
                w,
                items.Count,
                items.Count(t => t.Status == MergerTaskStatus.Done),
                items.Count(t => t.Deadline < today && MergerTaskStatusRules.IsOpen(t.Status)));
        }).ToList();
        var overdue = tasks.Where(t => t.Deadline < today && MergerTaskStatusRules.IsOpen(t.Status))
            .OrderBy(t => t.Deadline).Take(10)
            .Select(t => new OverdueTask(t.Id, t.Code, t.Title, t.Unit, t.Deadline, t.Status, t.Person)).ToList();

        var caseKinds = await db.CaseFiles.AsNoTracking().InScope(scope, c => c.OwningUnitId)
            .GroupBy(c => c.Kind)
            .Select(g => new { Kind = g.Key, Total = g.Count(), Open = g.Count(c => !finished.Contains(c.Status)) })
            .ToListAsync(cancellationToken);
        var kinds = Enum.GetValues<CaseFileKind>()
            .Select(k => caseKinds.FirstOrDefault(c => c.Kind == k) is { } c ? new CaseKindFigures(k, c.Open, c.Total) : new CaseKindFigures(k, 0, 0))
            .ToList();

        var placed = await db.Officers.AsNoTracking().InScope(scope, o => o.UnitId).Where(Data.Personnel.Officer.IsPlaced).CountAsync(cancellationToken);
        return new DashboardModel(merger, origins, workstreams, overdue, kinds, today, placed);
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Dashboard;

public sealed record OriginFigures(RootUnit Root, int Units, int ArchivedUnits, int Officers, int Assets, decimal AssetValue, int OpenCaseFiles);

public sealed record WorkstreamProgress(Workstream Workstream, int Total, int Done, int Overdue, int MostDaysLate = 0, int DueByNow = 0)
{
    public double DoneShare => Total == 0 ? 0 : Done / (double)Total;

    public Rag Rag => DashboardRules.Workstream(Total, Done, Overdue, MostDaysLate, DueByNow);
}

/// <summary>The Party congresses of the 2025–2030 term by status (cancelled ones not counted): held, under way (preparing,
/// documents ready), planned.</summary>
public sealed record CongressProgress(int Total, int Held, int UnderWay, int Planned);

/// <summary>Leadership posts of the new structure: filled or approved, proposed (awaiting a decision), vacant.</summary>
public sealed record PostProgress(int Total, int Filled, int Proposed, int Vacant);

/// <summary>Monthly support approved for payment: how many monthly lists, to how many officers, how much in all.</summary>
public sealed record SupportPaid(int Lists, int Officers, decimal Amount);

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
    /// <summary>The officers of the merger: those of the sources (the new force's row counts the same people again).</summary>
    public int OfficersTotal => Origins.Where(o => !o.Root.IsTarget).Sum(o => o.Officers);

    /// <summary>How far personnel placement has gone: officers given a unit and position in the new structure.</summary>
    public double PlacedShare => OfficersTotal == 0 ? 0 : OfficersPlaced / (double)OfficersTotal;

    public int TasksTotal => Workstreams.Sum(w => w.Total);

    public int TasksDone => Workstreams.Sum(w => w.Done);

    public int TasksOverdue => Workstreams.Sum(w => w.Overdue);

    public int DaysFromEffectiveDate => Today.DayNumber - Merger.EffectiveDate.DayNumber;

    public CongressProgress Congresses { get; init; } = new(0, 0, 0, 0);

    public PostProgress Posts { get; init; } = new(0, 0, 0, 0);

    public SupportPaid Support { get; init; } = new(0, 0, 0);
}

/// <summary>The leadership dashboard's figures, split by origin and limited to the user's unit scope.</summary>
public sealed class DashboardQuery(MergePlannerDbContext db, MergerContext mergers, UnitScopeService scopes, TimeProvider clock, UnitFigures figures, UnitHoldings holdings)
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

        // Officers, assets and open files of each force as its unit page counts them (UnitFigures): the new force's row
        // is what the lineage brings into it, the same people and items as the sources' rows, not a second lot.
        var forces = await figures.ForcesAsync(cancellationToken);
        var origins = forces.Select(f => new OriginFigures(
            f.Root,
            units.Where(u => u.OriginId == f.Root.Id && !u.Archived).Sum(u => u.Count),
            units.Where(u => u.OriginId == f.Root.Id && u.Archived).Sum(u => u.Count),
            f.Totals.Officers,
            f.Totals.Assets,
            f.Totals.AssetValue,
            f.Totals.OpenCaseFiles)).ToList();
        var tasks = await db.MergerTasks.AsNoTracking().Where(t => t.MergerId == merger.Id)
            .InScope(scope, t => t.ResponsibleUnitId)
            .Select(t => new { t.Id, t.Code, t.Title, Unit = t.ResponsibleUnit!.Name, Person = t.ResponsiblePerson ?? t.ResponsibleUserName, t.Workstream, t.Deadline, t.Status })
            .ToListAsync(cancellationToken);
        var workstreams = Enum.GetValues<Workstream>().Select(w =>
        {
            var items = tasks.Where(t => t.Workstream == w).ToList();
            var late = items.Where(t => MergerTaskStatusRules.IsOverdue(t.Deadline, t.Status, today)).ToList();
            return new WorkstreamProgress(
                w,
                items.Count(t => MergerTaskStatusRules.Counts(t.Status)),
                items.Count(t => t.Status == MergerTaskStatus.Done),
                late.Count,
                late.Select(t => today.DayNumber - t.Deadline.DayNumber).DefaultIfEmpty(0).Max(),
                items.Count(t => MergerTaskStatusRules.Counts(t.Status) && t.Deadline < today));
        }).ToList();
        var overdue = tasks.Where(t => MergerTaskStatusRules.IsOverdue(t.Deadline, t.Status, today))
            .OrderBy(t => t.Deadline).Take(10)
            .Select(t => new OverdueTask(t.Id, t.Code, t.Title, t.Unit, t.Deadline, t.Status, t.Person)).ToList();

        var held = await holdings.LoadAsync(cancellationToken);
        var files = held.CaseFiles.Where(c => scope.Includes(c.UnitId)).ToList();
        var kinds = Enum.GetValues<CaseFileKind>()
            .Select(k => new CaseKindFigures(k, files.Where(c => c.Kind == k && c.IsOpen).Sum(c => c.Count), files.Where(c => c.Kind == k).Sum(c => c.Count)))
            .ToList();

        var placed = held.PlacedByOrigin(scope).Values.Sum();

        // Merger-wide progress of the Party work, the selection and the support: counts, no personal data.
        var congresses = await db.PartyCongresses.AsNoTracking().Where(c => c.MergerId == merger.Id).GroupBy(c => c.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var posts = await db.Posts.AsNoTracking().Where(p => p.MergerId == merger.Id).InScope(scope, p => p.UnitId).GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var support = await db.SupportApprovals.AsNoTracking().Where(a => a.MergerId == merger.Id).Select(a => a.Total).ToListAsync(cancellationToken);
        var supported = await db.SupportApprovals.AsNoTracking().Where(a => a.MergerId == merger.Id).SelectMany(a => a.Lines).Where(l => l.Amount > 0).Select(l => l.OfficerId).Distinct().CountAsync(cancellationToken);
        int Congress(Data.Party.CongressStatus status) => congresses.Where(c => c.Status == status).Sum(c => c.Count);
        int Post(Data.Personnel.Posts.PostStatus status) => posts.Where(p => p.Status == status).Sum(p => p.Count);
        return new DashboardModel(merger, origins, workstreams, overdue, kinds, today, placed)
        {
            Congresses = new CongressProgress(congresses.Sum(c => c.Count) - Congress(Data.Party.CongressStatus.Cancelled), Congress(Data.Party.CongressStatus.Held),
                Congress(Data.Party.CongressStatus.Preparing) + Congress(Data.Party.CongressStatus.DocumentsReady), Congress(Data.Party.CongressStatus.Planned)),
            Posts = new PostProgress(posts.Sum(p => p.Count), Post(Data.Personnel.Posts.PostStatus.Filled) + Post(Data.Personnel.Posts.PostStatus.Approved),
                Post(Data.Personnel.Posts.PostStatus.Proposed), Post(Data.Personnel.Posts.PostStatus.Vacant)),
            Support = new SupportPaid(support.Count, supported, support.Sum()),
        };
    }
}

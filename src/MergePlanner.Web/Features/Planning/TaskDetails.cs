using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public sealed record TaskLink(int Id, string Code, string Title, MergerTaskStatus Status, DateOnly Deadline);

public sealed record TaskCommentRow(string UserName, DateTime AtUtc, string Text);

public sealed record TaskEvidenceRow(int Id, string FileName, string UploadedBy, DateTime UploadedAtUtc);

/// <summary>One task as its page shows it: the "6 rõ", time against D and the baseline, what it waits for and what
/// waits for it, the conversation, the evidence, and which status moves this person may make now.</summary>
public sealed record TaskView(
    int Id,
    string Code,
    Workstream Workstream,
    string Title,
    int UnitId,
    string UnitName,
    string? ResponsiblePerson,
    string? ResponsibleUserName,
    int? DaysFromEffective,
    DateOnly Deadline,
    DateOnly? BaselineDeadline,
    DateOnly EffectiveDate,
    string? ExpectedProduct,
    string? Approver,
    string? Description,
    MergerTaskStatus Status,
    int Version,
    bool IsOverdue,
    int Slippage,
    IReadOnlyList<TaskLink> DependsOn,
    IReadOnlyList<TaskLink> Dependents,
    IReadOnlyList<TaskCommentRow> Comments,
    IReadOnlyList<TaskEvidenceRow> Evidence,
    bool MaySteer,
    bool MayWork,
    IReadOnlyList<MergerTaskStatus> Moves,
    bool IsMilestone = false)
{
    public string When => DaysFromEffective is { } d ? PlanRules.RelativeLabel(d) : string.Empty;
}

/// <summary>Reads for the plan pages, always within the person's unit scope.</summary>
public sealed class TaskDetails(MergePlannerDbContext db, UnitScopeService scopes, TaskService tasks, Organisation.MergerContext mergers, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<TaskView?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var task = await db.MergerTasks.AsNoTracking().InScope(scope, t => t.ResponsibleUnitId).Where(t => t.Id == id)
            .Select(t => new { Task = t, Unit = t.ResponsibleUnit!.Name }).SingleOrDefaultAsync(cancellationToken);
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (task is null || merger is null)
        {
            return null;
        }

        var t = task.Task;
        var dependsOn = await db.TaskDependencies.AsNoTracking().Where(d => d.TaskId == id)
            .Select(d => new TaskLink(d.DependsOnId, d.DependsOnTask!.Code, d.DependsOnTask.Title, d.DependsOnTask.Status, d.DependsOnTask.Deadline)).ToListAsync(cancellationToken);
        var dependents = await db.TaskDependencies.AsNoTracking().Where(d => d.DependsOnId == id)
            .Join(db.MergerTasks, d => d.TaskId, x => x.Id, (d, x) => new TaskLink(x.Id, x.Code, x.Title, x.Status, x.Deadline)).ToListAsync(cancellationToken);
        var comments = await db.TaskComments.AsNoTracking().Where(c => c.TaskId == id).OrderBy(c => c.Id)
            .Select(c => new TaskCommentRow(c.UserName, c.AtUtc, c.Text)).ToListAsync(cancellationToken);
        var evidence = await db.TaskEvidence.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.Id)
            .Select(e => new TaskEvidenceRow(e.Id, e.FileName, e.UploadedBy, e.UploadedAtUtc)).ToListAsync(cancellationToken);
        var maySteer = await tasks.MaySteerAsync(cancellationToken);
        var mayWork = await tasks.MayWorkAsync(t.ResponsibleUnitId, cancellationToken);

        // The moves offered are those the rules allow this person now; the service checks them again on the click.
        var moves = Enum.GetValues<MergerTaskStatus>()
            .Where(s => s != t.Status && PlanRules.StatusRefusal(t.Status, s, mayWork, maySteer, dependsOn.Select(d => d.Status), evidence.Count > 0) is null)
            .ToList();
        return new TaskView(t.Id, t.Code, t.Workstream, t.Title, t.ResponsibleUnitId, task.Unit, t.ResponsiblePerson, t.ResponsibleUserName, t.DaysFromEffective,
            t.Deadline, t.BaselineDeadline, merger.EffectiveDate, t.ExpectedProduct, t.Approver, t.Description, t.Status, t.Version, t.IsOverdue(Today),
            PlanRules.Slippage(t.BaselineDeadline, t.Deadline), dependsOn, dependents, comments, evidence, maySteer, mayWork, moves, t.IsMilestone);
    }

    /// <summary>The tasks a dependency can point at: every other task of the plan.</summary>
    public async Task<IReadOnlyList<TaskLink>> CandidatesAsync(int exceptId, CancellationToken cancellationToken = default) =>
        await db.MergerTasks.AsNoTracking().Where(t => t.Id != exceptId).OrderBy(t => t.Deadline).ThenBy(t => t.Code)
            .Select(t => new TaskLink(t.Id, t.Code, t.Title, t.Status, t.Deadline)).ToListAsync(cancellationToken);

    /// <summary>The units a task can be given to, and the accounts of the merger (for the warning).</summary>
    public async Task<(IReadOnlyList<(int Id, string Name)> Units, IReadOnlyList<(string UserName, string FullName)> Accounts)> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.Status == Data.Organisation.UnitStatus.Active).OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, Name = u.Code + " – " + u.Name }).ToListAsync(cancellationToken);
        var accounts = merger is null ? [] : await tasks.AccountsOf(merger.Id).OrderBy(u => u.UserName)
            .Select(u => new { UserName = u.UserName!, u.FullName }).ToListAsync(cancellationToken);
        return (units.Select(u => (u.Id, u.Name)).ToList(), accounts.Select(a => (a.UserName, a.FullName)).ToList());
    }
}

using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Planning;

public enum TaskChange
{
    Done,
    Refused,
    NotFound,

    /// <summary>The plan's rules or the form refuse it; the message says why.</summary>
    Invalid,

    /// <summary>The inventory workstream cannot be done while items are unaccounted (ADR 0011).</summary>
    BlockedByLedger,
}

/// <summary>What became of a change: the outcome, the reason in the person's language when refused, the task's id
/// when one was created.</summary>
public sealed record TaskResult(TaskChange Change, string? Message = null, int Id = 0, int Unaccounted = 0)
{
    public bool Succeeded => Change == TaskChange.Done;
}

/// <summary>A task as the create and edit form sends it. The deadline is either D±n (<see cref="DaysFromEffective"/>)
/// or a fixed date.</summary>
public sealed record TaskForm(
    Workstream Workstream,
    string? Title,
    int UnitId,
    string? ResponsiblePerson,
    string? ResponsibleUserName,
    int? DaysFromEffective,
    DateOnly? FixedDeadline,
    string? ExpectedProduct,
    string? Approver,
    string? Description,
    int? ExpectedVersion = null,
    bool IsMilestone = false);

/// <summary>
/// Every change to the merger plan. Each method checks the person itself (the page's check is a courtesy): leadership
/// (<see cref="AppAction.EditTasks"/>) steers the plan and signs tasks off; the responsible unit's staff
/// (<see cref="AppAction.WorkTasks"/>, within their unit scope) work their own tasks; nothing changes in a closed
/// merger. The rules themselves are <see cref="PlanRules"/>.
/// </summary>
public sealed class TaskService(
    MergePlannerDbContext db,
    CurrentUser current,
    UnitScopeService scopes,
    LedgerQuery ledger,
    Organisation.MergerContext mergers,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l)
{
    public const int MaxEvidenceBytes = InventoryService.MaxEvidenceBytes;

    public const int MaxDaysFromEffective = 730;

    private TaskResult Refused => new(TaskChange.Refused, l["Plan.Err.Forbidden"]);

    private TaskResult NotFound => new(TaskChange.NotFound, l["Errors.NotFound.Title"]);

    private TaskResult Invalid(string message) => new(TaskChange.Invalid, message);

    /// <summary>Whether the person steers the plan (creates, edits, signs off) in this merger now.</summary>
    public async Task<bool> MaySteerAsync(CancellationToken cancellationToken = default) =>
        Permissions.Allows(current.Principal, AppAction.EditTasks) && !await mergers.IsClosedAsync(cancellationToken);

    /// <summary>Whether the person may work this unit's tasks (start, evidence, comment, submit).</summary>
    public async Task<bool> MayWorkAsync(int unitId, CancellationToken cancellationToken = default) =>
        (await scopes.GetWritableAsync(AppAction.WorkTasks, cancellationToken)).Includes(unitId);

    public async Task<TaskResult> SetStatusAsync(int taskId, MergerTaskStatus status, string? note = null, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        var task = await db.MergerTasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return NotFound;
        }

        var isApprover = await MaySteerAsync(cancellationToken);
        var isResponsible = await MayWorkAsync(task.ResponsibleUnitId, cancellationToken);
        if (!isApprover && !isResponsible)
        {
            return Refused;
        }

        var prerequisites = await db.TaskDependencies.Where(d => d.TaskId == taskId).Select(d => d.DependsOnTask!.Status).ToListAsync(cancellationToken);
        var hasEvidence = await db.TaskEvidence.AnyAsync(e => e.TaskId == taskId, cancellationToken);
        if (PlanRules.StatusRefusal(task.Status, status, isResponsible, isApprover, prerequisites, hasEvidence) is { } refusal)
        {
            return refusal == "Plan.Err.Forbidden" ? Refused : Invalid(l[refusal]);
        }

        // Sending a task back says why, so the unit knows what to mend.
        var sentBack = task.Status == MergerTaskStatus.AwaitingApproval && status == MergerTaskStatus.InProgress;
        if ((sentBack || status == MergerTaskStatus.Cancelled) && string.IsNullOrWhiteSpace(note))
        {
            return Invalid(l["Plan.Err.ReasonRequired"]);
        }

        var unaccounted = await ledger.UnaccountedAsync(cancellationToken);
        if (!MergerTaskStatusRules.CanSetStatus(task.Workstream, status, unaccounted))
        {
            return new TaskResult(TaskChange.BlockedByLedger, string.Format(CultureInfo.CurrentCulture, l["Task.BlockedByLedger"], unaccounted.ToString("N0", CultureInfo.CurrentCulture)), Unaccounted: unaccounted);
        }

        if (task.Status == status)
        {
            return new TaskResult(TaskChange.Done, Id: taskId);
        }

        var from = task.Status;
        task.Status = status;
        AddComment(task.Id, string.Format(CultureInfo.CurrentCulture, l["Plan.StatusComment"], l[$"MergerTaskStatus.{from}"], l[$"MergerTaskStatus.{status}"])
            + (string.IsNullOrWhiteSpace(note) ? string.Empty : ": " + note.Trim()));
        await db.SaveChangesAsync(cancellationToken);
        return new TaskResult(TaskChange.Done, Id: taskId, Unaccounted: unaccounted);
    }

    /// <summary>Creates a task (no id) or edits one: title, workstream, the responsible unit and person (reassigning),
    /// the deadline as D±n or a date, the product and the approver. A new task is baselined at its first deadline;
    /// an edit keeps the baseline, so a moved deadline shows as slippage.</summary>
    public async Task<TaskResult> SaveAsync(int? taskId, TaskForm form, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MaySteerAsync(cancellationToken))
        {
            return Refused;
        }

        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return Refused;
        }

        var errors = new List<string>();
        var title = form.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 500)
        {
            errors.Add(l["Plan.Err.Title"]);
        }

        if (!Enum.IsDefined(form.Workstream))
        {
            errors.Add(l["Plan.Err.Workstream"]);
        }

        if (!await db.Units.AnyAsync(u => u.Id == form.UnitId, cancellationToken))
        {
            errors.Add(l["Plan.Err.Unit"]);
        }

        if (form.DaysFromEffective is null == form.FixedDeadline is null)
        {
            errors.Add(l["Plan.Err.Deadline"]);
        }
        else if (form.DaysFromEffective is { } days && Math.Abs(days) > MaxDaysFromEffective)
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Plan.Err.Days"], MaxDaysFromEffective));
        }

        var userName = string.IsNullOrWhiteSpace(form.ResponsibleUserName) ? null : form.ResponsibleUserName.Trim();
        if (userName is not null && !await AccountsOf(merger.Id).AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Plan.Err.Account"], userName));
        }

        foreach (var (value, max, key) in new[] { (form.ResponsiblePerson, 128, "Task.Person"), (form.ExpectedProduct, 500, "Task.Product"), (form.Approver, 128, "Task.Approver"), (form.Description, 4000, "Task.Description") })
        {
            if (value?.Trim().Length > max)
            {
                errors.Add(string.Format(CultureInfo.CurrentCulture, l["Plan.Err.TooLong"], l[key], max));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(string.Join(" ", errors));
        }

        var task = taskId is { } id ? await db.MergerTasks.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (taskId is not null && task is null)
        {
            return NotFound;
        }

        if (task is not null && form.ExpectedVersion is { } version && task.Version != version)
        {
            return Invalid(l["Plan.Err.Stale"]);
        }

        if (task is not null && !MergerTaskStatusRules.IsOpen(task.Status))
        {
            return Invalid(l["Plan.Err.Closed"]);
        }

        var deadline = PlanRules.Deadline(merger.EffectiveDate, form.DaysFromEffective, form.FixedDeadline ?? default);
        if (task is null)
        {
            task = new MergerTask { Code = await NextCodeAsync(form.Workstream, cancellationToken), Title = title!, BaselineDeadline = deadline };
            db.MergerTasks.Add(task);
        }
        else if (task.ResponsibleUnitId != form.UnitId || task.ResponsibleUserName != userName)
        {
            AddComment(task.Id, string.Format(CultureInfo.CurrentCulture, l["Plan.ReassignedComment"], await UnitNameAsync(form.UnitId, cancellationToken), userName ?? form.ResponsiblePerson?.Trim() ?? "—"));
        }

        task.Workstream = form.Workstream;
        task.Title = title!;
        task.ResponsibleUnitId = form.UnitId;
        task.ResponsiblePerson = Trimmed(form.ResponsiblePerson);
        task.ResponsibleUserName = userName;
        task.DaysFromEffective = form.DaysFromEffective;
        task.Deadline = deadline;
        task.ExpectedProduct = Trimmed(form.ExpectedProduct);
        task.Approver = Trimmed(form.Approver);
        task.Description = Trimmed(form.Description);
        task.IsMilestone = form.IsMilestone;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Invalid(l["Plan.Err.Stale"]);
        }

        return new TaskResult(TaskChange.Done, Id: task.Id);
    }

    public async Task<TaskResult> CommentAsync(int taskId, string? text, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var unitId = await db.MergerTasks.Where(t => t.Id == taskId).Select(t => (int?)t.ResponsibleUnitId).SingleOrDefaultAsync(cancellationToken);
        if (unitId is null)
        {
            return NotFound;
        }

        if (!await MaySteerAsync(cancellationToken) && !await MayWorkAsync(unitId.Value, cancellationToken))
        {
            return Refused;
        }

        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 2000)
        {
            return Invalid(l["Plan.Err.Comment"]);
        }

        AddComment(taskId, trimmed);
        await db.SaveChangesAsync(cancellationToken);
        return new TaskResult(TaskChange.Done, Id: taskId);
    }

    /// <summary>Attaches a file that shows the product (PDF or image, checked by its content, at most 5 MB).</summary>
    public async Task<TaskResult> AttachEvidenceAsync(int taskId, Upload file, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var task = await db.MergerTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.ResponsibleUnitId, t.Status }).SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return NotFound;
        }

        if (!await MaySteerAsync(cancellationToken) && !await MayWorkAsync(task.ResponsibleUnitId, cancellationToken))
        {
            return Refused;
        }

        if (!MergerTaskStatusRules.IsOpen(task.Status))
        {
            return Invalid(l["Plan.Err.Closed"]);
        }

        if (file.Content.Length is 0 or > MaxEvidenceBytes)
        {
            return Invalid(l["Inventory.EvidenceSize"]);
        }

        if (UploadContent.Detect(file.Content) is not { } kind)
        {
            return Invalid(l["Upload.NotADocument"]);
        }

        db.TaskEvidence.Add(new TaskEvidence
        {
            TaskId = taskId, FileName = UploadContent.FileName(file.FileName, kind), ContentType = UploadContent.ContentType(kind),
            Content = file.Content, UploadedBy = current.Name, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        AddComment(taskId, string.Format(CultureInfo.CurrentCulture, l["Plan.EvidenceComment"], UploadContent.FileName(file.FileName, kind)));
        await db.SaveChangesAsync(cancellationToken);
        return new TaskResult(TaskChange.Done, Id: taskId);
    }

    /// <summary>"<paramref name="taskId"/> waits for <paramref name="dependsOnId"/>": refused if it would close a loop.</summary>
    public async Task<TaskResult> AddDependencyAsync(int taskId, int dependsOnId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MaySteerAsync(cancellationToken))
        {
            return Refused;
        }

        var found = await db.MergerTasks.Where(t => t.Id == taskId || t.Id == dependsOnId).Select(t => new { t.Id, t.Status }).ToListAsync(cancellationToken);
        if (found.Count != (taskId == dependsOnId ? 1 : 2))
        {
            return NotFound;
        }

        if (!MergerTaskStatusRules.IsOpen(found.Single(t => t.Id == taskId).Status))
        {
            return Invalid(l["Plan.Err.Closed"]);
        }

        var edges = await db.TaskDependencies.Select(d => new { d.TaskId, d.DependsOnId }).ToListAsync(cancellationToken);
        if (edges.Any(e => e.TaskId == taskId && e.DependsOnId == dependsOnId))
        {
            return new TaskResult(TaskChange.Done, Id: taskId);
        }

        if (PlanRules.WouldCycle(edges.Select(e => (e.TaskId, e.DependsOnId)), taskId, dependsOnId))
        {
            return Invalid(l["Plan.Err.Cycle"]);
        }

        db.TaskDependencies.Add(new TaskDependency { TaskId = taskId, DependsOnId = dependsOnId });
        await db.SaveChangesAsync(cancellationToken);
        return new TaskResult(TaskChange.Done, Id: taskId);
    }

    public async Task<TaskResult> RemoveDependencyAsync(int taskId, int dependsOnId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MaySteerAsync(cancellationToken))
        {
            return Refused;
        }

        var link = await db.TaskDependencies.SingleOrDefaultAsync(d => d.TaskId == taskId && d.DependsOnId == dependsOnId, cancellationToken);
        if (link is null)
        {
            return NotFound;
        }

        db.TaskDependencies.Remove(link);
        await db.SaveChangesAsync(cancellationToken);
        return new TaskResult(TaskChange.Done, Id: taskId);
    }

    /// <summary>Moves the merger's effective date D while it is still being prepared: every task kept as D±n follows,
    /// fixed dates stay, baselines stay (so the move shows as slippage). All in one save.</summary>
    public async Task<TaskResult> MoveEffectiveDateAsync(DateOnly effectiveDate, string? reason, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var info = await mergers.CurrentAsync(cancellationToken);
        if (info is null || !await MaySteerAsync(cancellationToken))
        {
            return Refused;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (info.Phase != MergerPhase.Preparing || effectiveDate <= today)
        {
            return Invalid(l["Plan.Err.EffectiveDate"]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Invalid(l["Plan.Err.ReasonRequired"]);
        }

        var merger = await db.Mergers.SingleAsync(m => m.Id == info.Id, cancellationToken);
        var tasks = await db.MergerTasks.ToListAsync(cancellationToken);
        var moved = PlanRules.Recompute(tasks.Select(t => new TaskTiming(t.Id, t.DaysFromEffective, t.Deadline)), effectiveDate).ToDictionary(m => m.TaskId, m => m.Deadline);
        foreach (var task in tasks.Where(t => moved.ContainsKey(t.Id)))
        {
            task.Deadline = moved[task.Id];
        }

        var note = string.Format(CultureInfo.CurrentCulture, l["Plan.EffectiveMovedComment"], merger.EffectiveDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            effectiveDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), reason.Trim());
        foreach (var task in tasks.Where(t => moved.ContainsKey(t.Id)))
        {
            AddComment(task.Id, note);
        }

        merger.EffectiveDate = effectiveDate;
        await db.SaveChangesAsync(cancellationToken);
        return new TaskResult(TaskChange.Done, Id: moved.Count);
    }

    /// <summary>The accounts a task can be given to: everyone who works in this merger.</summary>
    public IQueryable<AppUser> AccountsOf(int mergerId) => db.Users.Where(u => u.MergerId == mergerId);

    private void AddComment(int taskId, string text) =>
        db.TaskComments.Add(new TaskComment { TaskId = taskId, UserName = current.Name, AtUtc = clock.GetUtcNow().UtcDateTime, Text = text.Length > 2000 ? text[..2000] : text });

    private async Task<string> UnitNameAsync(int unitId, CancellationToken cancellationToken) =>
        await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);

    /// <summary>"WS4-34": the workstream and the next number of the merger's plan (the template's tasks are 01–33).</summary>
    private async Task<string> NextCodeAsync(Workstream workstream, CancellationToken cancellationToken)
    {
        var codes = await db.MergerTasks.Select(t => t.Code).ToListAsync(cancellationToken);
        var last = codes.Select(c => int.TryParse(c[(c.IndexOf('-') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return $"WS{(int)workstream}-{last + 1:00}";
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Planning;

public class MergerTask : IVersioned, ISearchable, IAudited, IMergerOwned
{
    public int Id { get; set; }

    public int MergerId { get; set; }

    public Merger? Merger { get; set; }

    public Workstream Workstream { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public int ResponsibleUnitId { get; set; }

    public Unit? ResponsibleUnit { get; set; }

    public DateOnly Deadline { get; set; }

    /// <summary>"D±n": days from the merger's effective date; the deadline follows when that date moves. Null for a
    /// fixed date.</summary>
    public int? DaysFromEffective { get; set; }

    /// <summary>The deadline when the plan was baselined: the distance to <see cref="Deadline"/> is the slippage.</summary>
    public DateOnly? BaselineDeadline { get; set; }

    /// <summary>"Rõ người": the officer in charge within the responsible unit.</summary>
    public string? ResponsiblePerson { get; set; }

    /// <summary>The account of the person in charge, who is warned before the deadline and when it passes
    /// (<see cref="TaskAlertRules"/>); null when the person has no account.</summary>
    public string? ResponsibleUserName { get; set; }

    /// <summary>"Rõ sản phẩm": what the task delivers (a plan, a decision, minutes…).</summary>
    public string? ExpectedProduct { get; set; }

    /// <summary>"Rõ thẩm quyền": who signs the task off as done.</summary>
    public string? Approver { get; set; }

    public string? Description { get; set; }

    /// <summary>A milestone: a point the plan turns on (decisions announced, the Party committee set up, the congress),
    /// drawn as a diamond on the roadmap.</summary>
    public bool IsMilestone { get; set; }

    public List<TaskDependency> DependsOn { get; set; } = [];

    public MergerTaskStatus Status { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Code, Title);

    /// <summary>Overdue is derived, never stored: a stored flag would go stale overnight.</summary>
    public bool IsOverdue(DateOnly today) => MergerTaskStatusRules.IsOverdue(Deadline, Status, today);
}

/// <summary>"This task waits for that one": it is not submitted or done before it (<see cref="PlanRules"/>).</summary>
public class TaskDependency : IMergerOwned
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int TaskId { get; set; }

    public int DependsOnId { get; set; }

    public MergerTask? DependsOnTask { get; set; }
}

/// <summary>A comment on a task, append-only: the conversation stays as it was said.</summary>
public class TaskComment : IMergerOwned, IAppendOnly
{
    public int MergerId { get; set; }

    public long Id { get; set; }

    public int TaskId { get; set; }

    public MergerTask? Task { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }

    public required string Text { get; set; }
}

/// <summary>A file that shows the task's product exists (the signed plan, the minutes, a photo): nothing is submitted
/// for sign-off without one. Kept, never deleted.</summary>
public class TaskEvidence : IMergerOwned, IAppendOnly
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int TaskId { get; set; }

    public MergerTask? Task { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>A message in a person's in-app inbox: a task due soon, overdue or escalated. One per task, kind, deadline
/// and person (a unique key), so the job that writes them can run as often as it likes and a moved deadline warns
/// again.</summary>
public class Notification : IMergerOwned
{
    public int MergerId { get; set; }

    public long Id { get; set; }

    public required string UserName { get; set; }

    public int TaskId { get; set; }

    public MergerTask? Task { get; set; }

    public TaskAlertKind Kind { get; set; }

    /// <summary>The deadline the alert was about: a new deadline is a new alert.</summary>
    public DateOnly Deadline { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    /// <summary>When the daily digest carried it by e-mail (null: not yet, or no mail server).</summary>
    public DateTime? MailedAtUtc { get; set; }
}

/// <summary>Workstreams WS0–WS8 of domain.md §11.</summary>
public enum Workstream
{
    Governance,
    SituationAndPlanning,
    OrganisationAndPersonnel,
    PartyAndCongress,
    AssetsAndInventory,
    DossiersAndCases,
    LogisticsAndWelfare,
    GoLive,
    PostMergerReview,
}

public enum MergerTaskStatus
{
    NotStarted,
    InProgress,
    AwaitingApproval,
    Done,
    Cancelled,
}

public static class MergerTaskStatusRules
{
    public static bool IsOpen(MergerTaskStatus status) =>
        status is not (MergerTaskStatus.Done or MergerTaskStatus.Cancelled);

    /// <summary>Whether a task counts in progress figures ("done 12/30"): every task but a cancelled one, which is
    /// neither done nor owed. The dashboard, the Gantt and the plan's documents all count with it.</summary>
    public static bool Counts(MergerTaskStatus status) => status != MergerTaskStatus.Cancelled;

    /// <summary>Overdue: the deadline has passed and the task is still open.</summary>
    public static bool IsOverdue(DateOnly deadline, MergerTaskStatus status, DateOnly today) => deadline < today && IsOpen(status);

    /// <summary>The inventory workstream cannot be declared done while anything of the sources is unaccounted.</summary>
    public static bool CanSetStatus(Workstream workstream, MergerTaskStatus status, decimal unaccounted) =>
        !(workstream == Workstream.AssetsAndInventory && status == MergerTaskStatus.Done && unaccounted > 0);

    public static readonly MergerTaskStatus[] OpenStatuses =
        [MergerTaskStatus.NotStarted, MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval];
}

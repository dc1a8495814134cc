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

    /// <summary>"Rõ sản phẩm": what the task delivers (a plan, a decision, minutes…).</summary>
    public string? ExpectedProduct { get; set; }

    /// <summary>"Rõ thẩm quyền": who signs the task off as done.</summary>
    public string? Approver { get; set; }

    public string? Description { get; set; }

    public List<TaskDependency> DependsOn { get; set; } = [];

    public MergerTaskStatus Status { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Code, Title);

    /// <summary>Overdue is derived, never stored: a stored flag would go stale overnight.</summary>
    public bool IsOverdue(DateOnly today) => Deadline < today && MergerTaskStatusRules.IsOpen(Status);
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

    /// <summary>The inventory workstream cannot be declared done while anything of the sources is unaccounted.</summary>
    public static bool CanSetStatus(Workstream workstream, MergerTaskStatus status, decimal unaccounted) =>
        !(workstream == Workstream.AssetsAndInventory && status == MergerTaskStatus.Done && unaccounted > 0);

    public static readonly MergerTaskStatus[] OpenStatuses =
        [MergerTaskStatus.NotStarted, MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval];
}

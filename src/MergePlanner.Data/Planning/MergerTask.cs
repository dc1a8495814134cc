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

    public MergerTaskStatus Status { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Code, Title);

    /// <summary>Overdue is derived, never stored: a stored flag would go stale overnight.</summary>
    public bool IsOverdue(DateOnly today) => Deadline < today && MergerTaskStatusRules.IsOpen(Status);
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

using MergePlanner.Data.Common;

namespace MergePlanner.Data.Personnel.Posts;

public enum NominationStatus
{
    Proposed,
    Approved,
    Returned,
}

/// <summary>A proposal (đề xuất) of an officer for a post by personnel staff, and what leadership decided: approved
/// with the appointment decision's number and date, or returned with a reason. Never deleted: the history of a post's
/// selection is its nominations.</summary>
public class Nomination : IMergerOwned, IAudited, IVersioned, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int PostId { get; set; }

    public Post? Post { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public NominationStatus Status { get; set; }

    public required string ProposedBy { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    /// <summary>Why this candidate (the proposal's reasoning), shown beside the rules' outcomes.</summary>
    public string? Note { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public int Version { get; set; }
}

/// <summary>An approved appointment list, locked (chốt danh sách) for a tier of posts: nothing in it is proposed,
/// approved or returned any more.</summary>
public class AppointmentListLock : IMergerOwned, IAudited
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public required string Tier { get; set; }

    public required string LockedBy { get; set; }

    public DateTime LockedAtUtc { get; set; }
}

/// <summary>The rules of the selection workflow (pure, tested): who may decide what, and what a decision does to the post.</summary>
public static class SelectionRules
{
    /// <summary>Why a proposal cannot be made, or null: the post is open (vacant, or its last proposal returned), the
    /// list of its tier is not locked, and the officer is not the post's holder already.</summary>
    public static string? ProposalRefusal(Post post, bool tierLocked, int officerId) =>
        tierLocked ? "Selection.Err.Locked"
        : post.Status is PostStatus.Proposed ? "Selection.Err.AlreadyProposed"
        : post.Status is PostStatus.Approved or PostStatus.Filled ? "Selection.Err.PostTaken"
        : post.HolderId == officerId ? "Selection.Err.PostTaken"
        : null;

    /// <summary>Why a decision (approve or return) cannot be taken, or null: a pending proposal, an unlocked list, and
    /// never by the person who proposed it.</summary>
    public static string? DecisionRefusal(Nomination nomination, bool tierLocked, string decider) =>
        tierLocked ? "Selection.Err.Locked"
        : nomination.Status != NominationStatus.Proposed ? "Selection.Err.NotPending"
        : string.Equals(nomination.ProposedBy, decider, StringComparison.OrdinalIgnoreCase) ? "Selection.Err.OwnProposal"
        : null;

    /// <summary>The post's state once approved: filled from the decision's date, approved (holder designated) before it.</summary>
    public static PostStatus AfterApproval(DateOnly decisionDate, DateOnly today) => decisionDate <= today ? PostStatus.Filled : PostStatus.Approved;
}

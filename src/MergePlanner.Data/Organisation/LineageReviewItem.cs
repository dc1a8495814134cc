using MergePlanner.Data.Common;

namespace MergePlanner.Data.Organisation;

/// <summary>Something the official "formed from" text says that could not be turned into lineage with
/// certainty. It waits on the review screen until someone resolves it; nothing is silently dropped.</summary>
public class LineageReviewItem : MergePlanner.Data.Common.IAudited, IMergerOwned
{
    public int Id { get; set; }

    public int MergerId { get; set; }

    public Merger? Merger { get; set; }

    /// <summary>The new unit whose text this came from.</summary>
    public int? TargetUnitId { get; set; }

    public Unit? TargetUnit { get; set; }

    public required string SourceText { get; set; }

    public LineageReviewReason Reason { get; set; }

    public string? Detail { get; set; }

    public bool Resolved { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum LineageReviewReason
{
    /// <summary>The fragment does not follow a known pattern.</summary>
    Unparsed,

    /// <summary>The named predecessor matches no unit of the source provinces.</summary>
    PredecessorNotFound,

    /// <summary>The name matches several units (e.g. the same name in two districts without a qualifier).</summary>
    AmbiguousPredecessor,

    /// <summary>A predecessor split between several new units: the shares were set equal and need confirming.</summary>
    SplitShareAssumed,

    /// <summary>Whether the whole unit or only part of it was transferred is not certain from the wording.</summary>
    PortionUncertain,

    /// <summary>An old unit of a source that the official list names under no new unit: where it went must be said.</summary>
    SourceNotCovered,
}

using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Personnel.Placement;

/// <summary>How an officer came to a place in the new structure.</summary>
public enum PlacementKind
{
    /// <summary>Chuyển nguyên trạng: the whole of a former unit moved along its lineage, each keeping their position.</summary>
    Bulk,

    /// <summary>Bố trí, sắp xếp: one officer arranged by the personnel staff.</summary>
    Individual,

    /// <summary>Bổ nhiệm: an approved appointment to a leadership post.</summary>
    Appointment,
}

/// <summary>One step in an officer's placement history: from where to where, why, who and when, and the staffing caps
/// the step went past with the reason given for it. Append-only: a correction is a new step.</summary>
public class PlacementRecord : IAppendOnly, IMergerOwned
{
    public int MergerId { get; set; }

    public long Id { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public PlacementKind Kind { get; set; }

    public int? FromUnitId { get; set; }

    public Unit? FromUnit { get; set; }

    public Position? FromPosition { get; set; }

    public int ToUnitId { get; set; }

    public Unit? ToUnit { get; set; }

    public Position ToPosition { get; set; }

    /// <summary>Why the officer was arranged there (individual steps), or the decision of an appointment.</summary>
    public string? Reason { get; set; }

    /// <summary>The caps this step went past, as the person saw them, and why they went on; null when none.</summary>
    public string? CapsOverridden { get; set; }

    public string? OverrideReason { get; set; }

    public required string UserName { get; set; }

    public DateTime AtUtc { get; set; }
}

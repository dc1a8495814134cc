using MergePlanner.Data.Common;

namespace MergePlanner.Data.Personnel.Streamlining;

/// <summary>Why an officer is on the streamlining lists.</summary>
public enum StreamliningReason
{
    /// <summary>Placed in a unit's position group above its biên chế (dôi dư).</summary>
    Surplus,

    /// <summary>Close to the maximum service age with the years of service the decree asks (nghỉ hưu trước tuổi).</summary>
    EarlyRetirement,
}

/// <summary>What is proposed for the officer. Every measure takes the officer out of the merged force once approved.</summary>
public enum StreamliningMeasure
{
    /// <summary>Nghỉ hưu trước tuổi.</summary>
    EarlyRetirement,

    /// <summary>Thôi việc.</summary>
    Resignation,

    /// <summary>Điều động ra ngoài Công an tỉnh (về Bộ, địa phương khác).</summary>
    TransferOut,
}

public enum StreamliningStatus
{
    Proposed,
    Approved,
    Returned,
}

/// <summary>A streamlining decision for one officer: proposed by the personnel staff, approved (with the decision) or
/// returned with a reason by leadership. One open case per officer; a returned case stays with its reason.</summary>
public class StreamliningCase : IMergerOwned, IAudited, IVersioned, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public StreamliningReason Reason { get; set; }

    public StreamliningMeasure Measure { get; set; }

    public StreamliningStatus Status { get; set; }

    public string? Note { get; set; }

    public required string ProposedBy { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public string? ReturnReason { get; set; }

    public int Version { get; set; }
}

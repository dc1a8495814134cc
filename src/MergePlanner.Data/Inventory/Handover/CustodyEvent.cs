using MergePlanner.Data.Common;

namespace MergePlanner.Data.Inventory.Handover;

/// <summary>One step in an item's custody history: who, when, from, to, why. Append-only: a correction is a new
/// event, never an edit.</summary>
public class CustodyEvent : IAppendOnly, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public long Id { get; set; }

    public int? AssetId { get; set; }

    public int? CaseFileId { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    public CustodyAction Action { get; set; }

    public int? FromUnitId { get; set; }

    public int? ToUnitId { get; set; }

    public decimal? Quantity { get; set; }

    public string? Reason { get; set; }
}

public enum CustodyAction
{
    Counted,
    Disposed,
    DispositionWithdrawn,
    HandedOver,
    Received,
    ReceivedWithRemarks,
    NotReceived,
    Correction,
}

using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Inventory.Handover;

/// <summary>A handover (biên bản bàn giao) from a source unit to a receiving unit, with a witness; built from
/// transfer dispositions; the receiving unit confirms each line.</summary>
public class HandoverBatch : IVersioned, IAudited, INoHardDelete, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    /// <summary>Số biên bản, e.g. "12/BB-PH10".</summary>
    public required string Number { get; set; }

    public int FromUnitId { get; set; }

    public Unit? FromUnit { get; set; }

    public int ToUnitId { get; set; }

    public Unit? ToUnit { get; set; }

    /// <summary>The handing-over side's representative: the name ("Nguyễn Văn A") and, in
    /// <see cref="HandedOverByTitle"/>, rank and position ("Thượng tá, Trưởng phòng") as form 01/TSC-BBGN names them.</summary>
    public string? HandedOverBy { get; set; }

    public string? HandedOverByTitle { get; set; }

    public string? ReceivedBy { get; set; }

    public string? ReceivedByTitle { get; set; }

    public string? WitnessName { get; set; }

    public string? WitnessTitle { get; set; }

    public string? WitnessUnit { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public HandoverStatus Status { get; set; }

    public string? SignedScanName { get; set; }

    public byte[]? SignedScan { get; set; }

    public List<HandoverLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

public enum HandoverStatus
{
    /// <summary>Being prepared by the handing-over unit.</summary>
    Draft,

    /// <summary>Handed over: waiting for the receiving unit to confirm every line.</summary>
    Sent,

    /// <summary>Every line answered by the receiving unit.</summary>
    Confirmed,
}

public class HandoverLine : IVersioned, IAudited, INoHardDelete, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int BatchId { get; set; }

    public HandoverBatch? Batch { get; set; }

    public int DispositionId { get; set; }

    public ItemDisposition? Disposition { get; set; }

    public decimal Quantity { get; set; }

    public ReceiptStatus Receipt { get; set; }

    public string? Remark { get; set; }

    public string? ConfirmedBy { get; set; }

    public DateTime? ConfirmedAtUtc { get; set; }

    public int Version { get; set; }
}

public enum ReceiptStatus
{
    Pending,
    Received,
    ReceivedWithRemarks,
    NotReceived,
}

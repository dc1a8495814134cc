using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Inventory.Handover;

/// <summary>The outcome of (part of) one item of a source unit. The parts of an item add up to its quantity;
/// a bulk item may be split between outcomes.</summary>
public class ItemDisposition : IVersioned, IAudited, INoHardDelete, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int? AssetId { get; set; }

    public Asset? Asset { get; set; }

    public int? CaseFileId { get; set; }

    public Cases.CaseFile? CaseFile { get; set; }

    public DispositionOutcome Outcome { get; set; }

    public decimal Quantity { get; set; }

    /// <summary>For a transfer: the unit of the new structure that receives it.</summary>
    public int? TargetUnitId { get; set; }

    public Unit? TargetUnit { get; set; }

    /// <summary>For a hand-over outside the police: the receiving agency.</summary>
    public string? Agency { get; set; }

    /// <summary>For missing items: the incident record (biên bản sự việc) number and date.</summary>
    public string? IncidentReference { get; set; }

    public string? Note { get; set; }

    /// <summary>Withdrawn dispositions stay on record (never deleted); only active ones count.</summary>
    public bool Withdrawn { get; set; }

    public int Version { get; set; }
}

public enum DispositionOutcome
{
    /// <summary>Điều chuyển cho đơn vị sau hợp nhất.</summary>
    TransferToUnit,

    /// <summary>Bàn giao cho cơ quan khác.</summary>
    HandToAgency,

    /// <summary>Dôi dư, chờ điều chuyển, sắp xếp lại.</summary>
    SurplusForReallocation,

    /// <summary>Đề nghị thanh lý.</summary>
    LiquidationProposal,

    /// <summary>Mất, thiếu (phải có biên bản sự việc).</summary>
    Missing,
}

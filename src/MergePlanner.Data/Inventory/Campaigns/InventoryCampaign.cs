using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Inventory.Campaigns;

/// <summary>A stocktake of one source unit (and everything below it) at a cut-off time: every item on the books
/// gets a line; the campaign cannot close while a line is uncounted.</summary>
public class InventoryCampaign : IVersioned, IAudited, IMergerOwned
{
    public int Id { get; set; }

    public int MergerId { get; set; }

    public Merger? Merger { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public required string Name { get; set; }

    /// <summary>Thời điểm kiểm kê, e.g. 0 giờ ngày 21/6/2025.</summary>
    public DateTime CutoffAt { get; set; }

    public CampaignStatus Status { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedBy { get; set; }

    public List<InventoryLine> Lines { get; set; } = [];

    public int Version { get; set; }
}

public enum CampaignStatus
{
    Open,
    Closed,
}

/// <summary>One item of the campaign: the quantity on the books at the cut-off and the quantity counted.</summary>
public class InventoryLine : IVersioned, IAudited, INoHardDelete, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int CampaignId { get; set; }

    public InventoryCampaign? Campaign { get; set; }

    public int? AssetId { get; set; }

    public Asset? Asset { get; set; }

    public int? CaseFileId { get; set; }

    public Cases.CaseFile? CaseFile { get; set; }

    public decimal BookQuantity { get; set; }

    /// <summary>Null while not yet counted.</summary>
    public decimal? CountedQuantity { get; set; }

    public string? Note { get; set; }

    public string? CountedBy { get; set; }

    public DateTime? CountedAtUtc { get; set; }

    public List<LineEvidence> Evidence { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A photo or scan backing a count (biên bản, ảnh chụp).</summary>
public class LineEvidence : IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int LineId { get; set; }

    public InventoryLine? Line { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAtUtc { get; set; }
}

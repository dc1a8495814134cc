using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Inventory;

public class Asset : IVersioned, ISearchable, INoHardDelete, IAudited
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public AssetCategory Category { get; set; }

    public required string UnitOfMeasure { get; set; }

    public decimal Quantity { get; set; }

    /// <summary>Nguyên giá, in đồng.</summary>
    public decimal OriginalCost { get; set; }

    /// <summary>Giá trị còn lại, in đồng.</summary>
    public decimal RemainingValue { get; set; }

    public AssetStatus Status { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Code, Name);
}

/// <summary>Asset categories of domain.md §5.2.</summary>
public enum AssetCategory
{
    Weapon,
    Ammunition,
    Explosive,
    SupportTool,
    Car,
    Motorcycle,
    Boat,
    OtherVehicle,
    TechnicalEquipment,
    ItEquipment,
    FireRescueEquipment,
    OfficeEquipment,
    Building,
    Land,
    InvestmentProject,
    OtherFixedAsset,
    Exhibit,
}

/// <summary>Tình trạng of domain.md §5.3.</summary>
public enum AssetStatus
{
    InUse,
    Unused,
    MisusedPurpose,
    DamagedAwaitingLiquidation,
    AwaitingTransfer,
    Missing,
    Surplus,
    UnderRepair,
}

using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Inventory;

public class Asset : IVersioned, ISearchable, INoHardDelete, IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

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

    /// <summary>Người quản lý / sử dụng.</summary>
    public string? Custodian { get; set; }

    /// <summary>Vị trí, kho.</summary>
    public string? Location { get; set; }

    public SecrecyLevel Secrecy { get; set; }

    public int? AcquisitionYear { get; set; }

    // Typed fields of the registers (domain.md §5.2); which apply to which category is AssetRegisters.

    /// <summary>Số hiệu / số sê-ri (weapons, equipment).</summary>
    public string? Serial { get; set; }

    public string? Model { get; set; }

    /// <summary>Cỡ nòng (weapons, ammunition).</summary>
    public string? Calibre { get; set; }

    /// <summary>Số giấy phép sử dụng (weapons, support tools).</summary>
    public string? PermitNumber { get; set; }

    /// <summary>Số lô (ammunition, explosives).</summary>
    public string? Lot { get; set; }

    /// <summary>Biển kiểm soát / số đăng ký (vehicles, boats).</summary>
    public string? Plate { get; set; }

    public string? ChassisNumber { get; set; }

    public string? EngineNumber { get; set; }

    /// <summary>Năm sản xuất (vehicles) or năm xây dựng (buildings).</summary>
    public int? Year { get; set; }

    /// <summary>Số tầng (buildings).</summary>
    public int? Floors { get; set; }

    /// <summary>Diện tích sàn (buildings) or diện tích đất (land), m².</summary>
    public decimal? Area { get; set; }

    /// <summary>Hiện trạng (buildings).</summary>
    public string? Condition { get; set; }

    /// <summary>Số thửa, tờ bản đồ (land).</summary>
    public string? Parcel { get; set; }

    /// <summary>Số giấy chứng nhận quyền sử dụng đất (land).</summary>
    public string? Certificate { get; set; }

    /// <summary>Tình trạng pháp lý (land).</summary>
    public string? LegalStatus { get; set; }

    /// <summary>Quyết định phê duyệt dự án (investment projects).</summary>
    public string? Decision { get; set; }

    public decimal? TotalInvestment { get; set; }

    public decimal? Disbursed { get; set; }

    public decimal? ProgressPercent { get; set; }

    public ProjectStatus? ProjectStatus { get; set; }

    /// <summary>What the asset provides for the officers' welfare after the merger (a dormitory, a canteen, a shuttle
    /// vehicle), with <see cref="Capacity"/>: the support page sets the officers' needs against them.</summary>
    public WelfareFacility? Facility { get; set; }

    /// <summary>Sức chứa: beds of a dormitory, seats of a canteen or a vehicle.</summary>
    public int? Capacity { get; set; }

    /// <summary>Thiết bị có lưu dữ liệu (IT equipment: data must be handed over or wiped).</summary>
    public bool? DataBearing { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Code, Name, Serial, Plate, Parcel, Lot);
}

/// <summary>Công năng phục vụ cán bộ: housing, meals, transport.</summary>
public enum WelfareFacility
{
    /// <summary>Nhà ở công vụ, ký túc.</summary>
    Dormitory,

    /// <summary>Nhà ăn tập thể.</summary>
    Canteen,

    /// <summary>Xe đưa đón cán bộ.</summary>
    Shuttle,
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

/// <summary>Độ mật.</summary>
public enum SecrecyLevel
{
    None,
    Confidential,
    Secret,
    TopSecret,
}

/// <summary>Public investment project status (domain.md §5.2).</summary>
public enum ProjectStatus
{
    Ongoing,
    ApprovedNotStarted,
    Paused,
    Completed,
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

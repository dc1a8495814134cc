using System.Globalization;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Seeding;

/// <summary>Assets of every category and case files of every kind for one source province.</summary>
internal sealed class DemoInventory(Random random, DateOnly effectiveDate, int scalePercent = 100)
{
    private sealed record AssetTemplate(AssetCategory Category, string CodePart, int Count, string UnitOfMeasure, string[] Names, long MinCost, long MaxCost, int MinQty = 1, int MaxQty = 1);

    private static readonly AssetTemplate[] AssetTemplates =
    [
        new(AssetCategory.Weapon, "VK", 110, "khẩu", ["Súng ngắn K54", "Súng ngắn K59", "Súng tiểu liên AK", "Súng trường CKC", "Súng ngắn Makarov"], 12_000_000, 45_000_000),
        new(AssetCategory.Ammunition, "DAN", 24, "viên", ["Đạn K54 7,62 mm", "Đạn AK 7,62 mm", "Đạn K59 9 mm"], 5_000_000, 60_000_000, 500, 20_000),
        new(AssetCategory.Explosive, "VLN", 8, "kg", ["Thuốc nổ TNT", "Thuốc nổ nhũ tương", "Kíp nổ điện"], 2_000_000, 30_000_000, 5, 200),
        new(AssetCategory.SupportTool, "CCHT", 60, "chiếc", ["Gậy cao su", "Khóa số tám", "Bình xịt hơi cay", "Súng bắn đạn cao su", "Áo giáp chống đạn", "Mũ chống đạn", "Lá chắn chống va đập", "Gậy điện"], 500_000, 25_000_000, 1, 40),
        new(AssetCategory.Car, "OTO", 45, "chiếc", ["Xe ô tô Toyota Innova", "Xe ô tô Ford Ranger", "Xe ô tô tuần tra chuyên dùng", "Xe chở phạm nhân", "Xe ô tô Kia Carnival", "Xe ô tô cứu thương"], 600_000_000, 1_800_000_000),
        new(AssetCategory.Motorcycle, "MOTO", 70, "chiếc", ["Xe mô tô Honda Wave", "Xe mô tô Yamaha Exciter", "Xe mô tô tuần tra Honda CBR", "Xe mô tô Honda Air Blade"], 20_000_000, 250_000_000),
        new(AssetCategory.Boat, "THUY", 6, "chiếc", ["Xuồng cao tốc tuần tra", "Ca nô chữa cháy", "Tàu tuần tra đường thủy"], 400_000_000, 6_000_000_000),
        new(AssetCategory.OtherVehicle, "PTK", 10, "chiếc", ["Xe chữa cháy", "Thiết bị bay không người lái (UAV) trinh sát", "Xe thang cứu nạn"], 300_000_000, 9_000_000_000),
        new(AssetCategory.TechnicalEquipment, "KTNV", 40, "bộ", ["Máy quay ghi hình nghiệp vụ", "Thiết bị định vị", "Máy đo nồng độ cồn", "Thiết bị kiểm tra ma túy nhanh", "Bộ thiết bị giám định dấu vết"], 15_000_000, 900_000_000),
        new(AssetCategory.ItEquipment, "CNTT", 120, "chiếc", ["Máy tính để bàn", "Máy tính xách tay", "Bộ đàm Motorola", "Máy chủ", "Thiết bị tường lửa", "Máy quét tài liệu"], 8_000_000, 400_000_000),
        new(AssetCategory.FireRescueEquipment, "PCCC", 30, "bộ", ["Máy bơm chữa cháy", "Bộ quần áo chống cháy", "Thang dây cứu nạn", "Bình dưỡng khí"], 5_000_000, 350_000_000, 1, 10),
        new(AssetCategory.OfficeEquipment, "VP", 70, "chiếc", ["Máy photocopy", "Máy in laser", "Điều hòa nhiệt độ", "Máy chiếu", "Máy hủy tài liệu"], 6_000_000, 90_000_000),
        new(AssetCategory.Building, "NHA", 30, "công trình", ["Trụ sở làm việc", "Nhà làm việc", "Kho vũ khí", "Nhà công vụ", "Nhà để xe"], 2_000_000_000, 60_000_000_000),
        new(AssetCategory.Land, "DAT", 30, "m²", ["Đất trụ sở", "Đất an ninh", "Đất doanh trại"], 3_000_000_000, 80_000_000_000, 500, 20_000),
        new(AssetCategory.InvestmentProject, "DA", 10, "dự án", ["Dự án xây dựng trụ sở", "Dự án hệ thống camera giám sát an ninh, trật tự", "Dự án trung tâm chỉ huy", "Dự án doanh trại cảnh sát cơ động"], 15_000_000_000, 400_000_000_000),
        new(AssetCategory.OtherFixedAsset, "TSK", 40, "bộ", ["Bàn ghế làm việc", "Tủ hồ sơ", "Két sắt", "Máy phát điện"], 3_000_000, 150_000_000, 1, 20),
        new(AssetCategory.Exhibit, "VC", 40, "chiếc", ["Xe mô tô tạm giữ", "Điện thoại di động (vật chứng)", "Tiền giả (vật chứng)", "Máy tính xách tay (vật chứng)"], 1_000_000, 40_000_000),
    ];

    private static readonly string[] Offences =
    [
        "Trộm cắp tài sản", "Cố ý gây thương tích", "Mua bán trái phép chất ma túy", "Lừa đảo chiếm đoạt tài sản qua mạng",
        "Đánh bạc", "Vi phạm quy định về tham gia giao thông đường bộ", "Cướp giật tài sản", "Tàng trữ trái phép chất ma túy",
        "Buôn lậu", "Gây rối trật tự công cộng", "Vi phạm quy định về phòng cháy, chữa cháy", "Chống người thi hành công vụ",
    ];

    private static readonly string[] Articles = ["173", "134", "251", "174", "321", "260", "171", "249", "188", "318"];

    private static readonly string[] DossierTitles =
    [
        "Hồ sơ nghiệp vụ đối tượng", "Hồ sơ cán bộ", "Hồ sơ cư trú", "Hồ sơ tài sản", "Tài liệu hành chính năm",
        "Hồ sơ điều tra cơ bản địa bàn", "Hồ sơ chuyên án",
    ];

    private static readonly AssetStatus[] CommonStatuses =
        [AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.Unused, AssetStatus.UnderRepair, AssetStatus.AwaitingTransfer, AssetStatus.DamagedAwaitingLiquidation];

    /// <summary>A smaller demo merger holds a share of every category, never none.</summary>
    private int Scaled(int count) => Math.Max(1, count * scalePercent / 100);

    public IEnumerable<Asset> Assets(DemoTree tree)
    {
        var holders = tree.Departments.Concat(tree.Communes).Append(tree.Directorate).ToArray();
        foreach (var template in AssetTemplates)
        {
            for (var i = 1; i <= Scaled(template.Count); i++)
            {
                var holder = Holder(template.Category, tree, holders);
                var quantity = random.Next(template.MinQty, template.MaxQty + 1);
                var cost = RoundThousands(template.MinCost + (long)(random.NextDouble() * (template.MaxCost - template.MinCost)));
                var name = template.Names[random.Next(template.Names.Length)];
                if (template.Category is AssetCategory.Building or AssetCategory.Land)
                {
                    name = $"{name} – {holder.Name}";
                }

                var asset = new Asset
                {
                    Code = string.Create(CultureInfo.InvariantCulture, $"{tree.Prefix}-{template.CodePart}-{i:00000}"),
                    Name = name,
                    Category = template.Category,
                    UnitOfMeasure = template.UnitOfMeasure,
                    Quantity = quantity,
                    OriginalCost = cost,
                    RemainingValue = RoundThousands((long)((double)cost * (0.15 + (random.NextDouble() * 0.85)))),
                    Status = StatusFor(template.Category),
                    UnitId = holder.Id,
                    AcquisitionYear = random.Next(2005, 2025),
                    Location = template.Category is AssetCategory.Weapon or AssetCategory.Ammunition or AssetCategory.Explosive ? $"Kho vũ khí – {holder.Name}" : holder.Name,
                };
                Detail(asset, tree.Prefix, i);
                yield return asset;
            }
        }
    }

    public IEnumerable<CaseFile> CaseFiles(DemoTree tree)
    {
        var investigators = tree.Departments.Where(d => d.Code.EndsWith("PC02", StringComparison.Ordinal)
            || d.Code.EndsWith("PC03", StringComparison.Ordinal) || d.Code.EndsWith("PC04", StringComparison.Ordinal)
            || d.Code.EndsWith("PA09", StringComparison.Ordinal)).ToArray();
        var inspectorate = tree.Departments.Single(d => d.Code.EndsWith("PX05", StringComparison.Ordinal));
        var records = tree.Departments.Single(d => d.Code.EndsWith("PV06", StringComparison.Ordinal));
        var plan = new (CaseFileKind Kind, string Part, int Count)[]
        {
            (CaseFileKind.CriminalCase, "VA", 300), (CaseFileKind.CrimeReport, "TG", 500), (CaseFileKind.Incident, "VV", 200),
            (CaseFileKind.Dossier, "HS", 600), (CaseFileKind.Inspection, "TTr", 80),
        };
        foreach (var (kind, part, count) in plan)
        {
            for (var i = 1; i <= Scaled(count); i++)
            {
                var owner = kind switch
                {
                    CaseFileKind.CriminalCase => investigators[random.Next(investigators.Length)],
                    CaseFileKind.Inspection => inspectorate,
                    CaseFileKind.Dossier when random.Next(3) == 0 => records,
                    _ => tree.Communes[random.Next(tree.Communes.Count)],
                };
                var opened = effectiveDate.AddDays(-random.Next(20, 900));
                var statuses = CaseFileStatusRules.AllowedFor(kind);
                var status = statuses[random.Next(statuses.Count)];
                var file = new CaseFile
                {
                    Kind = kind,
                    Number = string.Create(CultureInfo.InvariantCulture, $"{tree.Prefix}-{part}-{opened.Year}-{i:0000}"),
                    Title = TitleFor(kind, owner),
                    Status = status,
                    OwningUnitId = owner.Id,
                    OpenedOn = opened,
                    Deadline = kind is CaseFileKind.CriminalCase or CaseFileKind.CrimeReport && CaseFileStatusRules.IsOpen(status)
                        ? opened.AddMonths(kind == CaseFileKind.CriminalCase ? 4 : 2)
                        : null,
                    Pages = random.Next(12, 900),
                    Location = $"Kho hồ sơ – {owner.Name}",
                };
                switch (kind)
                {
                    case CaseFileKind.CriminalCase:
                        file.DecisionNumber = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 300)}/QĐ-CSĐT ngày {opened:dd/MM/yyyy}");
                        file.Articles = $"Điều {Articles[random.Next(Articles.Length)]} Bộ luật Hình sự";
                        file.Investigator = new VietnameseNames(random).Next(MergePlanner.Data.Personnel.Gender.Male);
                        file.Exhibits = random.Next(0, 12);
                        file.Volumes = random.Next(1, 4);
                        break;
                    case CaseFileKind.CrimeReport or CaseFileKind.Incident or CaseFileKind.Inspection:
                        file.ReceivedOn = opened;
                        break;
                    default:
                        file.DossierType = (DossierType)random.Next(Enum.GetValues<DossierType>().Length);
                        file.Boxes = random.Next(1, 6);
                        file.Volumes = random.Next(1, 10);
                        file.Retention = random.Next(3) == 0 ? "Vĩnh viễn" : $"{random.Next(1, 5) * 10} năm";
                        file.Secrecy = random.Next(5) == 0 ? SecrecyLevel.Secret : SecrecyLevel.Confidential;
                        break;
                }

                yield return file;
            }
        }
    }

    private string TitleFor(CaseFileKind kind, Unit owner) => kind switch
    {
        CaseFileKind.CriminalCase => $"Vụ án {Offences[random.Next(Offences.Length)].ToLowerInvariant()}",
        CaseFileKind.CrimeReport => $"Tin báo về tội phạm: {Offences[random.Next(Offences.Length)].ToLowerInvariant()}",
        CaseFileKind.Incident => $"Vụ việc {Offences[random.Next(Offences.Length)].ToLowerInvariant()} tại địa bàn {owner.Name.Replace("Công an ", string.Empty, StringComparison.Ordinal)}",
        CaseFileKind.Inspection => random.Next(2) == 0 ? "Hồ sơ giải quyết khiếu nại" : "Hồ sơ thanh tra công tác quản lý tài sản",
        _ => $"{DossierTitles[random.Next(DossierTitles.Length)]} {random.Next(2015, 2026)}",
    };

    private static readonly string[] Calibres = ["7,62 mm", "9 mm", "5,45 mm"];

    /// <summary>The typed fields of each register: serials, plates, parcels, project figures.</summary>
    private void Detail(Asset asset, string prefix, int i)
    {
        var year = asset.AcquisitionYear ?? 2015;
        switch (asset.Category)
        {
            case AssetCategory.Weapon:
                asset.Serial = string.Create(CultureInfo.InvariantCulture, $"{prefix[..2]}{random.Next(10, 99)}{i:00000}");
                asset.Model = asset.Name.Replace("Súng ngắn ", string.Empty, StringComparison.Ordinal).Replace("Súng ", string.Empty, StringComparison.Ordinal);
                asset.Calibre = Calibres[random.Next(Calibres.Length)];
                asset.PermitNumber = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 999)}/GP-QLVK");
                asset.Secrecy = SecrecyLevel.Confidential;
                break;
            case AssetCategory.Ammunition or AssetCategory.Explosive:
                asset.Lot = string.Create(CultureInfo.InvariantCulture, $"L{year}-{random.Next(100, 999)}");
                asset.Calibre = asset.Category == AssetCategory.Ammunition ? Calibres[random.Next(Calibres.Length)] : null;
                asset.Secrecy = SecrecyLevel.Confidential;
                break;
            case AssetCategory.Car or AssetCategory.Motorcycle or AssetCategory.Boat or AssetCategory.OtherVehicle:
                asset.Plate = asset.Category == AssetCategory.Boat
                    ? string.Create(CultureInfo.InvariantCulture, $"HP-{random.Next(1000, 9999)}")
                    : string.Create(CultureInfo.InvariantCulture, $"{(prefix == "HDG" ? "34" : "15")}A-{random.Next(100, 999)}.{random.Next(10, 99)}");
                asset.ChassisNumber = string.Create(CultureInfo.InvariantCulture, $"RL{random.Next(100000, 999999)}{i:0000}");
                asset.EngineNumber = string.Create(CultureInfo.InvariantCulture, $"EN{random.Next(100000, 999999)}");
                asset.Year = year;
                break;
            case AssetCategory.SupportTool or AssetCategory.TechnicalEquipment or AssetCategory.ItEquipment or AssetCategory.FireRescueEquipment or AssetCategory.OfficeEquipment:
                asset.Serial = string.Create(CultureInfo.InvariantCulture, $"SN{random.Next(1000000, 9999999)}");
                asset.DataBearing = asset.Category == AssetCategory.ItEquipment ? !asset.Name.StartsWith("Bộ đàm", StringComparison.Ordinal) : null;
                asset.Secrecy = asset.Category == AssetCategory.TechnicalEquipment ? SecrecyLevel.Secret : SecrecyLevel.None;
                break;
            case AssetCategory.Building:
                asset.Floors = random.Next(1, 8);
                asset.Area = random.Next(200, 4000);
                asset.Year = random.Next(1990, 2024);
                asset.Condition = random.Next(4) == 0 ? "Xuống cấp, cần sửa chữa" : "Sử dụng bình thường";
                break;
            case AssetCategory.Land:
                asset.Parcel = string.Create(CultureInfo.InvariantCulture, $"Thửa {random.Next(1, 900)}, tờ bản đồ số {random.Next(1, 60)}");
                asset.Area = asset.Quantity;
                asset.Certificate = random.Next(6) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"CS {random.Next(10000, 99999)}");
                asset.LegalStatus = asset.Certificate is null ? "Chưa có giấy chứng nhận" : "Đã có giấy chứng nhận";
                break;
            case AssetCategory.InvestmentProject:
                var status = (ProjectStatus)(i % 4);
                asset.ProjectStatus = status;
                asset.Decision = string.Create(CultureInfo.InvariantCulture, $"Quyết định số {random.Next(100, 9999)}/QĐ-BCA-H02 ngày {random.Next(1, 28):00}/{random.Next(1, 12):00}/{year}");
                asset.TotalInvestment = asset.OriginalCost;
                var progress = status switch { ProjectStatus.Completed => 100m, ProjectStatus.ApprovedNotStarted => 0m, _ => random.Next(5, 95) };
                asset.ProgressPercent = progress;
                asset.Disbursed = Math.Round(asset.OriginalCost * progress / 100m * 0.9m / 1000m) * 1000m;
                break;
        }
    }

    private Unit Holder(AssetCategory category, DemoTree tree, Unit[] holders)
    {
        Unit? Department(string code) => tree.Departments.FirstOrDefault(d => d.Code.EndsWith(code, StringComparison.Ordinal));
        return category switch
        {
            AssetCategory.Explosive or AssetCategory.InvestmentProject => Department("PH10")!,
            AssetCategory.Boat => Department("PC12") ?? Department("PC07")!,
            AssetCategory.FireRescueEquipment => random.Next(3) == 0 ? holders[random.Next(holders.Length)] : Department("PC07")!,
            AssetCategory.Exhibit => random.Next(2) == 0 ? Department("PC02")! : tree.Communes[random.Next(tree.Communes.Count)],
            _ => holders[random.Next(holders.Length)],
        };
    }

    private AssetStatus StatusFor(AssetCategory category)
    {
        // A few items of a real inventory are missing or surplus: the later reconciliation must find them.
        var roll = random.Next(200);
        if (roll == 0)
        {
            return AssetStatus.Missing;
        }

        if (roll == 1 && category != AssetCategory.Land)
        {
            return AssetStatus.Surplus;
        }

        return CommonStatuses[random.Next(CommonStatuses.Length)];
    }

    private static decimal RoundThousands(long amount) => Math.Round(amount / 1000m) * 1000m;
}

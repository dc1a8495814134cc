using System.Globalization;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Seeding;

/// <summary>Assets of every category and case files of every kind for one source province.</summary>
internal sealed class DemoInventory(Random random, DateOnly effectiveDate)
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

    private static readonly string[] DossierTitles =
    [
        "Hồ sơ nghiệp vụ đối tượng", "Hồ sơ cán bộ", "Hồ sơ cư trú", "Hồ sơ tài sản", "Tài liệu hành chính năm",
        "Hồ sơ điều tra cơ bản địa bàn", "Hồ sơ chuyên án",
    ];

    private static readonly AssetStatus[] CommonStatuses =
        [AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.InUse, AssetStatus.Unused, AssetStatus.UnderRepair, AssetStatus.AwaitingTransfer, AssetStatus.DamagedAwaitingLiquidation];

    public IEnumerable<Asset> Assets(TreeBuilder tree)
    {
        var holders = tree.Departments.Concat(tree.Communes).Append(tree.Directorate).ToArray();
        foreach (var template in AssetTemplates)
        {
            for (var i = 1; i <= template.Count; i++)
            {
                var holder = Holder(template.Category, tree, holders);
                var quantity = random.Next(template.MinQty, template.MaxQty + 1);
                var cost = RoundThousands(template.MinCost + (long)(random.NextDouble() * (template.MaxCost - template.MinCost)));
                var name = template.Names[random.Next(template.Names.Length)];
                if (template.Category is AssetCategory.Building or AssetCategory.Land)
                {
                    name = $"{name} – {holder.Name}";
                }

                yield return new Asset
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
                };
            }
        }
    }

    public IEnumerable<CaseFile> CaseFiles(TreeBuilder tree)
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
            for (var i = 1; i <= count; i++)
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
                yield return new CaseFile
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
                };
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

    private Unit Holder(AssetCategory category, TreeBuilder tree, Unit[] holders)
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

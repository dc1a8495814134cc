using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Common;
using MergePlanner.Data.Inventory;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>Import and export of the asset registers: Vietnamese headers, every row validated (common fields and
/// the typed fields its category requires), all or nothing, upsert by asset code, and only units the user may
/// change.</summary>
public sealed class AssetImport(MergePlannerDbContext db, UnitScopeService scopes)
{
    public static readonly TabularColumn[] Columns =
    [
        new("code", "Mã tài sản", true, "HDG-VK-09001", MaxLength: 64), new("name", "Tên tài sản", true, "Súng ngắn K54", MaxLength: 256), new("category", "Nhóm tài sản", true, "Vũ khí"),
        new("uom", "Đơn vị tính", true, "khẩu", MaxLength: 32), new("qty", "Số lượng", true, "1", Kind: TabularKind.Number), new("cost", "Nguyên giá", false, "25000000", Kind: TabularKind.Money), new("value", "Giá trị còn lại", false, "12000000", Kind: TabularKind.Money),
        new("status", "Tình trạng", false, "Đang sử dụng"), new("unit", "Mã đơn vị quản lý", true, "HDG.PH10", MaxLength: 64), new("custodian", "Người quản lý", false, "Nguyễn Văn An", MaxLength: 128),
        new("location", "Vị trí, kho", false, "Kho vũ khí", MaxLength: 256), new("serial", "Số hiệu, số sê-ri", false, "HD12345", MaxLength: 128), new("model", "Kiểu, loại", false, "K54", MaxLength: 128),
        new("calibre", "Cỡ nòng", false, "7,62 mm", MaxLength: 128), new("permit", "Giấy phép sử dụng", false, "123/GP-QLVK", MaxLength: 128), new("lot", "Số lô", false, "", MaxLength: 128),
        new("plate", "Biển kiểm soát", false, "", MaxLength: 128), new("chassis", "Số khung", false, "", MaxLength: 128), new("engine", "Số máy", false, "", MaxLength: 128), new("year", "Năm sản xuất, xây dựng", false, "", Kind: TabularKind.Plain),
        new("floors", "Số tầng", false, "", Kind: TabularKind.Plain), new("area", "Diện tích (m²)", false, "", Kind: TabularKind.Number), new("condition", "Hiện trạng", false, "", MaxLength: 128), new("parcel", "Thửa đất, tờ bản đồ", false, "", MaxLength: 128),
        new("certificate", "Giấy chứng nhận QSDĐ", false, "", MaxLength: 128), new("legal", "Tình trạng pháp lý", false, "", MaxLength: 128), new("decision", "Quyết định phê duyệt", false, "", MaxLength: 256),
        new("total", "Tổng mức đầu tư", false, "", Kind: TabularKind.Money), new("disbursed", "Đã giải ngân", false, "", Kind: TabularKind.Money), new("progress", "Tiến độ (%)", false, "", Kind: TabularKind.Number), new("project", "Trạng thái dự án", false, ""),
        new("facility", "Công năng phục vụ cán bộ", false, "", Hint: "Nhà ở công vụ, Nhà ăn tập thể hoặc Xe đưa đón"), new("capacity", "Sức chứa (người)", false, "", Kind: TabularKind.Plain),
    ];

    public static readonly Dictionary<AssetCategory, string> CategoryLabels = new()
    {
        [AssetCategory.Weapon] = "Vũ khí", [AssetCategory.Ammunition] = "Đạn dược", [AssetCategory.Explosive] = "Vật liệu nổ", [AssetCategory.SupportTool] = "Công cụ hỗ trợ",
        [AssetCategory.Car] = "Ô tô", [AssetCategory.Motorcycle] = "Mô tô, xe máy", [AssetCategory.Boat] = "Tàu, xuồng, ca nô", [AssetCategory.OtherVehicle] = "Phương tiện khác",
        [AssetCategory.TechnicalEquipment] = "Trang thiết bị kỹ thuật nghiệp vụ", [AssetCategory.ItEquipment] = "Thiết bị CNTT, viễn thông", [AssetCategory.FireRescueEquipment] = "Thiết bị PCCC và CNCH",
        [AssetCategory.OfficeEquipment] = "Máy móc, thiết bị văn phòng", [AssetCategory.Building] = "Nhà, công trình", [AssetCategory.Land] = "Đất",
        [AssetCategory.InvestmentProject] = "Dự án đầu tư công", [AssetCategory.OtherFixedAsset] = "Tài sản cố định khác", [AssetCategory.Exhibit] = "Vật chứng, tài sản tạm giữ",
    };

    public static readonly Dictionary<AssetStatus, string> StatusLabels = new()
    {
        [AssetStatus.InUse] = "Đang sử dụng", [AssetStatus.Unused] = "Không sử dụng", [AssetStatus.MisusedPurpose] = "Sử dụng sai mục đích",
        [AssetStatus.DamagedAwaitingLiquidation] = "Hư hỏng, chờ thanh lý", [AssetStatus.AwaitingTransfer] = "Chờ điều chuyển", [AssetStatus.Missing] = "Mất, thiếu",
        [AssetStatus.Surplus] = "Thừa", [AssetStatus.UnderRepair] = "Đang sửa chữa",
    };

    public static readonly Dictionary<WelfareFacility, string> FacilityLabels = new()
    {
        [WelfareFacility.Dormitory] = "Nhà ở công vụ", [WelfareFacility.Canteen] = "Nhà ăn tập thể", [WelfareFacility.Shuttle] = "Xe đưa đón",
    };

    public static readonly Dictionary<ProjectStatus, string> ProjectLabels = new()
    {
        [ProjectStatus.Ongoing] = "Đang thực hiện", [ProjectStatus.ApprovedNotStarted] = "Đã phê duyệt, chưa triển khai", [ProjectStatus.Paused] = "Tạm dừng", [ProjectStatus.Completed] = "Hoàn thành",
    };

    /// <summary>The typed fields each category cannot do without (domain.md §5.2).</summary>
    private static readonly Dictionary<AssetCategory, (string Key, string Header)[]> Required = new()
    {
        [AssetCategory.Weapon] = [("serial", "Số hiệu, số sê-ri"), ("model", "Kiểu, loại")],
        [AssetCategory.Ammunition] = [("lot", "Số lô")],
        [AssetCategory.Explosive] = [("lot", "Số lô")],
        [AssetCategory.Car] = [("plate", "Biển kiểm soát"), ("chassis", "Số khung")],
        [AssetCategory.Motorcycle] = [("plate", "Biển kiểm soát"), ("chassis", "Số khung")],
        [AssetCategory.Boat] = [("plate", "Biển kiểm soát")],
        [AssetCategory.Building] = [("area", "Diện tích (m²)")],
        [AssetCategory.Land] = [("parcel", "Thửa đất, tờ bản đồ"), ("area", "Diện tích (m²)")],
        [AssetCategory.InvestmentProject] = [("decision", "Quyết định phê duyệt"), ("total", "Tổng mức đầu tư"), ("project", "Trạng thái dự án")],
    };

    public sealed record Outcome(int Created, int Updated, IReadOnlyList<ImportError> Errors);

    public async Task<Outcome> ImportAsync(Stream file, TabularFormat format, CancellationToken cancellationToken = default, IProgress<(int Percent, string Stage)>? progress = null)
    {
        progress?.Report((5, "Import.Stage.Reading"));
        var read = TabularReader.Read(file, format, Columns);
        if (read.Errors.Count > 0)
        {
            return new Outcome(0, 0, read.Errors);
        }

        var errors = new List<ImportError>();
        var writable = await scopes.GetWritableAsync(AppAction.ImportRegisters, cancellationToken);
        var unitCodes = read.Rows.Select(r => r.Get("unit")).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var codes = read.Rows.Select(r => r.Get("code")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // Looked up in chunks: a 50,000-row file would exceed the database's limit on query parameters. Codes compare
        // case-insensitively, as the database does (ADR 0012): "hdg-vk-001" is the item HDG-VK-001, not a new one.
        var existing = new Dictionary<string, Asset>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in codes.Chunk(500))
        {
            foreach (var asset in await db.Assets.Where(a => chunk.Contains(a.Code)).ToListAsync(cancellationToken))
            {
                existing[asset.Code] = asset;
            }
        }

        var repeats = Duplicates.RepeatsOf(read.Rows, "code");
        var parsed = new List<(TabularRow Row, Asset Values, int UnitId)>();
        foreach (var row in read.Rows)
        {
            if (parsed.Count % 1000 == 0)
            {
                progress?.Report((10 + (parsed.Count * 40 / read.Rows.Count), "Import.Stage.Validating"));
            }

            void Add(string column, string message) => errors.Add(new ImportError(row.RowNumber, column, message));
            var code = row.Get("code");
            if (code.Length == 0) { Add("Mã tài sản", "Bắt buộc."); }
            else if (repeats.TryGetValue(row.RowNumber, out var first)) { Add("Mã tài sản", Duplicates.Message(first)); }

            var name = row.Get("name");
            if (name.Length == 0) { Add("Tên tài sản", "Bắt buộc."); }

            var category = Cells.Choice(row, "category", "Nhóm tài sản", CategoryLabels, errors, required: true);
            var status = Cells.Choice(row, "status", "Tình trạng", StatusLabels, errors) ?? AssetStatus.InUse;
            var project = Cells.Choice(row, "project", "Trạng thái dự án", ProjectLabels, errors);
            if (row.Get("uom").Length == 0) { Add("Đơn vị tính", "Bắt buộc."); }
            var quantity = Cells.Number(row, "qty", "Số lượng", errors, ImportLimits.Quantity, required: true);
            var cost = Cells.Number(row, "cost", "Nguyên giá", errors, ImportLimits.Money) ?? 0;
            var value = Cells.Number(row, "value", "Giá trị còn lại", errors, ImportLimits.Money) ?? cost;
            if (value > cost && cost > 0) { Add("Giá trị còn lại", "Giá trị còn lại lớn hơn nguyên giá."); }

            var unitCode = row.Get("unit");
            var unitId = 0;
            if (unitCode.Length == 0) { Add("Mã đơn vị quản lý", "Bắt buộc."); }
            else if (!units.TryGetValue(unitCode, out unitId)) { Add("Mã đơn vị quản lý", $"Không có đơn vị mã '{unitCode}'."); }
            else if (!writable.Includes(unitId)) { Add("Mã đơn vị quản lý", $"Đơn vị '{unitCode}' nằm ngoài phạm vi tài khoản của bạn."); }
            else if (existing.TryGetValue(code, out var current) && !writable.Includes(current.UnitId)) { Add("Mã tài sản", "Tài sản này thuộc đơn vị ngoài phạm vi tài khoản của bạn."); }

            if (category is { } c && Required.TryGetValue(c, out var needed))
            {
                foreach (var (key, header) in needed.Where(n => row.Get(n.Key).Length == 0))
                {
                    Add(header, $"Bắt buộc với nhóm {CategoryLabels[c]}.");
                }
            }

            var total = Cells.Number(row, "total", "Tổng mức đầu tư", errors, ImportLimits.Money);
            var disbursed = Cells.Number(row, "disbursed", "Đã giải ngân", errors, ImportLimits.Money);
            if (total is { } t && disbursed is { } d && d > t) { Add("Đã giải ngân", "Vượt tổng mức đầu tư."); }
            var percent = Cells.Number(row, "progress", "Tiến độ (%)", errors, ImportLimits.Percent);
            var facility = Cells.Choice(row, "facility", "Công năng phục vụ cán bộ", FacilityLabels, errors);
            var capacity = Cells.Integer(row, "capacity", "Sức chứa (người)", errors, ImportLimits.SmallCount);
            if (facility is not null && row.Get("capacity").Length == 0) { Add("Sức chứa (người)", "Bắt buộc khi có công năng phục vụ cán bộ."); }

            parsed.Add((row, new Asset
            {
                Code = code, Name = name, Category = category ?? default, UnitOfMeasure = row.Get("uom"), Quantity = quantity ?? 0, OriginalCost = cost, RemainingValue = value,
                Status = status, Custodian = Cells.Optional(row, "custodian"), Location = Cells.Optional(row, "location"), Serial = Cells.Optional(row, "serial"), Model = Cells.Optional(row, "model"),
                Calibre = Cells.Optional(row, "calibre"), PermitNumber = Cells.Optional(row, "permit"), Lot = Cells.Optional(row, "lot"), Plate = Cells.Optional(row, "plate"), ChassisNumber = Cells.Optional(row, "chassis"),
                EngineNumber = Cells.Optional(row, "engine"), Year = Cells.Integer(row, "year", "Năm sản xuất, xây dựng", errors, ImportLimits.Year), Floors = Cells.Integer(row, "floors", "Số tầng", errors, ImportLimits.Floors),
                Area = Cells.Number(row, "area", "Diện tích (m²)", errors, ImportLimits.Area), Condition = Cells.Optional(row, "condition"), Parcel = Cells.Optional(row, "parcel"), Certificate = Cells.Optional(row, "certificate"),
                LegalStatus = Cells.Optional(row, "legal"), Decision = Cells.Optional(row, "decision"), TotalInvestment = total, Disbursed = disbursed, ProgressPercent = percent, ProjectStatus = project,
                Facility = facility, Capacity = capacity,
            }, unitId));
        }

        // A weapon's serial identifies it: the same serial twice in a file is a mistake.
        var firstWithSerial = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, values, _) in parsed.Where(p => p.Values.Category == AssetCategory.Weapon && p.Values.Serial is not null))
        {
            if (!firstWithSerial.TryAdd(values.Serial!, row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, "Số hiệu, số sê-ri", $"Số hiệu {values.Serial} trùng với dòng {firstWithSerial[values.Serial!]}."));
            }
        }

        if (errors.Count > 0)
        {
            return new Outcome(0, 0, ImportErrors.Bounded(errors));
        }

        progress?.Report((55, "Import.Stage.Writing"));
        try
        {
            return await WriteAsync(parsed, existing, progress, cancellationToken);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            // Another import (on another server) wrote one of these codes after this file was checked: nothing of
            // this file was written (its transaction rolled back); sending it again updates those codes.
            db.ChangeTracker.Clear();
            return new Outcome(0, 0, [new ImportError(0, string.Empty, ConcurrentImportMessage)]);
        }
    }

    public const string ConcurrentImportMessage = "Trong lúc tệp này được xử lý, một lần nhập khác vừa ghi cùng mã. Không dữ liệu nào của tệp này được ghi; hãy gửi lại tệp (các mã đã có sẽ được cập nhật, không tạo trùng).";

    private async Task<Outcome> WriteAsync(List<(TabularRow Row, Asset Values, int UnitId)> parsed, Dictionary<string, Asset> existing, IProgress<(int Percent, string Stage)>? progress, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Tens of thousands of rows: track them without scanning the whole graph on every add; one scan below.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var added = new List<Asset>();
        foreach (var (_, values, unitId) in parsed)
        {
            if (existing.TryGetValue(values.Code, out var asset))
            {
                Copy(values, asset, unitId);
            }
            else
            {
                var fresh = new Asset { Code = values.Code, Name = values.Name, UnitOfMeasure = values.UnitOfMeasure };
                Copy(values, fresh, unitId);
                added.Add(fresh);
            }
        }

        // Only rows whose values really changed count (and get a new version and an audit entry).
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var updated = existing.Values.Count(a => db.Entry(a).State == EntityState.Modified);
        var created = added.Count;

        // New rows go through the bulk path (same save rules, one prepared statement), updates through EF.
        await BulkInsert.InsertAsync(db, added, scopes.UserName, cancellationToken);
        progress?.Report((90, "Import.Stage.Writing"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await Data.SqliteStatistics.AfterBulkWriteAsync(db, CancellationToken.None);
        return new Outcome(created, updated, []);
    }

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ExportRowsAsync(AssetCategory[]? categories, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Assets.AsNoTracking().InScope(scope, a => a.UnitId);
        if (categories is not null)
        {
            query = query.Where(a => categories.Contains(a.Category));
        }

        var rows = await query.OrderBy(a => a.Code).Select(a => new { Asset = a, Unit = a.Unit!.Code }).ToListAsync(cancellationToken);
        static string N(decimal? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? string.Empty;
        return rows.Select(r => (IReadOnlyList<string>)
        [
            r.Asset.Code, r.Asset.Name, CategoryLabels[r.Asset.Category], r.Asset.UnitOfMeasure, N(r.Asset.Quantity), N(r.Asset.OriginalCost), N(r.Asset.RemainingValue),
            StatusLabels[r.Asset.Status], r.Unit, r.Asset.Custodian ?? string.Empty, r.Asset.Location ?? string.Empty, r.Asset.Serial ?? string.Empty, r.Asset.Model ?? string.Empty,
            r.Asset.Calibre ?? string.Empty, r.Asset.PermitNumber ?? string.Empty, r.Asset.Lot ?? string.Empty, r.Asset.Plate ?? string.Empty, r.Asset.ChassisNumber ?? string.Empty,
            r.Asset.EngineNumber ?? string.Empty, r.Asset.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.Asset.Floors?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            N(r.Asset.Area), r.Asset.Condition ?? string.Empty, r.Asset.Parcel ?? string.Empty, r.Asset.Certificate ?? string.Empty, r.Asset.LegalStatus ?? string.Empty,
            r.Asset.Decision ?? string.Empty, N(r.Asset.TotalInvestment), N(r.Asset.Disbursed), N(r.Asset.ProgressPercent), r.Asset.ProjectStatus is { } p ? ProjectLabels[p] : string.Empty,
            r.Asset.Facility is { } f ? FacilityLabels[f] : string.Empty, r.Asset.Capacity?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ]).ToList();
    }

    private static void Copy(Asset from, Asset to, int unitId)
    {
        to.Name = from.Name; to.Category = from.Category; to.UnitOfMeasure = from.UnitOfMeasure; to.Quantity = from.Quantity; to.OriginalCost = from.OriginalCost;
        to.RemainingValue = from.RemainingValue; to.Status = from.Status; to.UnitId = unitId; to.Custodian = from.Custodian; to.Location = from.Location;
        to.Serial = from.Serial; to.Model = from.Model; to.Calibre = from.Calibre; to.PermitNumber = from.PermitNumber; to.Lot = from.Lot; to.Plate = from.Plate;
        to.ChassisNumber = from.ChassisNumber; to.EngineNumber = from.EngineNumber; to.Year = from.Year; to.Floors = from.Floors; to.Area = from.Area; to.Condition = from.Condition;
        to.Parcel = from.Parcel; to.Certificate = from.Certificate; to.LegalStatus = from.LegalStatus; to.Decision = from.Decision; to.TotalInvestment = from.TotalInvestment;
        to.Disbursed = from.Disbursed; to.ProgressPercent = from.ProgressPercent; to.ProjectStatus = from.ProjectStatus;
        to.Facility = from.Facility; to.Capacity = from.Capacity;
    }
}

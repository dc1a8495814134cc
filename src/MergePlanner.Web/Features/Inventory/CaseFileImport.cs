using MergePlanner.Data;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Inventory;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>Import and export of the dossier and case registers (criminal cases, crime reports, incidents, dossiers,
/// inspections): the status must be one the procedure allows for the kind, criminal cases need their decision and
/// articles, dossiers their type and retention; all or nothing; upsert by number; only units the user may change.</summary>
public sealed class CaseFileImport(MergePlannerDbContext db, UnitScopeService scopes)
{
    public static readonly TabularColumn[] Columns =
    [
        new("number", "Số hồ sơ", true, "HDG-VA-2025-9001", MaxLength: 64), new("kind", "Loại hồ sơ", true, "Vụ án hình sự"), new("title", "Trích yếu", true, "Vụ án trộm cắp tài sản", MaxLength: 512),
        new("status", "Trạng thái", true, "Đang điều tra"), new("unit", "Mã đơn vị thụ lý", true, "HDG.PC02", MaxLength: 64), new("opened", "Ngày thụ lý", true, "15/03/2025"),
        new("deadline", "Thời hạn", false, "15/07/2025"), new("received", "Ngày tiếp nhận", false, ""), new("decision", "Quyết định khởi tố", false, "12/QĐ-CSĐT ngày 15/03/2025", MaxLength: 128),
        new("articles", "Điều luật", false, "Điều 173 Bộ luật Hình sự", MaxLength: 256), new("investigator", "Điều tra viên, cán bộ thụ lý", false, "Nguyễn Văn An", MaxLength: 128), new("exhibits", "Số vật chứng", false, "3", Kind: TabularKind.Plain),
        new("dossier", "Loại hồ sơ lưu trữ", false, ""), new("boxes", "Số hộp", false, "", Kind: TabularKind.Plain), new("volumes", "Số tập", false, "1", Kind: TabularKind.Plain), new("pages", "Số tờ, bút lục", false, "245", Kind: TabularKind.Plain),
        new("retention", "Thời hạn bảo quản", false, "", MaxLength: 64), new("secrecy", "Độ mật", false, "Mật"), new("location", "Vị trí, kho", false, "Kho hồ sơ PC02", MaxLength: 256),
    ];

    public static readonly Dictionary<CaseFileKind, string> KindLabels = new()
    {
        [CaseFileKind.CriminalCase] = "Vụ án hình sự", [CaseFileKind.CrimeReport] = "Tố giác, tin báo về tội phạm", [CaseFileKind.Incident] = "Vụ việc",
        [CaseFileKind.Dossier] = "Hồ sơ lưu trữ", [CaseFileKind.Inspection] = "Thanh tra, khiếu nại",
    };

    public static readonly Dictionary<CaseFileStatus, string> StatusLabels = new()
    {
        [CaseFileStatus.Received] = "Tiếp nhận", [CaseFileStatus.Verifying] = "Đang kiểm tra, xác minh", [CaseFileStatus.Instituted] = "Đã khởi tố",
        [CaseFileStatus.NotInstituted] = "Không khởi tố", [CaseFileStatus.HandlingSuspended] = "Tạm đình chỉ giải quyết",
        [CaseFileStatus.TransferredToCompetentAgency] = "Chuyển cơ quan có thẩm quyền", [CaseFileStatus.UnderInvestigation] = "Đang điều tra",
        [CaseFileStatus.InvestigationSuspended] = "Tạm đình chỉ điều tra", [CaseFileStatus.InvestigationTerminated] = "Đình chỉ điều tra",
        [CaseFileStatus.ClosedProsecutionRecommended] = "Kết thúc điều tra, đề nghị truy tố", [CaseFileStatus.InvestigationResumed] = "Phục hồi điều tra",
        [CaseFileStatus.SentToProcuracy] = "Đã chuyển Viện kiểm sát", [CaseFileStatus.Open] = "Đang giải quyết", [CaseFileStatus.Closed] = "Đã kết thúc", [CaseFileStatus.Archived] = "Đã lưu trữ",
    };

    public static readonly Dictionary<DossierType, string> DossierLabels = new()
    {
        [DossierType.Operational] = "Hồ sơ nghiệp vụ", [DossierType.CaseFile] = "Hồ sơ vụ án", [DossierType.CrimeReport] = "Hồ sơ tố giác, tin báo",
        [DossierType.Incident] = "Hồ sơ vụ việc", [DossierType.Inspection] = "Hồ sơ thanh tra", [DossierType.Personnel] = "Hồ sơ cán bộ",
        [DossierType.Residence] = "Hồ sơ cư trú", [DossierType.Administrative] = "Tài liệu hành chính", [DossierType.AssetRecords] = "Hồ sơ tài sản",
    };

    public static readonly Dictionary<SecrecyLevel, string> SecrecyLabels = new()
    {
        [SecrecyLevel.None] = "Thường", [SecrecyLevel.Confidential] = "Mật", [SecrecyLevel.Secret] = "Tối mật", [SecrecyLevel.TopSecret] = "Tuyệt mật",
    };

    public async Task<AssetImport.Outcome> ImportAsync(Stream file, TabularFormat format, CancellationToken cancellationToken = default)
    {
        var read = TabularReader.Read(file, format, Columns);
        if (read.Errors.Count > 0)
        {
            return new AssetImport.Outcome(0, 0, read.Errors);
        }

        var errors = new List<ImportError>();
        var writable = await scopes.GetWritableAsync(AppAction.ImportRegisters, cancellationToken);
        var unitCodes = read.Rows.Select(r => r.Get("unit")).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var numbers = read.Rows.Select(r => r.Get("number")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // Numbers compare case-insensitively, as the database does (ADR 0012).
        var existing = new Dictionary<string, CaseFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var c in await db.CaseFiles.Where(c => chunk.Contains(c.Number)).ToListAsync(cancellationToken))
            {
                existing[c.Number] = c;
            }
        }

        var repeats = Duplicates.RepeatsOf(read.Rows, "number");
        var parsed = new List<(CaseFile Values, int UnitId)>();
        foreach (var row in read.Rows)
        {
            void Add(string column, string message) => errors.Add(new ImportError(row.RowNumber, column, message));
            var number = row.Get("number");
            if (number.Length == 0) { Add("Số hồ sơ", "Bắt buộc."); }
            else if (repeats.TryGetValue(row.RowNumber, out var first)) { Add("Số hồ sơ", Duplicates.Message(first)); }

            var title = row.Get("title");
            if (title.Length == 0) { Add("Trích yếu", "Bắt buộc."); }

            var kind = Cells.Choice(row, "kind", "Loại hồ sơ", KindLabels, errors, required: true);
            var status = Cells.Choice(row, "status", "Trạng thái", StatusLabels, errors, required: true);
            if (kind is { } k && status is { } s && !CaseFileStatusRules.IsAllowed(k, s))
            {
                Add("Trạng thái", $"'{StatusLabels[s]}' không áp dụng cho {KindLabels[k].ToLowerInvariant()}.");
            }

            var opened = Cells.Date(row, "opened", "Ngày thụ lý", errors, required: true);
            var deadline = Cells.Date(row, "deadline", "Thời hạn", errors);
            if (opened is { } o && deadline is { } d && d < o) { Add("Thời hạn", "Trước ngày thụ lý."); }

            if (kind == CaseFileKind.CriminalCase)
            {
                if (row.Get("decision").Length == 0) { Add("Quyết định khởi tố", "Bắt buộc với vụ án hình sự."); }
                if (row.Get("articles").Length == 0) { Add("Điều luật", "Bắt buộc với vụ án hình sự."); }
            }

            var dossier = Cells.Choice(row, "dossier", "Loại hồ sơ lưu trữ", DossierLabels, errors);
            if (kind == CaseFileKind.Dossier)
            {
                if (dossier is null && row.Get("dossier").Length == 0) { Add("Loại hồ sơ lưu trữ", "Bắt buộc với hồ sơ lưu trữ."); }
                if (row.Get("retention").Length == 0) { Add("Thời hạn bảo quản", "Bắt buộc với hồ sơ lưu trữ."); }
            }

            var unitCode = row.Get("unit");
            var unitId = 0;
            if (unitCode.Length == 0) { Add("Mã đơn vị thụ lý", "Bắt buộc."); }
            else if (!units.TryGetValue(unitCode, out unitId)) { Add("Mã đơn vị thụ lý", $"Không có đơn vị mã '{unitCode}'."); }
            else if (!writable.Includes(unitId)) { Add("Mã đơn vị thụ lý", $"Đơn vị '{unitCode}' nằm ngoài phạm vi tài khoản của bạn."); }
            else if (existing.TryGetValue(number, out var current) && !writable.Includes(current.OwningUnitId)) { Add("Số hồ sơ", "Hồ sơ này thuộc đơn vị ngoài phạm vi tài khoản của bạn."); }

            parsed.Add((new CaseFile
            {
                Number = number, Title = title, Kind = kind ?? default, Status = status ?? default, OpenedOn = opened ?? default, Deadline = deadline,
                ReceivedOn = Cells.Date(row, "received", "Ngày tiếp nhận", errors), DecisionNumber = Cells.Optional(row, "decision"), Articles = Cells.Optional(row, "articles"),
                Investigator = Cells.Optional(row, "investigator"), Exhibits = Cells.Integer(row, "exhibits", "Số vật chứng", errors, ImportLimits.SmallCount), DossierType = dossier,
                Boxes = Cells.Integer(row, "boxes", "Số hộp", errors, ImportLimits.SmallCount), Volumes = Cells.Integer(row, "volumes", "Số tập", errors, ImportLimits.SmallCount), Pages = Cells.Integer(row, "pages", "Số tờ, bút lục", errors, ImportLimits.Pages),
                Retention = Cells.Optional(row, "retention"), Secrecy = Cells.Choice(row, "secrecy", "Độ mật", SecrecyLabels, errors) ?? SecrecyLevel.None, Location = Cells.Optional(row, "location"),
            }, unitId));
        }

        if (errors.Count > 0)
        {
            return new AssetImport.Outcome(0, 0, ImportErrors.Bounded(errors));
        }

        try
        {
            return await WriteAsync(parsed, existing, cancellationToken);
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return new AssetImport.Outcome(0, 0, [new ImportError(0, string.Empty, AssetImport.ConcurrentImportMessage)]);
        }
    }

    private async Task<AssetImport.Outcome> WriteAsync(List<(CaseFile Values, int UnitId)> parsed, Dictionary<string, CaseFile> existing, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var created = 0;
        foreach (var (values, unitId) in parsed)
        {
            if (!existing.TryGetValue(values.Number, out var record))
            {
                record = new CaseFile { Number = values.Number, Title = values.Title };
                db.CaseFiles.Add(record);
                created++;
            }

            record.Title = values.Title; record.Kind = values.Kind; record.Status = values.Status; record.OwningUnitId = unitId; record.OpenedOn = values.OpenedOn;
            record.Deadline = values.Deadline; record.ReceivedOn = values.ReceivedOn; record.DecisionNumber = values.DecisionNumber; record.Articles = values.Articles;
            record.Investigator = values.Investigator; record.Exhibits = values.Exhibits; record.DossierType = values.DossierType; record.Boxes = values.Boxes;
            record.Volumes = values.Volumes; record.Pages = values.Pages; record.Retention = values.Retention; record.Secrecy = values.Secrecy; record.Location = values.Location;
        }

        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var updated = existing.Values.Count(c => db.Entry(c).State == EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await Data.SqliteStatistics.AfterBulkWriteAsync(db, CancellationToken.None);
        return new AssetImport.Outcome(created, updated, []);
    }

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ExportRowsAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var rows = await db.CaseFiles.AsNoTracking().InScope(scope, c => c.OwningUnitId).OrderBy(c => c.Number).Select(c => new { File = c, Unit = c.OwningUnit!.Code }).ToListAsync(cancellationToken);
        static string D(DateOnly? d) => d?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        static string I(int? i) => i?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return rows.Select(r => (IReadOnlyList<string>)
        [
            r.File.Number, KindLabels[r.File.Kind], r.File.Title, StatusLabels[r.File.Status], r.Unit, D(r.File.OpenedOn), D(r.File.Deadline), D(r.File.ReceivedOn),
            r.File.DecisionNumber ?? string.Empty, r.File.Articles ?? string.Empty, r.File.Investigator ?? string.Empty, I(r.File.Exhibits),
            r.File.DossierType is { } t ? DossierLabels[t] : string.Empty, I(r.File.Boxes), I(r.File.Volumes), I(r.File.Pages), r.File.Retention ?? string.Empty,
            SecrecyLabels[r.File.Secrecy], r.File.Location ?? string.Empty,
        ]).ToList();
    }
}

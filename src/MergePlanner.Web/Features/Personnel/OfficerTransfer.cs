using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Support;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>
/// Import and export of officer records (issue 10, point 1): the officers file (the record and its selection fields,
/// upsert by officer number) and three sensitive files — discipline decisions (by officer and decision number),
/// yearly ratings (by officer and year), confidence votes (by officer and date). Every row checked, every bad row named,
/// all or nothing, every change audited. Importing needs <see cref="AppAction.EditPersonnel"/>; the sensitive files
/// are read and written only for <see cref="AppAction.ViewSensitivePersonnel"/>.
/// </summary>
public sealed class OfficerTransfer(MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, TimeProvider clock)
{
    public const string Officers = "officers";
    public const string Disciplines = "discipline";
    public const string Ratings = "ratings";
    public const string Votes = "votes";

    /// <summary>Support months (days at the new centre, exclusions, welfare needs): personal, like the payments.</summary>
    public const string Attendance = "attendance";

    public static readonly string[] Kinds = [Officers, Disciplines, Ratings, Votes, Attendance];

    public static readonly TabularColumn[] OfficerColumns =
    [
        new("number", "Số hiệu CAND", true, "031-001", MaxLength: 32), new("name", "Họ và tên", true, "Nguyễn Văn An", MaxLength: 128),
        new("birth", "Ngày sinh", true, "15/03/1980"), new("gender", "Giới tính", true, "Nam"), new("rank", "Cấp bậc hàm", true, "Thiếu tá"),
        new("position", "Chức vụ", true, "Phó Trưởng Công an xã"), new("unit", "Mã đơn vị", true, "HDG.PH10", MaxLength: 64),
        new("origin", "Mã Công an tỉnh gốc", false, "HDG", Hint: "Bắt buộc với cán bộ thuộc đơn vị của cơ cấu mới", MaxLength: 64),
        new("education", "Trình độ chuyên môn", false, "Đại học"), new("trained", "Đào tạo trong CAND", false, "Có"), new("line", "Ngành, lĩnh vực", false, "Cảnh sát"),
        new("theory", "Lý luận chính trị", false, "Trung cấp"), new("party", "Ngày vào Đảng", false, "03/02/2005"), new("health", "Phân loại sức khỏe", false, "2", Kind: TabularKind.Plain),
        new("since", "Ngày bổ nhiệm chức vụ hiện tại", false, "01/07/2022"), new("joined", "Ngày vào Công an nhân dân", false, "01/09/2004"), new("planned", "Quy hoạch chức vụ", false, "Trưởng Công an xã"),
        new("home", "Nơi ở", false, "Phường Thành Đông, Hải Dương", MaxLength: 256), new("commute", "Khoảng cách đến nơi làm việc (km)", false, "42,5", Kind: TabularKind.Number),
    ];

    public static readonly TabularColumn[] DisciplineColumns =
    [
        new("number", "Số hiệu CAND", true, "031-001", MaxLength: 32), new("kind", "Hình thức kỷ luật", true, "Khiển trách"),
        new("decision", "Số quyết định", true, "12/QĐ-CAT", MaxLength: 64), new("decided", "Ngày quyết định", true, "10/05/2024"),
        new("ends", "Hết thời hạn kỷ luật", false, "09/05/2025"), new("note", "Ghi chú", false, "", MaxLength: 512),
    ];

    public static readonly TabularColumn[] RatingColumns =
    [
        new("number", "Số hiệu CAND", true, "031-001", MaxLength: 32), new("year", "Năm", true, "2024", Kind: TabularKind.Plain), new("level", "Xếp loại", true, "Hoàn thành tốt nhiệm vụ"),
    ];

    public static readonly TabularColumn[] VoteColumns =
    [
        new("number", "Số hiệu CAND", true, "031-001", MaxLength: 32), new("held", "Ngày lấy phiếu", true, "15/12/2024"),
        new("voters", "Số người bỏ phiếu", true, "40", Kind: TabularKind.Plain), new("high", "Phiếu tín nhiệm cao", true, "32", Kind: TabularKind.Plain), new("low", "Phiếu tín nhiệm thấp", true, "2", Kind: TabularKind.Plain),
    ];

    public static readonly TabularColumn[] AttendanceColumns =
    [
        new("number", "Số hiệu CAND", true, "031-001", MaxLength: 32), new("year", "Năm", true, "2025", Kind: TabularKind.Plain), new("month", "Tháng", true, "8", Kind: TabularKind.Plain),
        new("days", "Số ngày làm việc tại trụ sở mới", true, "20", Kind: TabularKind.Plain), new("house", "Có nhà ở gần nơi làm việc", false, "Không"),
        new("official", "Được bố trí nhà công vụ", false, "Không"), new("housing", "Cần chỗ ở", false, "Có"), new("meals", "Cần suất ăn", false, "Có"),
        new("transport", "Cần xe đưa đón", false, "Không"),
    ];

    private static readonly NumberRange Health = new(1, 6, "từ 1 đến 6");
    private static readonly NumberRange Km = new(0, OfficerRecordRules.MaxCommuteKm, "từ 0 đến 2.000 km");
    private static readonly Dictionary<bool, string> YesNo = new() { [true] = "Có", [false] = "Không" };

    public sealed record Outcome(int Created, int Updated, IReadOnlyList<ImportError> Errors);

    public static IReadOnlyList<TabularColumn>? ColumnsOf(string kind) => kind switch
    {
        Officers => OfficerColumns,
        Disciplines => DisciplineColumns,
        Ratings => RatingColumns,
        Votes => VoteColumns,
        Attendance => AttendanceColumns,
        _ => null,
    };

    public static bool IsSensitive(string kind) => kind != Officers;

    public static string FileName(string kind) => kind switch
    {
        Officers => "can-bo",
        Disciplines => "ky-luat",
        Ratings => "xep-loai",
        Attendance => "ngay-cong-ho-tro",
        _ => "tin-nhiem",
    };

    /// <summary>Whether the person may import at all (the page shows the upload only then; the import checks again).</summary>
    public bool MayImport => Permissions.Allows(current.Principal, AppAction.EditPersonnel);

    public bool MaySeeSensitive => Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<Outcome> ImportAsync(string kind, Stream file, TabularFormat format, CancellationToken cancellationToken = default)
    {
        var columns = ColumnsOf(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind));
        var writable = await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken);
        if (writable.UnitIds.Count == 0 && !writable.IsAll)
        {
            return new Outcome(0, 0, [new ImportError(0, string.Empty, "Tài khoản của bạn không có quyền nhập hồ sơ cán bộ.")]);
        }

        var read = TabularReader.Read(file, format, columns);
        if (read.Errors.Count > 0)
        {
            return new Outcome(0, 0, read.Errors);
        }

        db.ChangeTracker.Clear();
        var numbers = read.Rows.Select(r => r.Get("number")).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var officers = new Dictionary<string, Officer>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var o in await db.Officers.Where(o => chunk.Contains(o.OfficerNumber)).ToListAsync(cancellationToken))
            {
                officers[o.OfficerNumber] = o;
            }
        }

        var errors = new List<ImportError>();
        var outcome = kind switch
        {
            Officers => await OfficersAsync(read.Rows, officers, writable, errors, cancellationToken),
            Disciplines => await DisciplinesAsync(read.Rows, officers, writable, errors, cancellationToken),
            Ratings => await RatingsAsync(read.Rows, officers, writable, errors, cancellationToken),
            Attendance => await AttendanceAsync(read.Rows, officers, writable, errors, cancellationToken),
            _ => await VotesAsync(read.Rows, officers, writable, errors, cancellationToken),
        };
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new Outcome(0, 0, ImportErrors.Bounded(errors));
        }

        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    /// <summary>The officer a sensitive row names: known, and in a unit the person may edit.</summary>
    private static Officer? Named(TabularRow row, Dictionary<string, Officer> officers, UnitScope writable, List<ImportError> errors)
    {
        var number = row.Get("number");
        if (number.Length == 0)
        {
            errors.Add(new ImportError(row.RowNumber, "Số hiệu CAND", "Bắt buộc."));
            return null;
        }

        if (!officers.TryGetValue(number, out var officer))
        {
            errors.Add(new ImportError(row.RowNumber, "Số hiệu CAND", $"Không có cán bộ số hiệu '{number}' trong cuộc hợp nhất này."));
            return null;
        }

        if (!writable.Includes(officer.UnitId))
        {
            errors.Add(new ImportError(row.RowNumber, "Số hiệu CAND", $"Cán bộ '{number}' thuộc đơn vị ngoài phạm vi tài khoản của bạn."));
            return null;
        }

        return officer;
    }

    private static void AddRuleErrors(TabularRow row, IReadOnlyList<RecordError> found, IReadOnlyList<TabularColumn> columns, Func<RecordError, string> message, List<ImportError> errors)
    {
        foreach (var e in found)
        {
            errors.Add(new ImportError(row.RowNumber, HeaderOf(e.Field, columns), message(e)));
        }
    }

    private static string HeaderOf(string field, IReadOnlyList<TabularColumn> columns) => field switch
    {
        "HealthClass" => "Phân loại sức khỏe",
        "PartyJoinedOn" => "Ngày vào Đảng",
        "PostSince" => "Ngày bổ nhiệm chức vụ hiện tại",
        "ServiceSince" => "Ngày vào Công an nhân dân",
        "CommuteKm" => "Khoảng cách đến nơi làm việc (km)",
        "DecisionNumber" => "Số quyết định",
        "DecidedOn" => "Ngày quyết định",
        "EndsOn" => "Hết thời hạn kỷ luật",
        "Votes" => "Phiếu tín nhiệm thấp",
        "HeldOn" => "Ngày lấy phiếu",
        "Year" => "Năm",
        _ => columns[0].Header,
    };

    private async Task<Outcome> OfficersAsync(IReadOnlyList<TabularRow> rows, Dictionary<string, Officer> officers, UnitScope writable, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var codes = rows.SelectMany(r => new[] { r.Get("unit"), r.Get("origin") }).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).Select(u => new { u.Id, u.Code, u.OriginId })
            .ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var sources = (await db.MergerSources.Select(s => s.UnitId).ToListAsync(cancellationToken)).ToHashSet();
        var (ranks, positions, genders) = (VietnameseLabels.Of<Rank>(), VietnameseLabels.Of<Position>(), VietnameseLabels.Of<Gender>());
        var (educations, lines, theories) = (VietnameseLabels.Of<EducationLevel>(), VietnameseLabels.Of<ProfessionalLine>(), VietnameseLabels.Of<PoliticalTheory>());
        var repeats = Duplicates.RepeatsOf(rows, "number");
        var created = 0;
        foreach (var row in rows)
        {
            void Add(string header, string message) => errors.Add(new ImportError(row.RowNumber, header, message));
            var number = row.Get("number");
            if (number.Length == 0) { Add("Số hiệu CAND", "Bắt buộc."); }
            else if (repeats.TryGetValue(row.RowNumber, out var first)) { Add("Số hiệu CAND", Duplicates.Message(first)); }

            var name = row.Get("name");
            if (name.Length == 0) { Add("Họ và tên", "Bắt buộc."); }

            var birth = Cells.Date(row, "birth", "Ngày sinh", errors, required: true);
            if (birth is { } b && (OfficerDetails.AgeOn(b, Today) is < 18 or > 65)) { Add("Ngày sinh", "Tuổi phải từ 18 đến 65."); }
            var gender = Cells.Choice(row, "gender", "Giới tính", genders, errors, required: true);
            var rank = Cells.Choice(row, "rank", "Cấp bậc hàm", ranks, errors, required: true);
            var position = Cells.Choice(row, "position", "Chức vụ", positions, errors, required: true);
            var education = Cells.Choice(row, "education", "Trình độ chuyên môn", educations, errors);
            var trained = Cells.Flag(row, "trained", "Đào tạo trong CAND", errors);
            var line = Cells.Choice(row, "line", "Ngành, lĩnh vực", lines, errors);
            var theory = Cells.Choice(row, "theory", "Lý luận chính trị", theories, errors) ?? PoliticalTheory.None;
            var party = Cells.Date(row, "party", "Ngày vào Đảng", errors);
            var health = Cells.Integer(row, "health", "Phân loại sức khỏe", errors, Health);
            var since = Cells.Date(row, "since", "Ngày bổ nhiệm chức vụ hiện tại", errors);
            var joined = Cells.Date(row, "joined", "Ngày vào Công an nhân dân", errors);
            var planned = Cells.Choice(row, "planned", "Quy hoạch chức vụ", positions, errors);
            var commute = Cells.Number(row, "commute", "Khoảng cách đến nơi làm việc (km)", errors, Km);
            if (birth is { } born)
            {
                AddRuleErrors(row, OfficerRecordRules.Check(born, Today, health, party, since, commute, joined), OfficerColumns, e => RuleMessage(e), errors);
            }

            // The unit: known in this merger and editable; the origin from the unit's source tree, or given.
            var unitCode = row.Get("unit");
            int? unitId = null;
            int? originId = null;
            if (unitCode.Length == 0) { Add("Mã đơn vị", "Bắt buộc."); }
            else if (!units.TryGetValue(unitCode, out var unit)) { Add("Mã đơn vị", $"Không có đơn vị mã '{unitCode}' trong cuộc hợp nhất này."); }
            else if (!writable.Includes(unit.Id)) { Add("Mã đơn vị", $"Đơn vị '{unitCode}' nằm ngoài phạm vi tài khoản của bạn."); }
            else
            {
                unitId = unit.Id;
                originId = unit.OriginId is { } o && sources.Contains(o) ? o : null;
            }

            var originCode = row.Get("origin");
            if (originCode.Length > 0)
            {
                if (!units.TryGetValue(originCode, out var origin) || !sources.Contains(origin.Id)) { Add("Mã Công an tỉnh gốc", $"'{originCode}' không phải Công an tỉnh nguồn của cuộc hợp nhất này."); }
                else if (originId is { } derived && derived != origin.Id) { Add("Mã Công an tỉnh gốc", $"Đơn vị '{unitCode}' thuộc Công an tỉnh nguồn khác."); }
                else { originId = origin.Id; }
            }
            else if (unitId is not null && originId is null)
            {
                Add("Mã Công an tỉnh gốc", "Bắt buộc với cán bộ thuộc đơn vị của cơ cấu mới.");
            }

            if (officers.TryGetValue(number, out var existing) && !writable.Includes(existing.UnitId))
            {
                Add("Số hiệu CAND", "Cán bộ này thuộc đơn vị ngoài phạm vi tài khoản của bạn.");
            }

            if (errors.Count > 0 || birth is null || gender is null || rank is null || position is null || unitId is null || originId is null)
            {
                continue;
            }

            var officer = existing ?? new Officer { OfficerNumber = number, FullName = name };
            officer.FullName = name;
            officer.BirthDate = birth.Value;
            officer.Gender = gender.Value;
            officer.Rank = rank.Value;
            officer.Position = position.Value;
            officer.UnitId = unitId.Value;
            officer.OriginId = originId.Value;
            new OfficerEdit(education, trained, line, theory, party, health, since, planned, Cells.Optional(row, "home"), commute, joined).ApplyTo(officer);
            if (existing is null)
            {
                db.Officers.Add(officer);
                created++;
            }
        }

        // Only rows whose values really changed count (and get a new version and an audit entry).
        db.ChangeTracker.DetectChanges();
        var updated = officers.Values.Count(o => db.Entry(o).State == EntityState.Modified);
        return new Outcome(created, updated, []);
    }

    private async Task<Outcome> DisciplinesAsync(IReadOnlyList<TabularRow> rows, Dictionary<string, Officer> officers, UnitScope writable, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var ids = officers.Values.Select(o => o.Id).ToList();
        var existing = await db.DisciplineRecords.Where(d => ids.Contains(d.OfficerId)).ToListAsync(cancellationToken);
        var kinds = VietnameseLabels.Of<DisciplineKind>();
        var (created, updated) = (0, 0);
        var seen = new Dictionary<(int, string), int>();
        foreach (var row in rows)
        {
            var officer = Named(row, officers, writable, errors);
            var kind = Cells.Choice(row, "kind", "Hình thức kỷ luật", kinds, errors, required: true);
            var decided = Cells.Date(row, "decided", "Ngày quyết định", errors, required: true);
            var ends = Cells.Date(row, "ends", "Hết thời hạn kỷ luật", errors);
            var decision = row.Get("decision");
            if (officer is null || kind is null || decided is null)
            {
                continue;
            }

            var found = OfficerRecordRules.CheckDiscipline(officer.BirthDate, Today, decision, decided.Value, ends);
            AddRuleErrors(row, found, DisciplineColumns, RuleMessage, errors);
            if (!seen.TryAdd((officer.Id, decision.ToUpperInvariant()), row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, "Số quyết định", Duplicates.Message(seen[(officer.Id, decision.ToUpperInvariant())])));
            }

            if (found.Count > 0)
            {
                continue;
            }

            var record = existing.FirstOrDefault(d => d.OfficerId == officer.Id && string.Equals(d.DecisionNumber, decision, StringComparison.OrdinalIgnoreCase));
            if (record is null)
            {
                db.DisciplineRecords.Add(new DisciplineRecord { OfficerId = officer.Id, Kind = kind.Value, DecisionNumber = decision, DecidedOn = decided.Value, EndsOn = ends, Note = Cells.Optional(row, "note") });
                created++;
            }
            else
            {
                (record.Kind, record.DecidedOn, record.EndsOn, record.Note) = (kind.Value, decided.Value, ends, Cells.Optional(row, "note"));
                updated += db.Entry(record).Properties.Any(p => p.IsModified) ? 1 : 0;
            }
        }

        return new Outcome(created, updated, []);
    }

    private async Task<Outcome> RatingsAsync(IReadOnlyList<TabularRow> rows, Dictionary<string, Officer> officers, UnitScope writable, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var ids = officers.Values.Select(o => o.Id).ToList();
        var existing = await db.AnnualRatings.Where(r => ids.Contains(r.OfficerId)).ToListAsync(cancellationToken);
        var levels = VietnameseLabels.Of<AnnualRatingLevel>();
        var (created, updated) = (0, 0);
        var seen = new Dictionary<(int, int), int>();
        foreach (var row in rows)
        {
            var officer = Named(row, officers, writable, errors);
            var year = Cells.Integer(row, "year", "Năm", errors, ImportLimits.Year, required: true);
            var level = Cells.Choice(row, "level", "Xếp loại", levels, errors, required: true);
            if (officer is null || year is null || level is null)
            {
                continue;
            }

            var found = OfficerRecordRules.CheckRating(officer.BirthDate, Today, year.Value);
            AddRuleErrors(row, found, RatingColumns, RuleMessage, errors);
            if (!seen.TryAdd((officer.Id, year.Value), row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, "Năm", Duplicates.Message(seen[(officer.Id, year.Value)])));
            }

            if (found.Count > 0)
            {
                continue;
            }

            var rating = existing.FirstOrDefault(r => r.OfficerId == officer.Id && r.Year == year);
            if (rating is null)
            {
                db.AnnualRatings.Add(new AnnualRating { OfficerId = officer.Id, Year = year.Value, Level = level.Value });
                created++;
            }
            else if (rating.Level != level)
            {
                rating.Level = level.Value;
                updated++;
            }
        }

        return new Outcome(created, updated, []);
    }

    /// <summary>Support months by officer, year and month; a month whose list is approved is frozen, a row naming it refused.</summary>
    private async Task<Outcome> AttendanceAsync(IReadOnlyList<TabularRow> rows, Dictionary<string, Officer> officers, UnitScope writable, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var ids = officers.Values.Select(o => o.Id).ToList();
        var existing = await db.SupportAttendances.Where(a => ids.Contains(a.OfficerId)).ToListAsync(cancellationToken);
        var frozen = (await db.SupportApprovals.AsNoTracking().Select(a => new { a.Year, a.Month }).Distinct().ToListAsync(cancellationToken)).Select(a => (a.Year, a.Month)).ToHashSet();
        var (created, updated) = (0, 0);
        var seen = new Dictionary<(int, int, int), int>();
        foreach (var row in rows)
        {
            var officer = Named(row, officers, writable, errors);
            var year = Cells.Integer(row, "year", "Năm", errors, ImportLimits.Year, required: true);
            var month = Cells.Integer(row, "month", "Tháng", errors, new NumberRange(1, 12, "từ 1 đến 12"), required: true);
            var days = Cells.Integer(row, "days", "Số ngày làm việc tại trụ sở mới", errors, new NumberRange(0, 31, "từ 0 đến 31"), required: true);
            var edit = new AttendanceEdit(days ?? 0, Cells.Flag(row, "house", "Có nhà ở gần nơi làm việc", errors), Cells.Flag(row, "official", "Được bố trí nhà công vụ", errors),
                Cells.Flag(row, "housing", "Cần chỗ ở", errors), Cells.Flag(row, "meals", "Cần suất ăn", errors), Cells.Flag(row, "transport", "Cần xe đưa đón", errors));
            if (officer is null || year is null || month is null || days is null)
            {
                continue;
            }

            if (Welfare.MaxDays(year.Value, month.Value) is not { } most)
            {
                errors.Add(new ImportError(row.RowNumber, "Năm", "Phải từ 2020 đến 2100."));
                continue;
            }

            if (days > most)
            {
                errors.Add(new ImportError(row.RowNumber, "Số ngày làm việc tại trụ sở mới", $"Tháng {month}/{year} có {most} ngày."));
                continue;
            }

            if (frozen.Contains((year.Value, month.Value)))
            {
                errors.Add(new ImportError(row.RowNumber, "Tháng", $"Danh sách hỗ trợ tháng {month}/{year} đã được phê duyệt: không sửa được nữa."));
                continue;
            }

            if (!seen.TryAdd((officer.Id, year.Value, month.Value), row.RowNumber))
            {
                errors.Add(new ImportError(row.RowNumber, "Tháng", Duplicates.Message(seen[(officer.Id, year.Value, month.Value)])));
                continue;
            }

            var record = existing.FirstOrDefault(a => a.OfficerId == officer.Id && a.Year == year && a.Month == month);
            if (record is null)
            {
                db.SupportAttendances.Add(record = new SupportAttendance { OfficerId = officer.Id, Year = year.Value, Month = month.Value });
                created++;
            }
            else if (record.DaysWorked != edit.Days || record.OwnsHouseNearby != edit.OwnsHouse || record.HasOfficialHousing != edit.OfficialHousing
                || record.NeedsHousing != edit.NeedsHousing || record.NeedsMeals != edit.NeedsMeals || record.NeedsTransport != edit.NeedsTransport)
            {
                updated++;
            }

            edit.ApplyTo(record);
        }

        return new Outcome(created, updated, []);
    }

    private async Task<Outcome> VotesAsync(IReadOnlyList<TabularRow> rows, Dictionary<string, Officer> officers, UnitScope writable, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var ids = officers.Values.Select(o => o.Id).ToList();
        var existing = await db.ConfidenceVotes.Where(v => ids.Contains(v.OfficerId)).ToListAsync(cancellationToken);
        var (created, updated) = (0, 0);
        foreach (var row in rows)
        {
            var officer = Named(row, officers, writable, errors);
            var held = Cells.Date(row, "held", "Ngày lấy phiếu", errors, required: true);
            var voters = Cells.Integer(row, "voters", "Số người bỏ phiếu", errors, ImportLimits.SmallCount, required: true);
            var high = Cells.Integer(row, "high", "Phiếu tín nhiệm cao", errors, ImportLimits.SmallCount, required: true);
            var low = Cells.Integer(row, "low", "Phiếu tín nhiệm thấp", errors, ImportLimits.SmallCount, required: true);
            if (officer is null || held is null || voters is null || high is null || low is null)
            {
                continue;
            }

            var found = OfficerRecordRules.CheckVote(Today, held.Value, voters.Value, high.Value, low.Value);
            AddRuleErrors(row, found, VoteColumns, RuleMessage, errors);
            if (found.Count > 0)
            {
                continue;
            }

            var vote = existing.FirstOrDefault(v => v.OfficerId == officer.Id && v.HeldOn == held);
            if (vote is null)
            {
                db.ConfidenceVotes.Add(new ConfidenceVote { OfficerId = officer.Id, HeldOn = held.Value, Voters = voters.Value, High = high.Value, Low = low.Value });
                created++;
            }
            else if ((vote.Voters, vote.High, vote.Low) != (voters, high, low))
            {
                (vote.Voters, vote.High, vote.Low) = (voters.Value, high.Value, low.Value);
                updated++;
            }
        }

        return new Outcome(created, updated, []);
    }

    /// <summary>The rule errors worded for a file (always Vietnamese, as its headers are).</summary>
    private static string RuleMessage(RecordError e) => e.Key switch
    {
        "Officer.Err.HealthClass" => "Phân loại sức khỏe phải từ 1 đến 6.",
        "Officer.Err.PartyJoinedOn" => $"Phải từ {Components.Shared.Format.Date((DateOnly)e.Args[0])} (đủ 18 tuổi) đến {Components.Shared.Format.Date((DateOnly)e.Args[1])}.",
        "Officer.Err.PostSince" => $"Phải sau khi đủ 18 tuổi và không sau {Components.Shared.Format.Date((DateOnly)e.Args[0])}.",
        "Officer.Err.ServiceSince" => $"Phải sau khi đủ 16 tuổi ({Components.Shared.Format.Date((DateOnly)e.Args[0])}) và không sau {Components.Shared.Format.Date((DateOnly)e.Args[1])}.",
        "Officer.Err.CommuteKm" => "Phải từ 0 đến 2.000 km.",
        "Officer.Err.DecisionNumber" => "Bắt buộc.",
        "Officer.Err.DecidedOn" => $"Phải sau khi đủ 18 tuổi và không sau {Components.Shared.Format.Date((DateOnly)e.Args[0])}.",
        "Officer.Err.EndsOn" => "Không được trước ngày quyết định.",
        "Officer.Err.Votes" => $"Phiếu cao và thấp cộng lại vượt quá {e.Args[0]} người bỏ phiếu.",
        "Officer.Err.HeldOn" => $"Không được sau {Components.Shared.Format.Date((DateOnly)e.Args[0])}.",
        "Officer.Err.RatingYear" => $"Phải từ năm đủ 18 tuổi đến {e.Args[0]}.",
        _ => e.Key,
    };

    /// <summary>The rows of an export in the person's scope; null when the file is sensitive and the person may not see it.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>?> ExportRowsAsync(string kind, CancellationToken cancellationToken = default)
    {
        if (IsSensitive(kind) && !MaySeeSensitive)
        {
            return null;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        static string D(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;
        static string I(int? i) => i?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        switch (kind)
        {
            case Officers:
            {
                var (ranks, positions, genders) = (VietnameseLabels.Of<Rank>(), VietnameseLabels.Of<Position>(), VietnameseLabels.Of<Gender>());
                var (educations, lines, theories) = (VietnameseLabels.Of<EducationLevel>(), VietnameseLabels.Of<ProfessionalLine>(), VietnameseLabels.Of<PoliticalTheory>());
                var rows = await db.Officers.AsNoTracking().InScope(scope, o => o.UnitId).OrderBy(o => o.OfficerNumber)
                    .Select(o => new { o, Unit = o.Unit!.Code, Origin = o.Origin!.Code }).ToListAsync(cancellationToken);
                return rows.Select(r => (IReadOnlyList<string>)
                [
                    r.o.OfficerNumber, r.o.FullName, D(r.o.BirthDate), genders[r.o.Gender], ranks[r.o.Rank], positions[r.o.Position], r.Unit, r.Origin,
                    r.o.Education is { } e ? educations[e] : string.Empty, YesNo[r.o.PoliceTrained], r.o.Line is { } l ? lines[l] : string.Empty,
                    theories[r.o.PoliticalTheory], D(r.o.PartyJoinedOn), I(r.o.HealthClass), D(r.o.PostSince), D(r.o.ServiceSince), r.o.PlannedFor is { } p ? positions[p] : string.Empty,
                    r.o.HomeLocality ?? string.Empty, r.o.CommuteKm?.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) ?? string.Empty,
                ]).ToList();
            }

            case Disciplines:
            {
                var kinds = VietnameseLabels.Of<DisciplineKind>();
                var rows = await db.DisciplineRecords.AsNoTracking().Where(d => d.AnnulledReason == null).InScope(scope, d => d.Officer!.UnitId)
                    .OrderBy(d => d.Officer!.OfficerNumber).ThenBy(d => d.DecidedOn).Select(d => new { d, d.Officer!.OfficerNumber }).ToListAsync(cancellationToken);
                return rows.Select(r => (IReadOnlyList<string>)[r.OfficerNumber, kinds[r.d.Kind], r.d.DecisionNumber, D(r.d.DecidedOn), D(r.d.EndsOn), r.d.Note ?? string.Empty]).ToList();
            }

            case Ratings:
            {
                var levels = VietnameseLabels.Of<AnnualRatingLevel>();
                var rows = await db.AnnualRatings.AsNoTracking().InScope(scope, r => r.Officer!.UnitId)
                    .OrderBy(r => r.Officer!.OfficerNumber).ThenBy(r => r.Year).Select(r => new { r.Officer!.OfficerNumber, r.Year, r.Level }).ToListAsync(cancellationToken);
                return rows.Select(r => (IReadOnlyList<string>)[r.OfficerNumber, I(r.Year), levels[r.Level]]).ToList();
            }

            case Attendance:
            {
                var rows = await db.SupportAttendances.AsNoTracking().InScope(scope, a => a.Officer!.UnitId)
                    .OrderBy(a => a.Officer!.OfficerNumber).ThenBy(a => a.Year).ThenBy(a => a.Month).Select(a => new { a.Officer!.OfficerNumber, a.Year, a.Month, a.DaysWorked, a.OwnsHouseNearby, a.HasOfficialHousing, a.NeedsHousing, a.NeedsMeals, a.NeedsTransport })
                    .ToListAsync(cancellationToken);
                return rows.Select(r => (IReadOnlyList<string>)[r.OfficerNumber, I(r.Year), I(r.Month), I(r.DaysWorked), YesNo[r.OwnsHouseNearby], YesNo[r.HasOfficialHousing],
                    YesNo[r.NeedsHousing], YesNo[r.NeedsMeals], YesNo[r.NeedsTransport]]).ToList();
            }

            default:
            {
                var rows = await db.ConfidenceVotes.AsNoTracking().InScope(scope, v => v.Officer!.UnitId)
                    .OrderBy(v => v.Officer!.OfficerNumber).ThenBy(v => v.HeldOn).Select(v => new { v.Officer!.OfficerNumber, v.HeldOn, v.Voters, v.High, v.Low }).ToListAsync(cancellationToken);
                return rows.Select(r => (IReadOnlyList<string>)[r.OfficerNumber, D(r.HeldOn), I(r.Voters), I(r.High), I(r.Low)]).ToList();
            }
        }
    }
}

using System.Globalization;
using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Spreadsheets;
using F = MergePlanner.Web.Features.Structure.StructureWriter.Fields;

namespace MergePlanner.Web.Features.Structure;

/// <summary>The import/export formats of units and lineage: Vietnamese headers, Vietnamese labels for the
/// lists (the English code is accepted too), dates as dd/MM/yyyy. The labels are part of the file format, a
/// contract with users' spreadsheets, so they live here rather than in the UI resources, which may change.</summary>
public static class StructureColumns
{
    public static readonly TabularColumn[] Units =
    [
        new("code", F.Code, true, "HPM.X11948", "Duy nhất; chữ không dấu, số, . _ -", MaxLength: 64),
        new("name", F.Name, true, "Công an đặc khu Bạch Long Vĩ", MaxLength: 256),
        new("short", F.ShortName, false, "", MaxLength: 64),
        new("type", F.Type, true, "Công an đặc khu", "Theo danh mục loại đơn vị"),
        new("parent", F.Parent, false, "HPM", "Bỏ trống với Công an cấp tỉnh", MaxLength: 64),
        new("status", F.Status, false, "Đang hoạt động", "Đang hoạt động / Đã giải thể (lưu trữ)"),
        new("from", F.ValidFrom, false, "01/07/2025", "dd/MM/yyyy"),
        new("to", F.ValidTo, false, "", "dd/MM/yyyy; bắt buộc khi đã giải thể"),
        new("order", F.SortOrder, false, "200"),
    ];

    public static readonly TabularColumn[] Lineage =
    [
        new("from", F.From, true, "HPC.X001", MaxLength: 64),
        new("to", F.To, false, "HPM.X11581", "Bỏ trống khi giải thể", MaxLength: 64),
        new("kind", F.Kind, true, "Sáp nhập vào", "Sáp nhập vào / Đổi tên / Chia tách / Giải thể / Chuyển giao chức năng"),
        new("portion", F.Portion, false, "Toàn bộ", "Toàn bộ / Một phần / Phần còn lại"),
        new("share", F.Share, false, "100", "Bắt buộc khi chia tách; các phần cộng lại bằng 100"),
        new("date", F.EffectiveDate, true, "01/07/2025", "dd/MM/yyyy"),
        new("decision", F.Decision, false, "Nghị quyết số 1669/NQ-UBTVQH15 ngày 16/6/2025", MaxLength: 256),
        new("note", F.Note, false, "", MaxLength: 512),
    ];

    public static readonly Dictionary<UnitType, string> UnitTypeLabels = new()
    {
        [UnitType.ProvincialPolice] = "Công an cấp tỉnh", [UnitType.Directorate] = "Ban Giám đốc", [UnitType.Department] = "Phòng",
        [UnitType.Team] = "Đội", [UnitType.DistrictPolice] = "Công an cấp huyện", [UnitType.CommunePolice] = "Công an xã",
        [UnitType.WardPolice] = "Công an phường", [UnitType.TownPolice] = "Công an thị trấn", [UnitType.SpecialZonePolice] = "Công an đặc khu",
        [UnitType.Station] = "Đồn Công an", [UnitType.DetentionCentre] = "Trại, cơ sở",
    };

    public static readonly Dictionary<UnitStatus, string> StatusLabels = new()
    {
        [UnitStatus.Active] = "Đang hoạt động", [UnitStatus.Archived] = "Đã giải thể (lưu trữ)",
    };

    public static readonly Dictionary<LineageKind, string> KindLabels = new()
    {
        [LineageKind.MergedInto] = "Sáp nhập vào", [LineageKind.Renamed] = "Đổi tên", [LineageKind.Split] = "Chia tách",
        [LineageKind.Dissolved] = "Giải thể", [LineageKind.FunctionTransferred] = "Chuyển giao chức năng",
    };

    public static readonly Dictionary<LineagePortion, string> PortionLabels = new()
    {
        [LineagePortion.Whole] = "Toàn bộ", [LineagePortion.Part] = "Một phần", [LineagePortion.Remainder] = "Phần còn lại",
    };

    public static (List<UnitDraft> Drafts, List<ImportError> Errors) ToUnitDrafts(IReadOnlyList<TabularRow> rows)
    {
        var errors = new List<ImportError>();
        var drafts = rows.Select(r =>
        {
            var type = Choice(r, "type", F.Type, UnitTypeLabels, errors);
            var status = Choice(r, "status", F.Status, StatusLabels, errors) ?? UnitStatus.Active;
            return new UnitDraft(r.RowNumber, r.Get("code"), r.Get("name"), Optional(r.Get("short")), type, Optional(r.Get("parent")), status,
                Date(r, "from", F.ValidFrom, errors), Date(r, "to", F.ValidTo, errors), Integer(r, "order", F.SortOrder, errors, ImportLimits.SortOrder));
        }).ToList();
        return (drafts, errors);
    }

    public static (List<LineageDraft> Drafts, List<ImportError> Errors) ToLineageDrafts(IReadOnlyList<TabularRow> rows)
    {
        var errors = new List<ImportError>();
        var drafts = rows.Select(r => new LineageDraft(
            r.RowNumber, r.Get("from"), Optional(r.Get("to")), Choice(r, "kind", F.Kind, KindLabels, errors),
            Choice(r, "portion", F.Portion, PortionLabels, errors) ?? LineagePortion.Whole,
            Decimal(r, "share", F.Share, errors, ImportLimits.Percent), Date(r, "date", F.EffectiveDate, errors), Optional(r.Get("decision")), Optional(r.Get("note")))).ToList();
        return (drafts, errors);
    }

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? Choice<T>(TabularRow row, string key, string header, Dictionary<T, string> labels, List<ImportError> errors)
        where T : struct, Enum => Cells.Choice(row, key, header, labels, errors);

    private static DateOnly? Date(TabularRow row, string key, string header, List<ImportError> errors) => Cells.Date(row, key, header, errors);

    private static int? Integer(TabularRow row, string key, string header, List<ImportError> errors, NumberRange range) => Cells.Integer(row, key, header, errors, range);

    private static decimal? Decimal(TabularRow row, string key, string header, List<ImportError> errors, NumberRange range) => Cells.Number(row, key, header, errors, range);
}

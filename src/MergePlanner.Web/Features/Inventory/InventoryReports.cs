using System.Globalization;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Reporting;
using MergePlanner.Web.Spreadsheets;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>The inventory documents in the Decree 30 layout: handover minutes (with the item annex and the three
/// signature blocks) and the reconciliation statement; each also as XLSX.</summary>
public sealed class InventoryReports(PdfFonts fonts, TimeProvider clock, IStringLocalizer<SharedResource> l, DocumentOptions options)
{
    /// <summary>Form 01/TSC-BBGN: header, bases, time and place, parties with their representatives, what is handed
    /// over (counts per unit of measure, money in figures and words), responsibilities, remarks, copies, the three
    /// signatures, then the item annex — landscape, as wide as its eleven columns need.</summary>
    public byte[] MinutesPdf(HandoverMinutes m)
    {
        ArgumentNullException.ThrowIfNull(m);
        using var culture = DocumentCulture.Enter();
        var b = m.Batch;
        var pdf = new DecreeDocument(fonts, m.Header, $"Biên bản bàn giao {b.Number}");
        foreach (var basis in m.Basis)
        {
            pdf.Paragraph(basis, italic: true, size: 13, indent: 14);
        }

        pdf.Paragraph(m.TimeAndPlace, indent: 14, spaceBefore: 6);
        pdf.Heading("A. THÀNH PHẦN THAM GIA BÀN GIAO, TIẾP NHẬN");
        pdf.Paragraph($"1. Đại diện bên giao: {b.From}", bold: true, indent: 14);
        pdf.Paragraph($"Ông (bà): {m.Giver.Name}; cấp bậc, chức vụ: {m.Giver.Title ?? HandoverMinutes.Unnamed}.", indent: 28);
        pdf.Paragraph($"2. Đại diện bên nhận: {b.To}", bold: true, indent: 14);
        pdf.Paragraph($"Ông (bà): {m.Receiver.Name}; cấp bậc, chức vụ: {m.Receiver.Title ?? HandoverMinutes.Unnamed}.", indent: 28);
        pdf.Paragraph($"3. Đại diện bên chứng kiến: {m.WitnessUnit ?? HandoverMinutes.Unnamed}", bold: true, indent: 14);
        pdf.Paragraph($"Ông (bà): {m.Witness?.Name ?? HandoverMinutes.Unnamed}; cấp bậc, chức vụ: {m.Witness?.Title ?? HandoverMinutes.Unnamed}.", indent: 28);
        pdf.Heading("B. NỘI DUNG BÀN GIAO, TIẾP NHẬN");
        pdf.Paragraph($"1. Tài sản, hồ sơ bàn giao, tiếp nhận: {Format.Number(b.Lines.Count)} mục ({m.QuantitiesText}), chi tiết tại Phụ lục kèm theo Biên bản này.", indent: 14);
        pdf.Paragraph($"Tổng nguyên giá: {Format.Money(m.TotalOriginalCost)}; tổng giá trị còn lại: {Format.Money(m.TotalValue)} (bằng chữ: {m.TotalInWords}).", indent: 14);
        pdf.Paragraph("2. Hồ sơ kèm theo: hồ sơ pháp lý, sổ theo dõi tài sản, hồ sơ nghiệp vụ của từng mục trong Phụ lục.", indent: 14);
        pdf.Paragraph("3. Trách nhiệm của các bên: kể từ thời điểm bàn giao, bên nhận chịu trách nhiệm quản lý, sử dụng tài sản, hồ sơ đã nhận theo quy định; bên giao chịu trách nhiệm về tính chính xác của số liệu, hồ sơ đã bàn giao.", indent: 14);
        pdf.Heading("C. Ý KIẾN CỦA CÁC BÊN GIAO, NHẬN");
        pdf.Paragraph(m.Remarks.Count == 0 ? "Không có ý kiến khác." : string.Join("; ", m.Remarks) + ".", indent: 14);
        pdf.Paragraph("Biên bản được lập thành 03 bản có giá trị pháp lý như nhau: bên giao, bên nhận và bên chứng kiến mỗi bên giữ 01 bản.", indent: 14);
        pdf.SignatureColumns([("Đại diện bên nhận", m.Receiver.Name), ("Đại diện bên chứng kiến", m.Witness?.Name), ("Đại diện bên giao", m.Giver.Name)]);

        var annex = m.Annex(l);
        pdf.NewPageForAnnex($"Phụ lục: danh mục tài sản, hồ sơ bàn giao kèm theo Biên bản số {b.Number}", landscape: true);
        annex.DrawTable(pdf);
        foreach (var note in annex.Notes)
        {
            pdf.Paragraph(note, italic: true, size: 12);
        }

        return pdf.ToBytes();
    }

    public byte[] MinutesXlsx(HandoverMinutes m) => m.Annex(l).ToXlsx();

    public sealed record CampaignLine(string Code, string Name, string Category, string UnitOfMeasure, decimal Book, decimal? Counted, decimal Value, string? Note);

    /// <summary>"Báo cáo kết quả kiểm kê" of one campaign (domain.md §7.2): results by category and unit of measure, then
    /// every discrepancy. A campaign still counting prints as a draft that says so, with what is left to count.</summary>
    public byte[] CampaignPdf(CampaignReportData data, string? signer)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var culture = DocumentCulture.Enter();
        var lines = data.Lines;
        var header = new DocumentHeader(data.ParentAgency, data.Unit, options.NumberOf("Campaign", "BC-KK"), Signatories.PlaceOf(data.Force), Today,
            "Báo cáo", $"Kết quả kiểm kê tài sản, hồ sơ tại thời điểm {data.Cutoff:HH} giờ ngày {data.Cutoff:dd/MM/yyyy}") { Draft = data.Counting };
        var pdf = new DecreeDocument(fonts, header, data.Name);
        var uncounted = lines.Count(x => x.Counted is null);
        if (data.Counting)
        {
            pdf.Paragraph($"Đợt kiểm kê đang tiến hành: số liệu tạm tính đến ngày {Format.Date(Today)}, còn {Format.Number(uncounted)}/{Format.Number(lines.Count)} mục chưa kiểm đếm. Báo cáo chính thức được lập khi kết thúc đợt kiểm kê.", bold: true, italic: true, size: 12);
        }

        pdf.Heading("I. ĐẶC ĐIỂM, TÌNH HÌNH");
        pdf.Paragraph($"{data.Name}: {Format.Number(lines.Count)} mục tài sản, hồ sơ theo sổ sách và phát hiện khi kiểm kê; phương pháp kiểm đếm thực tế, đối chiếu sổ sách.", indent: 14);
        pdf.Heading("II. KẾT QUẢ KIỂM KÊ THEO NHÓM");
        pdf.Table(SummaryColumns, Summary(lines), size: 10);
        var total = lines.Sum(x => x.Value);
        pdf.Paragraph($"Tổng giá trị còn lại theo sổ sách: {Format.Money(total)} ({VietnameseMoney.InWords(total)}).", italic: true, size: 12);
        pdf.Heading("III. CHÊNH LỆCH THỪA, THIẾU VÀ NGUYÊN NHÂN");
        var differences = lines.Where(x => x.Counted is null || x.Counted != x.Book).ToList();
        if (differences.Count == 0)
        {
            pdf.Paragraph("Không có chênh lệch giữa sổ sách và thực tế.", indent: 14);
        }
        else
        {
            pdf.Table(
                [new("Mã"), new("Tên"), new("ĐVT"), new("Sổ sách", Align: XStringAlignment.Far), new("Kiểm kê", Align: XStringAlignment.Far), new("Ghi chú")],
                differences.Select(x => (IReadOnlyList<string>)[x.Code, x.Name, x.UnitOfMeasure, Format.Number(x.Book), x.Counted is { } c ? Format.Number(c) : "chưa kiểm", x.Note ?? string.Empty]),
                size: 10);
        }

        pdf.Heading("IV. KIẾN NGHỊ, ĐỀ XUẤT");
        pdf.Paragraph("Xử lý dứt điểm các trường hợp thiếu (lập biên bản sự việc, xác định trách nhiệm), ghi tăng tài sản thừa, hoàn thiện hồ sơ pháp lý nhà, đất; điều chuyển tài sản, hồ sơ cho các đơn vị sau hợp nhất theo phương án được duyệt.", indent: 14);
        pdf.Closing(["- Ban Giám đốc;", "- Phòng Hậu cần;", "- Lưu: VT."], new SignatureBlock(data.UnitIsForce ? "Giám đốc" : "Thủ trưởng đơn vị", string.Empty, signer));
        return pdf.ToBytes();
    }

    /// <summary>The consolidated results report: every source's stocktake side by side, by category, with the totals
    /// of the merger.</summary>
    public byte[] ConsolidatedPdf(MergerInfo merger, IReadOnlyList<CampaignReportData> campaigns, string? signer)
    {
        ArgumentNullException.ThrowIfNull(merger);
        ArgumentNullException.ThrowIfNull(campaigns);
        using var culture = DocumentCulture.Enter();
        var header = new DocumentHeader("Bộ Công an", merger.Target.Name, options.NumberOf("Consolidated", "BC-PH10"), Signatories.PlaceOf(merger.Target), Today,
            "Báo cáo", "Tổng hợp kết quả kiểm kê tài sản, hồ sơ của các đơn vị trước hợp nhất") { Draft = campaigns.Any(c => c.Counting) };
        var pdf = new DecreeDocument(fonts, header, "Tổng hợp kết quả kiểm kê");
        var counting = campaigns.Where(c => c.Counting).ToList();
        if (counting.Count > 0)
        {
            pdf.Paragraph($"Còn {Format.Number(counting.Count)} đợt kiểm kê đang tiến hành ({string.Join("; ", counting.Select(c => c.Name))}): số liệu tạm tính đến ngày {Format.Date(Today)}.", bold: true, italic: true, size: 12);
        }

        var n = 0;
        foreach (var c in campaigns)
        {
            pdf.Heading($"{ToRoman(++n)}. {c.Unit.ToUpperInvariant()}");
            pdf.Paragraph($"{c.Name}, thời điểm {c.Cutoff:HH} giờ ngày {c.Cutoff:dd/MM/yyyy}{(c.Counting ? " (đang kiểm kê)" : string.Empty)}: {Format.Number(c.Lines.Count)} mục; chưa kiểm đếm {Format.Number(c.Lines.Count(x => x.Counted is null))}; thiếu {Format.Number(c.Lines.Count(x => x.Counted < x.Book))}; thừa {Format.Number(c.Lines.Count(x => x.Counted > x.Book))}.", indent: 14, size: 12);
            pdf.Table(SummaryColumns, Summary(c.Lines), size: 10);
        }

        var all = campaigns.SelectMany(c => c.Lines).ToList();
        pdf.Heading($"{ToRoman(++n)}. TỔNG HỢP CHUNG");
        pdf.Table(SummaryColumns, Summary(all), size: 10);
        var total = all.Sum(x => x.Value);
        pdf.Paragraph($"Tổng giá trị còn lại theo sổ sách: {Format.Money(total)} ({VietnameseMoney.InWords(total)}).", italic: true, size: 12);
        pdf.Closing(["- Bộ Công an (Cục Quản lý trang bị và kho vận);", "- Ban Giám đốc;", "- Ban Chỉ đạo hợp nhất;", "- Lưu: VT, PH10."], new SignatureBlock("KT. Giám đốc", "Phó Giám đốc", signer));
        return pdf.ToBytes();
    }

    private static readonly TableColumn[] SummaryColumns =
    [
        new("Nhóm"), new("ĐVT"), new("Số mục", Align: XStringAlignment.Far), new("Sổ sách", Align: XStringAlignment.Far), new("Kiểm kê", Align: XStringAlignment.Far),
        new("Thiếu", Align: XStringAlignment.Far), new("Thừa", Align: XStringAlignment.Far), new("Mục chưa kiểm", Align: XStringAlignment.Far), new("Giá trị còn lại (đồng)", Align: XStringAlignment.Far),
    ];

    /// <summary>By category and unit of measure: quantities add up only within one unit; items and money add up across.</summary>
    private IEnumerable<TableRow> Summary(IEnumerable<CampaignLine> lines)
    {
        var groups = lines.GroupBy(x => (x.Category, x.UnitOfMeasure)).OrderBy(g => l[g.Key.Category].Value, StringComparer.Ordinal).ThenBy(g => g.Key.UnitOfMeasure, StringComparer.Ordinal).ToList();
        foreach (var g in groups)
        {
            yield return new TableRow(
            [
                l[g.Key.Category].Value, g.Key.UnitOfMeasure, Format.Number(g.Count()), Format.Number(g.Sum(x => x.Book)), Format.Number(g.Sum(x => x.Counted ?? 0)),
                Format.Number(g.Sum(x => x.Counted is { } c && c < x.Book ? x.Book - c : 0)), Format.Number(g.Sum(x => x.Counted is { } c && c > x.Book ? c - x.Book : 0)),
                Format.Number(g.Count(x => x.Counted is null)), Format.Number(g.Sum(x => x.Value)),
            ]);
        }

        var all = groups.SelectMany(g => g).ToList();
        yield return new TableRow(["Cộng", string.Empty, Format.Number(all.Count), string.Empty, string.Empty, string.Empty, string.Empty, Format.Number(all.Count(x => x.Counted is null)), Format.Number(all.Sum(x => x.Value))], Bold: true);
    }

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static readonly IReadOnlyList<ListColumn> CampaignColumns =
    [
        new("Mã", 1.4), new("Tên tài sản, hồ sơ", 3), new("Nhóm", 1.6), new("Đơn vị tính", 0.8),
        new("Số lượng theo sổ sách", 1, ListCellKind.Number), new("Số lượng kiểm kê", 1, ListCellKind.Number), new("Chênh lệch (+ thừa / − thiếu)", 1, ListCellKind.Number),
        new("Giá trị còn lại (đồng)", 1.4, ListCellKind.Money), new("Ghi chú", 2),
    ];

    public byte[] CampaignXlsx(CampaignReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = new DocumentHeader(data.ParentAgency, data.Unit, options.NumberOf("Campaign", "BC-KK"), Signatories.PlaceOf(data.Force), Today,
            "Báo cáo", $"Kết quả kiểm kê tài sản, hồ sơ tại thời điểm {data.Cutoff:HH} giờ ngày {data.Cutoff:dd/MM/yyyy}") { Draft = data.Counting };
        var rows = data.Lines.Select(x => new ListRow(
        [
            x.Code, x.Name, l[x.Category].Value, x.UnitOfMeasure, x.Book, x.Counted is { } c ? c : "chưa kiểm", x.Counted is { } d ? d - x.Book : null, x.Value, x.Note,
        ])).ToList();
        return new ListDocument("ket-qua-kiem-ke", header, data.Counting ? ["Đợt kiểm kê đang tiến hành: số liệu tạm tính."] : [], CampaignColumns, rows, [], [], new SignatureBlock(string.Empty, string.Empty, null, null)).ToXlsx();
    }

    /// <summary>The reconciliation statement as one list for the PDF, the print view and the spreadsheet: by unit (or
    /// source), category and unit of measure; the conclusion in items, never in quantities of different units.</summary>
    public ListDocument Ledger(IReadOnlyList<LedgerRow> rows, IReadOnlyDictionary<int, string> unitNames, MergerInfo merger, string? signer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(merger);
        var header = new DocumentHeader("Bộ Công an", merger.Target.Name, options.NumberOf("Ledger", "BC-PH10"), Signatories.PlaceOf(merger.Target), Today,
            "Báo cáo", "Đối chiếu kết quả kiểm kê, xử lý và bàn giao tài sản, hồ sơ của các đơn vị trước hợp nhất");
        var items = rows.Sum(r => r.Items);
        var open = rows.Sum(r => r.OpenItems);
        var list = new List<ListRow>();
        foreach (var unit in rows.GroupBy(r => r.UnitId))
        {
            var name = unitNames.GetValueOrDefault(unit.Key, "?");
            list.Add(new ListRow([name, .. Enumerable.Repeat<object?>(null, LedgerColumns.Count - 1)], ListRowKind.Group));
            list.AddRange(unit.Select(r => new ListRow(
            [
                l[r.Category].Value, r.UnitOfMeasure, r.Items, r.OpenItems, r.Book, r.Counted, r.Disposed, r.HandedOver, r.ConfirmedReceived, r.Unaccounted,
            ])));
            list.Add(new ListRow([$"Cộng {name}", null, unit.Sum(r => r.Items), unit.Sum(r => r.OpenItems), null, null, null, null, null, null], ListRowKind.Total));
        }

        list.Add(new ListRow(["Tổng cộng", null, items, open, null, null, null, null, null, null], ListRowKind.Total));
        var conclusion = open == 0
            ? "Kết luận: toàn bộ tài sản, hồ sơ của các đơn vị trước hợp nhất đã có kết quả xử lý được xác nhận."
            : $"Kết luận: còn {Format.Number(open)}/{Format.Number(items)} mục tài sản, hồ sơ chưa rõ kết quả; chưa đủ điều kiện kết thúc công tác kiểm kê.";
        return new ListDocument("doi-chieu-kiem-ke", header,
            ["Số liệu theo từng đơn vị, nhóm và đơn vị tính: số mục, số mục chưa rõ kết quả; số lượng theo sổ sách, kiểm kê, đã có phương án xử lý, đã bàn giao, đã được bên nhận xác nhận và chưa rõ kết quả (phải bằng 0 trước khi kết thúc công tác kiểm kê). Số lượng chỉ cộng trong cùng một đơn vị tính."],
            LedgerColumns, list, [conclusion], ["- Ban Giám đốc;", "- Ban Chỉ đạo hợp nhất;", "- Lưu: VT, PH10."], new SignatureBlock("KT. Giám đốc", "Phó Giám đốc", signer))
        { Landscape = true };
    }

    public static readonly IReadOnlyList<ListColumn> LedgerColumns =
    [
        new("Nhóm", 1.8), new("ĐVT", 0.8), new("Số mục", 0.8, ListCellKind.Number), new("Mục chưa rõ kết quả", 0.9, ListCellKind.Number),
        new("Sổ sách", 0.9, ListCellKind.Number), new("Kiểm kê", 0.9, ListCellKind.Number), new("Đã xử lý", 0.9, ListCellKind.Number),
        new("Đã bàn giao", 0.9, ListCellKind.Number), new("Bên nhận xác nhận", 0.9, ListCellKind.Number), new("Số lượng chưa rõ", 0.9, ListCellKind.Number),
    ];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);
}

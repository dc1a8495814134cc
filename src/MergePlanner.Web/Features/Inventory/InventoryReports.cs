using System.Globalization;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Reporting;
using MergePlanner.Web.Spreadsheets;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>The inventory documents in the Decree 30 layout: handover minutes (with the item annex and the three
/// signature blocks) and the reconciliation statement; each also as XLSX.</summary>
public sealed class InventoryReports(PdfFonts fonts, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly TabularColumn[] MinutesColumns =
    [
        new("n", "STT", false, ""), new("code", "Mã", false, ""), new("name", "Tên tài sản, hồ sơ", false, ""), new("uom", "Đơn vị tính", false, ""),
        new("qty", "Số lượng", false, ""), new("value", "Giá trị còn lại (đồng)", false, ""), new("receipt", "Xác nhận của bên nhận", false, ""), new("remark", "Ghi chú", false, ""),
    ];

    private static readonly TabularColumn[] LedgerColumns =
    [
        new("unit", "Đơn vị", false, ""), new("category", "Nhóm", false, ""), new("items", "Số mục", false, ""), new("book", "Sổ sách", false, ""),
        new("counted", "Kiểm kê", false, ""), new("disposed", "Đã xử lý", false, ""), new("handed", "Đã bàn giao", false, ""),
        new("received", "Bên nhận xác nhận", false, ""), new("unaccounted", "Chưa rõ kết quả", false, ""),
    ];

    public byte[] MinutesPdf(HandoverView b)
    {
        using var culture = DocumentCulture.Enter();
        var date = DateOnly.FromDateTime(b.CreatedAtUtc.ToLocalTime());
        var header = new DocumentHeader(b.FromOrigin, b.From, $"Số: {b.Number}", MergerSummaryReport.PlaceOf(b.FromOrigin), date, "Biên bản",
            $"Bàn giao, tiếp nhận tài sản, hồ sơ giữa {b.From} và {b.To}");
        var pdf = new DecreeDocument(fonts, header, $"Biên bản bàn giao {b.Number}");
        var total = b.Lines.Sum(x => x.Value);
        pdf.Paragraph("Căn cứ Luật Quản lý, sử dụng tài sản công năm 2017; Nghị định số 151/2017/NĐ-CP được sửa đổi bởi Nghị định số 114/2024/NĐ-CP; quyết định của Bộ trưởng Bộ Công an về tổ chức bộ máy Công an thành phố Hải Phòng sau hợp nhất.", italic: true, size: 12);
        pdf.Paragraph($"Hôm nay, ngày {date:dd} tháng {date:MM} năm {date:yyyy}, tại trụ sở {b.From}, chúng tôi gồm:", indent: 14);
        pdf.Paragraph($"Bên giao: {b.From} – {b.HandedOverBy ?? "................................"}", bold: true, indent: 14);
        pdf.Paragraph($"Bên nhận: {b.To} – {b.ReceivedBy ?? "................................"}", bold: true, indent: 14);
        pdf.Paragraph($"Bên chứng kiến: {b.WitnessUnit ?? "................"} – {b.Witness ?? "................................"}", bold: true, indent: 14);
        pdf.Paragraph($"Tiến hành bàn giao, tiếp nhận {b.Lines.Count.ToString("N0", CultureInfo.CurrentCulture)} mục tài sản, hồ sơ (chi tiết tại Phụ lục kèm theo), tổng giá trị còn lại {Format.Money(total)}.", indent: 14);
        pdf.Paragraph($"Bằng chữ: {VietnameseMoney.InWords(total)}.", italic: true, indent: 14);
        var remarks = b.Lines.Where(x => x.Remark is not null).ToList();
        pdf.Paragraph("Ý kiến của các bên: " + (remarks.Count == 0 ? "không có." : string.Join("; ", remarks.Select(x => $"{x.Code}: {x.Remark}")) + "."), indent: 14);
        pdf.Paragraph("Kể từ thời điểm bàn giao, bên nhận chịu trách nhiệm quản lý, sử dụng tài sản, hồ sơ đã nhận theo quy định. Biên bản được lập thành 03 bản có giá trị pháp lý như nhau, mỗi bên giữ 01 bản.", indent: 14);
        pdf.SignatureColumns([("Đại diện bên nhận", null), ("Đại diện bên chứng kiến", b.Witness), ("Đại diện bên giao", null)]);
        pdf.NewPageForAnnex($"Phụ lục: danh mục tài sản, hồ sơ bàn giao kèm theo biên bản số {b.Number}");
        pdf.Table(
            [new("STT", 0.6, XStringAlignment.Far), new("Mã", 1.6), new("Tên tài sản, hồ sơ", 3.4), new("ĐVT", 0.9), new("SL", 0.7, XStringAlignment.Far), new("Giá trị còn lại", 1.7, XStringAlignment.Far), new("Bên nhận", 1.5)],
            MinutesRows(b).Select(r => (IReadOnlyList<string>)[r[0], r[1], r[2], r[3], r[4], r[5], r[6]]),
            size: 10);
        pdf.Paragraph($"Tổng cộng: {Format.Money(total)} ({VietnameseMoney.InWords(total)}).", bold: true, size: 12);
        return pdf.ToBytes();
    }

    public sealed record CampaignLine(string Code, string Name, string Category, string UnitOfMeasure, decimal Book, decimal? Counted, decimal Value, string? Note);

    /// <summary>"Báo cáo kết quả kiểm kê" of one campaign: results by category, then every discrepancy.</summary>
    public byte[] CampaignPdf(string agency, string parentAgency, string name, DateTime cutoff, IReadOnlyList<CampaignLine> lines)
    {
        using var culture = DocumentCulture.Enter();
        var header = new DocumentHeader(parentAgency, agency, "Số:       /BC-KK", MergerSummaryReport.PlaceOf(parentAgency), DateOnly.FromDateTime(clock.GetLocalNow().Date),
            "Báo cáo", $"Kết quả kiểm kê tài sản, hồ sơ tại thời điểm {cutoff:HH} giờ ngày {cutoff:dd/MM/yyyy}");
        var pdf = new DecreeDocument(fonts, header, name);
        pdf.Heading("I. ĐẶC ĐIỂM, TÌNH HÌNH");
        pdf.Paragraph($"{name}: {lines.Count.ToString("N0", CultureInfo.CurrentCulture)} mục tài sản, hồ sơ theo sổ sách và phát hiện khi kiểm kê; phương pháp kiểm đếm thực tế, đối chiếu sổ sách.", indent: 14);
        pdf.Heading("II. KẾT QUẢ KIỂM KÊ THEO NHÓM");
        pdf.Table(
            [new("Nhóm", 2.6), new("Số mục", 0.9, XStringAlignment.Far), new("Sổ sách", 1, XStringAlignment.Far), new("Kiểm kê", 1, XStringAlignment.Far),
             new("Thiếu", 0.9, XStringAlignment.Far), new("Thừa", 0.9, XStringAlignment.Far), new("Chưa kiểm", 1, XStringAlignment.Far), new("Giá trị còn lại", 1.8, XStringAlignment.Far)],
            lines.GroupBy(x => x.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)
            [
                l[g.Key].Value, Format.Number(g.Count()), Format.Number(g.Sum(x => x.Book)), Format.Number(g.Sum(x => x.Counted ?? 0)),
                Format.Number(g.Sum(x => x.Counted is { } c && c < x.Book ? x.Book - c : 0)), Format.Number(g.Sum(x => x.Counted is { } c && c > x.Book ? c - x.Book : 0)),
                Format.Number(g.Count(x => x.Counted is null)), Format.Number(g.Sum(x => x.Value)),
            ]),
            size: 10);
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
                [new("Mã", 1.6), new("Tên", 3), new("Sổ sách", 0.9, XStringAlignment.Far), new("Kiểm kê", 0.9, XStringAlignment.Far), new("Ghi chú", 2.6)],
                differences.Select(x => (IReadOnlyList<string>)[x.Code, x.Name, Format.Number(x.Book), x.Counted is { } c ? Format.Number(c) : "chưa kiểm", x.Note ?? string.Empty]),
                size: 10);
        }

        pdf.Heading("IV. KIẾN NGHỊ, ĐỀ XUẤT");
        pdf.Paragraph("Xử lý dứt điểm các trường hợp thiếu (lập biên bản sự việc, xác định trách nhiệm), ghi tăng tài sản thừa, hoàn thiện hồ sơ pháp lý nhà, đất; điều chuyển tài sản, hồ sơ cho các đơn vị sau hợp nhất theo phương án được duyệt.", indent: 14);
        pdf.Closing(["- Ban Giám đốc;", "- Phòng Hậu cần;", "- Lưu: VT."], new SignatureBlock("TM. Tổ kiểm kê", "Tổ trưởng", null));
        return pdf.ToBytes();
    }

    /// <summary>The consolidated results report: every source's stocktake side by side, by category, with the totals
    /// of the merger.</summary>
    public byte[] ConsolidatedPdf(string agency, IReadOnlyList<(string Source, string Campaign, DateTime Cutoff, IReadOnlyList<CampaignLine> Lines)> campaigns)
    {
        using var culture = DocumentCulture.Enter();
        var header = new DocumentHeader("Bộ Công an", agency, "Số:       /BC-PH10", MergerSummaryReport.PlaceOf(agency), DateOnly.FromDateTime(clock.GetLocalNow().Date),
            "Báo cáo", "Tổng hợp kết quả kiểm kê tài sản, hồ sơ của các đơn vị trước hợp nhất");
        var pdf = new DecreeDocument(fonts, header, "Tổng hợp kết quả kiểm kê");
        var n = 0;
        foreach (var (source, campaign, cutoff, lines) in campaigns)
        {
            pdf.Heading($"{ToRoman(++n)}. {source.ToUpperInvariant()}");
            pdf.Paragraph($"{campaign}, thời điểm {cutoff:HH} giờ ngày {cutoff:dd/MM/yyyy}: {Format.Number(lines.Count)} mục; chưa kiểm đếm {Format.Number(lines.Count(x => x.Counted is null))}; thiếu {Format.Number(lines.Count(x => x.Counted < x.Book))}; thừa {Format.Number(lines.Count(x => x.Counted > x.Book))}.", indent: 14, size: 12);
            pdf.Table(SummaryColumns, Summary(lines), size: 10);
        }

        var all = campaigns.SelectMany(c => c.Lines).ToList();
        pdf.Heading($"{ToRoman(++n)}. TỔNG HỢP CHUNG");
        pdf.Table(SummaryColumns, Summary(all), size: 10);
        var total = all.Sum(x => x.Value);
        pdf.Paragraph($"Tổng giá trị còn lại theo sổ sách: {Format.Money(total)} ({VietnameseMoney.InWords(total)}).", italic: true, size: 12);
        pdf.Closing(["- Bộ Công an (Cục Quản lý trang bị và kho vận);", "- Ban Giám đốc;", "- Ban Chỉ đạo hợp nhất;", "- Lưu: VT, PH10."], new SignatureBlock("KT. Giám đốc", "Phó Giám đốc", null));
        return pdf.ToBytes();
    }

    private static readonly TableColumn[] SummaryColumns =
    [
        new("Nhóm", 2.6), new("Số mục", 0.9, XStringAlignment.Far), new("Sổ sách", 1, XStringAlignment.Far), new("Kiểm kê", 1, XStringAlignment.Far),
        new("Thiếu", 0.9, XStringAlignment.Far), new("Thừa", 0.9, XStringAlignment.Far), new("Chưa kiểm", 1, XStringAlignment.Far), new("Giá trị còn lại", 1.8, XStringAlignment.Far),
    ];

    private IEnumerable<IReadOnlyList<string>> Summary(IEnumerable<CampaignLine> lines) =>
        lines.GroupBy(x => x.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (IReadOnlyList<string>)
        [
            l[g.Key].Value, Format.Number(g.Count()), Format.Number(g.Sum(x => x.Book)), Format.Number(g.Sum(x => x.Counted ?? 0)),
            Format.Number(g.Sum(x => x.Counted is { } c && c < x.Book ? x.Book - c : 0)), Format.Number(g.Sum(x => x.Counted is { } c && c > x.Book ? c - x.Book : 0)),
            Format.Number(g.Count(x => x.Counted is null)), Format.Number(g.Sum(x => x.Value)),
        ]);

    private static string ToRoman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static readonly TabularColumn[] CampaignColumns =
    [
        new("code", "Mã", false, ""), new("name", "Tên tài sản, hồ sơ", false, ""), new("category", "Nhóm", false, ""), new("uom", "Đơn vị tính", false, ""),
        new("book", "Số lượng theo sổ sách", false, ""), new("counted", "Số lượng kiểm kê", false, ""), new("difference", "Chênh lệch (+ thừa / − thiếu)", false, ""),
        new("value", "Giá trị còn lại (đồng)", false, ""), new("note", "Ghi chú", false, ""),
    ];

    public byte[] CampaignXlsx(IReadOnlyList<CampaignLine> lines)
    {
        using var culture = DocumentCulture.Enter();
        return TabularWriter.Write(TabularFormat.Xlsx, CampaignColumns, lines.Select(x => (IReadOnlyList<string>)
        [
            x.Code, x.Name, l[x.Category].Value, x.UnitOfMeasure, Number(x.Book), x.Counted is { } c ? Number(c) : "chưa kiểm",
            x.Counted is { } d ? Number(d - x.Book) : string.Empty, Number(x.Value), x.Note ?? string.Empty,
        ]));
    }

    public byte[] MinutesXlsx(HandoverView b)
    {
        using var culture = DocumentCulture.Enter();
        return TabularWriter.Write(TabularFormat.Xlsx, MinutesColumns, MinutesRows(b));
    }

    public byte[] LedgerPdf(IReadOnlyList<LedgerRow> rows, IReadOnlyDictionary<int, string> unitNames, string agency)
    {
        using var culture = DocumentCulture.Enter();
        var header = new DocumentHeader("Bộ Công an", agency, "Số:       /BC-PH10", MergerSummaryReport.PlaceOf(agency), DateOnly.FromDateTime(clock.GetLocalNow().Date),
            "Báo cáo", "Đối chiếu kết quả kiểm kê, xử lý và bàn giao tài sản, hồ sơ của các đơn vị trước hợp nhất");
        var pdf = new DecreeDocument(fonts, header, "Bảng đối chiếu");
        pdf.Paragraph("Số liệu theo từng đơn vị và nhóm: số theo sổ sách, số kiểm kê, số đã có phương án xử lý, đã bàn giao, đã được bên nhận xác nhận, và số chưa rõ kết quả (phải bằng 0 trước khi kết thúc công tác kiểm kê).", indent: 14, size: 12);
        pdf.Table(
            [new("Đơn vị", 2.6), new("Nhóm", 2.2), new("Sổ sách", 1, XStringAlignment.Far), new("Kiểm kê", 1, XStringAlignment.Far), new("Đã xử lý", 1, XStringAlignment.Far),
             new("Đã bàn giao", 1.1, XStringAlignment.Far), new("Đã nhận", 1, XStringAlignment.Far), new("Chưa rõ", 1, XStringAlignment.Far)],
            rows.Select(r => (IReadOnlyList<string>)[unitNames.GetValueOrDefault(r.UnitId, "?"), l[r.Category].Value, Format.Number(r.Book), Format.Number(r.Counted), Format.Number(r.Disposed), Format.Number(r.HandedOver), Format.Number(r.ConfirmedReceived), Format.Number(r.Unaccounted)]),
            size: 9.5);
        var unaccounted = rows.Sum(r => r.Unaccounted);
        pdf.Paragraph(unaccounted == 0
            ? "Kết luận: toàn bộ tài sản, hồ sơ của các đơn vị trước hợp nhất đã có kết quả xử lý được xác nhận."
            : $"Kết luận: còn {Format.Number(unaccounted)} đơn vị số lượng chưa rõ kết quả; chưa đủ điều kiện kết thúc công tác kiểm kê.", bold: true, size: 12);
        pdf.Closing(["- Ban Giám đốc;", "- Ban Chỉ đạo hợp nhất;", "- Lưu: VT, PH10."], new SignatureBlock("KT. Giám đốc", "Phó Giám đốc", null));
        return pdf.ToBytes();
    }

    public byte[] LedgerXlsx(IReadOnlyList<LedgerRow> rows, IReadOnlyDictionary<int, string> unitNames)
    {
        using var culture = DocumentCulture.Enter();
        return TabularWriter.Write(TabularFormat.Xlsx, LedgerColumns, rows.Select(r => (IReadOnlyList<string>)
        [
            unitNames.GetValueOrDefault(r.UnitId, "?"), l[r.Category].Value, r.Items.ToString(CultureInfo.InvariantCulture), Number(r.Book), Number(r.Counted),
            Number(r.Disposed), Number(r.HandedOver), Number(r.ConfirmedReceived), Number(r.Unaccounted),
        ]));
    }

    private IEnumerable<IReadOnlyList<string>> MinutesRows(HandoverView b) =>
        b.Lines.Select((x, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), x.Code, x.Name, x.UnitOfMeasure, Format.Number(x.Quantity), Format.Number(x.Value),
            l[$"ReceiptStatus.{x.Receipt}"].Value, x.Remark ?? string.Empty,
        ]);

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

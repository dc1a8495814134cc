using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Reporting;

namespace MergePlanner.Tests.Reporting;

public class DecreeDocumentTests
{
    private static readonly PdfFonts Fonts = new();

    private static DocumentHeader Header(DateOnly date) =>
        new("Bộ Công an", "Công an thành phố Hải Phòng", "Số: 12/BC-PV01", "Hải Phòng", date, "Báo cáo", "Kết quả kiểm kê tài sản");

    [Fact]
    public void ToBytes_VietnameseText_SurvivesExtractionWithEveryDiacritic()
    {
        var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 6, 25)), "Thử");
        pdf.Paragraph("Phường Ái Quốc, phố Lạch Tray, quận Ngô Quyền: kiểm đếm, niêm phong vũ khí, vật liệu nổ.");

        // Decomposed input must print the same as composed input (the document normalises to NFC).
        pdf.Paragraph("Nguyễn Thị Hồng Nhung".Normalize(System.Text.NormalizationForm.FormD));
        var text = PdfText.Extract(pdf.ToBytes());

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("CÔNG AN THÀNH PHỐ HẢI", text, StringComparison.Ordinal);
        Assert.Contains("Hải Phòng, ngày 25 tháng 6 năm 2025", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("phố Lạch Tray, quận Ngô Quyền", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hồng Nhung", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ManyRows_BreaksPagesRepeatsHeaderAndNumbersFromPageTwo()
    {
        var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)), "Bảng");
        pdf.Table(
            [new TableColumn("Mã tài sản", 1), new TableColumn("Tên tài sản", 3)],
            Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"VK-{i:0000}", $"Súng ngắn K54 số {i}"]));
        var pages = PdfText.Extract(pdf.ToBytes()).Split('\f').Where(p => p.Trim().Length > 0).ToList();

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        Assert.All(pages, page => Assert.Contains("Mã tài sản", page, StringComparison.Ordinal));
        Assert.Contains("VK-0120", pages[^1], StringComparison.Ordinal);
        Assert.Equal("2", pages[1].Trim().Split('\n')[0].Trim());
        Assert.NotEqual("1", pages[0].Trim().Split('\n')[0].Trim());
    }

    [Fact]
    public void Table_AWordWiderThanItsCell_BreaksAfterASlash_InsteadOfRunningIntoTheNextCell()
    {
        var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)), "Bảng");
        pdf.Table(
            [new TableColumn("STT", 0.5), new TableColumn("Số quyết định", 0.9), new TableColumn("Ngày", 8), new TableColumn("Tiêu đề", 0.5)],
            [new TableRow(["1", "1462/QĐ-CAT", "01/07/2025", "x"]), new TableRow(["Ban Giám đốc", "", "", ""], Spanned: true)]);
        var lines = PdfText.Extract(pdf.ToBytes()).Split('\n').Select(l => l.Trim()).ToList();

        // The number is cut after its slash: "1462/" on one line, "QĐ-CAT" (or its halves) below, and never glued to the date.
        Assert.Contains(lines, l => l.Contains("1462/", StringComparison.Ordinal) && !l.Contains("1462/QĐ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("CAT01/07", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Ban Giám đốc", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2025, 1, 5, "Hải Phòng, ngày 05 tháng 01 năm 2025")]
    [InlineData(2025, 2, 15, "Hải Phòng, ngày 15 tháng 02 năm 2025")]
    [InlineData(2025, 11, 22, "Hải Phòng, ngày 22 tháng 11 năm 2025")]
    [InlineData(2025, 3, 9, "Hải Phòng, ngày 09 tháng 3 năm 2025")]
    public void PlaceAndDate_LeadingZeroOnDaysOneToNineAndMonthsOneAndTwo(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Header(new DateOnly(year, month, day)).PlaceAndDate);

    [Theory]
    [InlineData("Công an thành phố Hải Phòng (cũ)", "Hải Phòng")]
    [InlineData("Công an tỉnh Hải Dương", "Hải Dương")]
    public void PlaceOf_AgencyName_GivesThePlaceOfTheDateLine(string agency, string place) =>
        Assert.Equal(place, MergerSummaryReport.PlaceOf(agency));
}

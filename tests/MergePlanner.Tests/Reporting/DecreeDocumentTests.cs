using MergePlanner.TestSupport;
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
        // Nine columns of long decision numbers: even their longest words do not fit the page side by side.
        var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)), "Bảng");
        pdf.Table(
            Enumerable.Range(1, 9).Select(i => new TableColumn($"Số {i}")).ToList(),
            [new TableRow(Enumerable.Range(1, 9).Select(i => $"1462/QĐ-CAT-V0{i}").ToList()), new TableRow(["Ban Giám đốc", "", "", "", "", "", "", "", ""], Spanned: true)]);
        var bytes = pdf.ToBytes();
        var lines = PdfText.Extract(bytes).Split('\n').Select(l => l.Trim()).ToList();

        // The number is cut after a slash or a hyphen ("1462/QĐ-" on one line, "CAT-V01" below), never drawn whole across
        // the next cell.
        Assert.DoesNotContain(lines, l => l.Contains("1462/QĐ-CAT-V0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("CAT-V0", StringComparison.Ordinal) || l.Contains(" CAT-V0", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("V011462", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Ban Giám đốc", StringComparison.Ordinal));
        Assert.Empty(PdfLayout.Read(bytes).Problems());
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
    [InlineData("Công an tỉnh Ninh Bình (cũ)", "Ninh Bình")]
    public void PlaceOf_AgencyName_GivesThePlaceOfTheDateLine(string agency, string place) =>
        Assert.Equal(place, Signatories.PlaceOf(agency));

    /// <summary>Every Vietnamese letter (the 12 vowels with their 5 tones, đ), lower and upper case.</summary>
    private static readonly string Alphabet = string.Concat(
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ",
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ");

    [Fact]
    public void EveryDiacritic_RoundTripsThroughTheRenderedText()
    {
        var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)), "Chữ");
        pdf.Paragraph(Alphabet);
        pdf.Table([new TableColumn("Chữ")], [[Alphabet.ToUpperInvariant()]]);
        var text = PdfText.Extract(pdf.ToBytes()).Replace("\n", string.Empty, StringComparison.Ordinal);

        Assert.All(Alphabet, c => Assert.Contains(c.ToString(), text, StringComparison.Ordinal));
    }

    /// <summary>The signature and "Nơi nhận" are never alone on a page, wherever the body happens to end: the body is grown
    /// line by line across two page breaks and every rendering is read back.</summary>
    [Fact]
    public void Closing_WhereverTheBodyEnds_IsNeverAloneOnAPage_AndEveryPagePassesTheChecklist()
    {
        var alone = new List<string>();
        for (var lines = 18; lines <= 75; lines += 3)
        {
            var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)), "Thử");
            for (var i = 1; i <= lines; i++)
            {
                pdf.Paragraph($"{i}. Kiểm đếm, niêm phong vũ khí, vật liệu nổ, công cụ hỗ trợ tại kho của đơn vị.", indent: 14);
            }

            pdf.Closing(["- Ban Giám đốc;", "- Lưu: VT, PH10."], new SignatureBlock("KT. Giám đốc", "Phó Giám đốc", "Đại tá Trần Văn Bình"));
            var problems = PdfLayout.Read(pdf.ToBytes()).Problems();
            alone.AddRange(problems.Select(p => $"{lines} dòng: {p}"));
        }

        Assert.Empty(alone);
    }

    [Fact]
    public void ATableThatEndsAPage_TakesItsHeaderAlongWithTheRowsThatGoWithTheClosing()
    {
        for (var rows = 20; rows <= 40; rows += 2)
        {
            var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)), "Bảng");
            pdf.Table([new TableColumn("Mã tài sản"), new TableColumn("Tên tài sản")], Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"VK-{i:0000}", $"Súng ngắn K54 số {i}"]));
            pdf.Closing(["- Lưu: VT."], new SignatureBlock("Giám đốc", string.Empty, "Thiếu tướng Trần Quang Hiếu"));
            var layout = PdfLayout.Read(pdf.ToBytes());

            Assert.Empty(layout.Problems());
            var last = layout.Pages[^1];
            Assert.Contains("Trần Quang Hiếu", last.Text, StringComparison.Ordinal);
            Assert.True(layout.Pages.Count == 1 || last.Text.Contains("Mã tài sản", StringComparison.Ordinal), $"{rows} rows: the last page's rows have no header");
        }
    }

    [Fact]
    public void AWideAnnex_GoesLandscape_WithColumnsSizedFromTheirContent_InsideTheMargins_WithoutOverprint()
    {
        var pdf = new DecreeDocument(Fonts, Header(new DateOnly(2025, 7, 1)) with { Draft = true }, "Biên bản");
        pdf.Paragraph("Nội dung biên bản.");
        pdf.NewPageForAnnex("Phụ lục: danh mục tài sản, hồ sơ bàn giao kèm theo biên bản số 006/BB-HPC-PH10 giữa Phòng Hậu cần Công an thành phố Hải Phòng (cũ) và Phòng Hậu cần Công an thành phố Hải Phòng", landscape: true);
        pdf.Table(
            [new("STT"), new("Mã"), new("Tên tài sản, hồ sơ"), new("Số hiệu, biển số, thửa đất"), new("ĐVT"), new("Số lượng"), new("Nguyên giá (đồng)"), new("Giá trị còn lại (đồng)"), new("Tình trạng"), new("Bên nhận xác nhận"), new("Ghi chú")],
            Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)
            [
                i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"HPC-MOTO-{i:00000}", $"Xe mô tô Honda Air Blade 125 cc phục vụ tuần tra kiểm soát số {i}",
                $"BKS: 15A-705.{i:00}; Số khung: RLHJF4613MY{i:000000}; Số máy: JF46E{i:0000000}", "chiếc", "1", "55.794.000", "26.304.000", "Đang sử dụng", "Chưa xác nhận",
                i % 7 == 0 ? "Thiếu giấy đăng ký xe, đề nghị bên giao bổ sung trong 15 ngày" : string.Empty,
            ]),
            size: 9.5);
        var layout = PdfLayout.Read(pdf.ToBytes());

        Assert.Empty(layout.Problems());
        Assert.False(layout.Pages[0].Landscape);
        Assert.All(layout.Pages.Skip(1), p => Assert.True(p.Landscape, $"page {p.Number} of the annex is not landscape"));
        Assert.All(layout.Pages, p => Assert.Contains("DỰ", p.Words.Select(w => w.Text)));
        Assert.Contains("15A-705.01;", layout.Pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongAgencyNames_WrapInsideTheHeaderColumn()
    {
        var header = new DocumentHeader("Công an thành phố Hải Phòng (cũ)", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", DocumentOptions.Blank("BC-PA05"), "Hải Phòng", new DateOnly(2025, 7, 1), "Báo cáo", "Kết quả kiểm kê tài sản, hồ sơ của đơn vị trước hợp nhất tại thời điểm 0 giờ ngày 25/6/2025");
        var pdf = new DecreeDocument(Fonts, header, "Báo cáo");
        pdf.Paragraph("Nội dung.");
        pdf.Closing(["- Lưu: VT."], new SignatureBlock("Trưởng phòng", string.Empty, null));
        var layout = PdfLayout.Read(pdf.ToBytes());

        Assert.Empty(layout.Problems());
        var agencyRight = layout.Pages[0].Words.Where(w => w.Text is "CÔNG" or "PHÒNG" && w.YMin < 140).Max(w => w.XMax);
        Assert.True(agencyRight < 30 * PdfLayout.Mm + (0.42 * 165 * PdfLayout.Mm) + 1, $"the agency runs into the national title column (to {agencyRight:0} pt)");
        Assert.Contains("/BC-PA05", layout.Pages[0].Text, StringComparison.Ordinal);
    }
}

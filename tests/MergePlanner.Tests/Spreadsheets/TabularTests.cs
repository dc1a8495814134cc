using System.Text;
using MergePlanner.TestSupport;
using MergePlanner.Web.Spreadsheets;

namespace MergePlanner.Tests.Spreadsheets;

public class TabularTests
{
    private static readonly TabularColumn[] Columns =
    [
        new("code", "Mã đơn vị", true, "X1"), new("name", "Tên đơn vị", true, "Công an xã Một"), new("note", "Ghi chú", false, ""),
    ];

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Công an xã Một", "Công an xã Một")]
    [InlineData("", "")]
    public void Guard_FormulaLikeValue_IsWrittenAsText(string value, string expected) => Assert.Equal(expected, TabularWriter.Guard(value));

    [Theory]
    [InlineData(TabularFormat.Csv)]
    [InlineData(TabularFormat.Xlsx)]
    public void WriteThenRead_VietnameseText_RoundTrips(TabularFormat format)
    {
        var bytes = TabularWriter.Write(format, Columns, [["HPM.X1", "Công an phường Ái Quốc", "=cmd|' /C calc'!A0"]]);
        var read = TabularReader.Read(new MemoryStream(bytes), format, Columns);
        Assert.Empty(read.Errors);
        var row = Assert.Single(read.Rows);
        Assert.Equal((2, "HPM.X1", "Công an phường Ái Quốc", "=cmd|' /C calc'!A0"), (row.RowNumber, row.Get("code"), row.Get("name"), row.Get("note")));
    }

    [Fact]
    public void WriteCsv_FormulaLikeValue_IsPrefixedInTheFile()
    {
        var text = Encoding.UTF8.GetString(TabularWriter.Write(TabularFormat.Csv, Columns, [["X1", "=1+2", ""]]));
        Assert.Contains("X1,'=1+2,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteXlsx_FormulaLikeValue_IsAStringCellWithQuotePrefix_NeverAFormula()
    {
        var bytes = TabularWriter.Write(TabularFormat.Xlsx, Columns, [["X1", "=1+2", ""]]);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
        var cell = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.InnerText == "=1+2");
        var format = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        Assert.True(format.QuotePrefix?.Value);
    }

    private static readonly TabularColumn[] Typed =
    [
        new("code", "Mã tài sản", true, "X1"), new("qty", "Số lượng", true, "1", Kind: TabularKind.Number), new("value", "Giá trị còn lại", false, "", Kind: TabularKind.Money),
        new("year", "Năm sản xuất", false, "", Kind: TabularKind.Plain),
    ];

    [Fact]
    public void WriteXlsx_NumericColumns_AreNumberCellsWithVietnameseFormats_TextStaysText_AndItAllReadsBack()
    {
        var bytes = TabularWriter.Write(TabularFormat.Xlsx, Typed, [["001", "11012.5", "45301000", "2019"], ["=2+2", "-5", "=1+1", "abc"]], "Tài sản");
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var part = document.WorkbookPart!;
            var cells = part.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
            var numberFormats = part.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
            DocumentFormat.OpenXml.Spreadsheet.Cell At(int row, int column) => cells[(row * Typed.Length) + column];
            bool IsNumber(DocumentFormat.OpenXml.Spreadsheet.Cell c) => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number;
            uint FormatOf(DocumentFormat.OpenXml.Spreadsheet.Cell c) => formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value;

            Assert.Equal("Tài sản", part.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value);
            Assert.False(IsNumber(At(1, 0)), "a code with a leading zero stays text");
            Assert.True(IsNumber(At(1, 1)) && At(1, 1).CellValue!.Text == "11012.5");
            Assert.Equal("#,##0.##", numberFormats[FormatOf(At(1, 1))]);
            Assert.True(IsNumber(At(1, 2)));
            Assert.Equal(3u, FormatOf(At(1, 2)));
            Assert.True(IsNumber(At(1, 3)));
            Assert.Equal(1u, FormatOf(At(1, 3)));
            Assert.True(IsNumber(At(2, 1)) && At(2, 1).CellValue!.Text == "-5");
            Assert.False(IsNumber(At(2, 2)), "a formula in a numeric column stays text");
            Assert.True(formats[(int)At(2, 2).StyleIndex!.Value].QuotePrefix?.Value);
            Assert.Empty(part.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.CellFormula>());
            Assert.NotNull(part.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single(p => p.State!.Value == DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen));
            Assert.All(part.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => Assert.True(c.Width!.Value >= 8));
        }

        var read = TabularReader.Read(new MemoryStream(bytes), TabularFormat.Xlsx, Typed);
        Assert.Equal(("001", "11012.5", "45301000", "2019"), (read.Rows[0].Get("code"), read.Rows[0].Get("qty"), read.Rows[0].Get("value"), read.Rows[0].Get("year")));
        Assert.Equal(("=2+2", "-5", "=1+1"), (read.Rows[1].Get("code"), read.Rows[1].Get("qty"), read.Rows[1].Get("value")));
    }

    [Fact]
    public void WriteCsv_StartsWithUtf8Bom_SoExcelShowsVietnamese()
    {
        var bytes = TabularWriter.Write(TabularFormat.Csv, Columns, []);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadCsv_Utf8WithOrWithoutBom_IsAccepted(bool bom)
    {
        var text = "Mã đơn vị *;Tên đơn vị\nX1;Công an xã Đông Hải 1\n";
        var bytes = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var read = TabularReader.Read(new MemoryStream(bytes), TabularFormat.Csv, Columns);
        Assert.Empty(read.Errors);
        Assert.Equal("Công an xã Đông Hải 1", read.Rows.Single().Get("name"));
    }

    [Fact]
    public void ReadCsv_LegacyEncoding_IsRejectedWithAClearMessage()
    {
        // "Công" saved in a Windows code page: ô is the single byte 0xF4, not valid UTF-8.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Ma don vi,Ten don vi\nX1,C"), 0xF4, (byte)'n', (byte)'g', (byte)'\n'];
        var error = Assert.Single(TabularReader.Read(new MemoryStream(bytes), TabularFormat.Csv, Columns).Errors);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredAndUnknownColumns_AreReportedOnTheHeaderRow()
    {
        var bytes = Encoding.UTF8.GetBytes("Mã đơn vị,Cột lạ\nX1,abc\n");
        var errors = TabularReader.Read(new MemoryStream(bytes), TabularFormat.Csv, Columns).Errors;
        Assert.Contains(errors, e => e.RowNumber == 1 && e.Column == "Cột lạ");
        Assert.Contains(errors, e => e.RowNumber == 1 && e.Column == "Tên đơn vị" && e.Message.Contains("bắt buộc", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadXlsx_NotASpreadsheet_IsRejected()
    {
        var error = Assert.Single(TabularReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("không phải excel")), TabularFormat.Xlsx, Columns).Errors);
        Assert.Contains(".xlsx", error.Message, StringComparison.Ordinal);
    }
}

public class HostileFileTests
{
    private static readonly TabularColumn[] Columns =
    [
        new("code", "Mã", true, "X1", MaxLength: 8), new("qty", "Số lượng", true, "1"), new("note", "Ghi chú", false, ""),
    ];

    private const string Header = "Mã,Số lượng,Ghi chú";

    private static TabularReadResult Read(byte[] bytes, TabularFormat format = TabularFormat.Csv) => TabularReader.Read(new MemoryStream(bytes), format, Columns);

    [Theory]
    [InlineData(HostileFiles.HugeNumber)]
    [InlineData("-1")]
    [InlineData("1000000001")]
    public void Number_OutsideTheColumnRange_IsARowError(string value)
    {
        var row = Assert.Single(Read(HostileFiles.Csv(Header, [$"A1,{value},"])).Rows);
        var errors = new List<ImportError>();
        Assert.Null(Cells.Number(row, "qty", "Số lượng", errors, ImportLimits.Quantity));
        Assert.Equal((2, "Số lượng"), (Assert.Single(errors).RowNumber, errors[0].Column));
    }

    [Theory]
    [InlineData(HostileFiles.AboveInt)]
    [InlineData(HostileFiles.HugeNumber)]
    [InlineData("-5")]
    public void Integer_AboveIntOrNegative_IsARowErrorNotAnException(string value)
    {
        var row = Assert.Single(Read(HostileFiles.Csv(Header, [$"A1,{value},"])).Rows);
        var errors = new List<ImportError>();
        Assert.Null(Cells.Integer(row, "qty", "Số lượng", errors, ImportLimits.Floors));
        Assert.Contains("ngoài khoảng", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TabularFormat.Csv)]
    [InlineData(TabularFormat.Xlsx)]
    public void ControlCharacters_AreStrippedFromEveryCell(TabularFormat format)
    {
        var bytes = TabularWriter.Write(format, Columns, [["A1", "1", HostileFiles.WithControlCharacters("ghi chú")]]);
        var row = Assert.Single(TabularReader.Read(new MemoryStream(bytes), format, Columns).Rows);
        Assert.Equal("ghi chú", row.Get("note"));
    }

    [Fact]
    public void Write_ControlCharacters_ProduceAValidWorkbook()
    {
        var bytes = TabularWriter.Write(TabularFormat.Xlsx, Columns, [["A\01", "1", "x\0y"]]);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("xy", document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_LongerThanItsColumn_IsARowError()
    {
        var read = Read(HostileFiles.Csv(Header, ["A1,1,", "ABCDEFGHIJ,1,"]));
        Assert.Empty(read.Rows);
        var error = Assert.Single(read.Errors);
        Assert.Equal((3, "Mã"), (error.RowNumber, error.Column));
        Assert.Contains("Tối đa 8 ký tự", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_AreCappedWithACountOfTheRest()
    {
        var errors = Enumerable.Range(2, 6000).Select(r => new ImportError(r, "Mã", "Trùng với dòng 1.")).ToList();
        var bounded = ImportErrors.Bounded(errors);
        Assert.Equal(ImportErrors.MaxListed + 1, bounded.Count);
        Assert.Contains("5.800 lỗi khác", bounded[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_EachRepeatNamesTheFirstRowOnce_CaseInsensitive()
    {
        var rows = Read(HostileFiles.Csv(Header, ["A1,1,", "a1,1,", "A1,1,", "B2,1,"])).Rows;
        var repeats = Duplicates.RepeatsOf(rows, "code");
        Assert.Equal(new Dictionary<int, int> { [3] = 2, [4] = 2 }, repeats);
    }

    [Fact]
    public void Xlsx_ThatUnpacksToAGiant_IsRefusedBeforeReading()
    {
        var bomb = HostileFiles.XlsxBomb(["Mã", "Số lượng"], paddingMegabytes: 320);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the test file is {bomb.Length} bytes");
        var read = Read(bomb, TabularFormat.Xlsx);
        Assert.Contains("giải nén ra quá lớn", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WithTooManyRows_IsRefused()
    {
        var read = Read(HostileFiles.RepeatedRows(Header, "A,1,", TabularReader.MaxRows + 1));
        Assert.Contains("quá nhiều dòng", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }
}

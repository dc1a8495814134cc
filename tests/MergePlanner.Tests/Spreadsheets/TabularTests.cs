using System.Text;
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

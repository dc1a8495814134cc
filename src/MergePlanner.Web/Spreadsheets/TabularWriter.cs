using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MergePlanner.Web.Spreadsheets;

/// <summary>Writes CSV (UTF-8 with BOM, so Excel shows Vietnamese) and XLSX (inline strings, bold frozen header).
/// Both are safe against formula injection: in CSV a value starting with = + - @ or a control character gets a
/// leading apostrophe (Excel then shows it as text); in XLSX every value is a string cell, which Excel never
/// evaluates, marked "quote prefix" so it stays text when edited. The reader removes the apostrophe again, so an
/// export imports back unchanged.</summary>
public static class TabularWriter
{
    public static string ContentType(TabularFormat format) => format == TabularFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(TabularFormat format) => format == TabularFormat.Csv ? ".csv" : ".xlsx";

    public static byte[] Write(TabularFormat format, IReadOnlyList<TabularColumn> columns, IEnumerable<IReadOnlyList<string>> rows) =>
        format == TabularFormat.Csv ? WriteCsv(columns, rows) : WriteXlsx(columns, rows);

    /// <summary>Neutralises a cell a spreadsheet would otherwise evaluate.</summary>
    public static string Guard(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' || (value[0] == '\'' && value.Length > 1 && value[1] is '=' or '+' or '-' or '@')
            ? "'" + value
            : value;
    }

    private static byte[] WriteCsv(IReadOnlyList<TabularColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var memory = new MemoryStream();
        using (var writer = new StreamWriter(memory, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Header + (column.Required ? " *" : string.Empty));
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(Guard(value is null ? null : MergePlanner.Data.SaveLimits.StripControlCharacters(value)));
                }

                csv.NextRecord();
            }
        }

        return memory.ToArray();
    }

    private static byte[] WriteXlsx(IReadOnlyList<TabularColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { QuotePrefix = true }));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var headerRow = new Row { RowIndex = 1 };
            foreach (var column in columns)
            {
                headerRow.Append(TextCell(column.Header + (column.Required ? " *" : string.Empty), bold: true));
            }

            data.Append(headerRow);
            uint index = 1;
            foreach (var row in rows)
            {
                var excelRow = new Row { RowIndex = ++index };
                foreach (var value in row)
                {
                    excelRow.Append(TextCell(value ?? string.Empty, bold: false, quotePrefix: Guard(value) != value));
                }

                data.Append(excelRow);
            }

            var view = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
            var widths = new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(c.Header.Length + 6, 12, 48), CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(view, widths, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Du lieu" }));
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    /// <summary>A text cell of the shared stylesheet layout (0 plain, 1 bold, 2 kept as text); the printed lists' XLSX
    /// (<see cref="Reporting.ListDocument"/>) writes its text the same way.</summary>
    internal static Cell TextCell(string value, bool bold, bool quotePrefix = false) => new()
    {
        DataType = CellValues.InlineString,
        // XML cannot carry control characters: one NUL in the data used to make every export answer 500.
        InlineString = new InlineString(new Text(MergePlanner.Data.SaveLimits.StripControlCharacters(value)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = bold ? 1u : quotePrefix ? 2u : 0u,
    };
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MergePlanner.Web.Spreadsheets;

/// <summary>Writes CSV (UTF-8 with BOM, so Excel shows Vietnamese) and XLSX (bold frozen header, columns fitted to their
/// content, a Vietnamese sheet name; numbers of numeric columns as number cells Excel adds up, everything else as inline
/// strings). Both are safe against formula injection: in CSV a value starting with = + - @ or a control character gets
/// a leading apostrophe (Excel then shows it as text); in XLSX a text is a string cell, which Excel never evaluates,
/// marked "quote prefix" so it stays text when edited, and a number cell holds only a number. The reader removes the
/// apostrophe again and reads a number cell's invariant digits, so an export imports back unchanged. Dates stay text
/// ("dd/MM/yyyy"): the importer reads them as people type them.</summary>
public static class TabularWriter
{
    public static string ContentType(TabularFormat format) => format == TabularFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(TabularFormat format) => format == TabularFormat.Csv ? ".csv" : ".xlsx";

    public static byte[] Write(TabularFormat format, IReadOnlyList<TabularColumn> columns, IEnumerable<IReadOnlyList<string>> rows, string sheetName = "Dữ liệu") =>
        format == TabularFormat.Csv ? WriteCsv(columns, rows) : WriteXlsx(columns, rows, sheetName);

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

    private static byte[] WriteXlsx(IReadOnlyList<TabularColumn> columns, IEnumerable<IReadOnlyList<string>> rows, string sheetName)
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
                // 0 plain, 1 bold, 2 text kept as text, 3 number #,##0.##, 4 money #,##0, 5 plain number.
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { QuotePrefix = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true }));
            styles.Stylesheet.InsertAt(new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.##" }) { Count = 1 }, 0);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var headerRow = new Row { RowIndex = 1 };
            foreach (var column in columns)
            {
                headerRow.Append(TextCell(column.Header + (column.Required ? " *" : string.Empty), bold: true));
            }

            data.Append(headerRow);
            var longest = columns.Select(c => Math.Max(c.Header.Split(' ').Max(w => w.Length), Math.Min(c.Header.Length, 16))).ToArray();
            uint index = 1;
            foreach (var row in rows)
            {
                var excelRow = new Row { RowIndex = ++index };
                for (var i = 0; i < row.Count; i++)
                {
                    var value = row[i] ?? string.Empty;
                    var kind = i < columns.Count ? columns[i].Kind : TabularKind.Text;
                    excelRow.Append(kind != TabularKind.Text && IsNumber(value) ? NumberCell(value, kind) : TextCell(value, bold: false, quotePrefix: Guard(value) != value));
                    if (i < longest.Length)
                    {
                        longest[i] = Math.Max(longest[i], value.Length + (kind is TabularKind.Number or TabularKind.Money ? value.Length / 3 : 0));
                    }
                }

                data.Append(excelRow);
            }

            var view = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
            var widths = new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Clamp(longest[i] + 2, 8, 60), CustomWidth = true }));
            sheetPart.Worksheet = new Worksheet(view, widths, data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = Reporting.ListDocument.SafeSheetName(sheetName) }));
            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    /// <summary>Digits with an optional sign and one decimal point, as the exports write numbers (invariant): nothing a
    /// spreadsheet could read as a formula or a date.</summary>
    private static bool IsNumber(string value) =>
        value.Length is > 0 and <= 20 && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
        && (value[0] != '0' || value.Length == 1 || value[1] == '.');

    private static Cell NumberCell(string value, TabularKind kind) => new()
    {
        DataType = CellValues.Number,
        CellValue = new CellValue(decimal.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        StyleIndex = kind switch { TabularKind.Money => 4u, TabularKind.Plain => 5u, _ => 3u },
    };

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

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MergePlanner.Web.Spreadsheets;

/// <summary>Reads CSV (UTF-8 with or without BOM; comma or semicolon) and XLSX into rows keyed by column, matching
/// headers by their Vietnamese text (case, diacritics and a trailing "*" ignored). A missing required column, an
/// unknown column or a file that is not UTF-8 is an error, never a silent skip.</summary>
public static class TabularReader
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static TabularFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => TabularFormat.Csv,
        ".xlsx" => TabularFormat.Xlsx,
        _ => null,
    };

    public static TabularReadResult Read(Stream stream, TabularFormat format, IReadOnlyList<TabularColumn> columns)
    {
        List<string[]> table;
        try
        {
            table = format == TabularFormat.Csv ? ReadCsv(stream) : ReadXlsx(stream);
        }
        catch (DecoderFallbackException)
        {
            return Failed("Tệp CSV không phải mã UTF-8. Trong Excel hãy lưu bằng \"CSV UTF-8 (Comma delimited)\".");
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or CsvHelperException or FormatException)
        {
            return Failed(format == TabularFormat.Xlsx ? "Tệp không phải bảng tính Excel (.xlsx) hợp lệ." : "Không đọc được tệp CSV.");
        }

        if (table.Count == 0)
        {
            return Failed("Tệp trống: cần một dòng tiêu đề và ít nhất một dòng dữ liệu.");
        }

        var header = table[0].Select(h => HeaderKey(h)).ToArray();
        var byHeader = columns.ToDictionary(c => HeaderKey(c.Header), c => c);
        var errors = new List<ImportError>();
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length > 0 && !byHeader.ContainsKey(header[i]))
            {
                errors.Add(new ImportError(1, table[0][i], "Cột không có trong mẫu."));
            }
        }

        foreach (var column in columns.Where(c => c.Required && !header.Contains(HeaderKey(c.Header))))
        {
            errors.Add(new ImportError(1, column.Header, "Thiếu cột bắt buộc."));
        }

        if (errors.Count > 0)
        {
            return new TabularReadResult([], errors);
        }

        var rows = new List<TabularRow>();
        for (var r = 1; r < table.Count; r++)
        {
            var cells = new Dictionary<string, string>();
            for (var c = 0; c < header.Length; c++)
            {
                if (byHeader.TryGetValue(header[c], out var column))
                {
                    cells[column.Key] = Unguard(c < table[r].Length ? table[r][c] : string.Empty);
                }
            }

            var row = new TabularRow(r + 1, cells);
            if (!row.IsEmpty)
            {
                rows.Add(row);
            }
        }

        return rows.Count == 0 ? Failed("Tệp không có dòng dữ liệu nào.") : new TabularReadResult(rows, []);
    }

    /// <summary>Removes the apostrophe <see cref="TabularWriter.Guard"/> put before a formula-like value.</summary>
    internal static string Unguard(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;

    private static TabularReadResult Failed(string message) => new([], [new ImportError(0, string.Empty, message)]);

    /// <summary>"Mã đơn vị *" and "ma don vi" are the same header.</summary>
    internal static string HeaderKey(string header) => MergePlanner.Data.Common.VietnameseText.Fold(header.Replace("*", string.Empty, StringComparison.Ordinal));

    private static List<string[]> ReadCsv(Stream stream)
    {
        // Strict UTF-8 (BOM optional): a file saved in a legacy code page fails loudly instead of garbling names.
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        using var csv = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record ?? []);
        }

        return rows;
    }

    private static List<string[]> ReadXlsx(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<string[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var values = new SortedDictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                values[ColumnIndex(cell.CellReference?.Value) ?? values.Count] = CellText(cell, shared);
            }

            var width = values.Count == 0 ? 0 : values.Keys.Max() + 1;
            var array = new string[width];
            for (var i = 0; i < width; i++)
            {
                array[i] = values.GetValueOrDefault(i, string.Empty);
            }

            // Keep Excel's row numbering: blank rows in between still count.
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            while (rows.Count < index - 1)
            {
                rows.Add([]);
            }

            rows.Add(array);
        }

        return rows;
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index < shared.Length)
        {
            return shared[index];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return raw ?? string.Empty;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MergePlanner.Web.Spreadsheets;

/// <summary>Reads CSV (UTF-8 with or without BOM; comma or semicolon) and XLSX into rows keyed by column, matching
/// headers by their Vietnamese text (case, diacritics and a trailing "*" ignored). A missing required column, an
/// unknown column or a file that is not UTF-8 is an error, never a silent skip.</summary>
public static class TabularReader
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>Data rows per file: a stocktake is imported in files of at most this many rows.</summary>
    public const int MaxRows = 100_000;

    /// <summary>Cells per file (rows × columns): what the server holds in memory while it validates.</summary>
    public const int MaxCells = 3_500_000;

    /// <summary>Excel's own limit for one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>What an .xlsx may unpack to: a 1.4 MB file that unpacks to 480 MB is refused before it is read.</summary>
    public const long MaxUncompressedBytes = 300L * 1024 * 1024;

    /// <summary>Characters of all the shared strings of an .xlsx together.</summary>
    public const long MaxSharedStringChars = 60_000_000;

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
            if (stream.CanSeek && stream.Length > MaxBytes)
            {
                return Failed(TooLarge);
            }

            table = format == TabularFormat.Csv ? ReadCsv(stream) : ReadXlsx(stream);
        }
        catch (FileLimitException e)
        {
            return Failed(e.Message);
        }
        catch (DecoderFallbackException)
        {
            return Failed("Tệp CSV không phải mã UTF-8. Trong Excel hãy lưu bằng \"CSV UTF-8 (Comma delimited)\".");
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or CsvHelperException or FormatException or System.Xml.XmlException or InvalidOperationException)
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
            return new TabularReadResult([], ImportErrors.Bounded(errors));
        }

        var rows = new List<TabularRow>();
        for (var r = 1; r < table.Count; r++)
        {
            var cells = new Dictionary<string, string>();
            for (var c = 0; c < header.Length; c++)
            {
                if (byHeader.TryGetValue(header[c], out var column))
                {
                    var value = Unguard(c < table[r].Length ? table[r][c] : string.Empty);
                    cells[column.Key] = value;

                    // Declared lengths are enforced here for every import (SQLite would store anything).
                    if (column.MaxLength is { } max && value.Trim().Length > max)
                    {
                        errors.Add(new ImportError(r + 1, column.Header, $"Tối đa {max} ký tự (ô này có {value.Trim().Length})."));
                    }
                }
            }

            var row = new TabularRow(r + 1, cells);
            if (!row.IsEmpty)
            {
                rows.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            return new TabularReadResult([], ImportErrors.Bounded(errors));
        }

        return rows.Count == 0 ? Failed("Tệp không có dòng dữ liệu nào.") : new TabularReadResult(rows, []);
    }

    public static readonly string TooLarge = $"Tệp quá lớn (tối đa {MaxBytes / 1024 / 1024} MB). Hãy chia thành nhiều tệp nhỏ hơn.";

    /// <summary>Removes the apostrophe <see cref="TabularWriter.Guard"/> put before a formula-like value.</summary>
    internal static string Unguard(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' ? value[1..] : value;

    private static TabularReadResult Failed(string message) => new([], [new ImportError(0, string.Empty, message)]);

    /// <summary>"Mã đơn vị *" and "ma don vi" are the same header.</summary>
    internal static string HeaderKey(string header) => MergePlanner.Data.Common.VietnameseText.Fold(header.Replace("*", string.Empty, StringComparison.Ordinal));

    private static List<string[]> ReadCsv(Stream stream)
    {
        // Strict UTF-8 (BOM optional): a file saved in a legacy code page fails loudly instead of garbling names.
        using var reader = new StreamReader(new LimitedStream(stream, MaxBytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var firstLine = text.Split('\n', 2)[0];
        var delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",";
        using var csv = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null });
        var rows = new List<string[]>();
        var budget = new CellBudget();
        while (csv.Read())
        {
            var record = csv.Record ?? [];
            budget.AddRow(record.Length);
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = CleanCell(record[i]);
            }

            rows.Add(record);
        }

        return rows;
    }

    /// <summary>Streams the first sheet cell by cell (never the whole sheet as a document), after checking what the
    /// package unpacks to: memory stays bounded by the row and cell limits whatever the file claims.</summary>
    private static List<string[]> ReadXlsx(Stream stream)
    {
        var seekable = stream.CanSeek ? stream : CopyBounded(stream);
        CheckPackageSize(seekable);
        using var document = SpreadsheetDocument.Open(seekable, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart is { } sharedPart ? ReadSharedStrings(sharedPart) : [];
        var rows = new List<string[]>();
        var budget = new CellBudget();
        SortedDictionary<int, string>? values = null;
        var rowIndex = 0;

        void EndRow()
        {
            if (values is null)
            {
                return;
            }

            var width = values.Count == 0 ? 0 : values.Keys.Max() + 1;
            var array = new string[width];
            for (var i = 0; i < width; i++)
            {
                array[i] = values.GetValueOrDefault(i, string.Empty);
            }

            // Keep Excel's row numbering: blank rows in between still count.
            while (rows.Count < rowIndex - 1)
            {
                budget.AddRow(0);
                rows.Add([]);
            }

            budget.AddRow(0); // its cells were counted as they were read
            rows.Add(array);
            values = null;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                EndRow();
                values = [];
                var declared = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                rowIndex = uint.TryParse(declared, out var index) && index <= MaxRows + 1 ? (int)index : rows.Count + 1;
                if (declared is not null && index > MaxRows + 1)
                {
                    throw new FileLimitException(TooManyRows);
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && values is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnIndex(cell.CellReference?.Value) ?? values.Count;
                if (column > 16_384)
                {
                    throw new InvalidDataException("column out of range");
                }

                budget.AddCells(1);
                values[column] = CleanCell(CellText(cell, shared));
            }
        }

        EndRow();
        return rows;
    }

    private static void CheckPackageSize(Stream stream)
    {
        // An .xlsx is a zip package: anything else (an HTML page renamed .xlsx) is refused by its first bytes.
        Span<byte> magic = stackalloc byte[4];
        if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || !magic.SequenceEqual("PK\u0003\u0004"u8))
        {
            throw new InvalidDataException("not a zip package");
        }

        stream.Position = 0;
        long total = 0;
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > 10_000)
            {
                throw new FileLimitException(TooLargeUnpacked);
            }

            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new FileLimitException(TooLargeUnpacked);
                }
            }
        }

        stream.Position = 0;
    }

    private static string[] ReadSharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        long chars = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var text = reader.LoadCurrentElement()!.InnerText;
                chars += text.Length;
                if (chars > MaxSharedStringChars || strings.Count >= MaxCells)
                {
                    throw new FileLimitException(TooLargeUnpacked);
                }

                strings.Add(text);
            }
        }

        return [.. strings];
    }

    private static MemoryStream CopyBounded(Stream stream)
    {
        var memory = new MemoryStream();
        new LimitedStream(stream, MaxBytes).CopyTo(memory);
        memory.Position = 0;
        return memory;
    }

    /// <summary>NUL and other control characters are dropped from every cell (they broke every XLSX export).</summary>
    private static string CleanCell(string value)
    {
        if (value.Length > MaxCellLength)
        {
            throw new FileLimitException($"Có ô dài hơn {MaxCellLength.ToString("N0", Vi)} ký tự (giới hạn của Excel): tệp không hợp lệ.");
        }

        return MergePlanner.Data.SaveLimits.StripControlCharacters(value);
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string TooManyRows = $"Tệp có quá nhiều dòng: tối đa {MaxRows.ToString("N0", Vi)} dòng dữ liệu mỗi tệp. Hãy chia thành nhiều tệp.";

    private static readonly string TooLargeUnpacked = $"Tệp Excel giải nén ra quá lớn (tối đa {MaxUncompressedBytes / 1024 / 1024} MB): không phải một bảng kê thông thường.";

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index >= 0 && index < shared.Length)
        {
            return shared[index];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        return raw ?? string.Empty;
    }

    /// <summary>Counts rows and cells as they are read and stops the read at the first limit.</summary>
    private sealed class CellBudget
    {
        private int _rows;
        private long _cells;

        public void AddRow(int cells)
        {
            if (++_rows > MaxRows + 1)
            {
                throw new FileLimitException(TooManyRows);
            }

            AddCells(cells);
        }

        public void AddCells(int cells)
        {
            _cells += cells;
            if (_cells > MaxCells)
            {
                throw new FileLimitException($"Tệp có quá nhiều ô: tối đa {MaxCells.ToString("N0", Vi)} ô mỗi tệp. Hãy chia thành nhiều tệp.");
            }
        }
    }

    private sealed class FileLimitException(string message) : Exception(message);

    /// <summary>Reads at most a number of bytes from a stream that cannot say its length (a request body).</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            return _read > limit ? throw new FileLimitException(TooLarge) : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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

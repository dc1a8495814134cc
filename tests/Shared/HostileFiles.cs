using System.IO.Compression;
using System.Text;

namespace MergePlanner.TestSupport;

/// <summary>Builds the files a careless user or an attacker sends to an import: absurd numbers, control characters,
/// repeated rows, compressed giants. Any import format (its header line) gets the same checks for free.</summary>
public static class HostileFiles
{
    /// <summary>decimal.MaxValue: accepted before, it overflowed every sum on the dashboard and the ledger.</summary>
    public const string HugeNumber = "79228162514264337593543950335";

    /// <summary>One more than int.MaxValue: the cast used to throw.</summary>
    public const string AboveInt = "2147483648";

    public static byte[] Csv(string header, IEnumerable<string> rows) => Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", rows) + "\n");

    /// <summary>The same data row, <paramref name="count"/> times.</summary>
    public static byte[] RepeatedRows(string header, string row, int count) => Csv(header, Enumerable.Repeat(row, count));

    /// <summary>A text with a NUL byte and other control characters in the middle.</summary>
    public static string WithControlCharacters(string text) => text[..(text.Length / 2)] + "\0\u0001\u001b" + text[(text.Length / 2)..];

    /// <summary>A valid .xlsx (header row, then rows) whose worksheet is padded with <paramref name="padding"/> MB of
    /// XML whitespace: a small upload that unpacks to a giant.</summary>
    public static byte[] XlsxBomb(IReadOnlyList<string> header, int paddingMegabytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Write(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">""");
            foreach (var cell in header)
            {
                writer.Write($"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(cell)}</t></is></c>");
            }

            writer.Write("</row>");
            var block = new string(' ', 1024 * 1024);
            for (var i = 0; i < paddingMegabytes; i++)
            {
                writer.Write(block);
            }

            writer.Write("</sheetData></worksheet>");
        }

        return memory.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}

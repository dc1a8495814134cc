using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MergePlanner.TestSupport;

/// <summary>
/// A rendered PDF read back the way a reader's eye would check it before signing: every page's size, every word with its
/// box (poppler's <c>pdftotext -bbox</c>), and every page rasterised (<c>pdftoppm</c>) so that anything drawn — text,
/// table rules, figures — shows up as ink. The Decree 30 checklist (<see cref="Problems"/>) is computed from those,
/// not from what the layout code believes it drew.
/// </summary>
public sealed partial class PdfLayout
{
    public const double Mm = 72 / 25.4;

    private PdfLayout(IReadOnlyList<Page> pages) => Pages = pages;

    public IReadOnlyList<Page> Pages { get; }

    public sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax)
    {
        public double Area => Math.Max(0, XMax - XMin) * Math.Max(0, YMax - YMin);
    }

    public sealed record Page(int Number, double Width, double Height, IReadOnlyList<Word> Words, Ink Ink)
    {
        public bool Landscape => Width > Height;

        public string Text => string.Join(' ', Words.Select(w => w.Text));
    }

    /// <summary>Where a page has ink: for each row and column of its raster (1 pt per pixel), whether anything is drawn.</summary>
    public sealed class Ink(int width, int height, bool[] dark)
    {
        /// <summary>Whether anything is drawn in the rectangle (in points from the top left).</summary>
        public bool Any(double x0, double y0, double x1, double y1)
        {
            for (var y = Math.Max(0, (int)Math.Floor(y0)); y < Math.Min(height, (int)Math.Ceiling(y1)); y++)
            {
                for (var x = Math.Max(0, (int)Math.Floor(x0)); x < Math.Min(width, (int)Math.Ceiling(x1)); x++)
                {
                    if (dark[(y * width) + x])
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    public static PdfLayout Read(byte[] pdf)
    {
        var input = Path.Combine(Path.GetTempPath(), $"mp-{Guid.NewGuid():N}.pdf");
        var raster = Path.Combine(Path.GetTempPath(), $"mp-{Guid.NewGuid():N}");
        File.WriteAllBytes(input, pdf);
        try
        {
            var html = Run("pdftotext", ["-bbox", "-enc", "UTF-8", input, "-"]);
            var document = XDocument.Parse(XmlDeclaration().Replace(DocType().Replace(html, string.Empty), string.Empty).Replace("&nbsp;", " ", StringComparison.Ordinal));
            XNamespace ns = document.Root!.GetDefaultNamespace();
            Run("pdftoppm", ["-gray", "-r", "72", input, raster]);
            var rasters = Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(raster) + "-*.pgm").OrderBy(f => int.Parse(f[(f.LastIndexOf('-') + 1)..^4], CultureInfo.InvariantCulture)).ToList();
            var pages = document.Descendants(ns + "page").Select((p, i) => new Page(
                i + 1,
                D(p, "width"),
                D(p, "height"),
                p.Elements(ns + "word").Select(w => new Word(w.Value, D(w, "xMin"), D(w, "yMin"), D(w, "xMax"), D(w, "yMax"))).ToList(),
                ReadPgm(rasters[i]))).ToList();
            foreach (var file in rasters)
            {
                File.Delete(file);
            }

            return new PdfLayout(pages);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>
    /// Everything that keeps a page from being signed as it comes out of the printer: not A4; ink in a margin (left
    /// 30 mm, right 15 mm, top and bottom 20 mm — in the top margin only the page number and a draft's mark, in their
    /// band); words drawn over each other; the page number missing from page 2 on or shown on page 1; "Nơi nhận" or the
    /// signatures alone on a page. An empty list: the document passes.
    /// </summary>
    public IReadOnlyList<string> Problems(params string[] closingMarks)
    {
        var problems = new List<string>();
        foreach (var page in Pages)
        {
            var (w, h) = page.Landscape ? (297 * Mm, 210 * Mm) : (210 * Mm, 297 * Mm);
            if (Math.Abs(page.Width - w) > 1 || Math.Abs(page.Height - h) > 1)
            {
                problems.Add($"trang {page.Number}: {page.Width:0}×{page.Height:0} pt, không phải A4");
            }

            // A tolerance of 2 pt (0.7 mm): the anti-aliased edge of a rule drawn on the margin line itself.
            var left = 30 * Mm - 2;
            var right = page.Width - (15 * Mm) + 2;
            var top = 20 * Mm - 1;
            var bottom = page.Height - (20 * Mm) + 2;
            if (page.Ink.Any(0, 0, left, page.Height))
            {
                problems.Add($"trang {page.Number}: có nét vẽ trong lề trái 30 mm");
            }

            if (page.Ink.Any(right, 0, page.Width, page.Height))
            {
                problems.Add($"trang {page.Number}: có nét vẽ trong lề phải 15 mm");
            }

            if (page.Ink.Any(0, bottom, page.Width, page.Height))
            {
                problems.Add($"trang {page.Number}: có nét vẽ trong lề dưới 20 mm");
            }

            var inTopMargin = page.Words.Where(x => x.YMin < top).ToList();
            foreach (var word in inTopMargin.Where(x => !IsMarginText(x.Text)))
            {
                problems.Add($"trang {page.Number}: \"{word.Text}\" nằm trong lề trên");
            }

            // Ink in the top margin only where those words are (the number, the draft's mark).
            if (page.Ink.Any(0, 0, page.Width, 8 * Mm))
            {
                problems.Add($"trang {page.Number}: có nét vẽ sát mép trên");
            }

            var number = inTopMargin.Where(x => x.Text.All(char.IsAsciiDigit)).Select(x => x.Text).FirstOrDefault();
            if (page.Number == 1 && number is not null)
            {
                problems.Add("trang 1 có số trang");
            }

            if (page.Number > 1 && number != page.Number.ToString(CultureInfo.InvariantCulture))
            {
                problems.Add($"trang {page.Number}: thiếu số trang ở lề trên (thấy \"{number}\")");
            }

            for (var i = 0; i < page.Words.Count; i++)
            {
                for (var j = i + 1; j < page.Words.Count; j++)
                {
                    var (a, b) = (page.Words[i], page.Words[j]);
                    var overlap = Math.Max(0, Math.Min(a.XMax, b.XMax) - Math.Max(a.XMin, b.XMin)) * Math.Max(0, Math.Min(a.YMax, b.YMax) - Math.Max(a.YMin, b.YMin));
                    if (overlap > 0.2 * Math.Min(a.Area, b.Area))
                    {
                        problems.Add($"trang {page.Number}: chữ chồng lên nhau: \"{a.Text}\" và \"{b.Text}\"");
                    }
                }
            }

            // The closing block never opens a page: some body text comes before it on the same page.
            foreach (var mark in closingMarks.Length == 0 ? ["Nơi nhận:"] : closingMarks)
            {
                var first = mark.Split(' ')[0];
                var at = page.Words.FirstOrDefault(x => x.Text == first && page.Text.Contains(mark, StringComparison.Ordinal));
                if (at is not null && !page.Words.Any(x => x.YMax < at.YMin - 2 && !IsMarginText(x.Text)))
                {
                    problems.Add($"trang {page.Number}: \"{mark}\" đứng một mình đầu trang, không có dòng nào của nội dung");
                }
            }
        }

        return problems;
    }

    private static bool IsMarginText(string text) => text.All(char.IsAsciiDigit) || text is "DỰ" or "THẢO";

    private static Ink ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }

            if (bytes[i] == '#')
            {
                while (bytes[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            var start = i;
            while (!char.IsWhiteSpace((char)bytes[i]))
            {
                i++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, i - start));
        }

        i++;
        var width = int.Parse(fields[1], CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], CultureInfo.InvariantCulture);
        var dark = new bool[width * height];
        for (var p = 0; p < dark.Length; p++)
        {
            dark[p] = bytes[i + p] < 200;
        }

        return new Ink(width, height, dark);
    }

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static string Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start: install poppler-utils.");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (apt-get install poppler-utils).", e);
        }
    }

    [GeneratedRegex("<!DOCTYPE[^>]*>")]
    private static partial Regex DocType();

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
}

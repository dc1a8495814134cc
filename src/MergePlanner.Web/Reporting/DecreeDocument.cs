using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MergePlanner.Web.Reporting;

/// <summary>A PDF laid out per Decree 30/2020: A4 portrait, margins 20/20/30/15 mm, Times-metric font,
/// the two-column header with Quốc hiệu and Tiêu ngữ, page numbers centred in the top margin from page 2.
/// PDFsharp has no layout engine, so the flow (wrapping, tables with repeated headers, page breaks) is here.</summary>
public sealed class DecreeDocument
{
    private const double Mm = 72 / 25.4;
    private static readonly double PageWidth = 210 * Mm;
    private static readonly double PageHeight = 297 * Mm;
    private static readonly double Top = 20 * Mm;
    private static readonly double Bottom = 20 * Mm;
    private static readonly double Left = 30 * Mm;
    private static readonly double Right = 15 * Mm;
    private static readonly double ContentWidth = PageWidth - Left - Right;
    private static readonly XPen Thin = new(XColors.Black, 0.5);

    private readonly PdfDocument _document = new();
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;
    private double _y;

    public DecreeDocument(PdfFonts fonts, DocumentHeader header, string title)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _document.Info.Title = Clean(title);
        _document.Info.Creator = "MergePlanner";
        NewPage();
        DrawHeader(header);
    }

    public static string Clean(string text) => text.Normalize(NormalizationForm.FormC);

    public void Heading(string text) => Paragraph(text, bold: true, spaceBefore: 6);

    public void Paragraph(string text, bool bold = false, bool italic = false, double size = 13, double spaceBefore = 2, XStringAlignment align = XStringAlignment.Near, double indent = 0)
    {
        var font = Font(size, bold, italic);
        _y += spaceBefore;
        foreach (var line in Wrap(Clean(text), font, ContentWidth - indent))
        {
            EnsureSpace(size * 1.3);
            DrawText(line, font, Left + indent, _y, ContentWidth - indent, align);
            _y += size * 1.3;
        }
    }

    /// <summary>A ruled table; the header row repeats on every page; cells wrap.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, double size = 11) =>
        Table(columns, rows.Select(r => new TableRow(r)), size);

    /// <summary>A ruled table whose rows may be a heading across the table or a bold total.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, double size = 11)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        var headerFont = Font(size, bold: true);
        var bodyFont = Font(size);
        _y += 4;

        void DrawRow(IReadOnlyList<string> cells, XFont font, bool header, bool span = false)
        {
            var cellWidths = span ? [ContentWidth] : widths;
            var shown = span ? [cells[0]] : cells;
            var wrapped = shown.Select((c, i) => Wrap(Clean(c), font, cellWidths[i] - 4)).ToArray();
            var height = (wrapped.Max(w => w.Count) * size * 1.25) + 4;
            if (_y + height > PageHeight - Bottom)
            {
                NewPage();
                if (!header)
                {
                    DrawRow(columns.Select(c => c.Title).ToList(), headerFont, header: true);
                }
            }

            var x = Left;
            for (var i = 0; i < shown.Count; i++)
            {
                _gfx.DrawRectangle(Thin, x, _y, cellWidths[i], height);
                var lineY = _y + 2;
                var align = header ? XStringAlignment.Center : span ? XStringAlignment.Near : columns[i].Align;
                foreach (var line in wrapped[i])
                {
                    DrawText(line, font, x + 2, lineY, cellWidths[i] - 4, align);
                    lineY += size * 1.25;
                }

                x += cellWidths[i];
            }

            _y += height;
        }

        DrawRow(columns.Select(c => c.Title).ToList(), headerFont, header: true);
        foreach (var row in rows)
        {
            DrawRow(row.Cells, row.Bold || row.Spanned ? headerFont : bodyFont, header: false, span: row.Spanned);
        }

        _y += 4;
    }

    /// <summary>"Nơi nhận" at the bottom left and the signature block at the right, side by side.</summary>
    public void Closing(IReadOnlyList<string> recipients, SignatureBlock signature)
    {
        var needed = Math.Max((recipients.Count + 1) * 14, 120);
        EnsureSpace(needed + 12);
        _y += 12;
        var half = ContentWidth / 2;
        var top = _y;
        DrawText("Nơi nhận:", Font(12, bold: true, italic: true), Left, top, half, XStringAlignment.Near);
        var ry = top + 15;
        foreach (var recipient in recipients)
        {
            DrawText(Clean(recipient), Font(11), Left, ry, half, XStringAlignment.Near);
            ry += 13;
        }

        var sx = Left + half;
        var sy = top;
        foreach (var (text, font) in new[]
                 {
                     (signature.Authority, Font(13, bold: true)),
                     (signature.Position, Font(13, bold: true)),
                 })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                DrawText(Clean(text.ToUpperInvariant()), font, sx, sy, half, XStringAlignment.Center);
                sy += 16;
            }
        }

        if (signature.Note is not null)
        {
            DrawText(signature.Note, Font(12, italic: true), sx, sy, half, XStringAlignment.Center);
        }

        if (signature.Name is not null)
        {
            DrawText(Clean(signature.Name), Font(13, bold: true), sx, sy + 70, half, XStringAlignment.Center);
        }

        _y = Math.Max(ry, sy + 90);
    }

    /// <summary>Side-by-side signature columns (e.g. "Đại diện bên nhận", "Đại diện bên chứng kiến", "Đại diện bên giao"),
    /// each with room to sign and an optional name under it.</summary>
    public void SignatureColumns(IReadOnlyList<(string Title, string? Name)> columns)
    {
        EnsureSpace(130);
        _y += 14;
        var width = ContentWidth / columns.Count;
        for (var i = 0; i < columns.Count; i++)
        {
            var x = Left + (i * width);
            var y = _y;
            foreach (var line in Wrap(Clean(columns[i].Title.ToUpperInvariant()), Font(12, bold: true), width - 6))
            {
                DrawText(line, Font(12, bold: true), x, y, width, XStringAlignment.Center);
                y += 15;
            }

            DrawText("(Ký, ghi rõ họ tên)", Font(11, italic: true), x, y, width, XStringAlignment.Center);
            if (columns[i].Name is { } name)
            {
                foreach (var line in Wrap(Clean(name), Font(12, bold: true), width - 6))
                {
                    DrawText(line, Font(12, bold: true), x, y + 75, width, XStringAlignment.Center);
                    y += 15;
                }
            }
        }

        _y += 120;
    }

    /// <summary>The width of the text block and the room left under the flow on the current page (for a figure).</summary>
    public double Width => ContentWidth;

    public double Remaining => PageHeight - Bottom - _y;

    /// <summary>Draws a figure of a given height at the flow's place (on a new page when it does not fit there), then
    /// goes on below it.</summary>
    public void Figure(double height, Action<XGraphics, XRect> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        EnsureSpace(height);
        draw(_gfx, new XRect(Left, _y, ContentWidth, height));
        _y += height;
    }

    public void PageBreak() => NewPage();

    public void NewPageForAnnex(string title)
    {
        NewPage();
        DrawText(Clean(title.ToUpperInvariant()), Font(13, bold: true), Left, _y, ContentWidth, XStringAlignment.Center);
        _y += 20;
    }

    public byte[] ToBytes()
    {
        _gfx.Dispose();
        NumberPages();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void DrawHeader(DocumentHeader header)
    {
        var leftWidth = ContentWidth * 0.42;
        var rightX = Left + leftWidth;
        var rightWidth = ContentWidth - leftWidth;

        var parent = Font(12.5);
        var issuing = Font(12.5, bold: true);
        var y = _y;
        foreach (var line in Wrap(Clean(header.ParentAgency.ToUpperInvariant()), parent, leftWidth))
        {
            DrawText(line, parent, Left, y, leftWidth, XStringAlignment.Center);
            y += 15;
        }

        foreach (var line in Wrap(Clean(header.IssuingAgency.ToUpperInvariant()), issuing, leftWidth))
        {
            DrawText(line, issuing, Left, y, leftWidth, XStringAlignment.Center);
            y += 15;
        }

        // A short rule under the issuing agency, a third of the column, centred.
        _gfx.DrawLine(Thin, Left + (leftWidth / 3), y + 2, Left + (leftWidth * 2 / 3), y + 2);
        DrawText(Clean(header.NumberAndSymbol), Font(13), Left, y + 10, leftWidth, XStringAlignment.Center);

        var nationalTitle = Font(12.5, bold: true);
        var motto = Font(13, bold: true);
        DrawText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", nationalTitle, rightX, _y, rightWidth, XStringAlignment.Center);
        const string Motto = "Độc lập - Tự do - Hạnh phúc";
        DrawText(Motto, motto, rightX, _y + 15, rightWidth, XStringAlignment.Center);
        var mottoWidth = _gfx.MeasureString(Motto, motto).Width;
        var mottoLeft = rightX + ((rightWidth - mottoWidth) / 2);
        _gfx.DrawLine(Thin, mottoLeft, _y + 31, mottoLeft + mottoWidth, _y + 31);
        DrawText(Clean(header.PlaceAndDate), Font(13, italic: true), rightX, y + 10, rightWidth, XStringAlignment.Center);

        _y = y + 40;
        DrawText(Clean(header.DocumentType.ToUpperInvariant()), Font(14, bold: true), Left, _y, ContentWidth, XStringAlignment.Center);
        _y += 18;
        foreach (var line in Wrap(Clean(header.Summary), Font(13, bold: true), ContentWidth * 0.8))
        {
            DrawText(line, Font(13, bold: true), Left, _y, ContentWidth, XStringAlignment.Center);
            _y += 16;
        }

        _gfx.DrawLine(Thin, Left + (ContentWidth * 0.4), _y + 2, Left + (ContentWidth * 0.6), _y + 2);
        _y += 14;
    }

    private void NumberPages()
    {
        // Decree 30: page numbers centred in the top margin, not shown on the first page.
        for (var i = 1; i < _document.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            gfx.DrawString((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Font(13), XBrushes.Black,
                new XRect(Left, Top / 2, ContentWidth, 14), XStringFormats.TopCenter);
        }
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(PageWidth);
        _page.Height = XUnit.FromPoint(PageHeight);
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Top;
    }

    private void EnsureSpace(double height)
    {
        if (_y + height > PageHeight - Bottom)
        {
            NewPage();
        }
    }

    private void DrawText(string text, XFont font, double x, double y, double width, XStringAlignment align)
    {
        var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
        _gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.3), format);
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font, width)))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current.ToString());
                    current.Clear().Append(word);
                }
                else
                {
                    current.Clear().Append(candidate);
                }
            }

            lines.Add(current.ToString());
        }

        return lines;
    }

    /// <summary>A word wider than the cell (a decision number "1462/QĐ-CAT" in a narrow column) in pieces that fit,
    /// broken after a '/' or '-' where one falls in the piece, so it never runs into the next cell.</summary>
    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        while (word.Length > 1 && _gfx.MeasureString(word, font).Width > width)
        {
            var fit = 1;
            while (fit < word.Length && _gfx.MeasureString(word[..(fit + 1)], font).Width <= width)
            {
                fit++;
            }

            var cut = word.LastIndexOfAny(['/', '-'], fit - 1) is var at and > 0 ? at + 1 : fit;
            yield return word[..cut];
            word = word[cut..];
        }

        yield return word;
    }

    private static XFont Font(double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(PdfFonts.Family, size, style);
    }
}

public sealed record TableColumn(string Title, double Weight, XStringAlignment Align = XStringAlignment.Near);

/// <summary>A table row: its cells; a heading spans the table with its first cell; a total is bold.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Spanned = false, bool Bold = false);

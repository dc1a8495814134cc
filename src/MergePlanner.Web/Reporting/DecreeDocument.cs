using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MergePlanner.Web.Reporting;

/// <summary>
/// A PDF laid out per Decree 30/2020: A4, margins 20/20/30/15 mm (top, bottom, left, right) on every page — portrait,
/// or landscape for a wide table —, Times-metric font, the two-column header with Quốc hiệu and Tiêu ngữ, page numbers
/// centred in the top margin from page 2, and a "DỰ THẢO" mark on drafts.
/// PDFsharp has no layout engine, so the flow is here, in two passes: the content is measured and placed on pages as it
/// is added (the cursor, <see cref="Remaining"/>, is known at once for figures), and drawn only at the end. Placing
/// first is what lets a page break move lines already placed: a heading or a table's header never ends a page, the
/// signature and "Nơi nhận" always take the last lines of the body with them (never alone on a page), and a table
/// that runs on repeats its header. Every text is wrapped to its box before it is drawn: nothing runs past a cell or a
/// margin (the checklist tests read the rendered words back and check their boxes).
/// </summary>
public sealed class DecreeDocument
{
    public const double Mm = 72 / 25.4;

    /// <summary>Decree 30, Appendix I, II.1: top 20–25, bottom 20–25, left 30–35, right 15–20 mm; the lower bounds.</summary>
    public static readonly double Top = 20 * Mm;
    public static readonly double Bottom = 20 * Mm;
    public static readonly double Left = 30 * Mm;
    public static readonly double Right = 15 * Mm;

    private static readonly XPen Thin = new(XColors.Black, 0.5);
    private static readonly XPen Stamp = new(XColors.Black, 1);

    /// <summary>How many body lines the closing takes with it onto a new page.</summary>
    private const int LinesKeptWithClosing = 2;

    private readonly List<Page> _pages = [];
    private readonly XGraphics _measure;
    private readonly Dictionary<(double, XFontStyleEx), XFont> _fonts = [];
    private readonly string _title;
    private readonly bool _draft;
    private Page _page = null!;
    private double _y;
    private TableHead? _openTable;

    public DecreeDocument(PdfFonts fonts, DocumentHeader header, string title, bool landscape = false)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(header);
        _title = Clean(title);
        _draft = header.Draft;
        _measure = XGraphics.CreateMeasureContext(new XSize(297 * Mm, 297 * Mm), XGraphicsUnit.Point, XPageDirection.Downwards);
        NewPage(landscape);
        DrawHeader(header);
    }

    public static string Clean(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>The width of the text block of the current page.</summary>
    public double Width => _page.ContentWidth;

    /// <summary>The room left under the flow on the current page (for a figure).</summary>
    public double Remaining => _page.ContentBottom - _y;

    public int PageCount => _pages.Count;

    public void Heading(string text) => Paragraph(text, bold: true, spaceBefore: 6, keepWithNext: true);

    public void Paragraph(string text, bool bold = false, bool italic = false, double size = 13, double spaceBefore = 2, XStringAlignment align = XStringAlignment.Near, double indent = 0, bool keepWithNext = false)
    {
        var font = Font(size, bold, italic);
        _openTable = null;
        _y += spaceBefore;
        var lines = Wrap(Clean(text), font, Width - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A heading keeps with what follows it; a paragraph's first line is never the last of a page on its own.
            var kind = keepWithNext || (i == 0 && lines.Count > 1) ? UnitKind.KeepWithNext : UnitKind.Body;
            Place(size * 1.3, kind, (gfx, x, y, width) => DrawText(gfx, line, font, x + indent, y, width - indent, align));
        }
    }

    /// <summary>A ruled table; the header row repeats on every page; cells wrap.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, double size = 11) =>
        Table(columns, rows.Select(r => new TableRow(r)), size);

    /// <summary>A ruled table whose rows may be a heading across the table or a bold total. Column widths follow their
    /// content (no column narrower than its longest word where the page allows it; the rest shared by how much text
    /// each holds).</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, double size = 11)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var headerFont = Font(size, bold: true);
        var bodyFont = Font(size);
        var all = rows.Select(r => r with { Cells = r.Cells.Select(c => Clean(c ?? string.Empty)).ToList() }).ToList();
        var widths = ColumnWidths(columns, all, headerFont, bodyFont, Width);
        _y += 4;

        double RowHeight(IReadOnlyList<List<string>> wrapped) => (wrapped.Max(w => w.Count) * size * 1.25) + 4;

        Action<XGraphics, double, double, double> DrawRow(IReadOnlyList<string> cells, XFont font, bool header, bool span, out double height)
        {
            var cellWidths = span ? [widths.Sum()] : widths;
            var shown = span ? [cells[0]] : cells;
            var wrapped = shown.Select((c, i) => Wrap(c, font, cellWidths[i] - 4)).ToList();
            var h = RowHeight(wrapped);
            height = h;
            return (gfx, left, y, _) =>
            {
                var x = left;
                for (var i = 0; i < wrapped.Count; i++)
                {
                    gfx.DrawRectangle(Thin, x, y, cellWidths[i], h);
                    var lineY = y + 2;
                    var align = header ? XStringAlignment.Center : span ? XStringAlignment.Near : columns[i].Align;
                    foreach (var line in wrapped[i])
                    {
                        DrawText(gfx, line, font, x + 2, lineY, cellWidths[i] - 4, align);
                        lineY += size * 1.25;
                    }

                    x += cellWidths[i];
                }
            };
        }

        var headDraw = DrawRow(columns.Select(c => Clean(c.Title)).ToList(), headerFont, header: true, span: false, out var headHeight);
        var head = new TableHead(headHeight, headDraw);
        _openTable = null;
        Place(head.Height, UnitKind.KeepWithNext, head.Draw);
        _openTable = head;
        foreach (var row in all)
        {
            var draw = DrawRow(row.Cells, row.Bold || row.Spanned ? headerFont : bodyFont, header: false, span: row.Spanned, out var height);
            Place(height, row.Spanned ? UnitKind.KeepWithNext : UnitKind.Row, draw);
        }

        _openTable = null;
        _y += 4;
    }

    /// <summary>"Nơi nhận" at the bottom left and the signature block at the right, side by side; never alone on a
    /// page: when they do not fit, the last lines of the body go over with them.</summary>
    public void Closing(IReadOnlyList<string> recipients, SignatureBlock signature)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(signature);
        var half = Width / 2;
        var recipientFont = Font(11);
        var recipientLines = recipients.SelectMany(r => Wrap(Clean(r), recipientFont, half - 6)).ToList();
        var right = new List<(string Text, XFont Font, double Gap)>();
        foreach (var text in new[] { signature.Authority, signature.Position })
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                right.AddRange(Wrap(Clean(text.ToUpperInvariant()), Font(13, bold: true), half).Select(l => (l, Font(13, bold: true), 16.0)));
            }
        }

        if (signature.Note is not null)
        {
            right.Add((signature.Note, Font(12, italic: true), 16));
        }

        var signer = signature.Signer ?? "................................................";
        var signerLines = Wrap(Clean(signer), Font(13, bold: true), half);
        var rightHeight = right.Sum(r => r.Gap) + 62 + (signerLines.Count * 16);
        var leftHeight = 15 + (recipientLines.Count * 13);
        var height = Math.Max(leftHeight, rightHeight) + 12;
        KeepWithBody(height, (gfx, x, y, width) =>
        {
            y += 12;
            DrawText(gfx, "Nơi nhận:", Font(12, bold: true, italic: true), x, y, half, XStringAlignment.Near);
            var ry = y + 15;
            foreach (var line in recipientLines)
            {
                DrawText(gfx, line, recipientFont, x, ry, half - 6, XStringAlignment.Near);
                ry += 13;
            }

            var sy = y;
            foreach (var (text, font, gap) in right)
            {
                DrawText(gfx, text, font, x + half, sy, half, XStringAlignment.Center);
                sy += gap;
            }

            sy += 62;
            foreach (var line in signerLines)
            {
                DrawText(gfx, line, Font(13, bold: true), x + half, sy, half, XStringAlignment.Center);
                sy += 16;
            }
        });
    }

    /// <summary>Side-by-side signature columns (e.g. "Đại diện bên nhận", "Đại diện bên chứng kiến", "Đại diện bên giao"),
    /// each with room to sign and the name under it; kept with the last lines of the body like <see cref="Closing"/>.</summary>
    public void SignatureColumns(IReadOnlyList<(string Title, string? Name)> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var width = Width / columns.Count;
        var titleFont = Font(12, bold: true);
        var titles = columns.Select(c => Wrap(Clean(c.Title.ToUpperInvariant()), titleFont, width - 6)).ToList();
        var names = columns.Select(c => Wrap(Clean(c.Name ?? string.Empty), titleFont, width - 6)).ToList();
        var height = 14 + (titles.Max(t => t.Count) * 15) + 15 + 60 + (names.Max(n => n.Count) * 15) + 6;
        KeepWithBody(height, (gfx, left, top, _) =>
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var x = left + (i * width);
                var y = top + 14;
                foreach (var line in titles[i])
                {
                    DrawText(gfx, line, titleFont, x + 3, y, width - 6, XStringAlignment.Center);
                    y += 15;
                }

                DrawText(gfx, "(Ký, ghi rõ họ tên)", Font(11, italic: true), x + 3, y, width - 6, XStringAlignment.Center);
                y = top + 14 + (titles.Max(t => t.Count) * 15) + 15 + 60;
                foreach (var line in names[i])
                {
                    DrawText(gfx, line, titleFont, x + 3, y, width - 6, XStringAlignment.Center);
                    y += 15;
                }
            }
        });
    }

    /// <summary>Draws a figure of a given height at the flow's place (on a new page when it does not fit there), then
    /// goes on below it.</summary>
    public void Figure(double height, Action<XGraphics, XRect> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        _openTable = null;
        Place(height, UnitKind.Body, (gfx, x, y, width) => draw(gfx, new XRect(x, y, width, height)));
    }

    public void PageBreak()
    {
        _openTable = null;
        NewPage(_page.Landscape);
    }

    /// <summary>An annex on a new page — landscape when its table is wide —, its title wrapped and centred.</summary>
    public void NewPageForAnnex(string title, bool landscape = false)
    {
        ArgumentNullException.ThrowIfNull(title);
        _openTable = null;
        NewPage(landscape);
        var font = Font(13, bold: true);
        foreach (var line in Wrap(Clean(title.ToUpperInvariant()), font, Width * 0.9))
        {
            Place(17, UnitKind.KeepWithNext, (gfx, x, y, width) => DrawText(gfx, line, font, x, y, width, XStringAlignment.Center));
        }

        _y += 6;
    }

    public byte[] ToBytes()
    {
        var document = new PdfDocument();
        document.Info.Title = _title;
        document.Info.Creator = "MergePlanner";
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i];
            var pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(page.Width);
            pdfPage.Height = XUnit.FromPoint(page.Height);
            using var gfx = XGraphics.FromPdfPage(pdfPage);
            foreach (var unit in page.Units)
            {
                unit.Draw(gfx, Left, unit.Y, page.ContentWidth);
            }

            // Decree 30: page numbers centred in the top margin, not shown on the first page.
            if (i > 0)
            {
                gfx.DrawString((i + 1).ToString(CultureInfo.InvariantCulture), Font(13), XBrushes.Black,
                    new XRect(Left, Top / 2, page.ContentWidth, 14), XStringFormats.TopCenter);
                if (_draft)
                {
                    gfx.DrawString("DỰ THẢO", Font(10, bold: true), XBrushes.Black, new XRect(Left, Top / 2, page.ContentWidth, 14), XStringFormats.TopRight);
                }
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void DrawHeader(DocumentHeader header)
    {
        var width = Width;
        if (_draft)
        {
            // The draft's mark: a box at the top right of the first page, above the national title.
            var stampFont = Font(12, bold: true);
            var stampWidth = _measure.MeasureString("DỰ THẢO", stampFont).Width + 16;
            Place(22, UnitKind.KeepWithNext, (gfx, x, y, w) =>
            {
                gfx.DrawRectangle(Stamp, x + w - stampWidth, y, stampWidth, 18);
                DrawText(gfx, "DỰ THẢO", stampFont, x + w - stampWidth, y + 2, stampWidth, XStringAlignment.Center);
            });
        }

        var leftWidth = width * 0.42;
        var rightWidth = width - leftWidth;
        var parent = Font(12.5);
        var issuing = Font(12.5, bold: true);
        var leftLines = Wrap(Clean(header.ParentAgency.ToUpperInvariant()), parent, leftWidth).Select(l => (l, parent))
            .Concat(Wrap(Clean(header.IssuingAgency.ToUpperInvariant()), issuing, leftWidth).Select(l => (l, issuing))).ToList();
        var number = Wrap(Clean(header.NumberAndSymbol), Font(13), leftWidth);
        var placeAndDate = Wrap(Clean(header.PlaceAndDate), Font(13, italic: true), rightWidth);
        var agencyHeight = Math.Max(leftLines.Count * 15, 34);
        var height = agencyHeight + 10 + (Math.Max(number.Count, placeAndDate.Count) * 16) + 14;
        const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        const string Motto = "Độc lập - Tự do - Hạnh phúc";
        Place(height, UnitKind.KeepWithNext, (gfx, x, top, w) =>
        {
            var y = top;
            foreach (var (line, font) in leftLines)
            {
                DrawText(gfx, line, font, x, y, leftWidth, XStringAlignment.Center);
                y += 15;
            }

            // A short rule under the issuing agency, a third of the column, centred.
            gfx.DrawLine(Thin, x + (leftWidth / 3), y + 2, x + (leftWidth * 2 / 3), y + 2);
            var rightX = x + leftWidth;
            var motto = Font(13, bold: true);
            if (header.Party)
            {
                // Party documents (Hướng dẫn 36-HD/VPTW): the Party's name, underlined, instead of the Quốc hiệu.
                const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";
                DrawText(gfx, PartyName, motto, rightX, top, rightWidth, XStringAlignment.Center);
                var partyWidth = gfx.MeasureString(PartyName, motto).Width;
                var partyLeft = rightX + ((rightWidth - partyWidth) / 2);
                gfx.DrawLine(Thin, partyLeft, top + 16, partyLeft + partyWidth, top + 16);
            }
            else
            {
                var titleFont = rightWidth < _measure.MeasureString(NationalTitle, Font(12.5, bold: true)).Width ? Font(11.5, bold: true) : Font(12.5, bold: true);
                DrawText(gfx, NationalTitle, titleFont, rightX, top, rightWidth, XStringAlignment.Center);
                DrawText(gfx, Motto, motto, rightX, top + 15, rightWidth, XStringAlignment.Center);
                var mottoWidth = gfx.MeasureString(Motto, motto).Width;
                var mottoLeft = rightX + ((rightWidth - mottoWidth) / 2);
                gfx.DrawLine(Thin, mottoLeft, top + 31, mottoLeft + mottoWidth, top + 31);
            }

            var below = top + agencyHeight + 10;
            var ny = below;
            foreach (var line in number)
            {
                DrawText(gfx, line, Font(13), x, ny, leftWidth, XStringAlignment.Center);
                ny += 16;
            }

            var py = below;
            foreach (var line in placeAndDate)
            {
                DrawText(gfx, line, Font(13, italic: true), rightX, py, rightWidth, XStringAlignment.Center);
                py += 16;
            }
        });

        _y += 12;
        var typeFont = Font(14, bold: true);
        foreach (var line in Wrap(Clean(header.DocumentType.ToUpperInvariant()), typeFont, width))
        {
            Place(18, UnitKind.KeepWithNext, (gfx, x, y, w) => DrawText(gfx, line, typeFont, x, y, w, XStringAlignment.Center));
        }

        var summaryFont = Font(13, bold: true);
        foreach (var line in Wrap(Clean(header.Summary), summaryFont, width * 0.8))
        {
            Place(16, UnitKind.KeepWithNext, (gfx, x, y, w) => DrawText(gfx, line, summaryFont, x, y, w, XStringAlignment.Center));
        }

        Place(14, UnitKind.KeepWithNext, (gfx, x, y, w) => gfx.DrawLine(Thin, x + (w * 0.4), y + 2, x + (w * 0.6), y + 2));
    }

    /// <summary>Places a unit in the flow: on a new page when it does not fit, taking along what must not end a page
    /// (headings, a table's header) and repeating the header of a table that runs on.</summary>
    private void Place(double height, UnitKind kind, Action<XGraphics, double, double, double> draw)
    {
        if (_y + height > _page.ContentBottom && _page.Units.Any(u => u.Kind != UnitKind.KeepWithNext))
        {
            var carried = new List<Unit>();
            while (_page.Units.Count > 0 && _page.Units[^1].Kind == UnitKind.KeepWithNext && _page.Units.Any(u => u.Kind != UnitKind.KeepWithNext))
            {
                carried.Insert(0, _page.Units[^1]);
                _page.Units.RemoveAt(_page.Units.Count - 1);
            }

            var table = _openTable;
            NewPage(_page.Landscape);
            if (table is not null && !carried.Exists(u => u.Draw == table.Draw))
            {
                Append(table.Height, UnitKind.KeepWithNext, table.Draw);
            }

            foreach (var unit in carried)
            {
                Append(unit.Height, unit.Kind, unit.Draw);
            }
        }

        Append(height, kind, draw);
    }

    /// <summary>A closing block: when it does not fit, the last body lines (or table rows, with the table's header) are
    /// moved to the new page with it.</summary>
    private void KeepWithBody(double height, Action<XGraphics, double, double, double> draw)
    {
        var table = _openTable ?? _lastTable;
        _openTable = null;
        if (_y + height > _page.ContentBottom)
        {
            var moved = new List<Unit>();
            while (moved.Count < LinesKeptWithClosing && _page.Units.Count > 1 && _page.Units[^1].Kind is UnitKind.Body or UnitKind.Row)
            {
                moved.Insert(0, _page.Units[^1]);
                _page.Units.RemoveAt(_page.Units.Count - 1);
            }

            NewPage(_page.Landscape);
            if (moved.Count > 0 && moved[0].Kind == UnitKind.Row && table is not null)
            {
                Append(table.Height, UnitKind.KeepWithNext, table.Draw);
            }

            foreach (var unit in moved)
            {
                Append(unit.Height, unit.Kind, unit.Draw);
            }
        }

        Append(height, UnitKind.Closing, draw);
    }

    /// <summary>The table placed last: its header goes along when its last rows move with the closing.</summary>
    private TableHead? _lastTable;

    private void Append(double height, UnitKind kind, Action<XGraphics, double, double, double> draw)
    {
        _page.Units.Add(new Unit(_y, height, kind, draw));
        _y += height;
        if (_openTable is not null)
        {
            _lastTable = _openTable;
        }
    }

    private void NewPage(bool landscape)
    {
        _page = new Page(landscape);
        _pages.Add(_page);
        _y = Top;
    }

    /// <summary>Draws one line that <see cref="Wrap"/> has fitted to its box.</summary>
    private static void DrawText(XGraphics gfx, string text, XFont font, double x, double y, double width, XStringAlignment align)
    {
        var format = new XStringFormat { Alignment = align, LineAlignment = XLineAlignment.Near };
        gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.3), format);
    }

    /// <summary>Widths from the content: each column at least its longest word (and its header's), then the rest of the
    /// width shared by how much wider each column's longest text is; when even the words do not fit, in proportion to
    /// them (a word longer than its cell is cut at a '/' or '-', see <see cref="Pieces"/>).</summary>
    private double[] ColumnWidths(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, XFont headerFont, XFont bodyFont, double available)
    {
        var count = columns.Count;
        var least = new double[count];
        var most = new double[count];
        for (var i = 0; i < count; i++)
        {
            var title = Clean(columns[i].Title);
            least[i] = Words(title).Select(w => _measure.MeasureString(w, headerFont).Width).DefaultIfEmpty(0).Max() + 5;
            most[i] = Math.Max(least[i], Math.Min(_measure.MeasureString(title, headerFont).Width + 5, available / 3));
        }

        // Enough rows to know each column's content; a 10,000-line inventory is not measured line by line twice.
        foreach (var row in rows.Where(r => !r.Spanned).Take(1500))
        {
            var font = row.Bold ? headerFont : bodyFont;
            for (var i = 0; i < count && i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                if (cell.Length == 0)
                {
                    continue;
                }

                var whole = _measure.MeasureString(cell, font).Width + 5;
                most[i] = Math.Max(most[i], whole);
                var longestWord = cell.Contains(' ', StringComparison.Ordinal) ? Words(cell).Max(w => _measure.MeasureString(w, font).Width) + 5 : whole;
                least[i] = Math.Max(least[i], Math.Min(longestWord, available / 3));
            }
        }

        var widths = new double[count];
        var sumMost = most.Sum();
        var sumLeast = least.Sum();
        if (sumMost <= available)
        {
            for (var i = 0; i < count; i++)
            {
                widths[i] = most[i] + ((available - sumMost) * most[i] / sumMost);
            }
        }
        else if (sumLeast <= available)
        {
            var slack = most.Zip(least, (m, l) => m - l).Sum();
            for (var i = 0; i < count; i++)
            {
                widths[i] = least[i] + (slack <= 0 ? 0 : (available - sumLeast) * (most[i] - least[i]) / slack);
            }
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                widths[i] = available * least[i] / sumLeast;
            }
        }

        return widths;
    }

    private static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private List<string> Wrap(string text, XFont font, double width)
    {
        // Most cells fit as they are: one measurement instead of one per word (a 10,000-line table is 60,000 cells).
        if (!text.Contains('\n', StringComparison.Ordinal) && (text.Length == 0 || _measure.MeasureString(text, font).Width <= width))
        {
            return [text];
        }

        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font, width)))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && _measure.MeasureString(candidate, font).Width > width)
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
        while (word.Length > 1 && _measure.MeasureString(word, font).Width > width)
        {
            var fit = 1;
            while (fit < word.Length && _measure.MeasureString(word[..(fit + 1)], font).Width <= width)
            {
                fit++;
            }

            var cut = word.LastIndexOfAny(['/', '-', '.'], fit - 1) is var at and > 0 ? at + 1 : fit;
            yield return word[..cut];
            word = word[cut..];
        }

        yield return word;
    }

    private XFont Font(double size, bool bold = false, bool italic = false)
    {
        var style = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        if (!_fonts.TryGetValue((size, style), out var font))
        {
            font = new XFont(PdfFonts.Family, size, style);
            _fonts[(size, style)] = font;
        }

        return font;
    }

    private enum UnitKind
    {
        /// <summary>A line of text or a figure.</summary>
        Body,

        /// <summary>A table row.</summary>
        Row,

        /// <summary>Must not end a page: a heading, a table's header, a paragraph's first line, the document's header.</summary>
        KeepWithNext,

        /// <summary>The signature and "Nơi nhận".</summary>
        Closing,
    }

    /// <summary>Something placed: its top on the page, its height and how to draw it (graphics, left, top, text width).</summary>
    private sealed record Unit(double Y, double Height, UnitKind Kind, Action<XGraphics, double, double, double> Draw);

    private sealed record TableHead(double Height, Action<XGraphics, double, double, double> Draw);

    private sealed class Page(bool landscape)
    {
        public bool Landscape { get; } = landscape;

        public double Width => (Landscape ? 297 : 210) * Mm;

        public double Height => (Landscape ? 210 : 297) * Mm;

        public double ContentWidth => Width - Left - Right;

        public double ContentBottom => Height - Bottom;

        public List<Unit> Units { get; } = [];
    }
}

public sealed record TableColumn(string Title, double Weight = 1, XStringAlignment Align = XStringAlignment.Near);

/// <summary>A table row: its cells; a heading spans the table with its first cell; a total is bold.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool Spanned = false, bool Bold = false);

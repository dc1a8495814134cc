using MergePlanner.Web.Reporting;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Features.Planning;

/// <summary>The roadmap drawn into a Decree 30 document: the same <see cref="GanttChart"/> as the page, in pieces of
/// as many rows as fit on each page, each with its own time axis, D and today lines.</summary>
public static class GanttPdf
{
    private const double RowHeight = 11;
    private const double Axis = 22;

    public static void Draw(DecreeDocument pdf, GanttChart chart)
    {
        for (var first = 0; first < chart.Rows.Count;)
        {
            var fits = (int)Math.Floor((pdf.Remaining - Axis - 6) / RowHeight);
            if (fits < 6)
            {
                pdf.PageBreak();
                continue;
            }

            var count = Math.Min(fits, chart.Rows.Count - first);
            var start = first;
            pdf.Figure(Axis + (count * RowHeight) + 6, (gfx, area) => DrawPiece(gfx, area, chart, start, count));
            first += count;
        }
    }

    private static void DrawPiece(XGraphics gfx, XRect area, GanttChart chart, int first, int count)
    {
        var label = area.Width * 0.4;
        var plotLeft = area.X + label;
        // Room on the right for a milestone's diamond on the last day: nothing is drawn past the text block's edge.
        var plotWidth = area.Width - label - 6;
        double X(DateOnly day) => plotLeft + (chart.Fraction(day) * plotWidth);
        double Y(int row) => area.Y + Axis + ((row - first) * RowHeight);
        var small = new XFont(PdfFonts.Family, 6.5, XFontStyleEx.Regular);
        var bold = new XFont(PdfFonts.Family, 7, XFontStyleEx.Bold);
        var grid = new XPen(XColor.FromArgb(213, 217, 222), 0.4);
        var bottom = Y(first + count);

        for (var i = first; i < first + count; i++)
        {
            if (chart.Rows[i].Kind == GanttRowKind.Workstream)
            {
                gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 242, 245)), area.X, Y(i), area.Width, RowHeight);
            }
        }

        foreach (var tick in chart.Ticks)
        {
            var x = X(tick);
            gfx.DrawLine(grid, x, area.Y + Axis - 4, x, bottom);
            var text = GanttChart.TickLabel(tick);
            var width = gfx.MeasureString(text, small).Width;
            var left = x + 1 + width <= area.Right ? x + 1 : x - 1 - width;
            gfx.DrawString(text, small, XBrushes.DimGray, new XRect(left, area.Y + 8, width + 1, 8), XStringFormats.TopLeft);
        }

        gfx.DrawRectangle(new XPen(XColors.Gray, 0.5), area.X, area.Y + Axis, area.Width, bottom - (area.Y + Axis));
        for (var i = first; i < first + count; i++)
        {
            var r = chart.Rows[i];
            var y = Y(i);
            var font = r.Kind == GanttRowKind.Workstream ? bold : small;
            gfx.DrawString(Fit(gfx, $"{r.Code} {r.Label}", font, label - 4), font, XBrushes.Black, new XRect(area.X + 2, y + 1.5, label - 4, RowHeight), XStringFormats.TopLeft);
            var (x1, x2) = (X(r.Start), X(r.End));
            switch (r.Kind)
            {
                case GanttRowKind.Workstream:
                    gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(144, 164, 174)), x1, y + 3, Math.Max(1.5, x2 - x1), RowHeight - 6);
                    gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(55, 71, 79)), x1, y + 3, Math.Max(0, (x2 - x1) * r.Progress), RowHeight - 6);
                    break;
                case GanttRowKind.Milestone:
                    var (mx, my) = (x2, y + (RowHeight / 2));
                    gfx.DrawPolygon(new XPen(r.Overdue ? XColors.DarkRed : XColors.Black, r.Overdue ? 1.2 : 0.5), Brush(r), [new XPoint(mx, my - 4), new XPoint(mx + 4, my), new XPoint(mx, my + 4), new XPoint(mx - 4, my)], XFillMode.Winding);
                    break;
                default:
                    gfx.DrawRectangle(r.Overdue ? new XPen(XColors.DarkRed, 1.2) : null, Brush(r), x1, y + 2.5, Math.Max(2, x2 - x1), RowHeight - 5);
                    break;
            }

            if (r.Baseline is { } baseline && baseline != r.End && chart.Shows(baseline))
            {
                var bx = X(baseline);
                gfx.DrawLine(new XPen(XColor.FromArgb(106, 27, 154), 1) { DashStyle = XDashStyle.Dot }, bx, y + 1, bx, y + RowHeight - 1);
            }
        }

        var arrow = new XPen(XColor.FromArgb(120, 144, 156), 0.5);
        foreach (var a in chart.Arrows.Where(a => a.ToRow >= first && a.ToRow < first + count && a.FromRow >= first))
        {
            var (x1, y1, x2, y2) = (X(a.From), Y(a.FromRow) + (RowHeight / 2), X(a.To), Y(a.ToRow) + (RowHeight / 2));
            var bend = Math.Max(x1, x2 - 3);
            gfx.DrawLines(arrow, [new XPoint(x1, y1), new XPoint(bend, y1), new XPoint(bend, y2), new XPoint(x2, y2)]);
        }

        var dx = X(chart.EffectiveDate);
        gfx.DrawLine(new XPen(XColors.DarkRed, 1.2), dx, area.Y + 2, dx, bottom);
        var dLabel = $"D {chart.EffectiveDate:dd/MM/yyyy}";
        var dWidth = gfx.MeasureString(dLabel, bold).Width + 1;
        gfx.DrawString(dLabel, bold, XBrushes.DarkRed, new XRect(dx + 2 + dWidth <= area.Right ? dx + 2 : dx - 2 - dWidth, area.Y, dWidth, 8), XStringFormats.TopLeft);
        var tx = X(chart.Today);
        gfx.DrawLine(new XPen(XColors.RoyalBlue, 1.2) { DashStyle = XDashStyle.Dash }, tx, area.Y + 2, tx, bottom);
        var todayLabel = $"Hôm nay {chart.Today:dd/MM/yyyy}";
        var todayWidth = gfx.MeasureString(todayLabel, bold).Width + 1;
        gfx.DrawString(todayLabel, bold, XBrushes.RoyalBlue, new XRect(tx - 2 - todayWidth >= area.X + label ? tx - 2 - todayWidth : tx + 2, area.Y, todayWidth, 8), XStringFormats.TopLeft);
    }

    private static XBrush Brush(GanttRow r)
    {
        var hex = GanttSvg.Fill(r);
        return new XSolidBrush(XColor.FromArgb(Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16)));
    }

    /// <summary>The label cut to its column with an ellipsis: the table under the figure has every title in full.</summary>
    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        text = DecreeDocument.Clean(text);
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        while (text.Length > 1 && gfx.MeasureString(text + "…", font).Width > width)
        {
            text = text[..^1];
        }

        return text.TrimEnd() + "…";
    }
}

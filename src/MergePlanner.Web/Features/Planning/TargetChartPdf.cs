using MergePlanner.Web.Reporting;
using PdfSharp.Drawing;
using Format = MergePlanner.Web.Components.Shared.Format;

namespace MergePlanner.Web.Features.Planning;

/// <summary>A target series drawn into a Decree 30 document: the same <see cref="TargetChart"/> as the page.</summary>
public static class TargetChartPdf
{
    private const double Height = 190;

    public static void Draw(DecreeDocument pdf, TargetChart chart)
    {
        pdf.Paragraph(chart.Title, bold: true, size: 12, spaceBefore: 8);
        pdf.Figure(Height, (gfx, area) => DrawChart(gfx, area, chart));
    }

    private static void DrawChart(XGraphics gfx, XRect area, TargetChart c)
    {
        var (left, top, width, height) = (area.X + 36, area.Y + 8, area.Width - 44, Height - 44);
        double X(double f) => left + (f * width);
        double Y(int v) => top + (c.Y(v) * height);
        var small = new XFont(PdfFonts.Family, 7.5, XFontStyleEx.Regular);
        var grid = new XPen(XColor.FromArgb(224, 224, 224), 0.5);
        foreach (var g in c.Grid.Distinct())
        {
            gfx.DrawLine(grid, left, Y(g), left + width, Y(g));
            gfx.DrawString(Format.Number(g), small, XBrushes.DimGray, new XRect(area.X, Y(g) - 4, 32, 8), XStringFormats.TopRight);
        }

        gfx.DrawLine(new XPen(XColors.Gray, 0.8) { DashStyle = XDashStyle.Dot }, left, Y(c.Total), left + width, Y(c.Total));
        var bar = Math.Min(26, width / Math.Max(1, c.Points.Count) * 0.55);
        var blue = new XSolidBrush(XColor.FromArgb(25, 118, 210));
        foreach (var p in c.Points)
        {
            if (p.Actual is { } a)
            {
                gfx.DrawRectangle(blue, X(p.X) - (bar / 2), Y(a), bar, Y(0) - Y(a));
                gfx.DrawString(Format.Number(a), small, XBrushes.Navy, new XRect(X(p.X) - 20, Y(a) - 10, 40, 8), XStringFormats.TopCenter);
            }

            gfx.DrawString(DecreeDocument.Clean(p.Label), small, XBrushes.Black, new XRect(X(p.X) - 30, Y(0) + 3, 60, 8), XStringFormats.TopCenter);
        }

        var red = new XPen(XColor.FromArgb(198, 40, 40), 1.3) { DashStyle = XDashStyle.Dash };
        if (c.Points.Count > 1)
        {
            gfx.DrawLines(red, c.Points.Select(p => new XPoint(X(p.X), Y(p.Target))).ToArray());
        }

        foreach (var p in c.Points)
        {
            gfx.DrawEllipse(new XSolidBrush(XColor.FromArgb(198, 40, 40)), X(p.X) - 2.5, Y(p.Target) - 2.5, 5, 5);
        }

        var legendY = area.Y + Height - 14;
        gfx.DrawRectangle(blue, left, legendY, 10, 7);
        gfx.DrawString("Thực hiện", small, XBrushes.Black, new XRect(left + 13, legendY - 0.5, 60, 8), XStringFormats.TopLeft);
        gfx.DrawLine(red, left + 70, legendY + 3.5, left + 88, legendY + 3.5);
        gfx.DrawString("Chỉ tiêu", small, XBrushes.Black, new XRect(left + 91, legendY - 0.5, 60, 8), XStringFormats.TopLeft);
        gfx.DrawLine(new XPen(XColors.Gray, 0.8) { DashStyle = XDashStyle.Dot }, left + 140, legendY + 3.5, left + 158, legendY + 3.5);
        gfx.DrawString(DecreeDocument.Clean($"Tổng số {Format.Number(c.Total)} {c.CountedIn}"), small, XBrushes.Black, new XRect(left + 161, legendY - 0.5, 120, 8), XStringFormats.TopLeft);
    }
}

using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Planning;

public sealed record TargetChartPoint(int Id, string Label, DateOnly PeriodEnd, int Target, int? Actual, double X);

/// <summary>A target series laid out for drawing, the same for the page, the print view and the PDF: points evenly
/// spaced across, values as fractions of the top of the scale (the series' whole, or the highest value if higher).</summary>
public sealed record TargetChart(int Id, string Title, string CountedIn, int Total, string? Source, IReadOnlyList<TargetChartPoint> Points, int Max)
{
    /// <summary>How far down a value sits: 0 at the top of the scale, 1 at zero.</summary>
    public double Y(int value) => 1 - ((double)value / Max);

    /// <summary>Gridlines at quarters of the scale.</summary>
    public IReadOnlyList<int> Grid => [0, Max / 4, Max / 2, Max * 3 / 4, Max];

    /// <summary>The latest period with an actual, and how it stands against its target.</summary>
    public TargetChartPoint? Latest => Points.LastOrDefault(p => p.Actual is not null);

    public static TargetChart Of(TargetSeries series)
    {
        var points = series.Points.OrderBy(p => p.PeriodEnd).ToList();
        var max = Math.Max(1, points.Select(p => Math.Max(p.Target, p.Actual ?? 0)).Append(series.Total).Max());
        return new TargetChart(series.Id, series.Title, series.CountedIn, series.Total, series.Source,
            points.Select((p, i) => new TargetChartPoint(p.Id, p.Label, p.PeriodEnd, p.Target, p.Actual, (i + 0.5) / points.Count)).ToList(), max);
    }
}

/// <summary>The multi-year targets of the merger's roadmap: read by everyone in the merger; the actual of a period is
/// recorded, and a period added, by those who steer the plan (checked here).</summary>
public sealed class TargetService(MergePlannerDbContext db, CurrentUser current, Organisation.MergerContext mergers, IStringLocalizer<SharedResource> l)
{
    public async Task<bool> MayEditAsync(CancellationToken cancellationToken = default) =>
        Permissions.Allows(current.Principal, AppAction.EditTasks) && !await mergers.IsClosedAsync(cancellationToken);

    public async Task<IReadOnlyList<TargetChart>> ChartsAsync(CancellationToken cancellationToken = default)
    {
        var series = await db.TargetSeries.AsNoTracking().Include(s => s.Points).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return series.Select(TargetChart.Of).ToList();
    }

    /// <summary>Records (or clears) the actual of a period: never below zero nor above the series' whole.</summary>
    public async Task<string?> RecordAsync(int pointId, int? actual, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MayEditAsync(cancellationToken))
        {
            return l["Errors.Forbidden.Message"];
        }

        var point = await db.TargetPoints.Include(p => p.Series).SingleOrDefaultAsync(p => p.Id == pointId, cancellationToken);
        if (point is null)
        {
            return l["Errors.NotFound.Title"];
        }

        var series = point.Series!;
        if (actual is < 0 || actual > series.Total)
        {
            return string.Format(CultureInfo.CurrentCulture, l["Targets.Err.Range"], series.Total, series.CountedIn);
        }

        point.Actual = actual;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Adds a period to a series (its end day unique within the series).</summary>
    public async Task<string?> AddPointAsync(int seriesId, DateOnly periodEnd, string? label, int target, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MayEditAsync(cancellationToken))
        {
            return l["Errors.Forbidden.Message"];
        }

        var series = await db.TargetSeries.Include(s => s.Points).SingleOrDefaultAsync(s => s.Id == seriesId, cancellationToken);
        if (series is null)
        {
            return l["Errors.NotFound.Title"];
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(label) || label.Trim().Length > 32)
        {
            errors.Add(l["Targets.Err.Label"]);
        }

        if (target < 0 || target > series.Total)
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Targets.Err.Range"], series.Total, series.CountedIn));
        }

        if (series.Points.Any(p => p.PeriodEnd == periodEnd))
        {
            errors.Add(l["Targets.Err.Period"]);
        }

        if (errors.Count > 0)
        {
            return string.Join(" ", errors);
        }

        series.Points.Add(new TargetPoint { SeriesId = seriesId, PeriodEnd = periodEnd, Label = label!.Trim(), Target = target });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

using MergePlanner.Data.Common;

namespace MergePlanner.Data.Planning;

/// <summary>A multi-year target of the merger's roadmap (issue 11, point 3): what is counted (communes with regular
/// police, heads placed…), out of how many, and its target and actual by period.</summary>
public class TargetSeries : IMergerOwned, IAudited
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>What one is counted in ("xã", "cán bộ").</summary>
    public required string CountedIn { get; set; }

    /// <summary>The whole the counts are part of (the 141 communes): the chart's top line.</summary>
    public int Total { get; set; }

    /// <summary>Where the figures come from.</summary>
    public string? Source { get; set; }

    public int SortOrder { get; set; }

    public List<TargetPoint> Points { get; set; } = [];
}

/// <summary>The target and (once known) the actual of a series at the end of a period.</summary>
public class TargetPoint : IMergerOwned, IAudited
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int SeriesId { get; set; }

    public TargetSeries? Series { get; set; }

    /// <summary>The last day of the period: the points are ordered by it.</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>"2019", "Quý I/2020".</summary>
    public required string Label { get; set; }

    public int Target { get; set; }

    public int? Actual { get; set; }
}

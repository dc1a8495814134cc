using MergePlanner.Data.Common;

namespace MergePlanner.Data.Organisation;

/// <summary>How one unit flows into another: merged into, renamed, split, dissolved or a function transferred.
/// A dissolved unit has no successor; a split gives each successor a part (with its share of the whole).</summary>
public class UnitLineage : IVersioned, IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int FromUnitId { get; set; }

    public Unit? FromUnit { get; set; }

    public int? ToUnitId { get; set; }

    public Unit? ToUnit { get; set; }

    public LineageKind Kind { get; set; }

    public LineagePortion Portion { get; set; } = LineagePortion.Whole;

    /// <summary>Share of the source that goes this way, in percent; the shares of a split add up to 100.</summary>
    public decimal? SharePercent { get; set; }

    public DateOnly EffectiveDate { get; set; }

    /// <summary>Number and date of the decision, e.g. "Nghị quyết 1669/NQ-UBTVQH15 ngày 16/6/2025".</summary>
    public string? DecisionReference { get; set; }

    public string? Note { get; set; }

    public int Version { get; set; }
}

public enum LineageKind
{
    MergedInto,
    Renamed,
    Split,
    Dissolved,
    FunctionTransferred,
}

/// <summary>"toàn bộ", "một phần", "phần còn lại" of the official texts.</summary>
public enum LineagePortion
{
    Whole,
    Part,
    Remainder,
}

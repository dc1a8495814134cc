using MergePlanner.Data.Common;

namespace MergePlanner.Data.Organisation;

/// <summary>Two or more source provincial police forces become one target force on the effective date.</summary>
public class Merger : IVersioned, IAudited
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateOnly EffectiveDate { get; set; }

    public MergerStatus Status { get; set; }

    /// <summary>The legal basis shown on documents, e.g. "Nghị quyết 202/2025/QH15".</summary>
    public string? DecisionReference { get; set; }

    /// <summary>The new province's code in the official 2025 list ("31" for TP Hải Phòng): what its commune list,
    /// imports and lineage are checked against. Null for a merger set up before it was recorded.</summary>
    public string? ProvinceCode { get; set; }

    public int? TargetUnitId { get; set; }

    public Unit? TargetUnit { get; set; }

    /// <summary>The target's root once the merger is set up (it is null only inside the set-up transaction, which
    /// creates the merger before its units).</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public int TargetRootId => TargetUnitId ?? throw new InvalidOperationException($"Merger {Id} has no target unit yet.");

    public List<MergerSource> Sources { get; set; } = [];

    public int Version { get; set; }
}

public class MergerSource
{
    public int MergerId { get; set; }

    public Merger? Merger { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Display order of the sources (A, B, C…).</summary>
    public int Ordinal { get; set; }
}

public enum MergerStatus
{
    Planning,
    InProgress,
    Completed,
}

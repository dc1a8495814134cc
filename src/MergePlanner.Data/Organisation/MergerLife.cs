namespace MergePlanner.Data.Organisation;

/// <summary>Where a merger stands in its life.</summary>
public enum MergerPhase
{
    /// <summary>Before the effective date: the sources are the forces at work, everything can be prepared.</summary>
    Preparing,

    /// <summary>From the effective date: the target is the force; the sources show as merged and accept only the
    /// inventory, handover and personnel work still open, not new units or structure changes.</summary>
    Effective,

    /// <summary>Everything accounted for and closed: read-only, kept as an archive.</summary>
    Closed,
}

/// <summary>The rules of a merger's life, without a database: its phase on a given day, what a source unit is then,
/// and whether a merger may be closed.</summary>
public static class MergerLife
{
    /// <summary>Closed once closed; otherwise effective from its date on, preparing before.</summary>
    public static MergerPhase Phase(MergerStatus status, DateOnly effectiveDate, DateOnly today) =>
        status == MergerStatus.Completed ? MergerPhase.Closed
        : today >= effectiveDate ? MergerPhase.Effective
        : MergerPhase.Preparing;

    /// <summary>A merger may be closed only once effective and with nothing left unaccounted for.</summary>
    public static bool MayClose(MergerPhase phase, int itemsUnaccounted) => phase == MergerPhase.Effective && itemsUnaccounted == 0;

    /// <summary>Whether the structure of a unit's tree may still change: never once closed; a source's tree not from
    /// the effective date on (it is merged); the target's always until closed.</summary>
    public static bool StructureMayChange(MergerPhase phase, bool inSourceTree) =>
        phase switch
        {
            MergerPhase.Closed => false,
            MergerPhase.Effective => !inSourceTree,
            _ => true,
        };
}

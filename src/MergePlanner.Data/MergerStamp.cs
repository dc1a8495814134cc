using MergePlanner.Data.Common;

namespace MergePlanner.Data;

/// <summary>The save-side half of keeping mergers apart (the query filters are the read side): a new row takes the
/// merger its context works in, and no context saves a row of another merger than its own — whatever a page or
/// service forgot, a row of merger B cannot be written by a person of merger A.</summary>
public static class MergerStamp
{
    public static void Apply(IMergerOwned row, int? contextMerger)
    {
        if (row.MergerId == 0)
        {
            row.MergerId = contextMerger is > 0 ? contextMerger.Value
                : throw new InvalidOperationException($"A new {row.GetType().Name} row needs a merger: this context works in none.");
        }
        else if (contextMerger is { } merger && row.MergerId != merger)
        {
            throw new InvalidOperationException($"A {row.GetType().Name} row of merger {row.MergerId} cannot be saved by a context working in merger {merger}.");
        }
    }
}

namespace MergePlanner.Data.Common;

/// <summary>An editable row guarded by optimistic concurrency: the context bumps <see cref="Version"/>
/// on every update, so a stale form loses instead of silently overwriting someone else's change.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>A row with a folded search column. SQLite's NOCASE folds ASCII only, so Vietnamese search
/// compares against text lower-cased with diacritics removed in C# (portable to SQL Server as well).</summary>
public interface ISearchable
{
    string SearchText { get; set; }

    string ComposeSearchText();
}

/// <summary>Inventory and personnel data is never hard-deleted: a dissolved unit or a lost item keeps its
/// history. The context refuses a delete of such a row.</summary>
public interface INoHardDelete;

/// <summary>Changes to these rows are written to the audit log (who, when, before, after).</summary>
public interface IAudited;

/// <summary>History rows: added, never changed or deleted (a correction is a new row).</summary>
public interface IAppendOnly;

/// <summary>A row that belongs to exactly one merger. A context working for a person sees and saves only the rows of
/// that person's merger (a query filter and a save check in <see cref="MergePlannerDbContext"/>); a new row takes the
/// context's merger unless it names one.</summary>
public interface IMergerOwned
{
    int MergerId { get; set; }
}

/// <summary>The merger the current person works in: their own, or the one a national role has switched to; 0 when
/// there is none (then nothing merger-owned is visible).</summary>
public interface IMergerSelection
{
    int MergerId { get; }
}

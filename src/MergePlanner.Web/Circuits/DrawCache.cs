namespace MergePlanner.Web.Circuits;

/// <summary>
/// Keeps an expensive read for the page being drawn — the page and its panels ask for it several times within a moment
/// — and no longer. A request used to bound such a cache; an interactive circuit lives for hours, so a cache per scope
/// would show one person's page a stale ledger after their own change (or anyone else's). Two seconds covers one
/// drawing; a change saved through the same database context (the person's own action) drops it at once.
/// </summary>
public sealed class DrawCache<T>
{
    public static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(2);

    private readonly TimeProvider clock;

    public DrawCache(TimeProvider clock, Microsoft.EntityFrameworkCore.DbContext? changesOf = null)
    {
        this.clock = clock;
        if (changesOf is not null)
        {
            changesOf.SavedChanges += (_, _) => Reset();
        }
    }

    private Task<T>? _value;
    private DateTimeOffset _at;
    private object? _key;

    public Task<T> GetAsync(Func<Task<T>> load, object? key = null)
    {
        var now = clock.GetUtcNow();
        if (_value is null || _value.IsFaulted || _value.IsCanceled || now - _at > SharedFor || !ReferenceEquals(_key, key))
        {
            (_value, _at, _key) = (load(), now, key);
        }

        return _value;
    }

    public void Reset() => _value = null;
}

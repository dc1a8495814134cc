using System.Collections.Concurrent;

namespace MergePlanner.Web.Circuits;

/// <summary>
/// A read shared by every circuit of this node and kept while the data it was read from stays as it was: each entry
/// carries the version it was read at — the newest audit entry of what it reads
/// (<see cref="ChangeFeed.LatestChangeAsync(Data.MergePlannerDbContext, IReadOnlyCollection{Type}, CancellationToken)"/>),
/// every change being audited — and a newer version reads again. The first caller after a change reads, on its own
/// database context; the others await the same read. A failed or cancelled read is never kept, and whoever awaited
/// someone else's failed read (a circuit closed in the middle of it) reads for themselves. Values must not be changed
/// by their readers.
/// </summary>
public class VersionedCache<T>
{
    private const int Keep = 64;
    private readonly ConcurrentDictionary<string, (long Version, Lazy<Task<T>> Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(string key, long version, Func<Task<T>> load)
    {
        // Lazy: under contention a dictionary may build an entry it then throws away; only the kept one reads.
        var mine = new Lazy<Task<T>>(load);
        var entry = _entries.AddOrUpdate(key, _ => (version, mine), (_, old) => old.Version == version && !Failed(old.Value) ? old : (version, mine));
        if (_entries.Count > Keep)
        {
            foreach (var stale in _entries.Where(e => e.Value.Version < version).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }
        }

        if (ReferenceEquals(entry.Value, mine))
        {
            return await mine.Value;
        }

        try
        {
            return await entry.Value.Value;
        }
        catch (Exception) when (!mine.IsValueCreated)
        {
            return await mine.Value;
        }
    }

    private static bool Failed(Lazy<Task<T>> value) => value.IsValueCreated && (value.Value.IsFaulted || value.Value.IsCanceled);
}

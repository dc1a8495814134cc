using System.Text.Json;
using MergePlanner.Data.Auditing;
using MergePlanner.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MergePlanner.Data;

/// <summary>The rules every save follows: no hard delete of protected rows, a version bump for optimistic
/// concurrency, a fresh search column, and an audit entry per change.</summary>
internal sealed class ChangeTracking(MergePlannerDbContext context, IAuditActor actor)
{
    private readonly List<(EntityEntry Entry, AuditEntry Audit)> _pendingKeys = [];

    public ChangeTracking Prepare()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && entry.Entity is IAppendOnly)
            {
                throw new InvalidOperationException(
                    $"{entry.Entity.GetType().Name} rows are history: add a correcting row instead of changing one.");
            }

            if (entry.State == EntityState.Deleted && entry.Entity is INoHardDelete)
            {
                throw new InvalidOperationException(
                    $"{entry.Entity.GetType().Name} rows are never deleted; archive them instead.");
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity is IMergerOwned owned)
            {
                MergerStamp.Apply(owned, context.CurrentMergerId);
            }

            if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity is ISearchable searchable)
            {
                searchable.SearchText = searchable.ComposeSearchText();
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                SaveLimits.Apply(entry.Entity, entry.Metadata);
            }

            if (entry.State == EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                // The original value stays the concurrency check; the new value is what the row becomes.
                versioned.Version++;
            }

            if (context.AuditEnabled && entry.Entity is IAudited && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var audit = new AuditEntry
                {
                    AtUtc = now,
                    UserName = actor.Name,
                    EntityType = entry.Entity.GetType().Name,
                    EntityKey = KeyOf(entry),
                    Action = entry.State.ToString(),
                    Before = entry.State == EntityState.Added ? null : Serialize(entry, original: true),
                    // Inserted rows are serialised once, in Complete, when their keys exist.
                    After = entry.State is EntityState.Deleted or EntityState.Added ? null : Serialize(entry, original: false),
                    MergerId = (entry.Entity as IMergerOwned)?.MergerId ?? context.CurrentMergerId,
                    UnitId = UnitOf(entry),
                };
                if (entry.State == EntityState.Added)
                {
                    // Generated keys are known only after the insert.
                    _pendingKeys.Add((entry, audit));
                }
                else
                {
                    context.AuditEntries.Add(audit);
                }
            }
        }

        return this;
    }

    public bool HasInsertsToAudit => _pendingKeys.Count > 0;

    /// <summary>Adds the audit entries of inserted rows now that their keys exist.</summary>
    public void Complete()
    {
        foreach (var (entry, audit) in _pendingKeys)
        {
            audit.EntityKey = KeyOf(entry);
            audit.After = Serialize(entry, original: false);
            context.AuditEntries.Add(audit);
        }
    }

    // Readable Vietnamese in the audit log, not \u escapes; the log is data, never rendered as HTML unencoded.
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>The unit a row is about, by the first unit reference it carries.</summary>
    private static int? UnitOf(EntityEntry entry)
    {
        foreach (var name in UnitProperties)
        {
            if (entry.Metadata.FindProperty(name) is not null && entry.Property(name).CurrentValue is int unit)
            {
                return unit;
            }
        }

        // A row about an item or an officer (a stocktake line, a disposition, a rating): the unit of that item or officer,
        // when it is loaded with the change (the services load it to check the person's scope).
        foreach (var navigation in ItemNavigations)
        {
            if (entry.Metadata.FindNavigation(navigation) is { IsCollection: false } && entry.Reference(navigation).CurrentValue is { } target)
            {
                var owner = entry.Context.Entry(target);
                foreach (var name in UnitProperties)
                {
                    if (owner.Metadata.FindProperty(name) is not null && owner.Property(name).CurrentValue is int unit)
                    {
                        return unit;
                    }
                }
            }
        }

        return entry.Entity is Organisation.Unit { Id: > 0 } self ? self.Id : null;
    }

    private static readonly string[] ItemNavigations = ["Asset", "CaseFile", "Officer", "Disposition"];

    private static readonly string[] UnitProperties = ["UnitId", "OwningUnitId", "ResponsibleUnitId", "FromUnitId"];

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static string Serialize(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name == nameof(ISearchable.SearchText))
            {
                continue;
            }

            if (entry.State == EntityState.Modified && !property.IsModified && !property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.Name] = value switch
            {
                Enum e => e.ToString(),

                // An uploaded file is audited by size and hash: its bytes would bloat the log (and were copied there).
                byte[] bytes => SaveLimits.Fingerprint(bytes),
                _ => value,
            };
        }

        return JsonSerializer.Serialize(values, JsonOptions);
    }
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MergePlanner.Data;

/// <summary>Raised when a value would not fit its column: a defect of the caller's validation, never a partial save.</summary>
public sealed class DataLimitException(string message) : Exception(message);

/// <summary>What every saved row must satisfy whatever path it came by (forms, imports, the bulk path): text without
/// control characters (one NUL byte used to make every XLSX export fail) and within its declared length (SQLite does
/// not enforce it, SQL Server would refuse the whole save).</summary>
public static class SaveLimits
{
    public static void Apply(object entity, IEntityType entityType)
    {
        foreach (var (info, max, derived) in StringProperties.GetOrAdd(entityType.ClrType, _ => Describe(entityType)))
        {
            if (info.GetValue(entity) is not string value)
            {
                continue;
            }

            var clean = StripControlCharacters(value);
            if (!ReferenceEquals(clean, value))
            {
                info.SetValue(entity, clean);
            }

            if (max is not { } limit || clean.Length <= limit)
            {
                continue;
            }

            if (derived)
            {
                // The search column is derived from several fields: a long combination is cut, not refused.
                info.SetValue(entity, clean[..limit]);
            }
            else
            {
                throw new DataLimitException($"{entityType.ClrType.Name}.{info.Name}: tối đa {limit} ký tự, nhận {clean.Length}.");
            }
        }
    }

    // Looked up once per entity type: the bulk import saves hundreds of thousands of rows through here.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (System.Reflection.PropertyInfo Info, int? Max, bool Derived)[]> StringProperties = new();

    private static (System.Reflection.PropertyInfo, int?, bool)[] Describe(IEntityType entityType) =>
        [.. entityType.GetProperties()
            .Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null)
            .Select(p => (p.PropertyInfo!, p.GetMaxLength(), p.Name == nameof(Common.ISearchable.SearchText)))];

    /// <summary>Removes control characters except tab and line breaks; returns the same instance when there are none.</summary>
    public static string StripControlCharacters(string value)
    {
        var i = 0;
        while (i < value.Length && !IsForbidden(value[i]))
        {
            i++;
        }

        if (i == value.Length)
        {
            return value;
        }

        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsForbidden(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>How a file's bytes appear in the audit log: size and hash, never the content.</summary>
    public static string Fingerprint(byte[] bytes) => $"{bytes.Length} bytes, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}";

    private static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF';
}

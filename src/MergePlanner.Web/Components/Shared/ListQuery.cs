using System.Linq.Expressions;
using MergePlanner.Data.Common;

namespace MergePlanner.Web.Components.Shared;

public static class ListQuery
{
    /// <summary>Sorts by a whitelisted field name from the URL; an unknown name falls back to the default,
    /// so a hand-edited URL can never sort by something unintended.</summary>
    public static IOrderedQueryable<T> SortBy<T>(this IQueryable<T> query, string? sort, bool descending, IReadOnlyDictionary<string, Expression<Func<T, object?>>> fields, string defaultField)
    {
        var key = sort is not null && fields.ContainsKey(sort) ? sort : defaultField;
        var ordered = descending ? query.OrderByDescending(fields[key]) : query.OrderBy(fields[key]);
        return ordered;
    }

    public static bool IsDescending(string? dir) => string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>Vietnamese-insensitive search: the query is folded the same way the search column is.</summary>
    public static IQueryable<T> Search<T>(this IQueryable<T> query, string? text)
        where T : ISearchable
    {
        var folded = VietnameseText.Fold(text);
        return folded.Length == 0 ? query : query.Where(e => e.SearchText.Contains(folded));
    }
}

/// <summary>Query-string values parsed by hand: Blazor's own binding of int and bool throws on "abc", which made a
/// hand-edited URL answer 500. Every number or yes/no in a URL is read as text and parsed here; a malformed value
/// is ignored (the page shows its default view).</summary>
public static class QueryValue
{
    public static int? Int(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool? Bool(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "true" or "1" or "on" => true,
        "false" or "0" or "off" => false,
        _ => null,
    };

    /// <summary>Query-string enums: Blazor cannot bind them, and an unknown value is ignored rather than an error.</summary>
    public static TEnum? Enum<TEnum>(string? text)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value : null;
}

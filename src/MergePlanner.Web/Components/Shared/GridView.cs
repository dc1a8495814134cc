using Microsoft.AspNetCore.Components;

namespace MergePlanner.Web.Components.Shared;

/// <summary>
/// A list grid's page, page size and sort as they appear in the address (<c>page</c>, <c>size</c>, <c>sort</c>,
/// <c>dir</c>), so a link, the back button and a refresh show the same view. Read leniently: a malformed or unknown value
/// is the default, never an error.
/// </summary>
public sealed record GridView(int Page, int PageSize, string? Sort, bool Descending)
{
    public const int DefaultPageSize = 50;

    public static readonly int[] PageSizes = [25, 50, 100];

    public static GridView From(string? page, string? size, string? sort, string? dir, IEnumerable<string> sortable)
    {
        var pageSize = QueryValue.Int(size) is { } s && PageSizes.Contains(s) ? s : DefaultPageSize;
        var known = sortable.FirstOrDefault(f => string.Equals(f, sort, StringComparison.OrdinalIgnoreCase));
        return new GridView(Math.Max(1, QueryValue.Int(page) ?? 1), pageSize, known, known is not null && ListQuery.IsDescending(dir));
    }

    /// <summary>The address of this view: the current one with page, size and sort replaced (defaults left out).</summary>
    public string Uri(NavigationManager navigation) => navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["page"] = Page == 1 ? null : Page,
        ["size"] = PageSize == DefaultPageSize ? null : PageSize,
        ["sort"] = Sort,
        ["dir"] = Sort is not null && Descending ? "desc" : null,
    });

    public MudBlazor.SortDirection DirectionOf(string column) => !string.Equals(Sort, column, StringComparison.OrdinalIgnoreCase)
        ? MudBlazor.SortDirection.None
        : Descending ? MudBlazor.SortDirection.Descending : MudBlazor.SortDirection.Ascending;
}

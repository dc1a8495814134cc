using Microsoft.AspNetCore.Components;

namespace MergePlanner.Web.Components.Shared;

/// <summary>
/// A list grid's page, page size and sort as they appear in the address (<c>page</c>, <c>size</c>, <c>sort</c>,
/// <c>dir</c>), so a link, the back button and a refresh show the same view. Read leniently: a malformed or unknown value
/// is the default, never an error.
/// </summary>
public sealed record GridView(int Page, int PageSize, string? Sort, bool Descending)
{
    public const int DefaultPageSize = Paging.DefaultPageSize;

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

/// <summary>
/// Keeps a list page's grid and its address in step: the view asked for by the address (a link, the back button, a
/// refresh) becomes the grid's starting view — a new <see cref="Key"/> makes the page draw the grid again from it —
/// and every page the grid loads is written back into the address, replacing the history entry.
/// </summary>
public sealed class GridAddress(NavigationManager navigation)
{
    private GridView? _shown;

    public GridView View { get; private set; } = new(1, GridView.DefaultPageSize, null, false);

    /// <summary>Use as the grid's <c>@key</c>.</summary>
    public string Key { get; private set; } = string.Empty;

    public void Read(string? page, string? size, string? sort, string? dir, IEnumerable<string> sortable)
    {
        var asked = GridView.From(page, size, sort, dir, sortable);
        if (asked != _shown)
        {
            (View, Key) = (asked, navigation.Uri);
        }
    }

    /// <summary>What the grid asks for, in the list services' terms (first page is 1).</summary>
    public static (int Page, int PageSize, string? Sort, bool Descending) Asked<T>(MudBlazor.GridState<T> state)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return (state.Page + 1, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    /// <summary>The page the list service answered with (it may have clamped the page number).</summary>
    public void Shown(int page, int pageSize, string? sort, bool descending)
    {
        _shown = new GridView(page, pageSize, sort, descending);
        var uri = _shown.Uri(navigation);
        if (uri != navigation.Uri)
        {
            navigation.NavigateTo(uri, new NavigationOptions { ReplaceHistoryEntry = true });
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;

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
    private static readonly HashSet<string> ViewNames = new(StringComparer.OrdinalIgnoreCase) { "page", "size", "sort", "dir" };

    private GridView? _shown;
    private string? _shownFilters;

    public GridView View { get; private set; } = new(1, GridView.DefaultPageSize, null, false);

    /// <summary>Use as the grid's <c>@key</c>.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>
    /// Takes the view the address asks for. Answers <c>true</c> when only the filters changed (a filter cell in the grid,
    /// or the back button between two filters): the page then reloads the grid from its first page in place, so the
    /// filter field being typed in keeps its focus. Any other change draws the grid again (new <see cref="Key"/>).
    /// </summary>
    public bool Read(string? page, string? size, string? sort, string? dir, IEnumerable<string> sortable)
    {
        var asked = GridView.From(page, size, sort, dir, sortable);
        var filters = FiltersOf(navigation.Uri);
        if (asked != _shown)
        {
            (View, Key, _shownFilters) = (asked, navigation.Uri, filters);
            return false;
        }

        if (filters == _shownFilters)
        {
            return false;
        }

        // The grid's page parameter follows the view: left at the old page, the next render would move the grid back.
        (View, _shownFilters) = (asked, filters);
        return true;
    }

    /// <summary>
    /// Sets filters (query name → value; null or blank removes it) as a new history entry, so the back button returns
    /// to the previous filter; the list starts again at its first page.
    /// </summary>
    public void Filter(params (string Name, object? Value)[] filters)
    {
        var changes = filters.ToDictionary(f => f.Name, f => f.Value is string text && string.IsNullOrWhiteSpace(text) ? null : f.Value);
        changes["page"] = null;
        if (_shown is not null)
        {
            _shown = _shown with { Page = 1 };
        }

        navigation.NavigateTo(navigation.GetUriWithQueryParameters(changes));
    }

    /// <summary>The address's filters: its query without the grid's own view, in a stable order.</summary>
    internal static string FiltersOf(string uri)
    {
        var query = uri.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? uri[at..] : string.Empty;
        return string.Join('&', QueryHelpers.ParseQuery(query)
            .Where(p => !ViewNames.Contains(p.Key) && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Select(p => $"{p.Key.ToLowerInvariant()}={p.Value}"));
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

public static class GridReload
{
    /// <summary>Reads the grid's rows again from its first page (one read: moving the page reads by itself).</summary>
    public static Task ReloadFromFirstPageAsync<T>(this MudBlazor.MudDataGrid<T>? grid)
    {
        if (grid is null)
        {
            return Task.CompletedTask;
        }

        if (grid.CurrentPage != 0)
        {
            grid.NavigateTo(MudBlazor.Page.First);
            return Task.CompletedTask;
        }

        return grid.ReloadServerData();
    }
}

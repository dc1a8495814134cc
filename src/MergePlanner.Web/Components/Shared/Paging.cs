using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Components.Shared;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public int FirstRow => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastRow => Math.Min(Total, Page * PageSize);
}

public static class Paging
{
    public const int DefaultPageSize = 50;

    /// <summary>The page size a list grid may ask for: a hand-edited address never reads 10,000 rows at once.</summary>
    public static int GridPageSize(int asked) => Math.Clamp(asked, 10, 200);

    /// <summary>Pages a list already in memory (derived rows such as lineage or staffing).</summary>
    public static PagedResult<T> ToPage<T>(this IReadOnlyList<T> items, int? page, int pageSize = DefaultPageSize) =>
        items.ToPage(items.Count, page, pageSize);

    /// <summary>Pages rows in memory whose number is already known; an ordered sequence is then only partly sorted
    /// (LINQ's OrderBy…Skip…Take selects the page, it does not sort every row).</summary>
    public static PagedResult<T> ToPage<T>(this IEnumerable<T> items, int total, int? page, int pageSize)
    {
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page ?? 1, 1, pageCount);
        return new PagedResult<T>(items.Skip((current - 1) * pageSize).Take(pageSize).ToList(), total, current, pageSize);
    }

    public static async Task<PagedResult<T>> ToPagedAsync<T>(this IQueryable<T> query, int? page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page ?? 1, 1, pageCount);
        var items = await query.Skip((current - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, current, pageSize);
    }
}

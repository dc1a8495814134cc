using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Organisation;

public sealed record UnitListFilter(string? Search, int? Origin, UnitType? Type, UnitStatus? Status);

/// <summary>Member-initialised (not a positional record) so EF can sort on the projected columns.</summary>
public sealed class UnitListRow
{
    public int Id { get; init; }
    public string Code { get; init; } = string.Empty;
    public string Name { get; init; } = string.Empty;
    public UnitType Type { get; init; }
    public string? ParentName { get; init; }
    public string? Origin { get; init; }
    public UnitStatus Status { get; init; }
    public int Officers { get; init; }
    public string SearchText { get; init; } = string.Empty;
    public int OriginId { get; init; }
    public int SortOrder { get; init; }
}

public sealed record UnitListPage(IReadOnlyList<UnitListRow> Rows, int Total, int Page);

/// <summary>The units as a list, in tree order by default: filtered, sorted and paged in SQL within the person's scope.</summary>
public sealed class UnitListQuery(MergePlannerDbContext db, UnitScopeService scopes)
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<UnitListRow, object?>>> SortFields = new Dictionary<string, Expression<Func<UnitListRow, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(UnitListRow.Code)] = u => u.Code,
        [nameof(UnitListRow.Name)] = u => u.SearchText,
        [nameof(UnitListRow.Officers)] = u => u.Officers,
        [nameof(UnitListRow.SortOrder)] = u => u.SortOrder,
    };

    public async Task<UnitListPage> PageAsync(UnitListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.Units.AsNoTracking().InScope(scope, u => u.Id).Search(filter.Search);
        if (filter.Origin is { } origin) query = query.Where(u => u.OriginId == origin);
        if (filter.Type is { } type) query = query.Where(u => u.Type == type);
        if (filter.Status is { } status) query = query.Where(u => u.Status == status);
        var result = await query
            .Select(u => new UnitListRow
            {
                Id = u.Id, Code = u.Code, Name = u.Name, Type = u.Type, ParentName = u.Parent!.Name, Origin = u.Origin!.ShortName, Status = u.Status,
                Officers = db.Officers.Count(o => o.UnitId == u.Id || o.PlacedUnitId == u.Id), SearchText = u.SearchText, OriginId = u.OriginId ?? 0, SortOrder = u.SortOrder,
            })
            .SortBy(sort, descending, SortFields, nameof(UnitListRow.SortOrder))
            .ThenBy(u => u.OriginId).ThenBy(u => u.SortOrder).ThenBy(u => u.Id)
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new UnitListPage(result.Items, result.Total, result.Page);
    }
}

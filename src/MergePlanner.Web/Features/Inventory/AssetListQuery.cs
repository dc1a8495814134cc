using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Inventory;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>What the asset register list is filtered by (all of it lives in the page's address).</summary>
public sealed record AssetListFilter(string? Search, int? Origin, AssetRegister? Register, AssetCategory? Category, AssetStatus? Status, int? Unit, bool After);

public sealed record AssetListRow(int Id, string Code, string Name, AssetCategory Category, string UnitOfMeasure, decimal Quantity, decimal OriginalCost,
    decimal RemainingValue, AssetStatus Status, int UnitId, string UnitName, Asset Asset);

/// <summary>One page of the list; <see cref="Refused"/> when the filter names a unit outside the person's scope.</summary>
public sealed record AssetListPage(IReadOnlyList<AssetListRow> Rows, int Total, int Page, bool Refused)
{
    public static readonly AssetListPage RefusedPage = new([], 0, 1, true);
}

/// <summary>
/// The asset registers as a list: filtered, sorted and paged in SQL, within the person's unit scope (checked here, not by
/// the page). The grid asks for one page at a time; the total value is asked for separately, once per filter.
/// </summary>
public sealed class AssetListQuery(MergePlannerDbContext db, UnitScopeService scopes, StructureView structures)
{
    /// <summary>The grid's sortable columns by name, each translated to SQL; any other name sorts by code.</summary>
    public static readonly IReadOnlyDictionary<string, Expression<Func<Asset, object?>>> SortFields = new Dictionary<string, Expression<Func<Asset, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(AssetListRow.Code)] = a => a.Code,
        [nameof(AssetListRow.Name)] = a => a.SearchText,
        [nameof(AssetListRow.Quantity)] = a => a.Quantity,
        [nameof(AssetListRow.OriginalCost)] = a => a.OriginalCost,
        [nameof(AssetListRow.RemainingValue)] = a => a.RemainingValue,
    };

    public async Task<bool> IsRefusedAsync(AssetListFilter filter, CancellationToken cancellationToken = default) =>
        (await ScopeAsync(filter, cancellationToken)).IsRefused;

    public async Task<AssetListPage> PageAsync(AssetListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(filter, cancellationToken);
        if (scope.IsRefused)
        {
            return AssetListPage.RefusedPage;
        }

        pageSize = Paging.GridPageSize(pageSize);
        var result = await Filtered(filter, scope).SortBy(sort, descending, SortFields, nameof(AssetListRow.Code)).ThenBy(a => a.Id)
            .Select(a => new AssetListRow(a.Id, a.Code, a.Name, a.Category, a.UnitOfMeasure, a.Quantity, a.OriginalCost, a.RemainingValue, a.Status, a.UnitId, a.Unit!.Name, a))
            .ToPagedAsync(page, pageSize, cancellationToken);
        return new AssetListPage(result.Items, result.Total, result.Page, false);
    }

    /// <summary>The remaining value of everything the filter shows (all pages).</summary>
    public async Task<decimal> TotalValueAsync(AssetListFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(filter, cancellationToken);
        return scope.IsRefused ? 0 : await Filtered(filter, scope).SumAsync(a => a.RemainingValue, cancellationToken);
    }

    private async Task<UnitScope> ScopeAsync(AssetListFilter filter, CancellationToken cancellationToken) =>
        await structures.FilterAsync(await scopes.GetAsync(cancellationToken), filter.Unit, filter.After, cancellationToken);

    private IQueryable<Asset> Filtered(AssetListFilter filter, UnitScope scope)
    {
        var query = db.Assets.AsNoTracking().InScope(scope, a => a.UnitId).Search(filter.Search);
        if (filter.Origin is { } origin) query = query.Where(a => a.Unit!.OriginId == origin);
        if (filter.Register is { } register)
        {
            var categories = register.Categories.ToList();
            query = query.Where(a => categories.Contains(a.Category));
        }

        if (filter.Category is { } category) query = query.Where(a => a.Category == category);
        if (filter.Status is { } status) query = query.Where(a => a.Status == status);
        return query;
    }
}

using MergePlanner.Web.Components.Shared;
using MergePlanner.Data;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <param name="Unit">A unit, or with <paramref name="Tree"/> a locality's root (all its units).</param>
/// <summary>Which items: of a unit (and, with <see cref="Tree"/>, every unit of the force it roots; with
/// <see cref="After"/>, every item the lineage leads into that new unit and below it), a category, only open ones, a state.</summary>
public sealed record LedgerItemsFilter(int? Unit, string? Category, bool OnlyOpen, bool Tree, ItemState? State, bool After = false);

public sealed record LedgerItemRow(ItemStanding S, string Code, string Name, string Unit, string Url)
{
    // The sortable figures by name, so the grid's sort is named as the query's (and the address) expects.
    public decimal Book => S.Item.Book;

    public decimal? Counted => S.Item.Counted;

    public decimal Unaccounted => S.Unaccounted;
}

public sealed record LedgerItemsResult(IReadOnlyList<LedgerItemRow> Rows, int Total, int Page);

/// <summary>
/// The items behind one figure of the ledger, each with its standing. The standing is settled in memory by the pure
/// <see cref="ReconciliationLedger"/> over the items <see cref="LedgerQuery"/> reads (the same figures as the ledger
/// and its documents), so filtering, sorting and paging are done here too; codes and names are read for the page
/// shown only.
/// </summary>
public sealed class LedgerItemsQuery(LedgerQuery ledger, StructureSnapshot structure, UnitScopeService scopes, MergePlannerDbContext db, StructureView views)
{
    public static readonly IReadOnlyList<string> SortFields = [nameof(LedgerItemRow.Unaccounted), nameof(LedgerItemRow.Book), nameof(LedgerItemRow.Counted)];

    /// <summary>The unit must be one the person may read (its name is shown); with a tree it may be a locality's root,
    /// whose items are still only those in the person's scope.</summary>
    public async Task<bool> IsRefusedAsync(LedgerItemsFilter filter, CancellationToken cancellationToken = default)
    {
        if (filter.Unit is not { } asked)
        {
            return false;
        }

        if (filter.After)
        {
            return (await views.FilterAsync(await scopes.GetAsync(cancellationToken), asked, after: true, cancellationToken)).IsRefused;
        }

        var model = await structure.LoadAsync(cancellationToken);
        return !(await scopes.GetAsync(cancellationToken)).Includes(asked) && !(filter.Tree && model?.Unit(asked) is { } root && root.OriginId == root.Id);
    }

    public async Task<string?> UnitNameAsync(int unitId, CancellationToken cancellationToken = default) =>
        (await structure.LoadAsync(cancellationToken))?.Unit(unitId)?.Name;

    public async Task<LedgerItemsResult> PageAsync(LedgerItemsFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        if (await IsRefusedAsync(filter, cancellationToken))
        {
            return new LedgerItemsResult([], 0, 1);
        }

        var model = await structure.LoadAsync(cancellationToken);
        var items = await ledger.ItemsAsync(cancellationToken);
        var holders = filter is { After: true, Unit: { } target } ? await views.FilterAsync(await scopes.GetAsync(cancellationToken), target, after: true, cancellationToken) : null;
        var selected = items.Where(i => (filter.Category is null || i.Category == filter.Category)
                && (holders is not null ? holders.Includes(i.UnitId)
                    : filter.Unit is not { } unit || i.UnitId == unit || (filter.Tree && model?.Unit(i.UnitId)?.OriginId == unit)))
            .Select(ReconciliationLedger.Standing)
            .Where(s => (!filter.OnlyOpen || s.Unaccounted > 0) && (filter.State is not { } state || s.State == state));
        Func<ItemStanding, decimal> key = sort switch
        {
            _ when string.Equals(sort, nameof(LedgerItemRow.Book), StringComparison.OrdinalIgnoreCase) => s => s.Item.Book,
            _ when string.Equals(sort, nameof(LedgerItemRow.Counted), StringComparison.OrdinalIgnoreCase) => s => s.Item.Counted ?? -1,
            _ => s => s.Unaccounted,
        };

        // Most unaccounted first by default: those are the items that hold the merger up. The filtered items are
        // counted, then only the page asked for is sorted out of them (LINQ's OrderBy…Skip…Take selects partially, it
        // does not sort all 200,000); ties by kind and id, not by a key string made for every item.
        var matching = selected.ToList();
        var descend = sort is null || descending;
        var ordered = (descend ? matching.OrderByDescending(key) : matching.OrderBy(key)).ThenBy(s => s.Item.Key.IsAsset ? 0 : 1).ThenBy(s => s.Item.Key.Id);
        var paged = ordered.ToPage(matching.Count, page, Paging.GridPageSize(pageSize));
        var shown = paged.Items;

        var assetIds = shown.Where(s => s.Item.Key.IsAsset).Select(s => s.Item.Key.Id).ToList();
        var fileIds = shown.Where(s => !s.Item.Key.IsAsset).Select(s => s.Item.Key.Id).ToList();
        var names = await db.Assets.AsNoTracking().Where(a => assetIds.Contains(a.Id)).Select(a => new { Key = "A" + a.Id, a.Code, a.Name }).ToListAsync(cancellationToken);
        names.AddRange(await db.CaseFiles.AsNoTracking().Where(c => fileIds.Contains(c.Id)).Select(c => new { Key = "C" + c.Id, Code = c.Number, Name = c.Title }).ToListAsync(cancellationToken));
        var byKey = names.ToDictionary(n => n.Key);
        var rows = shown.Select(s => new LedgerItemRow(s, byKey[s.Item.Key.ToString()].Code, byKey[s.Item.Key.ToString()].Name, model?.Unit(s.Item.UnitId)?.Name ?? "?",
                s.Item.Key.IsAsset ? $"inventory/items/asset/{s.Item.Key.Id}" : $"inventory/items/case/{s.Item.Key.Id}"))
            .ToList();
        return new LedgerItemsResult(rows, paged.Total, paged.Page);
    }
}

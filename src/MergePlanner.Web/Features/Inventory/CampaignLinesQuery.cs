using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Common;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

public sealed record CampaignLineFilter(string? Search, LineState? State);

public sealed record CampaignLineRow(int Id, string Code, string Name, string Unit, decimal Book, decimal? Counted, string? Note, string ItemUrl, bool Writable, int Version)
{
    public LineState State => LineStates.Of(Book, Counted);
}

public sealed record CampaignLinesResult(IReadOnlyList<CampaignLineRow> Rows, int Total, int Page);

/// <summary>
/// A campaign's lines as a list. Unit staff see and count only the lines of their own units, even in the
/// province-wide campaign. The line's state (<see cref="LineStates"/>) is translated to SQL, so filtering by it, the
/// per-state counts and paging never read the whole campaign into memory.
/// </summary>
public sealed class CampaignLinesQuery(MergePlannerDbContext db, UnitScopeService scopes)
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<LineView, object?>>> SortFields = new Dictionary<string, Expression<Func<LineView, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(CampaignLineRow.Code)] = l => l.Code,
        [nameof(CampaignLineRow.Name)] = l => l.Search,
        [nameof(CampaignLineRow.Book)] = l => l.Book,
        [nameof(CampaignLineRow.Counted)] = l => l.Counted,
    };

    /// <summary>How many of the person's lines are in each state (the search applies, the state filter does not).</summary>
    public async Task<IReadOnlyDictionary<LineState, int>> CountsAsync(int campaignId, string? search, CancellationToken cancellationToken = default)
    {
        var query = await LinesAsync(campaignId, search, cancellationToken);
        var counts = new Dictionary<LineState, int>();
        foreach (var state in Enum.GetValues<LineState>())
        {
            counts[state] = await query.Where(InState(state)).CountAsync(cancellationToken);
        }

        return counts;
    }

    public async Task<CampaignLinesResult> PageAsync(int campaignId, CampaignLineFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var query = await LinesAsync(campaignId, filter.Search, cancellationToken);
        if (filter.State is { } state)
        {
            query = query.Where(InState(state));
        }

        var writable = await scopes.GetWritableAsync(AppAction.CountInventory, cancellationToken);
        var result = await query.SortBy(sort, descending, SortFields, nameof(CampaignLineRow.Code)).ThenBy(l => l.Id)
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        var rows = result.Items.Select(l => new CampaignLineRow(l.Id, l.Code, l.Name, l.Unit, l.Book, l.Counted, l.Note,
            l.AssetId is { } a ? $"inventory/items/asset/{a}" : $"inventory/items/case/{l.CaseFileId}", writable.Includes(l.UnitId), l.Version)).ToList();
        return new CampaignLinesResult(rows, result.Total, result.Page);
    }

    /// <summary><see cref="LineStates.Of"/> as a SQL condition.</summary>
    internal static Expression<Func<LineView, bool>> InState(LineState state) => state switch
    {
        LineState.Uncounted => l => l.Counted == null,
        LineState.Found => l => l.Counted != null && l.Counted == l.Book,
        LineState.Short => l => l.Counted != null && l.Counted < l.Book,
        LineState.Unexpected => l => l.Counted != null && l.Counted > l.Book && l.Book == 0,
        _ => l => l.Counted != null && l.Counted > l.Book && l.Book != 0,
    };

    private async Task<IQueryable<LineView>> LinesAsync(int campaignId, string? search, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.InventoryLines.AsNoTracking().Where(l => l.CampaignId == campaignId)
            .Select(l => new LineView
            {
                Id = l.Id,
                AssetId = l.AssetId,
                CaseFileId = l.CaseFileId,
                Book = l.BookQuantity,
                Counted = l.CountedQuantity,
                Note = l.Note,
                Version = l.Version,
                UnitId = l.AssetId != null ? l.Asset!.UnitId : l.CaseFile!.OwningUnitId,
                Code = l.AssetId != null ? l.Asset!.Code : l.CaseFile!.Number,
                Name = l.AssetId != null ? l.Asset!.Name : l.CaseFile!.Title,
                Unit = l.AssetId != null ? l.Asset!.Unit!.Name : l.CaseFile!.OwningUnit!.Name,
                Search = l.AssetId != null ? l.Asset!.SearchText : l.CaseFile!.SearchText,
            });
        if (!scope.IsAll)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(l => ids.Contains(l.UnitId));
        }

        var folded = VietnameseText.Fold(search);
        return folded.Length > 0 ? query.Where(l => l.Search.Contains(folded)) : query;
    }

    /// <summary>A line with what the list shows and filters on, as one SQL projection.</summary>
    public sealed class LineView
    {
        public int Id { get; init; }
        public int? AssetId { get; init; }
        public int? CaseFileId { get; init; }
        public decimal Book { get; init; }
        public decimal? Counted { get; init; }
        public string? Note { get; init; }
        public int Version { get; init; }
        public int UnitId { get; init; }
        public string Code { get; init; } = string.Empty;
        public string Name { get; init; } = string.Empty;
        public string Unit { get; init; } = string.Empty;
        public string Search { get; init; } = string.Empty;
    }
}

using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

public sealed record HandoverListFilter(string? Search, HandoverStatus? Status);

public sealed record HandoverListRow(int Id, string Number, string From, string To, int Lines, int Answered, HandoverStatus Status, DateTime CreatedAtUtc);

public sealed record HandoverListPage(IReadOnlyList<HandoverListRow> Rows, int Total, int Page);

/// <summary>
/// The handover minutes as a list: a person sees the minutes their units hand over or receive (a witness unit does
/// not make minutes visible: it signs on paper). Filtered, sorted and paged in SQL; newest first by default.
/// </summary>
public sealed class HandoverListQuery(MergePlannerDbContext db, UnitScopeService scopes)
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<HandoverBatch, object?>>> SortFields = new Dictionary<string, Expression<Func<HandoverBatch, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(HandoverListRow.Number)] = b => b.Number,
        [nameof(HandoverListRow.Lines)] = b => b.Lines.Count,
        [nameof(HandoverListRow.CreatedAtUtc)] = b => b.CreatedAtUtc,
    };

    public async Task<HandoverListPage> PageAsync(HandoverListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.HandoverBatches.AsNoTracking();
        if (!scope.IsAll)
        {
            var ids = scope.UnitIds.ToList();
            query = query.Where(b => ids.Contains(b.FromUnitId) || ids.Contains(b.ToUnitId));
        }

        if (filter.Status is { } status) query = query.Where(b => b.Status == status);
        if (filter.Search?.Trim() is { Length: > 0 } text)
        {
            // Minutes are found by their number or by either unit's code.
            var upper = text.ToUpperInvariant();
            query = query.Where(b => b.Number.ToUpper().Contains(upper) || b.FromUnit!.Code.ToUpper().Contains(upper) || b.ToUnit!.Code.ToUpper().Contains(upper));
        }

        // Newest first unless asked otherwise: the minutes being worked on are the recent ones.
        var ordered = sort is null
            ? query.OrderByDescending(b => b.Id)
            : query.SortBy(sort, descending, SortFields, nameof(HandoverListRow.CreatedAtUtc)).ThenByDescending(b => b.Id);
        var result = await ordered
            .Select(b => new HandoverListRow(b.Id, b.Number, b.FromUnit!.Name, b.ToUnit!.Name, b.Lines.Count, b.Lines.Count(l => l.Receipt != ReceiptStatus.Pending), b.Status, b.CreatedAtUtc))
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new HandoverListPage(result.Items, result.Total, result.Page);
    }
}

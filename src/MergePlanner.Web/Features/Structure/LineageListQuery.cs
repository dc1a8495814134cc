using MergePlanner.Web.Components.Shared;
using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

public sealed record LineageListFilter(string? Search, int? Origin, LineageKind? Kind);

public sealed record LineageListRow(LineageRow Link, string? From, string? To, string? Locality)
{
    public DateOnly EffectiveDate => Link.EffectiveDate;
}

public sealed record LineageListResult(IReadOnlyList<LineageListRow> Rows, int Total, int Page);

/// <summary>
/// Every lineage link of the merger (old unit → new unit), read from the same structure model as the trees and the
/// structure report. For the roles that read the whole structure: anyone else gets no rows.
/// </summary>
public sealed class LineageListQuery(StructureSnapshot snapshot, UnitScopeService scopes)
{
    public static readonly IReadOnlyList<string> SortFields = [nameof(LineageListRow.From), nameof(LineageListRow.To), nameof(LineageListRow.EffectiveDate)];

    public async Task<LineageListResult> PageAsync(LineageListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetAsync(cancellationToken)).IsAll || await snapshot.LoadAsync(cancellationToken) is not { } model)
        {
            return new LineageListResult([], 0, 1);
        }

        var folded = VietnameseText.Fold(filter.Search);
        var selected = model.Lineage
            .Select(l => (Link: l, From: model.Unit(l.FromUnitId), To: l.ToUnitId is { } t ? model.Unit(t) : null))
            .Where(x => x.From is { } from
                && (filter.Origin is null || from.OriginId == filter.Origin)
                && (filter.Kind is null || x.Link.Kind == filter.Kind)
                && (folded.Length == 0 || VietnameseText.Join(from.Code, from.Name, x.To?.Name).Contains(folded, StringComparison.Ordinal)));

        // By locality then old unit code by default: the order of the localities' own registers.
        var ordered = sort switch
        {
            _ when string.Equals(sort, nameof(LineageListRow.From), StringComparison.OrdinalIgnoreCase) => Order(selected, x => VietnameseText.Fold(x.From!.Name), descending),
            _ when string.Equals(sort, nameof(LineageListRow.To), StringComparison.OrdinalIgnoreCase) => Order(selected, x => VietnameseText.Fold(x.To?.Name), descending),
            _ when string.Equals(sort, nameof(LineageListRow.EffectiveDate), StringComparison.OrdinalIgnoreCase) => Order(selected, x => x.Link.EffectiveDate.DayNumber.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), descending),
            _ => selected.OrderBy(x => x.From!.OriginId).ThenBy(x => x.From!.Code, StringComparer.Ordinal),
        };
        var list = ordered.ThenBy(x => x.Link.Id).ToList();
        var shown = list.ToPage(page, Paging.GridPageSize(pageSize));
        var rows = shown.Items
            .Select(x => new LineageListRow(x.Link, x.From?.Name, x.To?.Name, model.Merger.RootOf(x.From?.OriginId)?.ShortName))
            .ToList();
        return new LineageListResult(rows, shown.Total, shown.Page);
    }

    private static IOrderedEnumerable<T> Order<T>(IEnumerable<T> rows, Func<T, string> key, bool descending) =>
        descending ? rows.OrderByDescending(key, StringComparer.Ordinal) : rows.OrderBy(key, StringComparer.Ordinal);
}

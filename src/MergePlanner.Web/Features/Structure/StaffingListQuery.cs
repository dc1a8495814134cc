using MergePlanner.Web.Components.Shared;
using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

/// <param name="CommunesOnly">Only the commune level (the communes page); otherwise every unit of the merged structure.</param>
public sealed record StaffingListFilter(string? Search, bool OnlyIssues, bool CommunesOnly);

/// <summary>A unit of the merged structure with its biên chế and what it was formed from (each predecessor with its locality).</summary>
public sealed record StaffingListRow(StaffingRow Staffing, IReadOnlyList<UnitPredecessor> Predecessors)
{
    public string Name => Staffing.Unit.Name;

    public int Before => Staffing.Staffing.Before;

    public int After => Staffing.Staffing.After;

    public int? Authorised => Staffing.Staffing.Authorised;
}

public sealed record UnitPredecessor(LineageRow Link, string? Name, string? Locality);

public sealed record StaffingListResult(IReadOnlyList<StaffingListRow> Rows, int Total, int Page);

/// <summary>
/// The units of the merged structure (or its communes only) with their biên chế, issues and predecessors, read from
/// the same structure model as the structure pages and reports. The whole-merger structure is for the roles that read
/// all of it: anyone else gets no rows.
/// </summary>
public sealed class StaffingListQuery(StructureSnapshot snapshot, UnitScopeService scopes)
{
    public static readonly IReadOnlyList<string> SortFields = [nameof(StaffingListRow.Name), nameof(StaffingListRow.Before), nameof(StaffingListRow.After), nameof(StaffingListRow.Authorised)];

    public async Task<StaffingListResult> PageAsync(StaffingListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetAsync(cancellationToken)).IsAll || await snapshot.LoadAsync(cancellationToken) is not { } model)
        {
            return new StaffingListResult([], 0, 1);
        }

        var folded = VietnameseText.Fold(filter.Search);
        var selected = model.Staffing.Where(r => (!filter.CommunesOnly || StaffingRules.IsCommuneLevel(r.Unit.Type))
            && (!filter.OnlyIssues || r.Issues.Count > 0)
            && (folded.Length == 0 || VietnameseText.Join(r.Unit.Code, r.Unit.Name).Contains(folded, StringComparison.Ordinal)));
        Func<StaffingRow, IComparable>? key = sort switch
        {
            _ when string.Equals(sort, nameof(StaffingListRow.Before), StringComparison.OrdinalIgnoreCase) => r => r.Staffing.Before,
            _ when string.Equals(sort, nameof(StaffingListRow.After), StringComparison.OrdinalIgnoreCase) => r => r.Staffing.After,
            _ when string.Equals(sort, nameof(StaffingListRow.Authorised), StringComparison.OrdinalIgnoreCase) => r => r.Staffing.Authorised ?? -1,
            _ when string.Equals(sort, nameof(StaffingListRow.Name), StringComparison.OrdinalIgnoreCase) => r => VietnameseText.Fold(r.Unit.Name),
            _ => null,
        };
        // The structure's own order (tree order) unless asked otherwise.
        var ordered = (key is null ? selected : descending ? selected.OrderByDescending(key) : selected.OrderBy(key)).ToList();
        var shown = ordered.ToPage(page, Paging.GridPageSize(pageSize));
        var rows = shown.Items
            .Select(r => new StaffingListRow(r, model.Predecessors(r.Unit.Id).Select(p =>
            {
                var from = model.Unit(p.FromUnitId);
                return new UnitPredecessor(p, from?.Name, model.Merger.RootOf(from?.OriginId)?.ShortName);
            }).ToList()))
            .ToList();
        return new StaffingListResult(rows, shown.Total, shown.Page);
    }
}

using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

public sealed record CommuneListFilter(string? Search, bool OnlyIssues);

/// <summary>A new commune with what it was formed from (each predecessor with its locality).</summary>
public sealed record CommuneListRow(StaffingRow Staffing, IReadOnlyList<CommunePredecessor> Predecessors)
{
    public string Name => Staffing.Unit.Name;

    public int Before => Staffing.Staffing.Before;

    public int After => Staffing.Staffing.After;
}

public sealed record CommunePredecessor(LineageRow Link, string? Name, string? Locality);

public sealed record CommuneListResult(IReadOnlyList<CommuneListRow> Rows, int Total, int Page);

/// <summary>
/// The new communes (commune level of the merged structure) with their predecessors and biên chế, read from the same
/// structure model as the structure pages and reports. The whole-merger structure is for the roles that read all of
/// it: anyone else gets no rows.
/// </summary>
public sealed class CommuneListQuery(StructureSnapshot snapshot, UnitScopeService scopes)
{
    public static readonly IReadOnlyList<string> SortFields = [nameof(CommuneListRow.Name), nameof(CommuneListRow.Before), nameof(CommuneListRow.After)];

    public async Task<CommuneListResult> PageAsync(CommuneListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetAsync(cancellationToken)).IsAll || await snapshot.LoadAsync(cancellationToken) is not { } model)
        {
            return new CommuneListResult([], 0, 1);
        }

        var folded = VietnameseText.Fold(filter.Search);
        var selected = model.Staffing.Where(r => StaffingRules.IsCommuneLevel(r.Unit.Type)
            && (!filter.OnlyIssues || r.Issues.Count > 0)
            && (folded.Length == 0 || VietnameseText.Join(r.Unit.Code, r.Unit.Name).Contains(folded, StringComparison.Ordinal)));
        Func<StaffingRow, IComparable> key = sort switch
        {
            _ when string.Equals(sort, nameof(CommuneListRow.Before), StringComparison.OrdinalIgnoreCase) => r => r.Staffing.Before,
            _ when string.Equals(sort, nameof(CommuneListRow.After), StringComparison.OrdinalIgnoreCase) => r => r.Staffing.After,
            _ when string.Equals(sort, nameof(CommuneListRow.Name), StringComparison.OrdinalIgnoreCase) => r => VietnameseText.Fold(r.Unit.Name),
            _ => r => r.Unit.Code,
        };
        var ordered = (descending ? selected.OrderByDescending(key) : selected.OrderBy(key)).ThenBy(r => r.Unit.Id).ToList();
        pageSize = Math.Clamp(pageSize, 10, 200);
        page = Math.Clamp(page, 1, Math.Max(1, (ordered.Count + pageSize - 1) / pageSize));
        var rows = ordered.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new CommuneListRow(r, model.Predecessors(r.Unit.Id).Select(p =>
            {
                var from = model.Unit(p.FromUnitId);
                return new CommunePredecessor(p, from?.Name, model.Merger.RootOf(from?.OriginId)?.ShortName);
            }).ToList()))
            .ToList();
        return new CommuneListResult(rows, ordered.Count, page);
    }
}

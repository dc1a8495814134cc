using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Personnel;

public sealed record OfficerListFilter(string? Search, int? Origin, Rank? Rank, Position? Position, int? Unit, bool After);

public sealed record OfficerListRow(int Id, string OfficerNumber, string FullName, DateOnly BirthDate, Gender Gender, Rank Rank, Position Position, int UnitId, string UnitName, string? Origin);

public sealed record OfficerListPage(IReadOnlyList<OfficerListRow> Rows, int Total, int Page, bool Refused);

/// <summary>The officers as a list: filtered, sorted and paged in SQL, within the person's unit scope (checked here).
/// Only what any signed-in role may see is read (no ratings, discipline or votes).</summary>
public sealed class OfficerListQuery(MergePlannerDbContext db, UnitScopeService scopes, StructureView structures)
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<Officer, object?>>> SortFields = new Dictionary<string, Expression<Func<Officer, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(OfficerListRow.OfficerNumber)] = o => o.OfficerNumber,
        [nameof(OfficerListRow.FullName)] = o => o.SearchText,
        [nameof(OfficerListRow.BirthDate)] = o => o.BirthDate,
        [nameof(OfficerListRow.Rank)] = o => o.Rank,
        [nameof(OfficerListRow.UnitName)] = o => o.Unit!.SortOrder,
    };

    private static readonly Expression<Func<Officer, int>> RankOrder = RankSort.Build<Officer>(o => o.Rank);

    public async Task<bool> IsRefusedAsync(OfficerListFilter filter, CancellationToken cancellationToken = default) =>
        (await ScopeAsync(filter, cancellationToken)).IsRefused;

    public async Task<OfficerListPage> PageAsync(OfficerListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(filter, cancellationToken);
        if (scope.IsRefused)
        {
            return new OfficerListPage([], 0, 1, true);
        }

        var query = db.Officers.AsNoTracking().InScope(scope, o => o.UnitId).Search(filter.Search);
        if (filter.Origin is { } origin) query = query.Where(o => o.OriginId == origin);
        if (filter.Rank is { } rank) query = query.Where(o => o.Rank == rank);
        if (filter.Position is { } position) query = query.Where(o => o.Position == position);

        // Rank is stored as text: sorting by seniority needs the enum order, not the alphabet.
        var sorted = string.Equals(sort, nameof(OfficerListRow.Rank), StringComparison.OrdinalIgnoreCase)
            ? (descending ? query.OrderByDescending(RankOrder) : query.OrderBy(RankOrder))
            : query.SortBy(sort, descending, SortFields, nameof(OfficerListRow.OfficerNumber));
        var result = await sorted.ThenBy(o => o.Id)
            .Select(o => new OfficerListRow(o.Id, o.OfficerNumber, o.FullName, o.BirthDate, o.Gender, o.Rank, o.Position, o.UnitId, o.Unit!.Name, o.Origin!.ShortName))
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new OfficerListPage(result.Items, result.Total, result.Page, false);
    }

    private async Task<UnitScope> ScopeAsync(OfficerListFilter filter, CancellationToken cancellationToken) =>
        await structures.FilterAsync(await scopes.GetAsync(cancellationToken), filter.Unit, filter.After, cancellationToken);
}

using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Cases;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Cases;

public sealed record CaseFileListFilter(string? Search, int? Origin, CaseFileKind? Kind, CaseFileStatus? Status, bool OnlyOpen, int? Unit, bool After);

public sealed record CaseFileListRow(int Id, string Number, CaseFileKind Kind, string Title, CaseFileStatus Status, DateOnly OpenedOn, DateOnly? Deadline, int UnitId, string UnitName);

public sealed record CaseFileListPage(IReadOnlyList<CaseFileListRow> Rows, int Total, int Page, bool Refused);

/// <summary>The case files as a list: filtered, sorted and paged in SQL, within the person's unit scope (checked here).</summary>
public sealed class CaseFileListQuery(MergePlannerDbContext db, UnitScopeService scopes, StructureView structures)
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<CaseFile, object?>>> SortFields = new Dictionary<string, Expression<Func<CaseFile, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(CaseFileListRow.Number)] = c => c.Number,
        [nameof(CaseFileListRow.Title)] = c => c.SearchText,
        [nameof(CaseFileListRow.OpenedOn)] = c => c.OpenedOn,
        [nameof(CaseFileListRow.Deadline)] = c => c.Deadline,
    };

    public async Task<bool> IsRefusedAsync(CaseFileListFilter filter, CancellationToken cancellationToken = default) =>
        (await ScopeAsync(filter, cancellationToken)).IsRefused;

    public async Task<CaseFileListPage> PageAsync(CaseFileListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(filter, cancellationToken);
        if (scope.IsRefused)
        {
            return new CaseFileListPage([], 0, 1, true);
        }

        var query = db.CaseFiles.AsNoTracking().InScope(scope, c => c.OwningUnitId).Search(filter.Search);
        if (filter.Origin is { } origin) query = query.Where(c => c.OwningUnit!.OriginId == origin);
        if (filter.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.OnlyOpen)
        {
            var finished = CaseFileStatusRules.FinishedStatuses.ToList();
            query = query.Where(c => !finished.Contains(c.Status));
        }

        var result = await query.SortBy(sort, descending, SortFields, nameof(CaseFileListRow.Number)).ThenBy(c => c.Id)
            .Select(c => new CaseFileListRow(c.Id, c.Number, c.Kind, c.Title, c.Status, c.OpenedOn, c.Deadline, c.OwningUnitId, c.OwningUnit!.Name))
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new CaseFileListPage(result.Items, result.Total, result.Page, false);
    }

    private async Task<UnitScope> ScopeAsync(CaseFileListFilter filter, CancellationToken cancellationToken) =>
        await structures.FilterAsync(await scopes.GetAsync(cancellationToken), filter.Unit, filter.After, cancellationToken);
}

using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public sealed record TaskListFilter(string? Search, Workstream? Workstream, MergerTaskStatus? Status, bool OnlyOverdue);

public sealed record TaskListRow(int Id, string Code, Workstream Workstream, string Title, int UnitId, string UnitName, DateOnly Deadline, MergerTaskStatus Status);

public sealed record TaskListPage(IReadOnlyList<TaskListRow> Rows, int Total, int Page);

/// <summary>The merger plan's tasks as a list: filtered, sorted and paged in SQL, within the person's unit scope.</summary>
public sealed class TaskListQuery(MergePlannerDbContext db, UnitScopeService scopes, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, Expression<Func<MergerTask, object?>>> SortFields = new Dictionary<string, Expression<Func<MergerTask, object?>>>(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(TaskListRow.Code)] = t => t.Code,
        [nameof(TaskListRow.Title)] = t => t.SearchText,
        [nameof(TaskListRow.Deadline)] = t => t.Deadline,
    };

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<TaskListPage> PageAsync(TaskListFilter filter, int page, int pageSize, string? sort, bool descending, CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var query = db.MergerTasks.AsNoTracking().InScope(scope, t => t.ResponsibleUnitId).Search(filter.Search);
        if (filter.Workstream is { } workstream) query = query.Where(t => t.Workstream == workstream);
        if (filter.Status is { } status) query = query.Where(t => t.Status == status);
        if (filter.OnlyOverdue)
        {
            var today = Today;
            var open = MergerTaskStatusRules.OpenStatuses.ToList();
            query = query.Where(t => t.Deadline < today && open.Contains(t.Status));
        }

        var result = await query.SortBy(sort, descending, SortFields, nameof(TaskListRow.Deadline)).ThenBy(t => t.Id)
            .Select(t => new TaskListRow(t.Id, t.Code, t.Workstream, t.Title, t.ResponsibleUnitId, t.ResponsibleUnit!.Name, t.Deadline, t.Status))
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new TaskListPage(result.Items, result.Total, result.Page);
    }
}

using System.Linq.Expressions;
using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

/// <summary>The list's filters; <paramref name="DueThisWeek"/> is the open tasks due Monday to Sunday of this week,
/// <paramref name="OfUser"/> the tasks whose warnings go to that account.</summary>
public sealed record TaskListFilter(string? Search, Workstream? Workstream, MergerTaskStatus? Status, bool OnlyOverdue, bool DueThisWeek = false, string? OfUser = null);

public sealed record TaskListRow(int Id, string Code, Workstream Workstream, string Title, int UnitId, string UnitName, DateOnly Deadline, MergerTaskStatus Status,
    string? Person = null, int? DaysFromEffective = null, DateOnly? Baseline = null)
{
    public int Slippage => PlanRules.Slippage(Baseline, Deadline);
}

public sealed record TaskListPage(IReadOnlyList<TaskListRow> Rows, int Total, int Page);

/// <summary>The merger plan's tasks as a list: filtered, sorted and paged in SQL, within the person's unit scope.</summary>
public sealed class TaskListQuery(MergePlannerDbContext db, UnitScopeService scopes, TimeProvider clock, Organisation.MergerContext mergers)
{
    /// <summary>The effective date D of the person's merger (the form shows D±n as a date against it).</summary>
    public async Task<DateOnly> EffectiveDateAsync(CancellationToken cancellationToken = default) =>
        (await mergers.CurrentAsync(cancellationToken))?.EffectiveDate ?? Today;

    /// <summary>Before D: the effective date may still move.</summary>
    public async Task<bool> IsPreparingAsync(CancellationToken cancellationToken = default) =>
        (await mergers.CurrentAsync(cancellationToken))?.Phase == Data.Organisation.MergerPhase.Preparing;

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

        if (filter.DueThisWeek)
        {
            var (from, to) = TaskAlertRules.WeekOf(Today);
            var open = MergerTaskStatusRules.OpenStatuses.ToList();
            query = query.Where(t => t.Deadline >= from && t.Deadline <= to && open.Contains(t.Status));
        }

        if (filter.OfUser is { } user)
        {
            query = query.Where(t => t.ResponsibleUserName == user);
        }

        var result = await query.SortBy(sort, descending, SortFields, nameof(TaskListRow.Deadline)).ThenBy(t => t.Id)
            .Select(t => new TaskListRow(t.Id, t.Code, t.Workstream, t.Title, t.ResponsibleUnitId, t.ResponsibleUnit!.Name, t.Deadline, t.Status,
                t.ResponsiblePerson ?? t.ResponsibleUserName, t.DaysFromEffective, t.BaselineDeadline))
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new TaskListPage(result.Items, result.Total, result.Page);
    }

    /// <summary>What leadership and units watch: the open tasks overdue or due this week, within the person's scope,
    /// soonest first (a plan has tens to hundreds of tasks, so one read).</summary>
    public async Task<IReadOnlyList<TaskListRow>> WatchAsync(CancellationToken cancellationToken = default)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var (_, weekEnd) = TaskAlertRules.WeekOf(Today);
        var open = MergerTaskStatusRules.OpenStatuses.ToList();
        var rows = await db.MergerTasks.AsNoTracking().InScope(scope, t => t.ResponsibleUnitId).Where(t => open.Contains(t.Status) && t.Deadline <= weekEnd)
            .Select(t => new TaskListRow(t.Id, t.Code, t.Workstream, t.Title, t.ResponsibleUnitId, t.ResponsibleUnit!.Name, t.Deadline, t.Status,
                t.ResponsiblePerson ?? t.ResponsibleUserName, t.DaysFromEffective, t.BaselineDeadline))
            .ToListAsync(cancellationToken);
        var (weekStart, _) = TaskAlertRules.WeekOf(Today);
        return rows.Where(r => r.Deadline < Today || r.Deadline >= weekStart).OrderBy(r => r.Deadline).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}

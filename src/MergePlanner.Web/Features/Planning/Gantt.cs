using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public sealed record GanttTask(int Id, string Code, string Title, Workstream Workstream, DateOnly Deadline, DateOnly? Baseline, MergerTaskStatus Status, bool IsMilestone, IReadOnlyList<int> DependsOn);

public enum GanttRowKind
{
    Workstream,
    Task,
    Milestone,
}

/// <summary>One row of the roadmap: a workstream (its span and how much of it is done) or a task (its bar from the
/// planned start to the deadline, or a diamond for a milestone).</summary>
public sealed record GanttRow(int Index, GanttRowKind Kind, string Label, string? Code, DateOnly Start, DateOnly End, MergerTaskStatus? Status, bool Overdue, double Progress,
    int? TaskId = null, DateOnly? Baseline = null);

public sealed record GanttArrow(int FromRow, DateOnly From, int ToRow, DateOnly To);

/// <summary>The roadmap laid out in days, the same for the page, the print view and the PDF: each draws it at its own
/// scale with <see cref="Fraction"/>.</summary>
public sealed record GanttChart(IReadOnlyList<GanttRow> Rows, IReadOnlyList<GanttArrow> Arrows, DateOnly From, DateOnly To, DateOnly EffectiveDate, DateOnly Today, IReadOnlyList<DateOnly> Ticks)
{
    /// <summary>Where a day falls across the time axis, 0 at <see cref="From"/>, 1 at <see cref="To"/>.</summary>
    public double Fraction(DateOnly day) => (double)(day.DayNumber - From.DayNumber) / Math.Max(1, To.DayNumber - From.DayNumber);

    public bool Shows(DateOnly day) => day >= From && day <= To;

    public static string TickLabel(DateOnly day) => day.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The roadmap's layout, pure: rows grouped by workstream in plan order, the time range (with D and today
/// always in it, a week of margin), month ticks thinned to at most about 18, and an arrow for each dependency.</summary>
public static class GanttLayout
{
    public static GanttChart Build(IReadOnlyList<GanttTask> tasks, DateOnly effectiveDate, DateOnly today, Func<Workstream, string> workstreamName)
    {
        var deadlines = tasks.ToDictionary(t => t.Id, t => t.Deadline);
        var rows = new List<GanttRow>();
        var rowOf = new Dictionary<int, int>();
        foreach (var group in tasks.GroupBy(t => t.Workstream).OrderBy(g => g.Key))
        {
            var items = group.OrderBy(t => t.Deadline).ThenBy(t => t.Code, StringComparer.Ordinal)
                .Select(t => (Task: t, Start: PlanRules.PlannedStart(t.Deadline, t.DependsOn.Where(deadlines.ContainsKey).Select(d => deadlines[d])))).ToList();
            var counted = items.Where(i => MergerTaskStatusRules.Counts(i.Task.Status)).ToList();
            var progress = counted.Count == 0 ? 0 : (double)counted.Count(i => i.Task.Status == MergerTaskStatus.Done) / counted.Count;
            rows.Add(new GanttRow(rows.Count, GanttRowKind.Workstream, workstreamName(group.Key), $"WS{(int)group.Key}",
                items.Min(i => i.Start), items.Max(i => i.Task.Deadline), null, false, progress));
            foreach (var (task, start) in items)
            {
                rowOf[task.Id] = rows.Count;
                rows.Add(new GanttRow(rows.Count, task.IsMilestone ? GanttRowKind.Milestone : GanttRowKind.Task, task.Title, task.Code,
                    task.IsMilestone ? task.Deadline : start, task.Deadline, task.Status, MergerTaskStatusRules.IsOverdue(task.Deadline, task.Status, today),
                    task.Status == MergerTaskStatus.Done ? 1 : 0, task.Id, task.Baseline));
            }
        }

        var arrows = tasks.SelectMany(t => t.DependsOn.Where(rowOf.ContainsKey).Select(d => new GanttArrow(rowOf[d], deadlines[d], rowOf[t.Id], rows[rowOf[t.Id]].Start))).ToList();
        var days = rows.SelectMany(r => new[] { r.Start, r.End }).Append(effectiveDate).Append(today).ToList();
        var from = days.Min().AddDays(-7);
        var to = days.Max().AddDays(7);
        return new GanttChart(rows, arrows, from, to, effectiveDate, today, Ticks(from, to));
    }

    /// <summary>The first of each month in the range, every n-th month so that there are at most about 18.</summary>
    public static IReadOnlyList<DateOnly> Ticks(DateOnly from, DateOnly to)
    {
        var first = new DateOnly(from.Year, from.Month, 1).AddMonths(from.Day == 1 ? 0 : 1);
        var months = ((to.Year - first.Year) * 12) + to.Month - first.Month + 1;
        var step = Math.Max(1, (int)Math.Ceiling(months / 18.0));
        var ticks = new List<DateOnly>();
        for (var day = first; day <= to; day = day.AddMonths(step))
        {
            ticks.Add(day);
        }

        return ticks;
    }
}

/// <summary>The roadmap of the person's merger within their unit scope.</summary>
public sealed class RoadmapQuery(MergePlannerDbContext db, UnitScopeService scopes, Organisation.MergerContext mergers, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    public async Task<GanttChart?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        var tasks = await db.MergerTasks.AsNoTracking().InScope(scope, t => t.ResponsibleUnitId)
            .Select(t => new { t.Id, t.Code, t.Title, t.Workstream, t.Deadline, t.BaselineDeadline, t.Status, t.IsMilestone, DependsOn = t.DependsOn.Select(d => d.DependsOnId).ToList() })
            .ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return null;
        }

        return GanttLayout.Build(tasks.Select(t => new GanttTask(t.Id, t.Code, t.Title, t.Workstream, t.Deadline, t.BaselineDeadline, t.Status, t.IsMilestone, t.DependsOn)).ToList(),
            merger.EffectiveDate, DateOnly.FromDateTime(clock.GetLocalNow().Date), w => l[$"Workstream.{w}"]);
    }
}

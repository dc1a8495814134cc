using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Planning;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

/// <summary>
/// Writes the plan's warnings into people's inboxes (<see cref="Notification"/>): for every open task of every merger
/// not closed, the alerts <see cref="TaskAlertRules"/> says it has earned by today, to
/// <list type="bullet">
/// <item>the person in charge — the task's account, or when it names none, the accounts of the responsible unit;</item>
/// <item>the unit's leader — the leadership accounts bound to that unit or, failing that, the nearest unit above it
///   that has some; failing all, the merger's leadership;</item>
/// <item>leadership — the merger's leadership accounts not bound to a unit — when a task escalates.</item>
/// </list>
/// Each (task, kind, deadline, person) is written once, so the job can run as often as it likes and after a pause it
/// sends what it missed; a moved deadline warns again.
/// </summary>
public sealed class TaskAlertService(IServiceScopeFactory scopes, TimeProvider clock, TaskAlertPolicy policy, ILogger<TaskAlertService> logger)
{
    /// <summary>Runs for every merger still open; returns how many notifications were written.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        List<int> mergerIds;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>().Unconfined();
            mergerIds = await db.Mergers.IgnoreQueryFilters().Where(m => m.Status != MergerStatus.Completed).Select(m => m.Id).ToListAsync(cancellationToken);
        }

        var written = 0;
        foreach (var mergerId in mergerIds)
        {
            written += await RunAsync(mergerId, cancellationToken);
        }

        return written;
    }

    public async Task<int> RunAsync(int mergerId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>().ConfineTo(mergerId);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var open = MergerTaskStatusRules.OpenStatuses.ToList();
        var tasks = await db.MergerTasks.AsNoTracking().Where(t => open.Contains(t.Status))
            .Select(t => new { t.Id, t.Deadline, t.Status, t.ResponsibleUnitId, t.ResponsibleUserName }).ToListAsync(cancellationToken);
        var due = tasks.Select(t => (Task: t, Kinds: TaskAlertRules.Earned(t.Deadline, t.Status, today, policy))).Where(x => x.Kinds.Count > 0).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        // A disabled (locked-out) account is not written to; the lock-out is compared here, SQLite cannot compare offsets.
        var now = clock.GetUtcNow();
        var accounts = (await (from u in db.Users
                               where u.MergerId == mergerId
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               select new { UserName = u.UserName!, u.UnitId, Role = r.Name!, u.LockoutEnd }).ToListAsync(cancellationToken))
            .Where(a => a.LockoutEnd is null || a.LockoutEnd < now).ToList();
        var parents = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var leadership = accounts.Where(a => a.Role == Roles.Leadership).ToList();
        var topLeadership = leadership.Where(a => a.UnitId is null).Select(a => a.UserName).ToList();

        IEnumerable<string> LeadersOf(int unitId)
        {
            for (int? unit = unitId; unit is { } id; unit = parents.GetValueOrDefault(id))
            {
                var here = leadership.Where(a => a.UnitId == id).Select(a => a.UserName).ToList();
                if (here.Count > 0)
                {
                    return here;
                }
            }

            return topLeadership;
        }

        // Only the warnings of the tasks due now: the inbox keeps every warning ever sent, and this runs every few minutes.
        var dueIds = due.Select(d => d.Task.Id).ToList();
        var existing = (await db.Notifications.AsNoTracking().Where(n => dueIds.Contains(n.TaskId))
                .Select(n => new { n.TaskId, n.Kind, n.Deadline, n.UserName }).ToListAsync(cancellationToken))
            .Select(n => (n.TaskId, n.Kind, n.Deadline, n.UserName)).ToHashSet();
        var added = new List<Notification>();
        foreach (var (task, kinds) in due)
        {
            var people = task.ResponsibleUserName is { } account
                ? [account]
                : accounts.Where(a => a.UnitId == task.ResponsibleUnitId && a.Role == Roles.UnitStaff).Select(a => a.UserName).ToList();
            foreach (var kind in kinds)
            {
                var recipients = kind == TaskAlertKind.Escalated ? topLeadership : people.Concat(LeadersOf(task.ResponsibleUnitId));
                foreach (var user in recipients.Distinct(StringComparer.Ordinal))
                {
                    if (existing.Add((task.Id, kind, task.Deadline, user)))
                    {
                        added.Add(new Notification { MergerId = mergerId, UserName = user, TaskId = task.Id, Kind = kind, Deadline = task.Deadline, CreatedAtUtc = now.UtcDateTime });
                    }
                }
            }
        }

        if (added.Count == 0)
        {
            return 0;
        }

        db.Notifications.AddRange(added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another node wrote the same warnings a moment ago: they are there, which is all that matters.
            logger.LogInformation("Task alerts of merger {Merger} were written by another run", mergerId);
            return 0;
        }

        return added.Count;
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public enum TaskChange
{
    Done,
    Refused,
    NotFound,

    /// <summary>The inventory workstream cannot be done while items are unaccounted (ADR 0011).</summary>
    BlockedByLedger,
}

/// <summary>Changes to merger tasks. Checks the role itself (the page's check is a courtesy) and the rules of the plan.</summary>
public sealed class TaskService(MergePlannerDbContext db, CurrentUser current, LedgerQuery ledger, Organisation.MergerContext mergers)
{
    public async Task<(TaskChange Result, int Unaccounted)> SetStatusAsync(int taskId, MergerTaskStatus status, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        if (current.Principal is not { } user || !Permissions.Allows(user, AppAction.EditTasks) || await mergers.IsClosedAsync(cancellationToken))
        {
            return (TaskChange.Refused, 0);
        }

        var task = await db.MergerTasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return (TaskChange.NotFound, 0);
        }

        var unaccounted = await ledger.UnaccountedAsync(cancellationToken);
        if (!MergerTaskStatusRules.CanSetStatus(task.Workstream, status, unaccounted))
        {
            return (TaskChange.BlockedByLedger, unaccounted);
        }

        task.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        return (TaskChange.Done, unaccounted);
    }
}

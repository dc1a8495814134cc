using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public sealed record InboxRow(long Id, TaskAlertKind Kind, int TaskId, string TaskCode, string TaskTitle, string UnitName, string? Person, DateOnly Deadline, DateTime CreatedAtUtc, bool Read,
    MergerTaskStatus Status = MergerTaskStatus.NotStarted)
{
    /// <summary>Read, or about a task no longer open: shown quietly.</summary>
    public bool Settled => Read || !MergerTaskStatusRules.IsOpen(Status);
}

/// <summary>The signed-in person's own warnings, in the merger they work in: nobody reads another's inbox.</summary>
public sealed class InboxService(MergePlannerDbContext db, CurrentUser current, TimeProvider clock)
{
    public const int PageSize = 50;

    private string Me => current.Name;

    /// <summary>Unread warnings about tasks still open: a task signed off or cancelled no longer needs anyone's attention.</summary>
    public Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        var open = MergerTaskStatusRules.OpenStatuses.ToList();
        return db.Notifications.CountAsync(n => n.UserName == Me && n.ReadAtUtc == null && open.Contains(n.Task!.Status), cancellationToken);
    }

    public async Task<(IReadOnlyList<InboxRow> Rows, int Total)> PageAsync(bool unreadOnly, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserName == Me);
        if (unreadOnly)
        {
            var open = MergerTaskStatusRules.OpenStatuses.ToList();
            query = query.Where(n => n.ReadAtUtc == null && open.Contains(n.Task!.Status));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(n => n.Id).Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize)
            .Select(n => new InboxRow(n.Id, n.Kind, n.TaskId, n.Task!.Code, n.Task.Title, n.Task.ResponsibleUnit!.Name, n.Task.ResponsiblePerson ?? n.Task.ResponsibleUserName,
                n.Deadline, n.CreatedAtUtc, n.ReadAtUtc != null, n.Task.Status))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>Marks one warning read, or all of them (<paramref name="id"/> null); only the person's own.</summary>
    public async Task<int> MarkReadAsync(long? id, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notifications.Where(n => n.UserName == Me && n.ReadAtUtc == null && (id == null || n.Id == id)).ToListAsync(cancellationToken);
        unread.ForEach(n => n.ReadAtUtc = now);
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MergePlanner.Web.Circuits;

/// <summary>
/// Tells the open pages that the data changed, so a dashboard redraws itself through its circuit without a reload
/// (issue 12, point 2). Every database context of this node reports through it: a save outside a transaction at once, a
/// save inside one when the transaction commits (before that, a page reading would not see it). The pages debounce and
/// read again; a change made on another node reaches them through their own check of the audit trail
/// (<see cref="LatestChangeAsync"/>), every change being audited.
/// </summary>
public sealed class ChangeFeed : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();

    /// <summary>The newest audit entry: a page that remembers it knows whether anything changed since, on any node.</summary>
    public static async Task<long> LatestChangeAsync(Data.MergePlannerDbContext db, CancellationToken cancellationToken = default) =>
        await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;

    /// <summary>The newest audit entry of the rows of <paramref name="reads"/> (entity types): a read of those tables
    /// alone still holds while it is unchanged, whatever else changed. One indexed MAX per type (audit entries by type
    /// and id): a MAX over several types at once would go through every entry of them.</summary>
    public static async Task<long> LatestChangeAsync(Data.MergePlannerDbContext db, IReadOnlyCollection<Type> reads, CancellationToken cancellationToken = default)
    {
        long latest = 0;
        foreach (var type in reads)
        {
            var name = type.Name;
            latest = Math.Max(latest, await db.AuditEntries.Where(a => a.EntityType == name).MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0);
        }

        return latest;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyOutsideTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Notify();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Notify();
        return Task.CompletedTask;
    }

    private void NotifyOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Notify();
        }
    }
}

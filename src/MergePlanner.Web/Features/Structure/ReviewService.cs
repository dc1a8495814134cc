using MergePlanner.Data;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

/// <summary>The review list of the commune mapping: marking an item resolved is a structure edit, checked here.</summary>
public sealed class ReviewService(MergePlannerDbContext db, CurrentUser current)
{
    /// <summary>The item's source text when it was marked resolved now; null when refused, missing or already resolved.</summary>
    public async Task<string?> ResolveAsync(int itemId, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        if (current.Principal is not { } user || !Permissions.Allows(user, AppAction.EditStructure))
        {
            return null;
        }

        var item = await db.LineageReviewItems.FindAsync([itemId], cancellationToken);
        if (item is not { Resolved: false })
        {
            return null;
        }

        item.Resolved = true;
        item.ResolvedBy = user.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        return item.SourceText;
    }
}

using MergePlanner.Data;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

/// <summary>The review list of the commune mapping: marking an item resolved is a structure edit, checked here.</summary>
public sealed class ReviewService(MergePlannerDbContext db, IHttpContextAccessor http)
{
    /// <summary>The item's source text when it was marked resolved now; null when refused, missing or already resolved.</summary>
    public async Task<string?> ResolveAsync(int itemId, CancellationToken cancellationToken = default)
    {
        if (http.HttpContext?.User is not { } user || !Permissions.Allows(user, AppAction.EditStructure))
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

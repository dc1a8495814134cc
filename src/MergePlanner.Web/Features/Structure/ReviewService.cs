using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Structure;

public sealed record ReviewListFilter(bool Resolved, LineageReviewReason? Reason, string? Search);

public sealed record ReviewRow(int Id, LineageReviewReason Reason, int? TargetUnitId, string? TargetName, string SourceText, string? Detail, bool Resolved, string? ResolvedBy);

public sealed record ReviewListResult(IReadOnlyList<ReviewRow> Rows, int Total, int Page);

/// <summary>The review list of the commune mapping: read by the roles that read the whole structure; marking an item
/// resolved is a structure edit. Both checked here.</summary>
public sealed class ReviewService(MergePlannerDbContext db, CurrentUser current, MergerContext mergers, UnitScopeService scopes)
{
    /// <summary>The merger's review items (open or resolved), by reason then new unit; filtered and paged in SQL.</summary>
    public async Task<ReviewListResult> PageAsync(ReviewListFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetAsync(cancellationToken)).IsAll || await mergers.CurrentAsync(cancellationToken) is not { } merger)
        {
            return new ReviewListResult([], 0, 1);
        }

        var query = db.LineageReviewItems.AsNoTracking().Where(r => r.MergerId == merger.Id && r.Resolved == filter.Resolved);
        if (filter.Reason is { } reason) query = query.Where(r => r.Reason == reason);
        if (filter.Search?.Trim() is { Length: > 0 } text)
        {
            // The source text is the official list's own wording: matched as written, ignoring case.
            var lower = text.ToLowerInvariant();
            query = query.Where(r => r.SourceText.ToLower().Contains(lower) || r.TargetUnit!.Name.ToLower().Contains(lower));
        }

        var result = await query.OrderBy(r => r.Reason).ThenBy(r => r.TargetUnit!.Name).ThenBy(r => r.Id)
            .Select(r => new ReviewRow(r.Id, r.Reason, r.TargetUnitId, r.TargetUnit!.Name, r.SourceText, r.Detail, r.Resolved, r.ResolvedBy))
            .ToPagedAsync(page, Paging.GridPageSize(pageSize), cancellationToken);
        return new ReviewListResult(result.Items, result.Total, result.Page);
    }

    /// <summary>The item's source text when it was marked resolved now; null when refused, missing or already resolved.</summary>
    public async Task<string?> ResolveAsync(int itemId, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        if (current.Principal is not { } user || !Permissions.Allows(user, AppAction.EditStructure) || await mergers.IsClosedAsync(cancellationToken))
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

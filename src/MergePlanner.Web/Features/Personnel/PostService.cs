using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Personnel;

public sealed record PostRow(
    int Id, int UnitId, string UnitName, UnitType UnitType, Position Position, int Ordinal, string Tier, PostStatus Status,
    int? HolderId, string? HolderName, string? HolderOrigin, string? DecisionNumber, DateOnly? DecidedOn);

/// <summary>Posts of one tier: how many, how many filled, approved, proposed and vacant.</summary>
public sealed record PostTierSummary(string Tier, int Posts, int Filled, int Approved, int Proposed, int Vacant);

/// <summary>
/// The leadership posts of the new structure (issue 10, point 3): listed for everyone who reads every unit (who holds
/// a post is public inside the force; the selection behind it is not), created from the organisation rules by
/// personnel staff and administrators — the service checks the role and the merger itself.
/// </summary>
public sealed class PostService(MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current)
{
    /// <summary>The posts in the person's scope (one post when <paramref name="postId"/> is given).</summary>
    public async Task<IReadOnlyList<PostRow>> ListAsync(CancellationToken cancellationToken = default, int? postId = null)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var rows = await db.Posts.AsNoTracking().InScope(scope, p => p.UnitId).Where(p => postId == null || p.Id == postId)
            .Select(p => new { p.Id, p.UnitId, p.Unit!.Name, p.Unit.Type, p.Unit.SortOrder, p.Unit.Code, p.Position, p.Ordinal, p.Status, p.HolderId, Holder = p.Holder!.FullName, Origin = p.Holder.Origin!.ShortName, p.DecisionNumber, p.DecidedOn })
            .ToListAsync(cancellationToken);

        // Positions are stored by name: ordered here by their rank in the enum (Giám đốc before Phó Giám đốc), not A–Z.
        rows = rows.OrderBy(p => p.SortOrder).ThenBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Position).ThenBy(p => p.Ordinal).ToList();
        var rules = EligibilityEngine.Default.Rules;
        var today = DateOnly.FromDateTime(DateTime.Today);
        return rows.Select(p => new PostRow(p.Id, p.UnitId, p.Name, p.Type, p.Position, p.Ordinal, rules.TierFor(p.Position, today).Tier, p.Status,
            p.HolderId, p.Holder, p.Origin, p.DecisionNumber, p.DecidedOn)).ToList();
    }

    /// <summary>The counts per tier, in the order of the rules' tiers: the one place the posts page, its print view and
    /// the dashboard take them from.</summary>
    public static IReadOnlyList<PostTierSummary> Summarise(IReadOnlyList<PostRow> rows) =>
        EligibilityEngine.Default.Rules.Tiers.Select(t => t.Tier).Distinct()
            .Select(tier => rows.Where(r => r.Tier == tier).ToList())
            .Where(g => g.Count > 0)
            .Select(g => new PostTierSummary(g[0].Tier, g.Count, g.Count(r => r.Status == PostStatus.Filled), g.Count(r => r.Status == PostStatus.Approved),
                g.Count(r => r.Status == PostStatus.Proposed), g.Count(r => r.Status == PostStatus.Vacant)))
            .ToList();

    public bool MayEdit => Permissions.Allows(current.Principal, AppAction.EditPersonnel);

    /// <summary>Whether the person sees the selection behind the posts (proposals, verdicts).</summary>
    public bool MaySeeSelection => Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel);

    /// <summary>Creates the posts the rules call for and the merger lacks; null when the person may not (or the merger
    /// is closed).</summary>
    public async Task<int?> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var writable = await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken);
        if (!writable.IsAll)
        {
            return null;
        }

        return await PostWriter.EnsureAsync(db, cancellationToken);
    }
}

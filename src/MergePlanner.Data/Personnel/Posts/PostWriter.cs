using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Personnel.Posts;

/// <summary>Creates the posts of the new structure the rules call for and the merger lacks (never removes one: a post
/// the biên chế no longer allows stays with its history). Used by the posts page and the demo alike.</summary>
public static class PostWriter
{
    public static async Task<int> EnsureAsync(MergePlannerDbContext db, CancellationToken cancellationToken = default)
    {
        var merger = await db.Mergers.AsNoTracking().SingleAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.OriginId == merger.TargetUnitId && u.Status == UnitStatus.Active)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code).Select(u => new { u.Id, u.Type }).ToListAsync(cancellationToken);
        var quota = await db.StaffingQuotas.AsNoTracking().Where(q => q.Group == PositionGroup.Deputy).ToDictionaryAsync(q => q.UnitId, q => q.Authorised, cancellationToken);
        var existing = (await db.Posts.AsNoTracking().Select(p => new { p.UnitId, p.Position, p.Ordinal }).ToListAsync(cancellationToken))
            .Select(p => new PostSlot(p.UnitId, p.Position, p.Ordinal)).ToHashSet();
        var missing = PostPlanner.Plan(units.Select(u => (u.Id, u.Type)), quota, OrganisationRuleSet.Default).Where(s => !existing.Contains(s)).ToList();
        db.Posts.AddRange(missing.Select(s => new Post { UnitId = s.UnitId, Position = s.Position, Ordinal = s.Ordinal, Status = PostStatus.Vacant }));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}

using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Posts;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>The posts of the demo's new structure, filled the way its placement says: each unit's placed head holds
/// the head post, its placed deputies the deputy posts in order of seniority; a deputy placed beyond the posts holds
/// none, and one unit in seven keeps a deputy post vacant for the selection to fill.</summary>
internal sealed class DemoPosts(MergePlannerDbContext db)
{
    public async Task FillAsync(DateOnly effectiveDate, CancellationToken cancellationToken)
    {
        await PostWriter.EnsureAsync(db, cancellationToken);
        var posts = await db.Posts.OrderBy(p => p.UnitId).ThenBy(p => p.Position).ThenBy(p => p.Ordinal).ToListAsync(cancellationToken);
        var placed = (await db.Officers.AsNoTracking().Where(o => o.PlacedUnitId != null && o.PlacedPosition != null)
                .Select(o => new { o.Id, Unit = o.PlacedUnitId!.Value, Position = o.PlacedPosition!.Value, o.Rank, o.BirthDate }).ToListAsync(cancellationToken))
            .OrderByDescending(o => o.Rank).ThenBy(o => o.BirthDate).ThenBy(o => o.Id)
            .ToLookup(o => (o.Unit, o.Position));
        var unitIndex = 0;
        foreach (var unit in posts.GroupBy(p => p.UnitId))
        {
            var keepVacant = ++unitIndex % 7 == 0;
            foreach (var group in unit.GroupBy(p => p.Position))
            {
                var holders = placed[(unit.Key, group.Key)].ToList();
                var slots = group.ToList();
                if (keepVacant && StaffingRules.GroupOf(group.Key) == PositionGroup.Deputy)
                {
                    slots = slots.Take(slots.Count - 1).ToList();
                }

                foreach (var (post, holder) in slots.Zip(holders))
                {
                    post.HolderId = holder.Id;
                    post.Status = PostStatus.Filled;
                    post.DecisionNumber = $"{1000 + post.UnitId}/QĐ-CAT";
                    post.DecidedOn = effectiveDate;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Some vacant deputy posts already proposed by the personnel staff, waiting for leadership: a deputy of the same
        // unit placed beyond its posts, so the proposal keeps them where they work.
        var taken = posts.Where(p => p.HolderId != null).Select(p => p.HolderId!.Value).ToHashSet();
        var proposed = 0;
        foreach (var post in posts.Where(p => p.Status == PostStatus.Vacant && StaffingRules.GroupOf(p.Position) == PositionGroup.Deputy))
        {
            var candidate = placed[(post.UnitId, post.Position)].FirstOrDefault(o => !taken.Contains(o.Id));
            if (candidate is null || ++proposed % 2 == 0)
            {
                continue;
            }

            taken.Add(candidate.Id);
            post.Status = PostStatus.Proposed;
            db.Nominations.Add(new Nomination
            {
                PostId = post.Id, OfficerId = candidate.Id, Status = NominationStatus.Proposed, ProposedBy = "Phòng Tổ chức cán bộ (dữ liệu mẫu)",
                ProposedAtUtc = effectiveDate.AddDays(-10).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Note = "Giữ nguyên vị trí công tác sau hợp nhất.",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

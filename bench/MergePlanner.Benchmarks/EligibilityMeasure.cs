using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;

/// <summary>Issue 10, point 4: every officer of a merger (topped up to 8,000) judged by every selection rule for every
/// open post — the records read from the database (four queries) and judged, median of five.</summary>
internal static class EligibilityMeasure
{
    public const int Officers = 8_000;

    public static async Task<(double Ms, int Officers, int OpenPosts, long Verdicts)> RunAsync(MergePlannerDbContext db)
    {
        // The demo merger holds some 7,300 officers: copies of its deputies, with numbers of their own, make 8,000.
        var count = await db.Officers.CountAsync();
        if (count < Officers)
        {
            var models = await db.Officers.AsNoTracking().Where(o => o.Position == Position.DeputyCommuneChief || o.Position == Position.AreaPolice)
                .OrderBy(o => o.Id).Take(Officers - count).ToListAsync();
            var n = 0;
            db.Officers.AddRange(models.Select(o => new Officer
            {
                OfficerNumber = string.Create(CultureInfo.InvariantCulture, $"BENCH-{++n:00000}"), FullName = o.FullName, BirthDate = o.BirthDate, Gender = o.Gender,
                Rank = o.Rank, Position = o.Position, UnitId = o.UnitId, OriginId = o.OriginId, Education = o.Education, PoliticalTheory = o.PoliticalTheory,
                HealthClass = o.HealthClass, PostSince = o.PostSince, PlannedFor = o.PlannedFor, PartyJoinedOn = o.PartyJoinedOn,
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var open = await db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Vacant || p.Status == PostStatus.Proposed).Select(p => p.Position).ToListAsync();
        var on = DateOnly.FromDateTime(DateTime.Today);
        var officers = 0;
        var verdicts = 0L;
        var time = await LedgerMeasure.MedianAsync(async () =>
        {
            var candidates = (await CandidateFactsQuery.ForOfficersAsync(db, null)).Values.Select(c => c.Facts).ToList();
            var judged = EligibilityEngine.Default.EvaluateAll(candidates, open, on);

            // Every open post gets its verdict for every officer (posts of one position share theirs).
            officers = candidates.Count;
            verdicts = open.Sum(p => (long)judged[p].Length);
        });
        return (time, officers, open.Count, verdicts);
    }
}

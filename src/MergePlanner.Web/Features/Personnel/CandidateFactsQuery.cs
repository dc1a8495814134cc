using MergePlanner.Data;
using MergePlanner.Data.Personnel.Eligibility;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>An officer as the selection rules read them, with the unit and origin the lists and the balance need.</summary>
public sealed record Candidate(int OfficerId, int UnitId, int OriginId, CandidateFacts Facts);

/// <summary>
/// Reads what the eligibility engine needs of officers in four queries (records, discipline decisions not annulled,
/// ratings, votes), whatever their number. Reads sensitive data: callers check <c>ViewSensitivePersonnel</c> first.
/// </summary>
public static class CandidateFactsQuery
{
    /// <summary>The officers named, or every officer of the merger when <paramref name="officerIds"/> is null.</summary>
    public static async Task<Dictionary<int, Candidate>> ForOfficersAsync(MergePlannerDbContext db, IReadOnlyCollection<int>? officerIds, CancellationToken cancellationToken = default)
    {
        var officers = db.Officers.AsNoTracking();
        var disciplines = db.DisciplineRecords.AsNoTracking().Where(d => d.AnnulledReason == null);
        var ratings = db.AnnualRatings.AsNoTracking();
        var votes = db.ConfidenceVotes.AsNoTracking();
        if (officerIds is not null)
        {
            officers = officers.Where(o => officerIds.Contains(o.Id));
            disciplines = disciplines.Where(d => officerIds.Contains(d.OfficerId));
            ratings = ratings.Where(r => officerIds.Contains(r.OfficerId));
            votes = votes.Where(v => officerIds.Contains(v.OfficerId));
        }

        var d = (await disciplines.Select(x => new { x.OfficerId, Fact = new DisciplineFact(x.Kind, x.DecidedOn, x.EndsOn, x.DecisionNumber) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.OfficerId, x => x.Fact);
        var r = (await ratings.Select(x => new { x.OfficerId, Fact = new RatingFact(x.Year, x.Level) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.OfficerId, x => x.Fact);
        var v = (await votes.Select(x => new { x.OfficerId, Fact = new VoteFact(x.HeldOn, x.Voters, x.Low) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.OfficerId, x => x.Fact);
        var rows = await officers.Select(o => new
        {
            o.Id, o.UnitId, o.OriginId, o.BirthDate, o.Gender, o.Rank, o.Position, o.PostSince, o.Education, o.PoliticalTheory, o.HealthClass, o.PlannedFor,
        }).ToListAsync(cancellationToken);
        return rows.ToDictionary(o => o.Id, o => new Candidate(o.Id, o.UnitId, o.OriginId, new CandidateFacts(
            o.BirthDate, o.Gender, o.Rank, o.Position, o.PostSince, o.Education, o.PoliticalTheory, o.HealthClass, o.PlannedFor,
            [.. d[o.Id]], [.. r[o.Id]], [.. v[o.Id]])));
    }
}

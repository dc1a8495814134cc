using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>The selection part of a record, as the form and the officers file both give it.</summary>
public sealed record OfficerEdit(
    EducationLevel? Education, bool PoliceTrained, ProfessionalLine? Line, PoliticalTheory PoliticalTheory, DateOnly? PartyJoinedOn,
    int? HealthClass, DateOnly? PostSince, Position? PlannedFor, string? HomeLocality, decimal? CommuteKm, DateOnly? ServiceSince = null)
{
    public void ApplyTo(Officer officer)
    {
        officer.Education = Education;
        officer.PoliceTrained = PoliceTrained;
        officer.Line = Line;
        officer.PoliticalTheory = PoliticalTheory;
        officer.PartyJoinedOn = PartyJoinedOn;
        officer.HealthClass = HealthClass;
        officer.PostSince = PostSince;
        officer.PlannedFor = PlannedFor;
        officer.HomeLocality = string.IsNullOrWhiteSpace(HomeLocality) ? null : HomeLocality.Trim();
        officer.CommuteKm = CommuteKm;
        officer.ServiceSince = ServiceSince;
    }
}

public sealed record DisciplineEdit(DisciplineKind Kind, string DecisionNumber, DateOnly DecidedOn, DateOnly? EndsOn, string? Note);

public sealed record VoteEdit(DateOnly HeldOn, int Voters, int High, int Low);

/// <summary>
/// Every change of an officer record: the selection fields, discipline decisions, yearly ratings and confidence votes.
/// Each method checks the role (<see cref="AppAction.EditPersonnel"/>), the unit scope and the merger (a closed merger
/// changes nothing) itself; the rows are audited; nothing is deleted (a discipline decision is annulled with its reason).
/// The eligibility check reads discipline, ratings and votes, so it answers only the roles that may see them.
/// </summary>
public sealed class OfficerRecordService(MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<IReadOnlyList<string>> UpdateAsync(int officerId, OfficerEdit edit, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var (officer, refusal) = await WritableAsync(officerId, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        if (officer.Version != expectedVersion)
        {
            return [l["Common.Concurrency"]];
        }

        var errors = Words(OfficerRecordRules.Check(officer.BirthDate, Today, edit.HealthClass, edit.PartyJoinedOn, edit.PostSince, edit.CommuteKm, edit.ServiceSince));
        if (edit.HomeLocality?.Length > 256)
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Common.TooLong"], l["Officer.HomeLocality"], 256));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        edit.ApplyTo(officer);
        return await SaveAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> AddDisciplineAsync(int officerId, DisciplineEdit edit, CancellationToken cancellationToken = default)
    {
        var (officer, refusal) = await WritableAsync(officerId, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        var errors = Words(OfficerRecordRules.CheckDiscipline(officer.BirthDate, Today, edit.DecisionNumber, edit.DecidedOn, edit.EndsOn));
        if (errors.Count > 0)
        {
            return errors;
        }

        db.DisciplineRecords.Add(new DisciplineRecord
        {
            OfficerId = officer.Id, Kind = edit.Kind, DecisionNumber = edit.DecisionNumber.Trim(), DecidedOn = edit.DecidedOn, EndsOn = edit.EndsOn,
            Note = string.IsNullOrWhiteSpace(edit.Note) ? null : edit.Note.Trim(),
        });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>A decision quashed or annulled stays in the record, marked with the reason; no rule counts it.</summary>
    public async Task<IReadOnlyList<string>> AnnulDisciplineAsync(int disciplineId, string reason, CancellationToken cancellationToken = default)
    {
        var officerId = await db.DisciplineRecords.Where(d => d.Id == disciplineId).Select(d => (int?)d.OfficerId).SingleOrDefaultAsync(cancellationToken);
        var (officer, refusal) = await WritableAsync(officerId ?? 0, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return [l["Officer.Err.AnnulReason"]];
        }

        var record = await db.DisciplineRecords.SingleAsync(d => d.Id == disciplineId, cancellationToken);
        record.AnnulledReason = reason.Trim();
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Sets the rating of a year (one per year: a correction replaces it, and the audit keeps the former).</summary>
    public async Task<IReadOnlyList<string>> SetRatingAsync(int officerId, int year, AnnualRatingLevel level, CancellationToken cancellationToken = default)
    {
        var (officer, refusal) = await WritableAsync(officerId, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        var errors = Words(OfficerRecordRules.CheckRating(officer.BirthDate, Today, year));
        if (errors.Count > 0)
        {
            return errors;
        }

        var rating = await db.AnnualRatings.SingleOrDefaultAsync(r => r.OfficerId == officerId && r.Year == year, cancellationToken);
        if (rating is null)
        {
            db.AnnualRatings.Add(new AnnualRating { OfficerId = officerId, Year = year, Level = level });
        }
        else
        {
            rating.Level = level;
        }

        return await SaveAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> AddVoteAsync(int officerId, VoteEdit edit, CancellationToken cancellationToken = default)
    {
        var (officer, refusal) = await WritableAsync(officerId, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        var errors = Words(OfficerRecordRules.CheckVote(Today, edit.HeldOn, edit.Voters, edit.High, edit.Low));
        if (errors.Count > 0)
        {
            return errors;
        }

        db.ConfidenceVotes.Add(new ConfidenceVote { OfficerId = officerId, HeldOn = edit.HeldOn, Voters = edit.Voters, High = edit.High, Low = edit.Low });
        return await SaveAsync(cancellationToken);
    }

    /// <summary>The officer judged for a post on a day by every selection rule; null when the person may not see
    /// discipline, ratings and votes (the verdict would reveal them) or the officer is outside their scope.</summary>
    public async Task<EligibilityVerdict?> CheckAsync(int officerId, Position post, DateOnly on, CancellationToken cancellationToken = default)
    {
        if (!Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel))
        {
            return null;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        var facts = await CandidateFactsQuery.ForOfficersAsync(db, [officerId], cancellationToken);
        return facts.TryGetValue(officerId, out var candidate) && scope.Includes(candidate.UnitId)
            ? EligibilityEngine.Default.Evaluate(candidate.Facts, post, on)
            : null;
    }

    private async Task<(Officer? Officer, IReadOnlyList<string>? Refusal)> WritableAsync(int officerId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var officer = await db.Officers.SingleOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return (null, [l["Officer.NotFound"]]);
        }

        return (await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).Includes(officer.UnitId)
            ? (officer, null)
            : (null, [l["Officer.Err.Forbidden"]]);
    }

    private async Task<IReadOnlyList<string>> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateConcurrencyException)
        {
            return [l["Common.Concurrency"]];
        }
    }

    private List<string> Words(IReadOnlyList<RecordError> errors) =>
        errors.Select(e => string.Format(CultureInfo.CurrentCulture, l[e.Key], e.Args.Select(a => a is DateOnly d ? Components.Shared.Format.Date(d) : a).ToArray())).ToList();
}

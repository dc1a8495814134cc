using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Personnel;

public enum OfficerAccess
{
    Shown,
    NotFound,
    Refused,
}

public sealed record OfficerChange(DateTime AtUtc, string User, string Action);

/// <summary>What the officer page shows: the record, its placement in the new structure and the rule-book figures
/// (service-age limit, the position's rank range), and who changed the record.</summary>
public sealed record OfficerDetail(
    int Id, string OfficerNumber, string FullName, DateOnly BirthDate, Gender Gender, Rank Rank, Position Position,
    int UnitId, string UnitName, string? Origin, int? PlacedUnitId, string? PlacedUnitName, Position? PlacedPosition,
    int Age, DateOnly RetirementDate, bool LimitReached, Rank MinRank, Rank MaxRank, IReadOnlyList<OfficerChange> Changes,
    OfficerSelectionFacts Selection, OfficerSensitive? Sensitive, int Version, bool CanEdit)
{
    public bool RankInRange => Rank >= MinRank && Rank <= MaxRank;
}

/// <summary>What selection reads of an officer besides rank and post (shown to every role that may see the officer).</summary>
public sealed record OfficerSelectionFacts(
    EducationLevel? Education, bool PoliceTrained, ProfessionalLine? Line, PoliticalTheory PoliticalTheory, DateOnly? PartyJoinedOn,
    int? HealthClass, DateOnly? PostSince, Position? PlannedFor, string? HomeLocality, decimal? CommuteKm, DateOnly? ServiceSince);

public sealed record DisciplineView(int Id, DisciplineKind Kind, string DecisionNumber, DateOnly DecidedOn, DateOnly? EndsOn, string? Note, string? AnnulledReason);

public sealed record RatingView(int Year, AnnualRatingLevel Level);

public sealed record VoteView(int Id, DateOnly HeldOn, int Voters, int High, int Low)
{
    public double LowShare => Voters == 0 ? 0 : Low / (double)Voters;
}

/// <summary>The sensitive part of a record: only personnel staff, leadership and administrators ever receive it
/// (<see cref="AppAction.ViewSensitivePersonnel"/>); for anyone else it is never read from the database.</summary>
public sealed record OfficerSensitive(IReadOnlyList<DisciplineView> Disciplines, IReadOnlyList<RatingView> Ratings, IReadOnlyList<VoteView> Votes);

/// <summary>
/// One officer, for the people whose scope holds the officer's unit or the unit they are placed in (checked here).
/// Discipline, ratings and votes are read only for the roles that may see them; for the others the model has none.
/// </summary>
public sealed class OfficerDetails(MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, TimeProvider clock)
{
    private readonly PersonnelRuleBook _rules = PersonnelRuleBook.Default;

    public async Task<(OfficerAccess Access, OfficerDetail? Detail)> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var officer = await db.Officers.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.OfficerNumber, o.FullName, o.BirthDate, o.Gender, o.Rank, o.Position, o.UnitId, UnitName = o.Unit!.Name,
                Origin = o.Origin!.ShortName, o.PlacedUnitId, PlacedUnitName = o.PlacedUnit!.Name, o.PlacedPosition, o.Version,
                Selection = new OfficerSelectionFacts(o.Education, o.PoliceTrained, o.Line, o.PoliticalTheory, o.PartyJoinedOn, o.HealthClass, o.PostSince, o.PlannedFor, o.HomeLocality, o.CommuteKm, o.ServiceSince),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (officer is null)
        {
            return (OfficerAccess.NotFound, null);
        }

        var scope = await scopes.GetAsync(cancellationToken);
        if (!scope.Includes(officer.UnitId) && !(officer.PlacedUnitId is { } placed && scope.Includes(placed)))
        {
            return (OfficerAccess.Refused, null);
        }

        var key = officer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var changes = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Officer) && a.EntityKey == key)
            .OrderByDescending(a => a.Id).Take(50)
            .Select(a => new OfficerChange(a.AtUtc, a.UserName, a.Action))
            .ToListAsync(cancellationToken);
        var sensitive = Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel) ? await SensitiveAsync(officer.Id, cancellationToken) : null;
        var canEdit = (await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).Includes(officer.UnitId);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var (min, max) = _rules.RankRange(officer.Position);
        var retirement = _rules.RetirementDate(officer.BirthDate, officer.Rank, officer.Gender);
        return (OfficerAccess.Shown, new OfficerDetail(
            officer.Id, officer.OfficerNumber, officer.FullName, officer.BirthDate, officer.Gender, officer.Rank, officer.Position,
            officer.UnitId, officer.UnitName, officer.Origin, officer.PlacedUnitId, officer.PlacedUnitName, officer.PlacedPosition,
            AgeOn(officer.BirthDate, today), retirement, retirement <= today, min, max, changes, officer.Selection, sensitive, officer.Version, canEdit));
    }

    /// <summary>Read only after the role check of <see cref="GetAsync"/>.</summary>
    private async Task<OfficerSensitive> SensitiveAsync(int officerId, CancellationToken cancellationToken) => new(
        await db.DisciplineRecords.AsNoTracking().Where(d => d.OfficerId == officerId).OrderByDescending(d => d.DecidedOn)
            .Select(d => new DisciplineView(d.Id, d.Kind, d.DecisionNumber, d.DecidedOn, d.EndsOn, d.Note, d.AnnulledReason)).ToListAsync(cancellationToken),
        await db.AnnualRatings.AsNoTracking().Where(r => r.OfficerId == officerId).OrderByDescending(r => r.Year)
            .Select(r => new RatingView(r.Year, r.Level)).ToListAsync(cancellationToken),
        await db.ConfidenceVotes.AsNoTracking().Where(v => v.OfficerId == officerId).OrderByDescending(v => v.HeldOn)
            .Select(v => new VoteView(v.Id, v.HeldOn, v.Voters, v.High, v.Low)).ToListAsync(cancellationToken));

    /// <summary>Full years of age on a day.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day) =>
        day.Year - birthDate.Year - (day < birthDate.AddYears(day.Year - birthDate.Year) ? 1 : 0);
}

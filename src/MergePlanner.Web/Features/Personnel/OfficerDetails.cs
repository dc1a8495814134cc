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
    int Age, DateOnly RetirementDate, bool LimitReached, Rank MinRank, Rank MaxRank, IReadOnlyList<OfficerChange> Changes)
{
    public bool RankInRange => Rank >= MinRank && Rank <= MaxRank;
}

/// <summary>
/// One officer, for the people whose scope holds the officer's unit or the unit they are placed in (checked here).
/// Only what every signed-in role may see is read: ratings, discipline and votes never reach this page's model.
/// </summary>
public sealed class OfficerDetails(MergePlannerDbContext db, UnitScopeService scopes, TimeProvider clock)
{
    private readonly PersonnelRuleBook _rules = PersonnelRuleBook.Default;

    public async Task<(OfficerAccess Access, OfficerDetail? Detail)> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var officer = await db.Officers.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.OfficerNumber, o.FullName, o.BirthDate, o.Gender, o.Rank, o.Position, o.UnitId, UnitName = o.Unit!.Name,
                Origin = o.Origin!.ShortName, o.PlacedUnitId, PlacedUnitName = o.PlacedUnit!.Name, o.PlacedPosition,
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
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var (min, max) = _rules.RankRange(officer.Position);
        var retirement = _rules.RetirementDate(officer.BirthDate, officer.Rank, officer.Gender);
        return (OfficerAccess.Shown, new OfficerDetail(
            officer.Id, officer.OfficerNumber, officer.FullName, officer.BirthDate, officer.Gender, officer.Rank, officer.Position,
            officer.UnitId, officer.UnitName, officer.Origin, officer.PlacedUnitId, officer.PlacedUnitName, officer.PlacedPosition,
            AgeOn(officer.BirthDate, today), retirement, retirement <= today, min, max, changes));
    }

    /// <summary>Full years of age on a day.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly day) =>
        day.Year - birthDate.Year - (day < birthDate.AddYears(day.Year - birthDate.Year) ? 1 : 0);
}

using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>
/// The part of the demo officers' records that selection reads: education, political theory, Party membership,
/// health, time in post, succession plan, home and commute, and — sensitive — discipline decisions, yearly ratings
/// and confidence votes. Spread so that every rule passes, warns and fails for some officers. Its own random source,
/// so the rest of the demo (names, ranks, items) stays as it was.
/// </summary>
internal sealed class DemoSelectionRecords(MergePlannerDbContext db, Random random)
{
    private readonly PersonnelRuleBook _rules = PersonnelRuleBook.Default;

    /// <param name="today">The day the demo is made: ratings run up to the year before it, so the rules judged today
    /// find the last two years rated.</param>
    /// <param name="seatOriginId">The source whose capital is the new seat: its officers live nearer.</param>
    public async Task FillAsync(DateOnly effectiveDate, DateOnly today, int seatOriginId, CancellationToken cancellationToken)
    {
        var officers = await db.Officers.Include(o => o.Unit).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var origins = await db.MergerSources.Select(s => new { s.UnitId, Name = s.Unit!.ShortName ?? s.Unit.Name }).ToDictionaryAsync(s => s.UnitId, s => s.Name, cancellationToken);
        foreach (var o in officers)
        {
            var level = _rules.Level(o.Position);
            o.Education = level >= 4 ? Pick((EducationLevel.University, 80), (EducationLevel.Master, 20))
                : Pick((EducationLevel.University, 75), (EducationLevel.College, 15), (EducationLevel.Intermediate, 8), (EducationLevel.Master, 2));
            o.PoliceTrained = random.NextDouble() < 0.85;
            o.Line = Pick((ProfessionalLine.Police, 45), (ProfessionalLine.Security, 35), (ProfessionalLine.Logistics, 12), (ProfessionalLine.ForceBuilding, 8));
            o.PoliticalTheory = level switch
            {
                >= 6 => Pick((PoliticalTheory.Advanced, 70), (PoliticalTheory.Bachelor, 30)),
                5 => Pick((PoliticalTheory.Advanced, 85), (PoliticalTheory.Intermediate, 15)),
                >= 2 => Pick((PoliticalTheory.Intermediate, 70), (PoliticalTheory.Advanced, 20), (PoliticalTheory.Elementary, 10)),
                _ => Pick((PoliticalTheory.Elementary, 45), (PoliticalTheory.Intermediate, 35), (PoliticalTheory.None, 20)),
            };
            // Party membership and an appointment only for officers who were at least 22 a year before the merger.
            var adult = o.BirthDate.AddYears(22);
            var grown = adult < effectiveDate.AddYears(-1);
            if (grown && (level >= 2 || random.NextDouble() < 0.7))
            {
                o.PartyJoinedOn = Between(adult, Min(effectiveDate.AddYears(-1), adult.AddYears(12)));
            }

            o.HealthClass = random.NextDouble() < 0.02 ? null : Pick((1, 30), (2, 50), (3, 15), (4, 5));
            if (grown && (level >= 2 || random.NextDouble() < 0.5))
            {
                // Appointed between six months and eight years before the merger (never before age 22).
                o.PostSince = Max(adult, effectiveDate.AddMonths(-random.Next(6, 97)));
            }

            // Entered the force between 18 and 22 (no draw from the generator, so the other demo records stay as they were).
            o.ServiceSince = Min(o.BirthDate.AddYears(18 + (o.Id % 5)).AddMonths(o.Id % 12), effectiveDate.AddMonths(-1));

            o.PlannedFor = level switch
            {
                2 or 4 or 6 when random.NextDouble() < 0.6 => Next(o.Position),
                3 or 5 when random.NextDouble() < 0.3 => Next(o.Position),
                1 when random.NextDouble() < 0.15 => o.Position == Position.StaffOfficer ? Position.DeputyTeamLeader : Position.DeputyCommuneChief,
                _ => null,
            };
            var seat = o.OriginId == seatOriginId;
            o.HomeLocality = o.Unit is { Type: Organisation.UnitType.CommunePolice or Organisation.UnitType.WardPolice or Organisation.UnitType.TownPolice } unit
                ? $"{unit.Name.Replace("Công an ", string.Empty, StringComparison.Ordinal)}, {origins.GetValueOrDefault(o.OriginId)}"
                : origins.GetValueOrDefault(o.OriginId);
            o.CommuteKm = Math.Round((decimal)(seat ? 2 + (random.NextDouble() * 23) : 15 + (random.NextDouble() * 65)), 1);

            Discipline(o, today);
            for (var year = effectiveDate.Year - 2; year < today.Year; year++)
            {
                o.Ratings.Add(new AnnualRating { Year = year, Level = Pick((AnnualRatingLevel.Excellent, 20), (AnnualRatingLevel.Good, 55), (AnnualRatingLevel.Completed, 22), (AnnualRatingLevel.NotCompleted, 3)) });
            }

            if (level >= 2)
            {
                var voters = random.Next(20, 61);
                var lowShare = Pick((0.05, 70), (0.15, 22), (0.4, 6), (0.55, 2));
                var low = (int)Math.Round(voters * lowShare * (0.8 + (random.NextDouble() * 0.4)));
                o.Votes.Add(new ConfidenceVote { HeldOn = new DateOnly(today.Year - 1, 12, 15), Voters = voters, Low = Math.Min(low, voters), High = Math.Max(0, voters - low - random.Next(0, 4)) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>About one officer in twenty with a decision: reprimands mostly, some still running, a few removals.</summary>
    private void Discipline(Officer o, DateOnly today)
    {
        var roll = random.NextDouble();
        if (roll >= 0.05)
        {
            return;
        }

        var kind = roll < 0.035 ? DisciplineKind.Reprimand : roll < 0.047 ? DisciplineKind.Warning : DisciplineKind.RemovalFromPost;
        var decided = today.AddDays(-random.Next(60, 365 * 6));
        o.Disciplines.Add(new DisciplineRecord
        {
            Kind = kind,
            DecisionNumber = $"{random.Next(10, 999)}/QĐ-CAT",
            DecidedOn = decided,
            EndsOn = decided.AddMonths(12),
        });
    }

    private Position? Next(Position position) => position switch
    {
        Position.DeputyDirector => Position.Director,
        Position.DepartmentHead => Position.DeputyDirector,
        Position.DeputyDepartmentHead => Position.DepartmentHead,
        Position.TeamLeader => Position.DeputyDepartmentHead,
        Position.DeputyTeamLeader => Position.TeamLeader,
        Position.CommuneChief => Position.DeputyDepartmentHead,
        Position.DeputyCommuneChief => Position.CommuneChief,
        Position.StationChief => Position.DeputyDepartmentHead,
        Position.DeputyStationChief => Position.StationChief,
        _ => null,
    };

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    private DateOnly Between(DateOnly from, DateOnly to) => to <= from ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

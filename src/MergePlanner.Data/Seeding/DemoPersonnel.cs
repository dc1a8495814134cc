using System.Globalization;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Data.Seeding;

/// <summary>Officers of a source province: leadership, departments and commune police, with ranks inside
/// each position's range and ages that fit the rank and the maximum service age on the effective date.</summary>
internal sealed class DemoPersonnel(Random random, DateOnly effectiveDate)
{
    private readonly VietnameseNames _names = new(random);
    private readonly PersonnelRuleBook _rules = PersonnelRuleBook.Default;

    public IEnumerable<Officer> Staff(DemoTree tree, int seriesDigit, int departmentSize, int deputyDirectors)
    {
        var serial = 0;
        var originId = tree.Root.Id;
        Officer Make(Unit unit, Position position) => Create(unit.Id, originId, position, seriesDigit, ++serial);

        yield return Make(tree.Directorate, Position.Director);
        for (var i = 0; i < deputyDirectors; i++)
        {
            yield return Make(tree.Directorate, Position.DeputyDirector);
        }

        foreach (var department in tree.Departments)
        {
            yield return Make(department, Position.DepartmentHead);
            var teams = random.Next(3, 7);
            foreach (var position in Repeat(Position.DeputyDepartmentHead, random.Next(2, 5))
                         .Concat(Repeat(Position.TeamLeader, teams))
                         .Concat(Repeat(Position.DeputyTeamLeader, teams + random.Next(0, 3)))
                         .Concat(Repeat(Position.StaffOfficer, departmentSize + random.Next(-departmentSize / 3, departmentSize / 3))))
            {
                yield return Make(department, position);
            }
        }

        foreach (var commune in tree.Communes)
        {
            yield return Make(commune, Position.CommuneChief);
            foreach (var position in Repeat(Position.DeputyCommuneChief, random.Next(2, 4))
                         .Concat(Repeat(Position.AreaPolice, random.Next(3, 6)))
                         .Concat(Repeat(Position.CommuneOfficer, random.Next(2, 5))))
            {
                yield return Make(commune, position);
            }
        }
    }

    private static IEnumerable<Position> Repeat(Position position, int count) => Enumerable.Repeat(position, count);

    private Officer Create(int unitId, int originId, Position position, int seriesDigit, int serial)
    {
        var leader = position is Position.Director or Position.DeputyDirector or Position.DepartmentHead;
        var gender = random.NextDouble() < (leader ? 0.05 : 0.16) ? Gender.Female : Gender.Male;
        var rank = PickRank(position);
        var birthDate = PickBirthDate(rank, gender);
        return new Officer
        {
            OfficerNumber = string.Create(CultureInfo.InvariantCulture, $"{(seriesDigit * 100) + (serial / 1000):000}-{serial % 1000:000}"),
            FullName = _names.Next(gender),
            Gender = gender,
            Rank = rank,
            Position = position,
            BirthDate = birthDate,
            UnitId = unitId,
            OriginId = originId,
        };
    }

    private Rank PickRank(Position position)
    {
        var (min, max) = _rules.RankRange(position);

        // Most officers sit in the middle of their position's range; triangular weights give that shape.
        var ranks = Enumerable.Range((int)min, max - min + 1).Select(r => (Rank)r).ToArray();
        var weights = ranks.Select((_, i) => Math.Min(i + 1, ranks.Length - i) + 1).ToArray();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < ranks.Length; i++)
        {
            if (roll < weights[i])
            {
                return ranks[i];
            }

            roll -= weights[i];
        }

        return ranks[^1];
    }

    private DateOnly PickBirthDate(Rank rank, Gender gender)
    {
        var minimumAge = _rules.TypicalMinimumAge(rank);
        var limit = _rules.MaxServiceAge(rank, gender, effectiveDate.Year);

        // Stay at least a year under the limit, so every demo officer is still serving on the effective date.
        var maximumAge = Math.Max(minimumAge, Math.Min(minimumAge + 12, limit.Years - 1));
        var age = random.Next(minimumAge, maximumAge + 1);
        return effectiveDate.AddYears(-age - 1).AddDays(random.Next(1, 365));
    }
}

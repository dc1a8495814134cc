using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Tests.Personnel;

public class PersonnelRuleBookTests
{
    private readonly PersonnelRuleBook _rules = PersonnelRuleBook.Default;

    [Theory]
    [InlineData(Rank.Colonel, Gender.Male, 2025, 61, 3)]
    [InlineData(Rank.Colonel, Gender.Male, 2030, 62, 0)]
    [InlineData(Rank.MajorGeneral, Gender.Male, 2024, 61, 0)]
    [InlineData(Rank.SeniorLieutenantColonel, Gender.Female, 2025, 56, 8)]
    [InlineData(Rank.SeniorLieutenantColonel, Gender.Female, 2040, 58, 0)]
    [InlineData(Rank.Colonel, Gender.Female, 2035, 60, 0)]
    [InlineData(Rank.LieutenantColonel, Gender.Male, 2025, 57, 0)]
    [InlineData(Rank.Major, Gender.Female, 2025, 55, 0)]
    [InlineData(Rank.Captain, Gender.Male, 2025, 55, 0)]
    [InlineData(Rank.Sergeant, Gender.Female, 2025, 47, 0)]
    public void MaxServiceAge_RankGenderYear_FollowsLaw21And57(Rank rank, Gender gender, int year, int years, int months) =>
        Assert.Equal(new ServiceAge(years, months), _rules.MaxServiceAge(rank, gender, year));

    /// <summary>Law 21/2023/QH15 with the phase-in of Decree 57/2023: every rank group and gender, 2025 to 2029.</summary>
    public static TheoryData<Rank, Gender, int, int, int> LawTable()
    {
        var data = new TheoryData<Rank, Gender, int, int, int>();
        int[][] seniorLtColWomen = [[56, 8], [57, 0], [57, 4], [57, 8], [58, 0]];
        int[][] colonelMen = [[61, 3], [61, 6], [61, 9], [62, 0], [62, 0]];
        for (var i = 0; i < 5; i++)
        {
            var year = 2025 + i;
            foreach (var gender in new[] { Gender.Male, Gender.Female })
            {
                data.Add(Rank.SeniorSergeant, gender, year, 47, 0);
                data.Add(Rank.Captain, gender, year, 55, 0);
                data.Add(Rank.Major, gender, year, gender == Gender.Male ? 57 : 55, 0);
                data.Add(Rank.LieutenantColonel, gender, year, gender == Gender.Male ? 57 : 55, 0);
            }

            data.Add(Rank.SeniorLieutenantColonel, Gender.Male, year, 60, 0);
            data.Add(Rank.SeniorLieutenantColonel, Gender.Female, year, seniorLtColWomen[i][0], seniorLtColWomen[i][1]);
            data.Add(Rank.Colonel, Gender.Male, year, colonelMen[i][0], colonelMen[i][1]);
            data.Add(Rank.MajorGeneral, Gender.Male, year, colonelMen[i][0], colonelMen[i][1]);

            // Women colonels: 56 in 2023, four months more each year (56y8m in 2025 … 58y0m in 2029).
            var months = (56 * 12) + (4 * (year - 2023));
            data.Add(Rank.Colonel, Gender.Female, year, months / 12, months % 12);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LawTable))]
    public void MaxServiceAge_2025To2029_EveryGroupAndGender(Rank rank, Gender gender, int year, int years, int months) =>
        Assert.Equal(new ServiceAge(years, months), _rules.MaxServiceAge(rank, gender, year));

    [Fact]
    public void RetirementDate_ColonelBornIn1964_UsesThePhaseInOfTheYearReached()
    {
        // Born 10/3/1964: 61 years 3 months (the 2025 row) is reached on 10/6/2025.
        Assert.Equal(new DateOnly(2025, 6, 10), _rules.RetirementDate(new DateOnly(1964, 3, 10), Rank.Colonel, Gender.Male));
    }

    [Fact]
    public void RankRange_CommuneChief_CeilingIsLieutenantColonel() =>
        Assert.Equal(Rank.LieutenantColonel, _rules.RankRange(Position.CommuneChief).Max);

    [Fact]
    public void Parse_ChangedTable_ChangesTheRuleWithoutCode()
    {
        var rules = PersonnelRuleBook.Parse("""
            { "maxServiceAge": [ { "group": "CompanyGrade", "gender": "Male", "fromYear": 2030, "years": 58, "months": 6 } ],
              "positionRanks": [], "typicalMinimumAge": [] }
            """);
        Assert.Equal(new ServiceAge(58, 6), rules.MaxServiceAge(Rank.Captain, Gender.Male, 2031));
    }

    [Fact]
    public void RankRange_EveryPosition_HasARange()
    {
        foreach (var position in Enum.GetValues<Position>())
        {
            var (min, max) = _rules.RankRange(position);
            Assert.True(min <= max, $"{position}: {min} > {max}");
        }
    }
}

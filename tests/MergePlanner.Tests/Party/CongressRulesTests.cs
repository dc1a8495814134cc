using MergePlanner.Data.Party;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Tests.Party;

public class CongressRulesTests
{
    private static readonly PersonnelRuleBook Rules = PersonnelRuleBook.Default;

    /// <summary>A birth date that leaves exactly so many months of service at the level's reference date.</summary>
    private static DateOnly BornLeaving(int months, CongressLevel level, Rank rank = Rank.Colonel, Gender gender = Gender.Male)
    {
        var reference = Rules.Congress.ReferenceDate(level);
        for (var birth = new DateOnly(1950, 1, 1); birth < new DateOnly(2000, 1, 1); birth = birth.AddDays(1))
        {
            if (EligibilityEngine.MonthsBetween(reference, Rules.RetirementDate(birth, rank, gender)) == months)
            {
                return birth;
            }
        }

        throw new InvalidOperationException($"No birth date leaves {months} months.");
    }

    [Theory]
    [InlineData(60, false, true)] // first time: a full term of 60 months is enough
    [InlineData(59, false, false)]
    [InlineData(48, true, true)] // re-election: 48 months
    [InlineData(47, true, false)]
    [InlineData(59, true, true)]
    public void Check_ServiceLeftAtTheReferenceDate_AtTheBoundary(int monthsLeft, bool incumbent, bool passes)
    {
        var check = CongressRules.Check(BornLeaving(monthsLeft, CongressLevel.Provincial), Rank.Colonel, Gender.Male, incumbent, CongressLevel.Provincial, Rules);
        Assert.Equal((passes, monthsLeft, incumbent ? 48 : 60), (check.Passes, check.MonthsLeft, check.Required));
        Assert.Contains($"{monthsLeft} tháng", check.Reason);
        Assert.Contains(passes ? "Còn" : "Chỉ còn", check.Reason);
        Assert.Equal(new DateOnly(2025, 6, 1), check.ReferenceDate);
    }

    [Fact]
    public void Check_TheReferenceDateFollowsTheLevel()
    {
        Assert.Equal(new DateOnly(2025, 4, 1), Rules.Congress.ReferenceDate(CongressLevel.Grassroots));
        Assert.Equal(new DateOnly(2025, 4, 1), Rules.Congress.ReferenceDate(CongressLevel.Cell));
        // The same officer has two months more at April than at June: 61 left in June is 63 in April.
        var birth = BornLeaving(61, CongressLevel.Provincial);
        Assert.Equal(63, CongressRules.Check(birth, Rank.Colonel, Gender.Male, false, CongressLevel.Grassroots, Rules).MonthsLeft);
    }

    [Fact]
    public void HoldRefusal_BottomUp_CancelledOnesAside()
    {
        var day = new DateOnly(2025, 8, 6);
        Assert.Equal("Congress.Err.BelowFirst", CongressRules.HoldRefusal(day, [(CongressStatus.Held, day.AddDays(-10)), (CongressStatus.DocumentsReady, null)]));
        Assert.Equal("Congress.Err.BelowLater", CongressRules.HoldRefusal(day, [(CongressStatus.Held, day.AddDays(1))]));
        Assert.Null(CongressRules.HoldRefusal(day, [(CongressStatus.Held, day), (CongressStatus.Cancelled, null)]));
        Assert.Null(CongressRules.HoldRefusal(day, []));
    }

    [Fact]
    public void DeadlineOutOfOrder_WhenABelowCongressIsDueLater()
    {
        var deadline = new DateOnly(2025, 7, 26);
        Assert.False(CongressRules.DeadlineOutOfOrder(deadline, [deadline, deadline.AddDays(-10)]));
        Assert.True(CongressRules.DeadlineOutOfOrder(deadline, [deadline.AddDays(1)]));
    }

    [Fact]
    public void Mix_SharesAndWarnings()
    {
        var balanced = CongressRules.Mix([35, 45, 45, 52, 55], Rules.Congress);
        Assert.Equal((1, 2, 2, 0.2, 0.4), (balanced.Young, balanced.Middle, balanced.Older, balanced.YoungShare, balanced.MiddleShare));
        Assert.Empty(balanced.Warnings);

        var old = CongressRules.Mix([45, 46, 47, 48], Rules.Congress);
        Assert.Equal(2, old.Warnings.Count); // nobody under 40, and the middle band over half
        Assert.Empty(CongressRules.Mix([], Rules.Congress).Warnings);
    }

    [Theory]
    [InlineData(PartyOrgKind.UpperCommittee, CongressLevel.Provincial)]
    [InlineData(PartyOrgKind.GrassrootsCommittee, CongressLevel.Grassroots)]
    [InlineData(PartyOrgKind.GrassrootsCell, CongressLevel.Grassroots)]
    [InlineData(PartyOrgKind.Cell, CongressLevel.Cell)]
    public void LevelOf_Kind(PartyOrgKind kind, CongressLevel level) => Assert.Equal(level, CongressRules.LevelOf(kind));

    [Fact]
    public void AgeOn_CountsTheBirthday()
    {
        Assert.Equal(39, CongressRules.AgeOn(new DateOnly(1985, 6, 2), new DateOnly(2025, 6, 1)));
        Assert.Equal(40, CongressRules.AgeOn(new DateOnly(1985, 6, 1), new DateOnly(2025, 6, 1)));
    }
}

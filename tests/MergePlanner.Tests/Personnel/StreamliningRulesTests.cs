using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Data.Personnel.Streamlining;

namespace MergePlanner.Tests.Personnel;

public class StreamliningRulesTests
{
    private static readonly PersonnelRuleBook Rules = PersonnelRuleBook.Default;

    // A male Thiếu tá (limit 57) born 15/03/1970 reaches it on 15/03/2027.
    private static readonly DateOnly Born = new(1970, 3, 15);

    [Theory]
    [InlineData("2022-02-15", 61, false)] // 61 months left: not yet
    [InlineData("2022-03-15", 60, true)] // 60 months: the threshold
    [InlineData("2022-03-16", 59, true)]
    [InlineData("2027-03-14", 0, true)]
    [InlineData("2027-03-16", -1, false)] // past the limit: retires anyway, not a streamlining case
    public void EarlyRetirement_MonthsLeftAtTheThreshold(string on, int monthsLeft, bool candidate)
    {
        var check = StreamliningRules.EarlyRetirement(Born, Rank.Major, Gender.Male, new DateOnly(1990, 9, 1), DateOnly.Parse(on), Rules);
        Assert.Equal(new DateOnly(2027, 3, 15), check.RetirementDate);
        Assert.Equal((monthsLeft, candidate), (check.MonthsLeft, check.Candidate));
    }

    [Theory]
    [InlineData("2002-03-15", 20, true)] // 20 years of service on the day
    [InlineData("2002-03-16", 19, false)] // a day short
    [InlineData(null, null, false)] // no start of service on record: not a candidate until it is
    public void EarlyRetirement_YearsOfServiceAtTheThreshold(string? since, int? years, bool candidate)
    {
        var check = StreamliningRules.EarlyRetirement(Born, Rank.Major, Gender.Male, since is null ? null : DateOnly.Parse(since), new DateOnly(2022, 3, 15), Rules);
        Assert.Equal((years, candidate), (check.ServiceYears, check.Candidate));
    }

    [Fact]
    public void Thresholds_AreData() => Assert.Equal(new StreamliningThresholds(60, 20), Rules.Streamlining);

    [Fact]
    public void Surplus_TotalsAndRefusals()
    {
        Assert.Equal((0, 0, 2), (StreamliningRules.Surplus(5, 5), StreamliningRules.Surplus(5, null), StreamliningRules.Surplus(7, 5)));

        var totals = new StreamliningTotals(Before: 7304, Placed: 7150, DeparturesApproved: 2, DeparturesProposed: 6, Target: 7100);
        Assert.Equal((7148, 48, 42), (totals.After, totals.Gap, totals.GapIfProposedApproved));

        Assert.Equal("Streamlining.Err.OpenCase", StreamliningRules.ProposalRefusal(hasOpenCase: true, onTheList: true));
        Assert.Equal("Streamlining.Err.NotOnList", StreamliningRules.ProposalRefusal(hasOpenCase: false, onTheList: false));
        Assert.Null(StreamliningRules.ProposalRefusal(false, true));

        var proposed = new StreamliningCase { ProposedBy = "tccb", Status = StreamliningStatus.Proposed };
        Assert.Equal("Streamlining.Err.OwnProposal", StreamliningRules.DecisionRefusal(proposed, "TCCB"));
        Assert.Null(StreamliningRules.DecisionRefusal(proposed, "lanhdao"));
        Assert.Equal("Streamlining.Err.NotPending", StreamliningRules.DecisionRefusal(new StreamliningCase { ProposedBy = "tccb", Status = StreamliningStatus.Approved }, "lanhdao"));
    }
}

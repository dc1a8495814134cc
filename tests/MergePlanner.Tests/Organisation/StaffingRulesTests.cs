using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;

namespace MergePlanner.Tests.Organisation;

public class StaffingRulesTests
{
    private static readonly OrganisationRuleSet Rules = OrganisationRuleSet.Default;

    private static UnitStaffing Commune(int heads, int deputies, int staff, int before = 40, Dictionary<PositionGroup, int>? quota = null) =>
        new(1, UnitType.WardPolice, before, heads, deputies, staff, quota ?? []);

    [Fact]
    public void Default_ReadsTheLawNumbersFromData() =>
        Assert.Equal((12, 5, 1), (Rules.CommuneMinimumOfficers, Rules.CommuneMaximumDeputies, Rules.HeadsPerUnit));

    [Fact]
    public void Check_WellStaffedCommune_HasNoIssue() => Assert.Empty(StaffingRules.Check([Commune(1, 4, 10)], Rules, 100));

    [Theory]
    [InlineData(1, 4, 6, StaffingIssueKind.BelowCommuneMinimum)]
    [InlineData(1, 6, 10, StaffingIssueKind.TooManyDeputies)]
    [InlineData(2, 4, 10, StaffingIssueKind.SeveralHeads)]
    [InlineData(0, 4, 10, StaffingIssueKind.NoHead)]
    public void Check_CommuneBreakingARule_IsReportedOnThatUnit(int heads, int deputies, int staff, StaffingIssueKind expected)
    {
        var issue = Assert.Single(StaffingRules.Check([Commune(heads, deputies, staff)], Rules, 100));
        Assert.Equal((1, expected), (issue.UnitId, issue.Kind));
    }

    [Fact]
    public void Check_GroupOverItsQuota_IsReported()
    {
        var issue = Assert.Single(StaffingRules.Check([Commune(1, 5, 10, quota: new() { [PositionGroup.Deputy] = 4 })], Rules, 100));
        Assert.Equal(StaffingIssueKind.OverQuota, issue.Kind);
        Assert.Contains("Cấp phó", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MergedLargerThanBefore_IsReportedForTheWholeMerger()
    {
        var issues = StaffingRules.Check([Commune(1, 4, 10), Commune(1, 4, 10) with { UnitId = 2 }], Rules, totalBefore: 20);
        var issue = Assert.Single(issues);
        Assert.Equal((null, StaffingIssueKind.MergedExceedsBefore), (issue.UnitId, issue.Kind));
    }

    [Theory]
    [InlineData(Position.CommuneChief, PositionGroup.Head)]
    [InlineData(Position.DeputyDirector, PositionGroup.Deputy)]
    [InlineData(Position.TeamLeader, PositionGroup.Staff)]
    [InlineData(Position.AreaPolice, PositionGroup.Staff)]
    public void GroupOf_Position_CountsInItsUnitsGroup(Position position, PositionGroup group) =>
        Assert.Equal(group, StaffingRules.GroupOf(position));
}

using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Placement;

namespace MergePlanner.Tests.Personnel;

public class PlacementRulesTests
{
    private static readonly OrganisationRuleSet Rules = OrganisationRuleSet.Default;

    [Fact]
    public void PositionsFor_LeadershipFromTheRulesAndTheStaffOfTheKind()
    {
        Assert.Equal([Position.CommuneChief, Position.DeputyCommuneChief, Position.AreaPolice, Position.CommuneOfficer], PlacementRules.PositionsFor(UnitType.WardPolice, Rules));
        Assert.Equal([Position.DepartmentHead, Position.DeputyDepartmentHead, Position.TeamLeader, Position.DeputyTeamLeader, Position.StaffOfficer], PlacementRules.PositionsFor(UnitType.Department, Rules));
        Assert.Equal([Position.Director, Position.DeputyDirector], PlacementRules.PositionsFor(UnitType.Directorate, Rules));
        Assert.Equal([Position.TeamLeader, Position.DeputyTeamLeader, Position.StaffOfficer], PlacementRules.PositionsFor(UnitType.DetentionCentre, Rules));
    }

    [Theory]
    [InlineData(Position.CommuneChief, UnitType.CommunePolice, Position.CommuneChief)] // kept where the unit has it
    [InlineData(Position.AreaPolice, UnitType.WardPolice, Position.AreaPolice)]
    [InlineData(Position.StationChief, UnitType.CommunePolice, Position.CommuneChief)] // a chief stays a chief
    [InlineData(Position.DeputyDepartmentHead, UnitType.CommunePolice, Position.DeputyCommuneChief)] // a deputy a deputy
    [InlineData(Position.TeamLeader, UnitType.CommunePolice, Position.CommuneOfficer)] // a team leader is staff of a commune
    [InlineData(Position.CommuneOfficer, UnitType.Department, Position.StaffOfficer)]
    [InlineData(Position.StaffOfficer, UnitType.Directorate, Position.StaffOfficer)] // a directorate has no staff position of its own
    public void Equivalent_KeepsThePositionOrItsLevel(Position held, UnitType type, Position expected) =>
        Assert.Equal(expected, PlacementRules.Equivalent(held, type, Rules));

    [Fact]
    public void Excess_ReportsOnlyGroupsThatReceiveAndEndAboveTheCap()
    {
        var placed = new Dictionary<(int, PositionGroup), int> { [(1, PositionGroup.Head)] = 1, [(1, PositionGroup.Staff)] = 10, [(2, PositionGroup.Staff)] = 12 };
        var authorised = new Dictionary<(int, PositionGroup), int> { [(1, PositionGroup.Head)] = 1, [(1, PositionGroup.Staff)] = 11, [(2, PositionGroup.Staff)] = 11 };

        // One staff to unit 1: 11 of 11, at the cap, no warning. A second: 12 of 11.
        Assert.Empty(PlacementRules.Excess(placed, authorised, [new PlacementMove(null, null, 1, Position.CommuneOfficer)]));
        var two = PlacementRules.Excess(placed, authorised, [new PlacementMove(null, null, 1, Position.CommuneOfficer), new PlacementMove(null, null, 1, Position.AreaPolice)]);
        Assert.Equal([new CapExcess(1, PositionGroup.Staff, 11, 12)], two);

        // A second chief: the head group goes to 2 of 1.
        Assert.Equal([new CapExcess(1, PositionGroup.Head, 1, 2)], PlacementRules.Excess(placed, authorised, [new PlacementMove(null, null, 1, Position.CommuneChief)]));

        // Unit 2 is already over (12 of 11): someone leaving it is no warning; a move inside unit 2's staff group
        // (leaves and arrives) adds nobody.
        Assert.Empty(PlacementRules.Excess(placed, authorised, [new PlacementMove(2, Position.CommuneOfficer, 1, Position.CommuneOfficer)]));
        Assert.Empty(PlacementRules.Excess(placed, authorised, [new PlacementMove(2, Position.CommuneOfficer, 2, Position.AreaPolice)]));

        // No biên chế set for the group: no cap.
        Assert.Empty(PlacementRules.Excess(placed, authorised, [new PlacementMove(null, null, 3, Position.StaffOfficer), new PlacementMove(null, null, 1, Position.DeputyCommuneChief)]));
    }
}

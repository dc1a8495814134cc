using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Posts;

namespace MergePlanner.Tests.Personnel;

public class PostPlannerTests
{
    private static readonly OrganisationRuleSet Rules = OrganisationRuleSet.Default;

    [Fact]
    public void Plan_OneHeadPerUnit_DeputiesFromTheQuotaOrTheDefault_CommunesCapped()
    {
        var units = new[] { (1, UnitType.Directorate), (2, UnitType.Department), (3, UnitType.WardPolice), (4, UnitType.CommunePolice), (5, UnitType.DetentionCentre), (6, UnitType.Station) };
        var quota = new Dictionary<int, int> { [2] = 6, [3] = 8 };

        var slots = PostPlanner.Plan(units, quota, Rules);

        int Count(int unit, Position p) => slots.Count(s => s.UnitId == unit && s.Position == p);
        Assert.Equal((1, 7), (Count(1, Position.Director), Count(1, Position.DeputyDirector)));
        Assert.Equal((1, 6), (Count(2, Position.DepartmentHead), Count(2, Position.DeputyDepartmentHead)));
        Assert.Equal((1, Rules.CommuneMaximumDeputies), (Count(3, Position.CommuneChief), Count(3, Position.DeputyCommuneChief))); // 8 asked, 5 allowed
        Assert.Equal((1, 3), (Count(4, Position.CommuneChief), Count(4, Position.DeputyCommuneChief)));
        Assert.DoesNotContain(slots, s => s.UnitId == 5);
        Assert.Equal((1, 3), (Count(6, Position.StationChief), Count(6, Position.DeputyStationChief)));
        Assert.Equal(slots.Count, slots.Distinct().Count());
        Assert.Equal([1, 2, 3], slots.Where(s => s.UnitId == 4 && s.Position == Position.DeputyCommuneChief).Select(s => s.Ordinal));
    }
}

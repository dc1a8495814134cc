using MergePlanner.Data.Inventory;
using MergePlanner.Data.Personnel.Support;

namespace MergePlanner.Tests.Personnel;

public class WelfareTests
{
    [Fact]
    public void Plan_NeedsAgainstCapacities_ShortfallNeverNegative()
    {
        var plan = Welfare.Plan(150, 400, 10, [(WelfareFacility.Dormitory, 120), (WelfareFacility.Dormitory, 20), (WelfareFacility.Canteen, 500)]);
        Assert.Equal(new WelfareLine(WelfareFacility.Dormitory, 150, 140, 2), plan[0]);
        Assert.Equal((10, 0), (plan[0].Shortfall, plan[1].Shortfall));
        Assert.Equal(new WelfareLine(WelfareFacility.Shuttle, 10, 0, 0), plan[2]);
        Assert.Equal(10, plan[2].Shortfall);
    }

    [Theory]
    [InlineData(2025, 2, 28)]
    [InlineData(2028, 2, 29)]
    [InlineData(2025, 9, 30)]
    [InlineData(2025, 13, null)]
    [InlineData(2019, 5, null)]
    public void MaxDays_TheDaysOfTheMonth(int year, int month, int? expected) => Assert.Equal(expected, Welfare.MaxDays(year, month));
}

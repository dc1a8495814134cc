using MergePlanner.Data.Personnel.Posts;

namespace MergePlanner.Tests.Personnel;

public class BalanceCalculatorTests
{
    // Two sources: 1 (Hải Phòng, 60 % of officers, 12 of 20 department heads before) and 2 (Hải Dương).
    private static readonly Dictionary<int, int> Headcount = new() { [1] = 6000, [2] = 4000 };
    private static readonly Dictionary<int, int> Prior = new() { [1] = 12, [2] = 8 };

    [Fact]
    public void Shares_AndGapAgainstThePostsHeldBefore()
    {
        var b = BalanceCalculator.Compute("DepartmentHeads", [1, 2], [1, 1, 1, 1, 1, 1, 2, 2, 2, 2], [], Headcount, Prior, 15);
        var hp = b.Origins.Single(o => o.OriginId == 1);
        Assert.Equal((6, 0.6, 0.6, 0.6, 0.0, false), (hp.Appointed, hp.AppointedShare, hp.PriorPostShare, hp.HeadcountShare, hp.GapPoints, hp.Warn));
        Assert.False(b.Warn);
    }

    [Theory]
    [InlineData(7, 3, 10.0, false)] // 70 % against 60 %: +10 points
    [InlineData(15, 5, 15.0, false)] // +15 points: at the threshold, no warning
    [InlineData(8, 2, 20.0, true)] // +20 points: warned
    public void Warning_OnlyPastTheThreshold(int first, int second, double gap, bool warn)
    {
        var b = BalanceCalculator.Compute("DepartmentHeads", [1, 2], [.. Enumerable.Repeat(1, first), .. Enumerable.Repeat(2, second)], [], Headcount, Prior, 15);
        var hp = b.Origins.Single(o => o.OriginId == 1);
        Assert.Equal((gap, warn), (hp.GapPoints, hp.Warn));
        Assert.Equal(-gap, b.Origins.Single(o => o.OriginId == 2).GapPoints);
    }

    [Fact]
    public void PendingProposals_MoveTheBalance_WhileProposing()
    {
        var before = BalanceCalculator.Compute("CommuneChiefs", [1, 2], [1, 2], [], Headcount, Prior, 15);
        var after = BalanceCalculator.Compute("CommuneChiefs", [1, 2], [1, 2], [2, 2], Headcount, Prior, 15);
        Assert.Equal(-10.0, before.Origins.Single(o => o.OriginId == 1).GapPoints); // 50 % against 60 %
        Assert.Equal((1, 0), (after.Origins.Single(o => o.OriginId == 1).Appointed, after.Origins.Single(o => o.OriginId == 1).Proposed));
        Assert.Equal(-35.0, after.Origins.Single(o => o.OriginId == 1).GapPoints); // 1 of 4 = 25 % against 60 %
        Assert.True(after.Warn);
    }

    [Fact]
    public void NoPostsBefore_ComparesWithTheShareOfOfficers_NothingAppointedNoGap()
    {
        var none = BalanceCalculator.Compute("ProvinceBoard", [1, 2], [], [], Headcount, new Dictionary<int, int>(), 15);
        Assert.All(none.Origins, o => Assert.Equal((0.0, false), (o.GapPoints, o.Warn)));
        var some = BalanceCalculator.Compute("ProvinceBoard", [1, 2], [2], [], Headcount, new Dictionary<int, int>(), 15);
        Assert.Equal(60.0, some.Origins.Single(o => o.OriginId == 2).GapPoints); // 100 % against 40 % of officers
    }
}

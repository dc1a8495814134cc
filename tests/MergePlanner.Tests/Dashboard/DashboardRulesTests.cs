using MergePlanner.Web.Features.Dashboard;

namespace MergePlanner.Tests.Dashboard;

public class DashboardRulesTests
{
    [Theory]
    [InlineData(0, 0, 0, 0, 0, Rag.None)]
    [InlineData(10, 4, 0, 0, 4, Rag.Green)]
    [InlineData(10, 9, 1, 3, 10, Rag.Red)]      // the one open task is overdue: all of the open work
    [InlineData(20, 5, 2, 5, 7, Rag.Amber)]     // 2 of 15 open overdue (13 %), five days late
    [InlineData(20, 5, 3, 5, 8, Rag.Red)]       // 3 of 15 open (20 %)
    [InlineData(20, 5, 1, 15, 6, Rag.Red)]      // one task more than two weeks late
    [InlineData(20, 5, 1, 14, 6, Rag.Amber)]    // exactly two weeks: still amber
    [InlineData(20, 2, 0, 0, 8, Rag.Amber)]     // nothing overdue, but 10 % done where 40 % were due
    [InlineData(20, 4, 0, 0, 9, Rag.Green)]     // 20 % done where 45 % were due: trailing by 25 points, not more
    public void Workstream_FollowsTheThresholds(int counted, int done, int overdue, int mostDaysLate, int dueByNow, Rag expected) =>
        Assert.Equal(expected, DashboardRules.Workstream(counted, done, overdue, mostDaysLate, dueByNow));
}

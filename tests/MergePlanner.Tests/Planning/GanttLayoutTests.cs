using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Planning;

namespace MergePlanner.Tests.Planning;

public class GanttLayoutTests
{
    private static readonly DateOnly D = new(2025, 7, 1);

    private static GanttTask Task(int id, Workstream ws, int days, MergerTaskStatus status = MergerTaskStatus.NotStarted, bool milestone = false, params int[] dependsOn) =>
        new(id, $"WS{(int)ws}-{id:00}", $"Việc {id}", ws, D.AddDays(days), D.AddDays(days), status, milestone, dependsOn);

    [Fact]
    public void PlannedStart_FromWhatItWaitsFor_OrTwoWeeksBefore_AlwaysBeforeTheDeadline()
    {
        Assert.Equal(D.AddDays(-14), PlanRules.PlannedStart(D, []));
        Assert.Equal(D.AddDays(-3), PlanRules.PlannedStart(D, [D.AddDays(-10), D.AddDays(-3)]));
        Assert.Equal(D.AddDays(-1), PlanRules.PlannedStart(D, [D.AddDays(2)])); // a prerequisite due later still leaves a bar
    }

    [Fact]
    public void Build_RowsByWorkstream_ProgressWithoutCancelled_ArrowsAndMilestones()
    {
        var chart = GanttLayout.Build(
            [
                Task(1, Workstream.AssetsAndInventory, -10, MergerTaskStatus.Done),
                Task(2, Workstream.AssetsAndInventory, -3, MergerTaskStatus.InProgress, false, 1),
                Task(3, Workstream.AssetsAndInventory, 0, MergerTaskStatus.Cancelled),
                Task(4, Workstream.Governance, -35, MergerTaskStatus.Done, true),
            ],
            D, D.AddDays(5), w => w.ToString());

        Assert.Equal(["Governance", "WS0-04", "AssetsAndInventory", "WS4-01", "WS4-02", "WS4-03"], chart.Rows.Select(r => r.Kind == GanttRowKind.Workstream ? r.Label : r.Code!));
        Assert.Equal(GanttRowKind.Milestone, chart.Rows[1].Kind);
        Assert.Equal(0.5, chart.Rows[2].Progress); // one of the two not cancelled is done
        Assert.Equal(D.AddDays(-10), chart.Rows[4].Start); // starts when task 1 is due
        Assert.True(chart.Rows[4].Overdue); // D-3 passed at D+5, still open
        Assert.False(chart.Rows[5].Overdue); // cancelled: never overdue
        var arrow = Assert.Single(chart.Arrows);
        Assert.Equal((3, 4), (arrow.FromRow, arrow.ToRow));

        // D and today inside the range with a week's margin; fractions in order.
        Assert.Equal(D.AddDays(-35 - 14 - 7), chart.From);
        Assert.Equal(D.AddDays(5 + 7), chart.To);
        Assert.True(chart.Fraction(D) is > 0 and < 1);
        Assert.True(chart.Fraction(chart.Today) > chart.Fraction(D));
    }

    [Fact]
    public void Ticks_MonthStarts_ThinnedToAboutEighteen()
    {
        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)], GanttLayout.Ticks(new DateOnly(2025, 5, 20), new DateOnly(2025, 7, 10)));
        var long_ = GanttLayout.Ticks(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31));
        Assert.InRange(long_.Count, 12, 18);
        Assert.All(long_, t => Assert.Equal(1, t.Day));
    }
}

using MergePlanner.Data.Planning;

namespace MergePlanner.Tests.Planning;

public class PlanRulesTests
{
    private static readonly DateOnly D = new(2025, 7, 1);

    [Theory]
    [InlineData(-15, "D\u221215")]
    [InlineData(0, "D")]
    [InlineData(7, "D+7")]
    public void RelativeLabel_AsPrinted(int days, string label) => Assert.Equal(label, PlanRules.RelativeLabel(days));

    [Fact]
    public void Recompute_MovesRelativeDeadlinesOnly()
    {
        var tasks = new[] { new TaskTiming(1, -15, D.AddDays(-15)), new TaskTiming(2, null, new DateOnly(2025, 6, 20)), new TaskTiming(3, 7, D.AddDays(7)) };
        Assert.Empty(PlanRules.Recompute(tasks, D));

        var moved = PlanRules.Recompute(tasks, new DateOnly(2025, 8, 1));
        Assert.Equal([(1, new DateOnly(2025, 7, 17)), (3, new DateOnly(2025, 8, 8))], moved);
    }

    [Fact]
    public void Slippage_AgainstTheBaseline() =>
        Assert.Equal((3, -2, 0), (PlanRules.Slippage(D, D.AddDays(3)), PlanRules.Slippage(D, D.AddDays(-2)), PlanRules.Slippage(null, D)));

    [Fact]
    public void WouldCycle_DirectAndThroughAChain()
    {
        var edges = new[] { (2, 1), (3, 2) }; // 3 → 2 → 1
        Assert.True(PlanRules.WouldCycle(edges, 1, 3));
        Assert.True(PlanRules.WouldCycle(edges, 4, 4));
        Assert.False(PlanRules.WouldCycle(edges, 3, 1));
        Assert.False(PlanRules.WouldCycle(edges, 4, 3));
    }

    [Theory]
    [InlineData(MergerTaskStatus.NotStarted, MergerTaskStatus.InProgress, true, false, null)]
    [InlineData(MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval, true, false, null)]
    [InlineData(MergerTaskStatus.InProgress, MergerTaskStatus.Done, true, false, "Plan.Err.Transition")] // the unit does not sign its own work off
    [InlineData(MergerTaskStatus.AwaitingApproval, MergerTaskStatus.Done, true, false, "Plan.Err.Transition")]
    [InlineData(MergerTaskStatus.AwaitingApproval, MergerTaskStatus.Done, false, true, null)]
    [InlineData(MergerTaskStatus.AwaitingApproval, MergerTaskStatus.InProgress, false, true, null)] // sent back
    [InlineData(MergerTaskStatus.InProgress, MergerTaskStatus.Cancelled, true, false, "Plan.Err.Transition")]
    [InlineData(MergerTaskStatus.InProgress, MergerTaskStatus.Cancelled, false, true, null)]
    [InlineData(MergerTaskStatus.Done, MergerTaskStatus.InProgress, false, true, "Plan.Err.Closed")]
    [InlineData(MergerTaskStatus.NotStarted, MergerTaskStatus.InProgress, false, false, "Plan.Err.Forbidden")]
    public void StatusRefusal_WhoMovesWhat(MergerTaskStatus from, MergerTaskStatus to, bool responsible, bool approver, string? refusal) =>
        Assert.Equal(refusal, PlanRules.StatusRefusal(from, to, responsible, approver, []));

    [Fact]
    public void StatusRefusal_NotSubmittedOrDoneBeforeWhatItDependsOn_ACancelledOneNoLongerHolds()
    {
        Assert.Equal("Plan.Err.Prerequisites", PlanRules.StatusRefusal(MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval, true, false, [MergerTaskStatus.Done, MergerTaskStatus.InProgress]));
        Assert.Equal("Plan.Err.Prerequisites", PlanRules.StatusRefusal(MergerTaskStatus.AwaitingApproval, MergerTaskStatus.Done, false, true, [MergerTaskStatus.AwaitingApproval]));
        Assert.Null(PlanRules.StatusRefusal(MergerTaskStatus.AwaitingApproval, MergerTaskStatus.Done, false, true, [MergerTaskStatus.Done, MergerTaskStatus.Cancelled]));
        Assert.Null(PlanRules.StatusRefusal(MergerTaskStatus.NotStarted, MergerTaskStatus.InProgress, true, false, [MergerTaskStatus.NotStarted])); // may start early
    }

    [Fact]
    public void StatusRefusal_NothingSubmittedWithoutEvidence_TheApproverSignsOffWhatWasSubmitted()
    {
        Assert.Equal("Plan.Err.NoEvidence", PlanRules.StatusRefusal(MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval, true, false, [], hasEvidence: false));
        Assert.Null(PlanRules.StatusRefusal(MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval, true, false, [], hasEvidence: true));
        Assert.Null(PlanRules.StatusRefusal(MergerTaskStatus.AwaitingApproval, MergerTaskStatus.Done, false, true, [], hasEvidence: false));

        // What it waits for is named first: evidence would not help.
        Assert.Equal("Plan.Err.Prerequisites", PlanRules.StatusRefusal(MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval, true, false, [MergerTaskStatus.InProgress], hasEvidence: false));
    }
}

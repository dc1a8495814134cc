using MergePlanner.Data.Planning;

namespace MergePlanner.Tests.Planning;

public class TaskAlertRulesTests
{
    private static readonly TaskAlertPolicy Policy = new() { RemindDaysBefore = 3, EscalateAfterDays = 3 };
    private static readonly DateOnly Deadline = new(2025, 6, 21);

    [Theory]
    [InlineData(-4, "")] // four days before: nothing yet
    [InlineData(-3, "DueSoon")] // the reminder window opens three days before
    [InlineData(0, "DueSoon")] // the deadline day itself is still "due"
    [InlineData(1, "Overdue")] // the day after
    [InlineData(3, "Overdue")] // three days late: not yet escalated
    [InlineData(4, "Overdue,Escalated")] // more than three days late: to leadership as well
    [InlineData(400, "Overdue,Escalated")] // a job that did not run still sends what was earned
    public void Earned_ByDaysFromTheDeadline(int daysAfterDeadline, string expected) =>
        Assert.Equal(expected, string.Join(",", TaskAlertRules.Earned(Deadline, MergerTaskStatus.InProgress, Deadline.AddDays(daysAfterDeadline), Policy)));

    [Theory]
    [InlineData(MergerTaskStatus.Done)]
    [InlineData(MergerTaskStatus.Cancelled)]
    [InlineData(MergerTaskStatus.AwaitingApproval)] // the approver's delay, not the unit's
    public void Earned_NothingForClosedOrSubmittedTasks(MergerTaskStatus status) =>
        Assert.Empty(TaskAlertRules.Earned(Deadline, status, Deadline.AddDays(10), Policy));

    [Fact]
    public void Earned_FollowsThePolicy()
    {
        var quick = new TaskAlertPolicy { RemindDaysBefore = 0, EscalateAfterDays = 0 };
        Assert.Empty(TaskAlertRules.Earned(Deadline, MergerTaskStatus.NotStarted, Deadline.AddDays(-1), quick));
        Assert.Equal([TaskAlertKind.Overdue, TaskAlertKind.Escalated], TaskAlertRules.Earned(Deadline, MergerTaskStatus.NotStarted, Deadline.AddDays(1), quick));
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30", "2026-12-06")] // a Monday
    [InlineData("2026-12-02", "2026-11-30", "2026-12-06")] // a Wednesday
    [InlineData("2026-12-06", "2026-11-30", "2026-12-06")] // the Sunday ends the week
    public void WeekOf_MondayToSunday(string day, string monday, string sunday) =>
        Assert.Equal((DateOnly.Parse(monday), DateOnly.Parse(sunday)), TaskAlertRules.WeekOf(DateOnly.Parse(day)));
}

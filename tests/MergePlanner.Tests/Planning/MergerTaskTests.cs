using MergePlanner.Data.Planning;

namespace MergePlanner.Tests.Planning;

public class MergerTaskTests
{
    private static MergerTask Task(DateOnly deadline, MergerTaskStatus status) =>
        new() { Code = "WS4-01", Title = "Kiểm kê", Deadline = deadline, Status = status };

    [Theory]
    [InlineData(MergerTaskStatus.InProgress, true)]
    [InlineData(MergerTaskStatus.AwaitingApproval, true)]
    [InlineData(MergerTaskStatus.Done, false)]
    [InlineData(MergerTaskStatus.Cancelled, false)]
    public void IsOverdue_PastDeadline_DependsOnStatus(MergerTaskStatus status, bool expected) =>
        Assert.Equal(expected, Task(new DateOnly(2025, 6, 30), status).IsOverdue(new DateOnly(2025, 7, 1)));

    [Fact]
    public void IsOverdue_DeadlineToday_IsNotOverdue() =>
        Assert.False(Task(new DateOnly(2025, 7, 1), MergerTaskStatus.InProgress).IsOverdue(new DateOnly(2025, 7, 1)));
}

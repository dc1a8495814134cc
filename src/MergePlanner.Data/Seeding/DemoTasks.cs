using MergePlanner.Data.Planning;

namespace MergePlanner.Data.Seeding;

/// <summary>How far the demo's tasks have got, by their deadline relative to the effective date D.</summary>
internal static class DemoTasks
{
    /// <summary>Work due before go-live is mostly finished; later work is under way; a few items slip.</summary>
    public static MergerTaskStatus StatusFor(int daysFromD, Random random) => daysFromD switch
    {
        <= 0 => random.Next(8) == 0 ? MergerTaskStatus.InProgress : MergerTaskStatus.Done,
        <= 60 => random.Next(3) == 0 ? MergerTaskStatus.AwaitingApproval : MergerTaskStatus.Done,
        <= 200 => MergerTaskStatus.InProgress,
        _ => MergerTaskStatus.NotStarted,
    };
}

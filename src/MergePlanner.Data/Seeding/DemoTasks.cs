using MergePlanner.Data.Organisation;
using MergePlanner.Data.Planning;

namespace MergePlanner.Data.Seeding;

/// <summary>Merger tasks per workstream (domain.md §11), deadlines relative to the effective date D.</summary>
internal static class DemoTasks
{
    public static IEnumerable<MergerTask> For(Merger merger, TreeBuilder target, Random random)
    {
        var n = 0;
        foreach (var (workstream, owner, days, title) in Organisation.Setup.WorkstreamPlan.Template)
        {
            var deadline = merger.EffectiveDate.AddDays(days);
            var unit = target.Departments.Single(d => d.Code == $"{target.Prefix}.{owner}");

            var status = StatusFor(days, random);
            yield return new MergerTask
            {
                MergerId = merger.Id,
                Workstream = workstream,
                Code = $"WS{(int)workstream}-{++n:00}",
                Title = title,
                ResponsibleUnitId = unit.Id,
                Deadline = deadline,
                Status = status,
            };
        }
    }

    /// <summary>Work due before go-live is mostly finished; later work is under way; a few items slip.</summary>
    public static MergerTaskStatus StatusFor(int daysFromD, Random random) => daysFromD switch
    {
        <= 0 => random.Next(8) == 0 ? MergerTaskStatus.InProgress : MergerTaskStatus.Done,
        <= 60 => random.Next(3) == 0 ? MergerTaskStatus.AwaitingApproval : MergerTaskStatus.Done,
        <= 200 => MergerTaskStatus.InProgress,
        _ => MergerTaskStatus.NotStarted,
    };
}

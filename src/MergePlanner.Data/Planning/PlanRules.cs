namespace MergePlanner.Data.Planning;

/// <summary>A task's place in time as the plan keeps it: a fixed date, or days from the merger's effective date.</summary>
public readonly record struct TaskTiming(int TaskId, int? DaysFromEffective, DateOnly Deadline);

/// <summary>
/// The rules of the merger plan (issue 11), pure and tested: deadlines relative to the effective date ("D−15") and
/// their recomputation when that date moves, dependencies (no cycles; a task is not finished before what it depends
/// on), who may move a task to which status (the approver signs off "done"), and slippage against the baseline.
/// </summary>
public static class PlanRules
{
    /// <summary>"D−15", "D", "D+7": how the plan names a relative deadline (the minus sign is U+2212, as printed).</summary>
    public static string RelativeLabel(int daysFromEffective) => daysFromEffective switch
    {
        0 => "D",
        < 0 => $"D\u2212{-daysFromEffective}",
        _ => $"D+{daysFromEffective}",
    };

    public static DateOnly Deadline(DateOnly effectiveDate, int? daysFromEffective, DateOnly fixedDeadline) =>
        daysFromEffective is { } days ? effectiveDate.AddDays(days) : fixedDeadline;

    /// <summary>The tasks whose deadline changes when the effective date becomes <paramref name="effectiveDate"/>: the
    /// relative ones, with their new date; fixed dates stay.</summary>
    public static IReadOnlyList<(int TaskId, DateOnly Deadline)> Recompute(IEnumerable<TaskTiming> tasks, DateOnly effectiveDate) =>
        tasks.Where(t => t.DaysFromEffective is not null && Deadline(effectiveDate, t.DaysFromEffective, t.Deadline) != t.Deadline)
            .Select(t => (t.TaskId, Deadline(effectiveDate, t.DaysFromEffective, t.Deadline)))
            .ToList();

    /// <summary>How long a task runs on the roadmap when nothing says when it starts.</summary>
    public const int DefaultSpanDays = 14;

    /// <summary>Where a task's bar starts on the roadmap (the plan keeps deadlines, not starts): when the latest task it
    /// waits for is due, or <see cref="DefaultSpanDays"/> before its own deadline when it waits for none; at least a day
    /// before the deadline, so every bar shows.</summary>
    public static DateOnly PlannedStart(DateOnly deadline, IEnumerable<DateOnly> prerequisiteDeadlines)
    {
        var latest = prerequisiteDeadlines.DefaultIfEmpty(deadline.AddDays(-DefaultSpanDays)).Max();
        return latest < deadline ? latest : deadline.AddDays(-1);
    }

    /// <summary>Days a task has slipped past its baseline (negative when ahead; 0 without a baseline).</summary>
    public static int Slippage(DateOnly? baseline, DateOnly deadline) => baseline is { } b ? deadline.DayNumber - b.DayNumber : 0;

    /// <summary>Whether adding "<paramref name="task"/> depends on <paramref name="dependsOn"/>" closes a loop.</summary>
    public static bool WouldCycle(IEnumerable<(int TaskId, int DependsOnId)> edges, int task, int dependsOn)
    {
        if (task == dependsOn)
        {
            return true;
        }

        var next = edges.ToLookup(e => e.TaskId, e => e.DependsOnId);
        var seen = new HashSet<int>();
        var stack = new Stack<int>([dependsOn]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == task)
            {
                return true;
            }

            if (seen.Add(current))
            {
                foreach (var n in next[current])
                {
                    stack.Push(n);
                }
            }
        }

        return false;
    }

    /// <summary>Why a task may not move from one status to another (a resource key), or null. The responsible unit works
    /// it (start, submit for approval); the approver signs it off, sends it back or cancels it; nothing is submitted or
    /// done while a task it depends on is still open (a cancelled one no longer holds it back), nor submitted without a
    /// file that shows its product ("rõ sản phẩm").</summary>
    public static string? StatusRefusal(MergerTaskStatus from, MergerTaskStatus to, bool isResponsible, bool isApprover, IEnumerable<MergerTaskStatus> prerequisites, bool hasEvidence = true)
    {
        if (from == to)
        {
            return null;
        }

        if (from is MergerTaskStatus.Done or MergerTaskStatus.Cancelled)
        {
            return "Plan.Err.Closed";
        }

        var allowed = (from, to) switch
        {
            (MergerTaskStatus.NotStarted, MergerTaskStatus.InProgress) => isResponsible || isApprover,
            (MergerTaskStatus.InProgress, MergerTaskStatus.AwaitingApproval) => isResponsible || isApprover,
            (MergerTaskStatus.NotStarted, MergerTaskStatus.AwaitingApproval) => isResponsible || isApprover,
            (MergerTaskStatus.AwaitingApproval, MergerTaskStatus.Done) => isApprover,
            (MergerTaskStatus.AwaitingApproval, MergerTaskStatus.InProgress) => isApprover,
            (_, MergerTaskStatus.Cancelled) => isApprover,
            _ => false,
        };
        if (!allowed)
        {
            return isResponsible || isApprover ? "Plan.Err.Transition" : "Plan.Err.Forbidden";
        }

        if (to is not (MergerTaskStatus.AwaitingApproval or MergerTaskStatus.Done))
        {
            return null;
        }

        // The evidence is asked for on submission: the approver signs off what was submitted with it.
        return prerequisites.Any(MergerTaskStatusRules.IsOpen) ? "Plan.Err.Prerequisites"
            : hasEvidence || to == MergerTaskStatus.Done ? null
            : "Plan.Err.NoEvidence";
    }
}

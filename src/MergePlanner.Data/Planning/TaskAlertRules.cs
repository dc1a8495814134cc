namespace MergePlanner.Data.Planning;

/// <summary>What a person is warned of about a task: it falls due soon, it is overdue, or it has stayed overdue long
/// enough to go up to leadership.</summary>
public enum TaskAlertKind
{
    DueSoon,
    Overdue,
    Escalated,
}

/// <summary>When warnings go out (settings "Plan:Alerts"): so many days before the deadline, and escalation so many
/// days after it has passed.</summary>
public sealed class TaskAlertPolicy
{
    public int RemindDaysBefore { get; set; } = 3;

    public int EscalateAfterDays { get; set; } = 3;

    /// <summary>The hour (local time) the daily e-mail digest goes out.</summary>
    public int DigestHour { get; set; } = 7;
}

/// <summary>The alert timing of the plan, pure: which warnings a task has earned on a given day. Each is sent once
/// (the store keeps one per task, kind, deadline and person), so the answer is "every warning earned so far", not
/// "the one for today" — a job that did not run for a day still sends what it missed.</summary>
public static class TaskAlertRules
{
    public static IReadOnlyList<TaskAlertKind> Earned(DateOnly deadline, MergerTaskStatus status, DateOnly today, TaskAlertPolicy policy)
    {
        // Waiting for the approver is the approver's delay, not the unit's: the unit is not chased for it.
        if (!MergerTaskStatusRules.IsOpen(status) || status == MergerTaskStatus.AwaitingApproval)
        {
            return [];
        }

        var daysLeft = deadline.DayNumber - today.DayNumber;
        var earned = new List<TaskAlertKind>();
        if (daysLeft <= policy.RemindDaysBefore && daysLeft >= 0)
        {
            earned.Add(TaskAlertKind.DueSoon);
        }

        if (daysLeft < 0)
        {
            earned.Add(TaskAlertKind.Overdue);
        }

        if (-daysLeft > policy.EscalateAfterDays)
        {
            earned.Add(TaskAlertKind.Escalated);
        }

        return earned;
    }

    /// <summary>The start and end (inclusive) of the week a day falls in, Monday to Sunday as Vietnamese offices count it.</summary>
    public static (DateOnly From, DateOnly To) WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }
}

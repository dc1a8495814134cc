namespace MergePlanner.Web.Features.Dashboard;

/// <summary>Red, amber, green: how a workstream stands, at a glance from three metres.</summary>
public enum Rag
{
    /// <summary>No task counts yet.</summary>
    None,
    Green,
    Amber,
    Red,
}

/// <summary>
/// The dashboard's judgements, pure. A workstream is red when a fifth or more of its open work is overdue, or a task
/// is overdue by more than two weeks (a deadline missed that long is a decision for leadership, not a reminder); amber
/// when anything is overdue or its progress trails the calendar by more than a quarter; green otherwise.
/// </summary>
public static class DashboardRules
{
    public const double RedOverdueShare = 0.2;
    public const int RedDaysLate = 14;
    public const double AmberTrailing = 0.25;

    /// <param name="counted">Tasks that count (not cancelled).</param>
    /// <param name="done">Of those, done.</param>
    /// <param name="overdue">Open tasks past their deadline.</param>
    /// <param name="mostDaysLate">The longest delay among them, in days.</param>
    /// <param name="dueByNow">Tasks whose deadline has passed (done or not): where the calendar says progress should be.</param>
    public static Rag Workstream(int counted, int done, int overdue, int mostDaysLate, int dueByNow)
    {
        if (counted == 0)
        {
            return Rag.None;
        }

        var open = counted - done;
        if (overdue > 0 && (overdue >= RedOverdueShare * Math.Max(open, 1) || mostDaysLate > RedDaysLate))
        {
            return Rag.Red;
        }

        // Trailing the calendar: fewer done than have fallen due, by more than a quarter of the workstream.
        return overdue > 0 || dueByNow - done > AmberTrailing * counted ? Rag.Amber : Rag.Green;
    }
}

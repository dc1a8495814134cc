using MergePlanner.Data.Common;

namespace MergePlanner.Data.Planning;

/// <summary>A task of the playbook every new merger's plan is made from (domain.md §11), as the administrators keep it:
/// until someone edits it the built-in <see cref="Organisation.Setup.WorkstreamPlan.Template"/> is the playbook. A task
/// no longer wanted is retired, not deleted, so the plans made from it can still be traced.</summary>
public class PlaybookTask : IAudited, IVersioned
{
    public int Id { get; set; }

    public Workstream Workstream { get; set; }

    /// <summary>The department of the new police that owns it, by code ("PV01").</summary>
    public required string Owner { get; set; }

    public int DaysFromD { get; set; }

    public required string Title { get; set; }

    public bool Milestone { get; set; }

    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }

    public int Version { get; set; }
}

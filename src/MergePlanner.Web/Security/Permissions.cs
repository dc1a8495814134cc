using System.Security.Claims;
using MergePlanner.Data.Identity;

namespace MergePlanner.Web.Security;

/// <summary>Every kind of change a person can make. Reads are governed by <see cref="UnitScope"/> alone.</summary>
public enum AppAction
{
    /// <summary>Open and close stocktakes, enter counted quantities.</summary>
    CountInventory,

    /// <summary>Attach count evidence and signed handover scans.</summary>
    UploadEvidence,

    /// <summary>Import the asset and case-file registers.</summary>
    ImportRegisters,

    /// <summary>Decide what becomes of an item (transfer, hand to an agency, liquidate, missing…).</summary>
    DisposeItems,

    /// <summary>Draw up and send handover minutes from a unit in scope.</summary>
    HandOver,

    /// <summary>Confirm, line by line, what a unit in scope received.</summary>
    ConfirmReceipt,

    /// <summary>Edit units, lineage, biên chế, the commune mapping and the review list.</summary>
    EditStructure,

    /// <summary>Steer the merger plan: create, edit and reassign tasks, set their dependencies, sign them off as done, send
    /// them back or cancel them, and move the effective date.</summary>
    EditTasks,

    /// <summary>Work a task of a unit in scope: start it, attach the evidence of its product, comment, submit it for
    /// sign-off.</summary>
    WorkTasks,

    /// <summary>Map the Party organisations of the sources to those of the new police, track the membership records,
    /// and keep the congress schedule and the committee candidates.</summary>
    ManageParty,

    /// <summary>Edit the playbook every new merger's plan is made from.</summary>
    EditPlaybook,

    /// <summary>Create accounts.</summary>
    ManageAccounts,

    /// <summary>Edit officer records, their discipline, ratings and votes, and import them.</summary>
    EditPersonnel,

    /// <summary>See the sensitive part of an officer's record (discipline, ratings, confidence votes) — on pages,
    /// exports and PDFs alike. A read permission, checked wherever such data is read.</summary>
    ViewSensitivePersonnel,

    /// <summary>Approve or return a proposed appointment, and lock an approved list.</summary>
    ApproveAppointments,

    /// <summary>Read the audit trail of the merger (who changed what, before and after) and export it. A read permission:
    /// the trail holds sensitive personnel values too, so it goes to the roles that may see those.</summary>
    ViewAudit,
}

/// <summary>The one role × action table: pages ask it to show or hide an action, services ask it to allow or
/// refuse, and the README's role table states the same. Leadership reads everything and steers the structure and
/// the plan, but never changes inventory: counts, imports, outcomes and handovers are the units' own work (with
/// Admin able to correct them); a Viewer changes nothing. Unit scope applies on top (see <see cref="UnitScope"/>).</summary>
public static class Permissions
{
    public static readonly IReadOnlyDictionary<AppAction, string[]> Table = new Dictionary<AppAction, string[]>
    {
        [AppAction.CountInventory] = [Roles.Admin, Roles.UnitStaff],
        [AppAction.UploadEvidence] = [Roles.Admin, Roles.UnitStaff],
        [AppAction.ImportRegisters] = [Roles.Admin, Roles.UnitStaff],
        [AppAction.DisposeItems] = [Roles.Admin, Roles.UnitStaff],
        [AppAction.HandOver] = [Roles.Admin, Roles.UnitStaff],
        [AppAction.ConfirmReceipt] = [Roles.Admin, Roles.UnitStaff],
        [AppAction.EditStructure] = [Roles.Admin, Roles.Leadership],
        [AppAction.EditTasks] = [Roles.Admin, Roles.Leadership],
        [AppAction.WorkTasks] = [Roles.Admin, Roles.Leadership, Roles.UnitStaff],
        [AppAction.ManageParty] = [Roles.Admin, Roles.Leadership, Roles.Personnel],
        [AppAction.EditPlaybook] = [Roles.Admin],
        [AppAction.ManageAccounts] = [Roles.Admin],
        [AppAction.EditPersonnel] = [Roles.Admin, Roles.Personnel],
        [AppAction.ViewSensitivePersonnel] = [Roles.Admin, Roles.Leadership, Roles.Personnel],
        [AppAction.ApproveAppointments] = [Roles.Admin, Roles.Leadership],
        [AppAction.ViewAudit] = [Roles.Admin, Roles.Leadership],
    };

    public static bool Allows(ClaimsPrincipal user, AppAction action) => Table[action].Any(user.IsInRole);

    public static bool Allows(string role, AppAction action) => Table[action].Contains(role, StringComparer.Ordinal);
}

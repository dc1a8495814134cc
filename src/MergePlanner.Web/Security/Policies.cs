using MergePlanner.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace MergePlanner.Web.Security;

/// <summary>Who may open what. Every page and endpoint names one of these; unit scope is checked on top
/// for UnitStaff (see <see cref="UnitScope"/>).</summary>
public static class Policies
{
    /// <summary>Any signed-in user; UnitStaff see only their unit and its sub-units.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>Reads across every unit: leadership dashboards and consolidated reports.</summary>
    public const string ReadAll = nameof(ReadAll);

    /// <summary>The roles that read every unit of the merger they work in.</summary>
    public static readonly string[] ReadAllRoles = [Roles.Admin, Roles.Ministry, Roles.Leadership, Roles.Personnel, Roles.Viewer];

    /// <summary>Ministry leadership and administrators: the national overview and switching between mergers.</summary>
    public const string National = nameof(National);

    public const string Administer = nameof(Administer);

    /// <summary>Edits the organisation structure: units, lineage, biên chế, imports.</summary>
    public const string EditStructure = nameof(EditStructure);

    /// <summary>Changes the status of merger tasks.</summary>
    public const string EditTasks = nameof(EditTasks);

    /// <summary>Reads the audit trail.</summary>
    public const string ViewAudit = nameof(ViewAudit);

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(ReadAll, p => p.RequireRole(ReadAllRoles));
        options.AddPolicy(National, p => p.RequireRole(Roles.National));
        options.AddPolicy(Administer, p => p.RequireRole(Permissions.Table[AppAction.ManageAccounts]));
        options.AddPolicy(EditStructure, p => p.RequireRole(Permissions.Table[AppAction.EditStructure]));
        options.AddPolicy(EditTasks, p => p.RequireRole(Permissions.Table[AppAction.EditTasks]));
        options.AddPolicy(ViewAudit, p => p.RequireRole(Permissions.Table[AppAction.ViewAudit]));
    }
}

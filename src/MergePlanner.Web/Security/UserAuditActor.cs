using MergePlanner.Data.Auditing;

namespace MergePlanner.Web.Security;

/// <summary>The signed-in user's name for the audit trail; "system" when no one is acting (start-up, seeding).</summary>
public sealed class UserAuditActor(CurrentUser user) : IAuditActor
{
    public string Name => user.Name;
}

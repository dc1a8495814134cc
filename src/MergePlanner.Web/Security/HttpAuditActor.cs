using MergePlanner.Data.Auditing;

namespace MergePlanner.Web.Security;

/// <summary>The signed-in user's name for the audit trail; "system" outside a request.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext?.User.Identity?.Name ?? "system";
}

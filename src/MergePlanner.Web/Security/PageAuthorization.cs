using Microsoft.AspNetCore.Authorization;

namespace MergePlanner.Web.Security;

/// <summary>Whether the current user meets a policy, for a page deciding which actions to offer. Offering is not
/// allowing: every feature service checks <see cref="Permissions"/> again when the action is taken.</summary>
public sealed class PageAuthorization(IAuthorizationService authorization, CurrentUser current)
{
    public async Task<bool> AllowsAsync(string policy) =>
        current.Principal.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(current.Principal, policy)).Succeeded;
}

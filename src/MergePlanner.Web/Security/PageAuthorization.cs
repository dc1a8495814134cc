using Microsoft.AspNetCore.Authorization;

namespace MergePlanner.Web.Security;

/// <summary>For a form on a read page whose post needs a stronger policy than the page: checks it on the
/// server and answers 403, whatever the page showed.</summary>
public sealed class PageAuthorization(IAuthorizationService authorization, IHttpContextAccessor accessor)
{
    public async Task<bool> AllowsAsync(string policy)
    {
        var http = accessor.HttpContext;
        return http is not null && (await authorization.AuthorizeAsync(http.User, policy)).Succeeded;
    }

    public async Task<bool> DemandAsync(string policy)
    {
        if (await AllowsAsync(policy))
        {
            return true;
        }

        if (accessor.HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return false;
    }
}

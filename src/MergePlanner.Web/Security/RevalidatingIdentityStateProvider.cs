using System.Security.Claims;
using MergePlanner.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MergePlanner.Web.Security;

/// <summary>
/// An open page is a long-lived circuit that no longer sends the sign-in cookie. Every minute the circuit's user is
/// checked again: the account still exists, is not locked, and its security stamp is unchanged (logging out
/// elsewhere, a new password or a changed role renew the stamp). If not, the circuit's user becomes anonymous:
/// <see cref="CurrentUser"/> follows, services refuse, and the router sends the person to the sign-in page.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    /// <summary>Security:RevalidationSeconds, 60 by default ("within about a minute").</summary>
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Security:RevalidationSeconds", 60), 1, 3600));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await IsStillValidAsync(users, state.User, options.Value);
    }

    internal static async Task<bool> IsStillValidAsync(UserManager<AppUser> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        return !users.SupportsUserSecurityStamp
            || principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}

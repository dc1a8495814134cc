using System.Security.Claims;
using MergePlanner.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MergePlanner.Web.Security;

/// <summary>Puts the user's unit and display name into the cookie, so scope checks need no user lookup.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string FullNameClaim = "mp:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(UnitScopeService.UnitClaim, unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(FullNameClaim, string.IsNullOrWhiteSpace(user.FullName) ? user.UserName ?? string.Empty : user.FullName));
        return identity;
    }
}

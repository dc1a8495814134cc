using System.Security.Claims;
using MergePlanner.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MergePlanner.Web.Security;

/// <summary>Puts the user's unit, merger and display name into the cookie, so scope checks need no user lookup.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, MergePlanner.Data.MergePlannerDbContext db)
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

        if (await MergerOfAsync(user, identity) is { } mergerId)
        {
            identity.AddClaim(new Claim(MergerSelection.MergerClaim, mergerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        identity.AddClaim(new Claim(FullNameClaim, string.IsNullOrWhiteSpace(user.FullName) ? user.UserName ?? string.Empty : user.FullName));
        return identity;
    }

    /// <summary>The account's merger; a national role that has not chosen one yet starts in the first.</summary>
    private async Task<int?> MergerOfAsync(AppUser user, ClaimsIdentity identity)
    {
        if (user.MergerId is { } bound)
        {
            return bound;
        }

        if (!Roles.National.Any(role => identity.HasClaim(identity.RoleClaimType, role)))
        {
            return null;
        }

        return await db.Mergers.IgnoreQueryFilters().OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync();
    }
}

using System.Security.Claims;
using MergePlanner.Data.Common;
using MergePlanner.Data.Identity;

namespace MergePlanner.Web.Security;

/// <summary>The merger the current person works in, read from their sign-in (the claim <see cref="MergerClaim"/>,
/// written by <see cref="AppClaimsFactory"/> from the account): every database context made for the person is confined
/// to it, so no page, export or service reads or writes another merger's rows by mistake. A person without a merger
/// (or nobody signed in) gets 0, which matches no row.</summary>
public sealed class MergerSelection(CurrentUser current) : IMergerSelection
{
    public const string MergerClaim = "mp:merger";

    public int MergerId => Of(current.Principal);

    public static int Of(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(MergerClaim), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>Ministry leadership and administrators are not bound to one merger: they switch, and see them all on
    /// the national overview.</summary>
    public static bool IsNational(ClaimsPrincipal user) => Roles.National.Any(user.IsInRole);
}

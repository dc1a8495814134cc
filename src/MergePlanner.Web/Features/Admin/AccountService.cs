using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Admin;

public sealed record NewAccount(string UserName, string FullName, string Role, string? UnitCode, string Password);

/// <summary>Accounts are created by administrators only — checked here, not just on the page — and the account and its
/// role are written together or not at all.</summary>
public sealed class AccountService(MergePlannerDbContext db, UserManager<AppUser> users, CurrentUser current, IStringLocalizer<SharedResource> l, LoginGuard guard)
{
    /// <summary>Lifts an account lock (Identity's, and this account's failure counters per computer).</summary>
    public async Task<bool> UnlockAsync(string userName, CancellationToken cancellationToken = default)
    {
        if (!MayManage || await users.FindByNameAsync(userName) is not { } account)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        await guard.ForgetAccountAsync(userName, cancellationToken);
        return true;
    }

    /// <summary>Ends every open session of the account: its sign-in cookies stop working at their next request.</summary>
    public async Task<bool> EndSessionsAsync(string userName)
    {
        if (!MayManage || await users.FindByNameAsync(userName) is not { } account)
        {
            return false;
        }

        return (await users.UpdateSecurityStampAsync(account)).Succeeded;
    }

    private bool MayManage => current.Principal is { } user && Permissions.Allows(user, AppAction.ManageAccounts);

    /// <summary>Every reason the account cannot be created; empty when it was.</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(NewAccount input, CancellationToken cancellationToken = default)
    {
        if (current.Principal is not { } user || !Permissions.Allows(user, AppAction.ManageAccounts))
        {
            return [l["Errors.Forbidden.Message"]];
        }

        var errors = new List<string>();
        if (!Roles.All.Contains(input.Role, StringComparer.Ordinal))
        {
            errors.Add("Vai trò không hợp lệ.");
        }

        if (input.Role == Roles.UnitStaff && string.IsNullOrWhiteSpace(input.UnitCode))
        {
            errors.Add(l["Users.UnitRequired"]);
        }

        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(input.UnitCode))
        {
            var code = input.UnitCode.Trim();
            unitId = await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
            if (unitId is null)
            {
                errors.Add(string.Format(CultureInfo.CurrentCulture, l["Users.UnitNotFound"], code));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = new AppUser { UserName = input.UserName.Trim(), FullName = input.FullName.Trim(), UnitId = unitId, LockoutEnabled = true };
        var created = await users.CreateAsync(account, input.Password);
        var result = created.Succeeded ? await users.AddToRoleAsync(account, input.Role) : created;
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}

using MergePlanner.Web.Components.Shared;
using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Admin;

public sealed record AccountListFilter(string? Search, string? Role, bool OnlyLocked);

public sealed record AccountRow(string UserName, string FullName, IReadOnlyList<string> Roles, string? Unit, DateTimeOffset? LockedUntil);

public sealed record AccountListResult(IReadOnlyList<AccountRow> Rows, int Total, int Page);

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

    public static readonly IReadOnlyList<string> SortFields = [nameof(AccountRow.UserName), nameof(AccountRow.FullName)];

    /// <summary>The accounts, for administrators only (anyone else gets none): filtered, sorted and paged in SQL.</summary>
    public async Task<AccountListResult> PageAsync(AccountListFilter filter, int page, int pageSize, string? sort, bool descending, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!MayManage)
        {
            return new AccountListResult([], 0, 1);
        }

        // The accounts of the merger the administrator works in, and the national ones (bound to none).
        var merger = MergerSelection.Of(current.Principal);
        var query = db.Users.AsNoTracking().Where(u => u.MergerId == merger || u.MergerId == null);
        if (filter.Search?.Trim() is { Length: > 0 } text)
        {
            var lower = text.ToLowerInvariant();
            query = query.Where(u => u.UserName!.ToLower().Contains(lower) || u.FullName.ToLower().Contains(lower));
        }

        if (filter.Role is { } role)
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var accounts = await query.Select(u => new { u.Id, u.UserName, u.FullName, Unit = u.Unit!.Name, u.LockoutEnd }).ToListAsync(cancellationToken);

        // The lock end is a DateTimeOffset, which SQLite cannot compare in SQL; there are few accounts, so the lock
        // filter, the order and the page are applied here.
        var selected = accounts.Where(u => !filter.OnlyLocked || u.LockoutEnd > now);
        var ordered = string.Equals(sort, nameof(AccountRow.FullName), StringComparison.OrdinalIgnoreCase)
            ? (descending ? selected.OrderByDescending(u => u.FullName, StringComparer.CurrentCulture) : selected.OrderBy(u => u.FullName, StringComparer.CurrentCulture))
            : (descending ? selected.OrderByDescending(u => u.UserName, StringComparer.Ordinal) : selected.OrderBy(u => u.UserName, StringComparer.Ordinal));
        var list = ordered.ToList();
        var paged = list.ToPage(page, Paging.GridPageSize(pageSize));
        var shown = paged.Items;
        var ids = shown.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var rows = shown.Select(u => new AccountRow(u.UserName ?? string.Empty, u.FullName, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(), u.Unit, u.LockoutEnd)).ToList();
        return new AccountListResult(rows, paged.Total, paged.Page);
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
            errors.Add(l["Users.RoleInvalid"]);
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
        // A national role is bound to no merger; everyone else works in the merger the administrator is working in.
        var mergerId = Roles.National.Contains(input.Role) ? (int?)null : MergerSelection.Of(user);
        var account = new AppUser { UserName = input.UserName.Trim(), FullName = input.FullName.Trim(), UnitId = unitId, MergerId = mergerId, LockoutEnabled = true };
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

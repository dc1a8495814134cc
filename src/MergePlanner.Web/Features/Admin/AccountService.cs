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

public sealed record AccountRow(string UserName, string FullName, IReadOnlyList<string> Roles, string? Unit, DateTimeOffset? LockedUntil)
{
    /// <summary>Disabled by an administrator (locked for good), not locked out for a while by failed sign-ins.</summary>
    public bool Disabled => LockedUntil is { } until && until >= AccountService.DisabledFrom;

    public string? UnitCode { get; init; }
}

/// <summary>What an administrator may change of an account: the name shown, the role and the unit.</summary>
public sealed record AccountEdit(string FullName, string Role, string? UnitCode);

public sealed record AccountListResult(IReadOnlyList<AccountRow> Rows, int Total, int Page);

public sealed record NewAccount(string UserName, string FullName, string Role, string? UnitCode, string Password);

/// <summary>Accounts are created by administrators only — checked here, not just on the page — and the account and its
/// role are written together or not at all.</summary>
public sealed class AccountService(MergePlannerDbContext db, UserManager<AppUser> users, CurrentUser current, IStringLocalizer<SharedResource> l, LoginGuard guard, TimeProvider clock)
{
    /// <summary>A lock ending after this is a disabled account (Identity's lock set to the end of time).</summary>
    public static readonly DateTimeOffset DisabledFrom = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The account an administrator may manage: of the merger they work in, or national; null for any other.</summary>
    private async Task<AppUser?> ManagedAsync(string userName)
    {
        if (!MayManage || await users.FindByNameAsync(userName) is not { } account)
        {
            return null;
        }

        var merger = MergerSelection.Of(current.Principal!);
        return account.MergerId is null || account.MergerId == merger ? account : null;
    }

    /// <summary>Writes what an administrator did to an account into the audit trail (never a password).</summary>
    private async Task AuditAsync(AppUser account, string action, object? before, object? after, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new Data.Auditing.AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserName = current.Name, EntityType = nameof(AppUser), EntityKey = account.UserName ?? account.Id, Action = action,
            Before = before is null ? null : System.Text.Json.JsonSerializer.Serialize(before, AuditJson), After = after is null ? null : System.Text.Json.JsonSerializer.Serialize(after, AuditJson),
            MergerId = account.MergerId, UnitId = account.UnitId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    /// <summary>Changes the name, role and unit of an account; every problem at once, nothing changed while there is one.</summary>
    public async Task<IReadOnlyList<string>> UpdateAsync(string userName, AccountEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (await ManagedAsync(userName) is not { } account)
        {
            return [l["Errors.Forbidden.Message"]];
        }

        var errors = new List<string>();
        var fullName = edit.FullName?.Trim() ?? string.Empty;
        if (fullName.Length is 0 or > 128)
        {
            errors.Add(l["Users.FullNameRequired"]);
        }

        if (!Roles.All.Contains(edit.Role, StringComparer.Ordinal))
        {
            errors.Add(l["Users.RoleInvalid"]);
        }

        if (edit.Role == Roles.UnitStaff && string.IsNullOrWhiteSpace(edit.UnitCode))
        {
            errors.Add(l["Users.UnitRequired"]);
        }

        int? unitId = null;
        if (!string.IsNullOrWhiteSpace(edit.UnitCode))
        {
            var code = edit.UnitCode.Trim();
            unitId = await db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
            if (unitId is null)
            {
                errors.Add(string.Format(CultureInfo.CurrentCulture, l["Users.UnitNotFound"], code));
            }
        }

        var oldRoles = await users.GetRolesAsync(account);
        if (account.UserName == current.Name && !edit.Role.Equals(Roles.Admin, StringComparison.Ordinal))
        {
            errors.Add(l["Users.NotOwnRole"]);
        }

        // A national role is bound to no merger, a merger's role to one: the role cannot cross that line here.
        if (errors.Count == 0 && Roles.National.Contains(edit.Role) != (account.MergerId is null))
        {
            errors.Add(l["Users.RoleScopeChange"]);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var before = new { account.FullName, Roles = oldRoles, account.UnitId };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        account.FullName = fullName;
        account.UnitId = unitId;
        var result = await users.UpdateAsync(account);
        if (result.Succeeded && !oldRoles.SequenceEqual([edit.Role]))
        {
            result = await users.RemoveFromRolesAsync(account, oldRoles);
            result = result.Succeeded ? await users.AddToRoleAsync(account, edit.Role) : result;
        }

        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        // The new role and unit take effect at once: the account's open sessions sign in again.
        await users.UpdateSecurityStampAsync(account);
        await AuditAsync(account, "Modified", before, new { account.FullName, Roles = new[] { edit.Role }, account.UnitId }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Disables an account (it can no longer sign in; its sessions end) or enables it again. Never one's own.</summary>
    public async Task<string?> SetDisabledAsync(string userName, bool disabled, CancellationToken cancellationToken = default)
    {
        if (await ManagedAsync(userName) is not { } account)
        {
            return l["Errors.Forbidden.Message"];
        }

        if (account.UserName == current.Name)
        {
            return l["Users.NotSelf"];
        }

        var before = new { account.LockoutEnd };
        await users.SetLockoutEnabledAsync(account, true);
        await users.SetLockoutEndDateAsync(account, disabled ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(account);
        await AuditAsync(account, disabled ? "Disabled" : "Enabled", before, new { LockoutEnd = disabled ? DateTimeOffset.MaxValue : (DateTimeOffset?)null }, cancellationToken);
        return null;
    }

    /// <summary>Sets a new temporary password, shown once to the administrator to hand over; the account's sessions end.</summary>
    public async Task<(string? Password, string? Error)> ResetPasswordAsync(string userName, CancellationToken cancellationToken = default)
    {
        if (await ManagedAsync(userName) is not { } account)
        {
            return (null, l["Errors.Forbidden.Message"]);
        }

        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, password);
        if (!result.Succeeded)
        {
            return (null, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.UpdateSecurityStampAsync(account);
        await AuditAsync(account, "PasswordReset", null, new { PasswordReset = true }, cancellationToken);
        return (password, null);
    }

    /// <summary>Twelve characters from every class the password rules ask for, without look-alikes (0/O, 1/l/I).</summary>
    public static string TemporaryPassword()
    {
        const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", Lower = "abcdefghijkmnopqrstuvwxyz", Digits = "23456789", Symbols = "@#$%&*!?";
        var all = Upper + Lower + Digits + Symbols;
        var chars = new[] { Upper, Lower, Digits, Symbols }.Select(set => set[System.Security.Cryptography.RandomNumberGenerator.GetInt32(set.Length)])
            .Concat(Enumerable.Range(0, 8).Select(_ => all[System.Security.Cryptography.RandomNumberGenerator.GetInt32(all.Length)])).ToArray();
        System.Security.Cryptography.RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>Lifts an account lock (Identity's, and this account's failure counters per computer).</summary>
    public async Task<bool> UnlockAsync(string userName, CancellationToken cancellationToken = default)
    {
        if (await ManagedAsync(userName) is not { } account)
        {
            return false;
        }

        var before = new { account.LockoutEnd, account.AccessFailedCount };
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        await guard.ForgetAccountAsync(userName, cancellationToken);
        await AuditAsync(account, "Unlocked", before, new { LockoutEnd = (DateTimeOffset?)null, AccessFailedCount = 0 }, cancellationToken);
        return true;
    }

    /// <summary>Ends every open session of the account: its sign-in cookies stop working at their next request.</summary>
    public async Task<bool> EndSessionsAsync(string userName)
    {
        if (await ManagedAsync(userName) is not { } account)
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

        var accounts = await query.Select(u => new { u.Id, u.UserName, u.FullName, Unit = u.Unit!.Name, UnitCode = u.Unit.Code, u.LockoutEnd }).ToListAsync(cancellationToken);

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
        var rows = shown.Select(u => new AccountRow(u.UserName ?? string.Empty, u.FullName, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(), u.Unit, u.LockoutEnd) { UnitCode = u.UnitCode }).ToList();
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

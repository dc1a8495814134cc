using MergePlanner.Data;
using MergePlanner.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Security;

/// <summary>One account per role, created only together with the demo data (listed in the README).</summary>
public static class DemoAccounts
{
    public const string Password = "Demo@12345";

    /// <summary>A demo account; <paramref name="MergerName"/> is the demo merger it works in (none for a national role).</summary>
    public sealed record Account(string UserName, string FullName, string Role, string? UnitCode, string? MergerName = Data.Seeding.DemoDataSeeder.MergerName);

    public static readonly Account[] All =
    [
        new("admin", "Quản trị hệ thống", Roles.Admin, null, null),
        new("bo", "Hoàng Văn Lãnh Đạo Bộ", Roles.Ministry, null, null),
        new("lanhdao", "Nguyễn Văn Lãnh Đạo", Roles.Leadership, null),
        new("canbo.hd", "Trần Thị Nhập Liệu", Roles.UnitStaff, "HDG.PH10"),
        new("nhan.hp", "Phạm Văn Tiếp Nhận", Roles.UnitStaff, "HPM.PH10"),
        new("xem", "Lê Văn Theo Dõi", Roles.Viewer, null),
        new("tccb", "Bùi Thị Tổ Chức", Roles.Personnel, null),
        new("lanhdao.nb", "Đinh Thị Ninh Bình", Roles.Leadership, null, Data.Seeding.DemoDataSeeder.ThreeWayMergerName),
        new("canbo.nd", "Vũ Văn Nam Định", Roles.UnitStaff, "ND.PH10", Data.Seeding.DemoDataSeeder.ThreeWayMergerName),
        new("tccb.nb", "Lại Văn Cán Bộ", Roles.Personnel, null, Data.Seeding.DemoDataSeeder.ThreeWayMergerName),
    ];

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var db = services.GetRequiredService<MergePlannerDbContext>();
        foreach (var account in All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            // Everyone but the national roles works in one demo merger (a unit code is unique only within it).
            var mergerId = account.MergerName is null
                ? (int?)null
                : await db.Mergers.IgnoreQueryFilters().Where(m => m.Name == account.MergerName).Select(m => m.Id).SingleAsync();
            var unitId = account.UnitCode is null
                ? (int?)null
                : await db.Units.IgnoreQueryFilters().Where(u => u.Code == account.UnitCode && u.MergerId == mergerId).Select(u => (int?)u.Id).SingleAsync();
            var user = new AppUser
            {
                UserName = account.UserName,
                Email = $"{account.UserName}@mergeplanner.local",
                EmailConfirmed = true,
                FullName = account.FullName,
                UnitId = unitId,
                MergerId = mergerId,
                LockoutEnabled = true,
            };
            await Succeed(users.CreateAsync(user, Password));
            await Succeed(users.AddToRoleAsync(user, account.Role));
        }
    }

    internal static async Task Succeed(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

using System.Net;
using MergePlanner.Data.Identity;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Account;

[Collection(SeededAppCollection.Name)]
public class UserAdminTests(MergePlannerFactory factory)
{
    private Task<IReadOnlyList<string>> CreateAsync(NewAccount account) =>
        ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<AccountService>().CreateAsync(account));

    [Fact]
    public async Task CreateUser_UnitStaffWithUnit_CanSignInAndIsScoped()
    {
        Assert.Empty(await CreateAsync(new NewAccount("canbo.px01", "Đỗ Thị Tổ Chức", Roles.UnitStaff, "HPC.PX01", "Matkhau@2025")));

        var staff = await AppClient.SignedInAsync(factory, "canbo.px01", "Matkhau@2025");
        var own = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPC.PX01").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/units/{own}")).StatusCode);
        Assert.True(AppClient.IsRefused(await staff.GetAsync($"/units/{own + 1}")));
    }

    [Theory]
    [InlineData(Roles.UnitStaff, "", "Matkhau@2025", "Cán bộ nhập liệu phải gắn với một đơn vị")]
    [InlineData(Roles.Viewer, "KHONG.CO", "Matkhau@2025", "Không có đơn vị mã 'KHONG.CO'")]
    [InlineData(Roles.Viewer, "", "ngan", "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData("", "", "Matkhau@2025", "Vai trò không hợp lệ.")]
    public async Task CreateUser_BadInput_ExplainsInVietnameseAndCreatesNothing(string role, string unitCode, string password, string message)
    {
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());
        var errors = await CreateAsync(new NewAccount($"sai.{Guid.NewGuid():N}"[..20], "Người dùng sai", role, unitCode, password));
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }
}

/// <summary>Account creation checked in its service: only administrators, and the account with its role or nothing.</summary>
[Collection(EditableAppCollection.Name)]
public class AccountServiceTests(EditableAppFactory factory)
{
    [Theory]
    [InlineData("lanhdao")]
    [InlineData("canbo.hd")]
    public async Task Create_NotAnAdministrator_RefusedAndNoAccount(string user)
    {
        var errors = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>()
            .CreateAsync(new("tu.cap.quyen", "Tự cấp quyền", Roles.Admin, null, "Manh@123456x")));
        Assert.NotEmpty(errors);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "tu.cap.quyen")));
    }

    [Fact]
    public async Task Create_WeakPassword_ExplainedAndNoAccount()
    {
        var errors = await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>()
            .CreateAsync(new("mat.khau.yeu", "Mật khẩu yếu", Roles.Viewer, null, "123")));
        Assert.NotEmpty(errors);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "mat.khau.yeu")));
    }

    [Fact]
    public async Task Create_Administrator_CreatesTheAccountWithItsRoleAndUnit()
    {
        var errors = await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>()
            .CreateAsync(new("can.bo.moi", "Cán bộ mới", Roles.UnitStaff, "HDG.PH10", "Manh@123456x")));
        Assert.Empty(errors);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var created = await users.FindByNameAsync("can.bo.moi");
        Assert.NotNull(created);
        Assert.Equal([Roles.UnitStaff], await users.GetRolesAsync(created));
        Assert.NotNull(created.UnitId);
    }

    [Fact]
    public async Task AccountList_AdministratorsOnly_FilteredByRoleSearchAndLock()
    {
        Task<AccountListResult> ListAsync(string user, AccountListFilter filter, string? sort = null, bool descending = false) =>
            ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<AccountService>().PageAsync(filter, 1, 50, sort, descending, DateTimeOffset.UtcNow));

        var all = await ListAsync("admin", new AccountListFilter(null, null, false));
        Assert.Contains(all.Rows, r => r.UserName == "canbo.hd" && r.Roles.SequenceEqual([Roles.UnitStaff]));
        Assert.Equal(all.Rows.Select(r => r.UserName).Order(StringComparer.Ordinal), all.Rows.Select(r => r.UserName));

        var staff = await ListAsync("admin", new AccountListFilter(null, Roles.UnitStaff, false));
        Assert.NotEmpty(staff.Rows);
        Assert.All(staff.Rows, r => Assert.Contains(Roles.UnitStaff, r.Roles));
        Assert.Equal("lanhdao", Assert.Single((await ListAsync("admin", new AccountListFilter("LANHDAO", null, false))).Rows).UserName);
        Assert.All((await ListAsync("admin", new AccountListFilter(null, null, true))).Rows, r => Assert.True(r.LockedUntil > DateTimeOffset.UtcNow));

        // The list reaches administrators only: the service answers no one else, whatever the page shows.
        foreach (var other in new[] { "lanhdao", "xem", "canbo.hd" })
        {
            Assert.Equal(0, (await ListAsync(other, new AccountListFilter(null, null, false))).Total);
        }
    }

    [Fact]
    public async Task EndSessions_ByAnAdministrator_TheSignedInCookieStopsWorking_OthersRefused()
    {
        var viewer = await AppClient.SignedInAsync(factory, "xem");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/units")).StatusCode);
        Assert.False(await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>().EndSessionsAsync("xem")));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/units")).StatusCode);

        Assert.True(await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>().EndSessionsAsync("xem")));
        var after = await viewer.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlock_ByAnAdministrator_LiftsTheLock_OthersRefused()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var locked = new AppUser { UserName = "bi.khoa", FullName = "Bị khóa", LockoutEnabled = true };
            Assert.True((await users.CreateAsync(locked, "Manh@123456x")).Succeeded);
            Assert.True((await users.AddToRoleAsync(locked, Roles.Viewer)).Succeeded);
            await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        Assert.Contains("tạm thời bị khóa", await (await AppClient.LoginAsync(AppClient.Anonymous(factory), "bi.khoa", "Manh@123456x")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>().UnlockAsync("bi.khoa")));
        Assert.True(await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<MergePlanner.Web.Features.Admin.AccountService>().UnlockAsync("bi.khoa")));
        Assert.Equal(HttpStatusCode.Redirect, (await AppClient.LoginAsync(AppClient.Anonymous(factory), "bi.khoa", "Manh@123456x")).StatusCode);
    }

    [Fact]
    public async Task EndSessions_SignsTheAccountOutOfEveryOpenSession()
    {
        var receiver = await AppClient.SignedInAsync(factory, "nhan.hp");
        Assert.Equal(HttpStatusCode.OK, (await receiver.GetAsync("/inventory/handovers")).StatusCode);
        Assert.True(await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<AccountService>().EndSessionsAsync("nhan.hp")));
        Assert.Equal(HttpStatusCode.Redirect, (await receiver.GetAsync("/inventory/handovers")).StatusCode);
    }
}

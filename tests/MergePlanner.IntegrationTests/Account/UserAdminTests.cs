using System.Net;
using MergePlanner.Data.Identity;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Account;

[Collection(SeededAppCollection.Name)]
public class UserAdminTests(MergePlannerFactory factory)
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AppClient.AntiforgeryTokenAsync(client, "/admin/users/new");
        fields["_handler"] = "create-user";
        return await client.PostAsync("/admin/users/new", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task CreateUser_UnitStaffWithUnit_CanSignInAndIsScoped()
    {
        var admin = await AppClient.SignedInAsync(factory, "admin");
        var response = await PostAsync(admin, new()
        {
            ["Input.UserName"] = "canbo.px01",
            ["Input.FullName"] = "Đỗ Thị Tổ Chức",
            ["Input.Role"] = Roles.UnitStaff,
            ["Input.UnitCode"] = "HPC.PX01",
            ["Input.Password"] = "Matkhau@2025",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/users?created=canbo.px01", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var staff = await AppClient.SignedInAsync(factory, "canbo.px01", "Matkhau@2025");
        var own = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPC.PX01").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/units/{own}")).StatusCode);
        Assert.True(AppClient.IsRefused(await staff.GetAsync($"/units/{own + 1}")));
    }

    [Theory]
    [InlineData(Roles.UnitStaff, "", "Matkhau@2025", "Cán bộ nhập liệu phải gắn với một đơn vị")]
    [InlineData(Roles.Viewer, "KHONG.CO", "Matkhau@2025", "Không có đơn vị mã &#x27;KHONG.CO&#x27;")]
    [InlineData(Roles.Viewer, "", "ngan", "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData("", "", "Matkhau@2025", "Hãy chọn vai trò.")]
    public async Task CreateUser_BadInput_ExplainsInVietnameseAndCreatesNothing(string role, string unitCode, string password, string message)
    {
        var admin = await AppClient.SignedInAsync(factory, "admin");
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());
        var response = await PostAsync(admin, new()
        {
            ["Input.UserName"] = $"sai.{Guid.NewGuid():N}"[..20],
            ["Input.FullName"] = "Người dùng sai",
            ["Input.Role"] = role,
            ["Input.UnitCode"] = unitCode,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
    public async Task UserList_EndSessionsButton_ReportsTheOutcome()
    {
        var admin = await AppClient.SignedInAsync(factory, "admin");
        var response = await AppClient.PostFormAsync(admin, "/admin/users", "end-sessions-nhan.hp", []);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Đã đăng xuất mọi phiên của tài khoản nhan.hp.", page.QuerySelector("[data-testid=user-action]")!.TextContent.Trim());
    }
}

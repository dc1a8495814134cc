using MergePlanner.TestSupport;
using System.Net;
using MergePlanner.Data.Identity;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Account;

[Collection(SeededAppCollection.Name)]
public class LoginTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task LoginPage_Anonymous_IsVietnameseAndUnescaped()
    {
        var client = AppClient.Anonymous(factory);
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(EscapedText.NonAscii, html);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("lanhdao")]
    [InlineData("canbo.hd")]
    [InlineData("xem")]
    public async Task Login_DemoAccount_RedirectsHomeAndShowsTheUser(string userName)
    {
        var client = AppClient.Anonymous(factory);
        var response = await AppClient.LoginAsync(client, userName, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", new Uri(new Uri("http://localhost/"), response.Headers.Location!).AbsolutePath);
        var home = await AppClient.GetDocumentAsync(client, "/");
        var account = DemoAccounts.All.Single(a => a.UserName == userName);
        Assert.Contains(account.FullName, home.QuerySelector("[data-testid=current-user]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_StaysOnTheFormWithAVietnameseError()
    {
        var client = AppClient.Anonymous(factory);
        var response = await AppClient.LoginAsync(client, "lanhdao", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("MergePlanner.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        const string userName = "khoa.thu";
        const string password = "Dung@123456";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = userName, FullName = "Tài khoản thử khóa", LockoutEnabled = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Viewer)).Succeeded);
        }

        var client = AppClient.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await AppClient.LoginAsync(client, userName, "Sai@1234567");
        }

        var response = await AppClient.LoginAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm thời bị khóa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_SignedIn_EndsTheSession()
    {
        var client = await AppClient.SignedInAsync(factory, "xem");
        var token = await AppClient.AntiforgeryTokenAsync(client, "/");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CultureSwitch_English_PersistsInACookie()
    {
        var client = await AppClient.SignedInAsync(factory, "xem");
        var token = await AppClient.AntiforgeryTokenAsync(client, "/units");
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = "en-US",
            ["returnUrl"] = "/units",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/units", response.Headers.Location?.OriginalString);
        var page = await AppClient.GetDocumentAsync(client, "/units");
        Assert.Equal("Units", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}

using System.Net;
using MergePlanner.Data.Identity;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Security;

/// <summary>Responses carry the security headers; https (also behind a trusted proxy) brings HSTS and secure cookies;
/// logging out ends every copy of the session; sign-in answers do not tell whether a user exists; failures are counted
/// per computer so that one machine cannot keep an account locked out.</summary>
[Collection(SeededAppCollection.Name)]
public class SignInAndHeadersTests(MergePlannerFactory factory)
{
    private HttpClient ClientFrom(string ip, bool https = false, bool handleCookies = true)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies, BaseAddress = new Uri(https ? "https://localhost" : "http://localhost") });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    private async Task CreateUserAsync(string userName, string password, string role = Roles.Viewer)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, FullName = "Tài khoản thử " + userName, LockoutEnabled = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private static async Task<string> LoginMessageAsync(HttpClient client, string userName, string password)
    {
        var response = await AppClient.LoginAsync(client, userName, password);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return "signed-in";
        }

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("[data-testid=login-error]")?.TextContent.Trim() ?? "?";
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/khong-co-trang-nay")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await AppClient.Anonymous(factory).GetAsync(url);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptsThePolicyWouldBlock()
    {
        var html = await (await AppClient.SignedInAsync(factory, "lanhdao")).GetStringAsync("/assets");
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.DoesNotMatch("\\son(click|change|submit|load)=\"", html);
    }

    [Fact]
    public async Task Http_NoHstsAndCookiesNotSecure()
    {
        var response = await ClientFrom("10.1.0.1").GetAsync("/account/login");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(response.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "https")]
    public async Task Https_DirectOrBehindTheProxy_HstsAndSecureCookies(bool https, string? forwardedProto)
    {
        // Raw Set-Cookie headers: a cookie jar would drop a secure cookie sent to the proxy's plain-http side.
        var client = ClientFrom("10.1.0.2", https, handleCookies: false);
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }

        var response = await client.GetAsync("/account/login");
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        if (!https)
        {
            return;
        }

        var login = await AppClient.LoginAsync(ClientFrom("10.1.0.3", https: true), "xem", DemoAccounts.Password);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("MergePlanner.Auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Logout_ACopiedCookieStopsWorking()
    {
        var client = await AppClient.SignedInAsync(factory, "xem");
        var login = await AppClient.LoginAsync(AppClient.Anonymous(factory), "xem", DemoAccounts.Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MergePlanner.Auth=", StringComparison.Ordinal)).Split(';')[0];
        var copy = AppClient.Anonymous(factory);
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/units")).StatusCode);

        var token = await AppClient.AntiforgeryTokenAsync(client, "/");
        await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        var after = await copy.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Hãy nhập tên đăng nhập.", "Hãy nhập mật khẩu.")]
    [InlineData("c=en-US|uic=en-US", "Enter your user name.", "Enter your password.")]
    public async Task Login_EmptyFields_AreNamedInThePagesLanguage(string? cultureCookie, string userName, string password)
    {
        var client = AppClient.Anonymous(factory);
        if (cultureCookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture={Uri.EscapeDataString(cultureCookie)}");
        }

        var response = await AppClient.LoginAsync(client, string.Empty, string.Empty);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(userName, html, StringComparison.Ordinal);
        Assert.Contains(password, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownUserAndWrongPassword_AnswerAlike_EvenAfterRepeatedFailures()
    {
        await CreateUserAsync("that.co", "Dung@123456");
        var known = ClientFrom("10.2.0.1");
        var unknown = ClientFrom("10.2.0.2");
        for (var i = 0; i < LoginGuard.FailuresPerAccountAndComputer; i++)
        {
            Assert.Equal(await LoginMessageAsync(known, "that.co", "Sai@1234567"), await LoginMessageAsync(unknown, "khong.co.ai", "Sai@1234567"));
        }

        var lockedKnown = await LoginMessageAsync(known, "that.co", "Sai@1234567");
        Assert.Contains("tạm thời bị khóa", lockedKnown, StringComparison.Ordinal);
        Assert.Equal(lockedKnown, await LoginMessageAsync(unknown, "khong.co.ai", "Sai@1234567"));
    }

    [Fact]
    public async Task Login_FailuresFromOneComputer_DoNotLockTheAccountForOthers()
    {
        await CreateUserAsync("quan.tri.thu", "Dung@123456", Roles.Admin);
        var attacker = ClientFrom("10.3.0.66");
        for (var i = 0; i < 12; i++)
        {
            await LoginMessageAsync(attacker, "quan.tri.thu", "Doan@1234567");
        }

        Assert.Contains("tạm thời bị khóa", await LoginMessageAsync(attacker, "quan.tri.thu", "Dung@123456"), StringComparison.Ordinal);
        Assert.Equal("signed-in", await LoginMessageAsync(ClientFrom("10.3.0.7"), "quan.tri.thu", "Dung@123456"));
    }

    [Fact]
    public async Task Login_ManyFailuresFromOneComputer_AreThrottledForEveryAccount()
    {
        var noisy = ClientFrom("10.4.0.9");
        for (var i = 0; i < LoginGuard.FailuresPerComputer; i++)
        {
            await LoginMessageAsync(noisy, $"doan.{i}", "Sai@1234567");
        }

        Assert.Contains("Máy này đã đăng nhập sai quá nhiều lần", await LoginMessageAsync(noisy, "xem", DemoAccounts.Password), StringComparison.Ordinal);
        Assert.Equal("signed-in", await LoginMessageAsync(ClientFrom("10.4.0.10"), "xem", DemoAccounts.Password));
    }

    [Fact]
    public async Task Login_FailuresFromSeveralComputers_LockTheAccountForEveryone()
    {
        await CreateUserAsync("bi.tan.cong", "Dung@123456");
        for (var computer = 1; computer <= LoginGuard.ComputersToLockAccount; computer++)
        {
            var client = ClientFrom($"10.5.0.{computer}");
            for (var i = 0; i < LoginGuard.FailuresPerComputerToCountTowardsAccount; i++)
            {
                await LoginMessageAsync(client, "bi.tan.cong", "Sai@1234567");
            }
        }

        Assert.Contains("tạm thời bị khóa", await LoginMessageAsync(ClientFrom("10.5.0.99"), "bi.tan.cong", "Dung@123456"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownNameUnderASpreadAttack_AnswersLikeARealAccount()
    {
        for (var computer = 1; computer <= LoginGuard.ComputersToLockAccount; computer++)
        {
            var client = ClientFrom($"10.6.0.{computer}");
            for (var i = 0; i < LoginGuard.FailuresPerComputerToCountTowardsAccount; i++)
            {
                await LoginMessageAsync(client, "khong.ton.tai", "Sai@1234567");
            }
        }

        Assert.Contains("tạm thời bị khóa", await LoginMessageAsync(ClientFrom("10.6.0.99"), "khong.ton.tai", "Sai@1234567"), StringComparison.Ordinal);
    }
}

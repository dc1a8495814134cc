using System.Net;
using System.Text.RegularExpressions;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MergePlanner.IntegrationTests.Platform;

/// <summary>Two web nodes on one database: the keys that protect sign-in cookies and form tokens live in the database,
/// so a person signed in on node A keeps working when the proxy sends them to node B.</summary>
public partial class TwoNodeTests
{
    [Fact]
    public async Task SignInOnNodeA_CookieAndFormTokenWorkOnNodeB()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mergeplanner-nodes-{Guid.NewGuid():N}");
        using var nodeA = new Node(folder, keepFolder: true);
        _ = nodeA.Server;
        using var nodeB = new Node(folder, keepFolder: false);
        _ = nodeB.Server;

        // The browser's cookies, carried by hand from one node to the other as a load balancer would route them.
        var cookies = new Dictionary<string, string>();
        var a = Client(nodeA);
        var (form, token) = await PageAsync(a, "/account/login", cookies);
        Assert.Equal(HttpStatusCode.OK, form);
        var login = await SendAsync(a, new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = "xem", ["Input.Password"] = DemoAccounts.Password,
            }),
        }, cookies);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("MergePlanner.Auth", cookies.Keys);
        var (_, tokenFromA) = await PageAsync(a, "/units", cookies);

        var b = Client(nodeB);
        var (onB, _) = await PageAsync(b, "/units", cookies);
        Assert.Equal(HttpStatusCode.OK, onB);

        // A form drawn on A is accepted by B (same antiforgery keys).
        var culture = await SendAsync(b, new HttpRequestMessage(HttpMethod.Post, "/culture")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = tokenFromA, ["culture"] = "en-US", ["returnUrl"] = "/units" }),
        }, cookies);
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);

        // What they share is the database, not a folder of key files.
        Assert.True(await nodeB.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.DataProtectionKeys)) > 0);
        Assert.False(Directory.Exists(Path.Combine(folder, "keys")));
    }

    private static HttpClient Client(MergePlannerFactory node) => node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<(HttpStatusCode Status, string Token)> PageAsync(HttpClient client, string url, Dictionary<string, string> cookies)
    {
        var response = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url), cookies);
        var match = TokenPattern().Match(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request, Dictionary<string, string> cookies)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>One app process among several over the same folder (database); the first keeps the folder.</summary>
    private sealed class Node(string folder, bool keepFolder) : MergePlannerFactory(folder, keepFolder);
}

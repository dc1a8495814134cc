using System.Net;
using System.Text.RegularExpressions;
using MergePlanner.Proxy;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Platform;

/// <summary>The production shape on one machine: two app nodes on one database behind the YARP proxy. A person stays on
/// one node (sticky sessions); when that node stops, the proxy moves them to the other, still signed in.</summary>
public partial class ProxyTests
{
    [Fact]
    public async Task ThroughTheProxy_APersonStaysOnOneNode_AndMovesSignedInWhenItStops()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mergeplanner-proxy-{Guid.NewGuid():N}");
        // Both nodes keep the shared folder whichever stops first; it is removed at the end.
        using var nodeA = new NamedNode(folder, "A");
        using var nodeB = new NamedNode(folder, "B");
        try
        {
            await SignInThenFailOverAsync(nodeA, nodeB);
        }
        finally
        {
            nodeA.Dispose();
            nodeB.Dispose();
            NamedNode.DeleteFolder(folder);
        }
    }

    private static async Task SignInThenFailOverAsync(NamedNode nodeA, NamedNode nodeB)
    {
        await using var proxy = await NamedNode.StartProxyAsync(nodeA.Start(), nodeB.Start());

        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(proxy.Urls.First()) };
        var login = await client.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(login).Groups[1].Value);
        var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.UserName"] = "xem", ["Input.Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(cookies.GetAllCookies(), c => c.Name == ProxySetup.AffinityCookie);

        var served = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var page = await client.GetAsync("/units");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            served.Add(page.Headers.GetValues(NamedNode.Header).Single());
        }

        var home = Assert.Single(served.Distinct());

        // The node holding the person stops; within a few health checks the proxy sends them to the other one.
        (home == "A" ? (IDisposable)nodeA : nodeB).Dispose();
        var other = home == "A" ? "B" : "A";
        HttpResponseMessage? after = null;
        for (var attempt = 0; attempt < 40 && after?.StatusCode != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(250);
            after = await client.GetAsync("/units");
        }

        Assert.Equal(HttpStatusCode.OK, after!.StatusCode);
        Assert.Equal(other, after.Headers.GetValues(NamedNode.Header).Single());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

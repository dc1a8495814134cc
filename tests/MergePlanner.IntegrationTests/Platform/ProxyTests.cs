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
        using var nodeA = new Node(folder, "A");
        using var nodeB = new Node(folder, "B");
        try
        {
            await SignInThenFailOverAsync(nodeA, nodeB);
        }
        finally
        {
            nodeA.Dispose();
            nodeB.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean up.
            }
        }
    }

    private static async Task SignInThenFailOverAsync(Node nodeA, Node nodeB)
    {
        await using var proxy = await StartProxyAsync(nodeA.Start(), nodeB.Start());

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
            served.Add(page.Headers.GetValues(Node.Header).Single());
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
        Assert.Equal(other, after.Headers.GetValues(Node.Header).Single());
    }

    private static async Task<WebApplication> StartProxyAsync(params string[] nodes)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Nodes"] = string.Join(',', nodes);
        builder.Configuration["HealthCheckSeconds"] = "1";
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.AddProxy();
        var app = builder.Build();
        app.UseProxy();
        await app.StartAsync();
        return app;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>An app node on a real loopback port that names itself in a response header (test only).</summary>
    private sealed class Node(string folder, string name) : MergePlannerFactory(folder, keepFolder: true)
    {
        public const string Header = "X-Test-Node";

        private bool _disposed;

        public string Start()
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new NameFilter(name)));
        }

        protected override void Dispose(bool disposing)
        {
            if (!_disposed)
            {
                _disposed = true;
                base.Dispose(disposing);
            }
        }

        private sealed class NameFilter(string name) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Response.Headers[Header] = name;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}

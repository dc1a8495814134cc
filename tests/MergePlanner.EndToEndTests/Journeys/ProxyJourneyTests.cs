using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Proxy;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>
/// The production shape in a real browser: two app nodes on one database behind the YARP proxy. The interactive page's
/// circuit runs over a WebSocket through the proxy and stays on the node the affinity cookie names; when that node
/// stops, the page says so, and a reload lands on the other node, still signed in.
/// </summary>
public class ProxyJourneyTests
{
    [Fact]
    public async Task ThroughTheProxy_CircuitOverWebSocketOnOneNode_MovesSignedInWhenItStops()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mergeplanner-e2e-proxy-{Guid.NewGuid():N}");
        using var nodeA = new NamedNode(folder, "A");
        using var nodeB = new NamedNode(folder, "B");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        try
        {
            await using var proxy = await NamedNode.StartProxyAsync(nodeA.Start(), nodeB.Start());
            var baseUrl = proxy.Urls.First().TrimEnd('/');
            await using var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "vi-VN" });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(20_000);
            var sockets = new List<string>();
            page.WebSocket += (_, socket) => sockets.Add(socket.Url);

            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            Assert.Contains((await context.CookiesAsync()), c => c.Name == ProxySetup.AffinityCookie);
            var tasks = await page.GotoAsync("/tasks");
            var home = tasks!.Headers[NamedNode.Header.ToLowerInvariant()];
            await page.WaitForCircuitAsync();

            // The circuit is a WebSocket to the proxy, not to a node: typing in the grid's filter reads through it.
            Assert.Contains(sockets, url => url.StartsWith(baseUrl.Replace("http", "ws", StringComparison.Ordinal), StringComparison.Ordinal) && url.Contains("/_blazor", StringComparison.Ordinal));
            await page.Field("filter-q").FillAsync("bàn giao");
            await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
            await Assertions.Expect(page.Locator("[data-testid=task-grid] tbody tr").First).ToContainTextAsync("giao");
            foreach (var row in await page.Locator("[data-testid=task-grid] tbody tr").AllInnerTextsAsync())
            {
                Assert.Contains("giao", row, StringComparison.OrdinalIgnoreCase);
            }

            // Every further page of this person is served by the same node.
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(home, (await page.GotoAsync("/units"))!.Headers[NamedNode.Header.ToLowerInvariant()]);
            }

            await page.WaitForCircuitAsync();

            // The node holding the circuit stops: the page tells the person (the reconnect dialog), and a reload is
            // served by the other node once the proxy has seen the first one go, still signed in (shared keys).
            try
            {
                (home == "A" ? nodeA : nodeB).Dispose();
            }
            catch (OperationCanceledException)
            {
                // The host gave up waiting for its services (the open circuit, the job server) to stop gracefully: the
                // node is gone all the same, as after a crash, which is what the move to the other node must survive.
            }
            await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
            var other = home == "A" ? "B" : "A";
            string? servedBy = null;
            for (var attempt = 0; attempt < 40 && servedBy != other; attempt++)
            {
                await Task.Delay(500);
                try
                {
                    var response = await page.GotoAsync("/tasks");
                    servedBy = response?.Status == 200 ? response.Headers.GetValueOrDefault(NamedNode.Header.ToLowerInvariant()) : null;
                }
                catch (PlaywrightException)
                {
                    // Until the proxy has seen the node go, it answers 502 with no body: the browser reports a failure.
                }
            }

            Assert.Equal(other, servedBy);
            Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
            await page.WaitForCircuitAsync();
            await Assertions.Expect(page.Locator("[data-testid=task-grid] tbody tr").First).ToBeVisibleAsync();
        }
        finally
        {
            nodeA.Dispose();
            nodeB.Dispose();
            NamedNode.DeleteFolder(folder);
        }
    }
}

using Deque.AxeCore.Playwright;
using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>axe-core in the browser on every main page, once interactive: no critical and no serious violation, and
/// every page has a title and one first-level heading.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    public static readonly TheoryData<string, string> MainPages = new()
    {
        { "admin", "/" },
        { "admin", "/units" },
        { "admin", "/units/10" },
        { "admin", "/structure" },
        { "admin", "/structure/lineage" },
        { "admin", "/structure/communes" },
        { "admin", "/structure/staffing" },
        { "admin", "/structure/review" },
        { "admin", "/structure/import" },
        { "admin", "/officers" },
        { "admin", "/officers/1" },
        { "admin", "/inventory/ledger/items?open=true" },
        { "admin", "/inventory/campaigns/1" },
        { "admin", "/assets" },
        { "admin", "/cases" },
        { "admin", "/inventory" },
        { "admin", "/inventory/ledger" },
        { "admin", "/inventory/handovers" },
        { "admin", "/inventory/import" },
        { "admin", "/tasks" },
        { "admin", "/reports" },
        { "admin", "/admin/users" },
        { "admin", "/admin/users/new" },
        { "admin", "/units/new" },
        { "canbo.hd", "/" },
        { "canbo.hd", "/inventory/handovers" },
    };

    [Theory]
    [MemberData(nameof(MainPages))]
    public Task Page_HasNoSeriousViolations(string user, string url) =>
        browser.RunJourneyAsync($"axe{url.Replace('/', '-')}-{user}", async page =>
        {
            await new LoginPage(page).SignInAsync(user, DemoAccounts.Password);
            await page.GotoInteractiveAsync(url);
            Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{url} has no title");
            await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);

            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
            Assert.True(serious.Count == 0, $"{url}: " + string.Join("; ", serious.Select(v =>
                $"{v.Id} ({v.Impact}) ×{v.Nodes.Length}: {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target)))}")));
        });
}

using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public class TmpShots(BrowserFixture browser)
{
    [Fact]
    public Task Shots() => browser.RunJourneyAsync("shots", async page =>
    {
        await page.SetViewportSizeAsync(1400, 900);
        await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
        await page.WaitForSelectorAsync("[data-testid=origin-table]");
        await page.ScreenshotAsync(new() { Path = "/tmp/s-dashboard.png", FullPage = true });
        foreach (var (url, name) in new[] { ("/structure", "tree"), ("/structure?tree=1&view=table", "table"), ("/structure/communes", "communes"), ("/structure/staffing?issues=true", "staffing"), ("/structure/review", "review"), ("/structure/lineage", "lineage"), ("/structure/report", "report"), ("/structure/import", "import") })
        {
            await page.GotoAsync(url);
            await page.ScreenshotAsync(new() { Path = $"/tmp/s-{name}.png" });
        }
        await page.GotoAsync("/structure/communes");
        await page.ClickAsync("[data-testid=commune-table] tbody tr >> nth=0 >> a");
        await page.ScreenshotAsync(new() { Path = "/tmp/s-unit.png", FullPage = true });
    });
}

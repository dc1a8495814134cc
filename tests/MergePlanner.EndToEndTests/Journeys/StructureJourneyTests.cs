using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public class StructureJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Leadership_FollowsANewCommuneToItsPredecessorAndBack() =>
        browser.RunJourneyAsync(nameof(Leadership_FollowsANewCommuneToItsPredecessorAndBack), async page =>
        {
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            await page.GetByRole(AriaRole.Link, new() { Name = "Cơ cấu", Exact = true }).ClickAsync();
            await page.ClickAsync("a.nav-link:has-text('Công an cấp xã')");

            var communes = new StructurePages(page);
            await communes.SearchAsync("ai quoc");
            await communes.OpenNewUnitAsync("Công an phường Ái Quốc");

            var unit = new UnitDetailPage(page);
            await Assertions.Expect(unit.Name).ToHaveTextAsync("Công an phường Ái Quốc");
            await Assertions.Expect(unit.LineageRows).ToHaveCountAsync(3);
            await unit.LineageRows.GetByRole(AriaRole.Link, new() { Name = "Công an xã Quyết Thắng" }).ClickAsync();

            await Assertions.Expect(unit.Name).ToHaveTextAsync("Công an xã Quyết Thắng");
            await Assertions.Expect(page.Locator("[data-testid=lineage-panel]")).ToContainTextAsync("Sáp nhập vào");
            await page.ClickAsync("[data-testid=maps-to]");
            await Assertions.Expect(unit.Name).ToHaveTextAsync("Công an phường Ái Quốc");
            await Assertions.Expect(page.Locator("[data-testid=staffing-panel]")).ToBeVisibleAsync();
        });
}

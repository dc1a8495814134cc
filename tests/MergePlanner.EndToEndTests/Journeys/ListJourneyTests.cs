using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>The asset register as a MudDataGrid over server data: the view (page, sort) is in the address, so a link,
/// the back button and a refresh keep it; a malformed address shows the default view.</summary>
[Collection(BrowserCollection.Name)]
public class ListJourneyTests(BrowserFixture browser)
{
    private static ILocator Rows(IPage page) => page.Locator("[data-testid=asset-grid] tbody tr:has(td a)");

    [Fact]
    public Task AssetGrid_ViewInTheAddress_SurvivesLinkBackAndRefresh() =>
        browser.RunJourneyAsync(nameof(AssetGrid_ViewInTheAddress_SurvivesLinkBackAndRefresh), async page =>
        {
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);

            // A shared link: weapons, sorted by name descending, second page.
            await page.GotoInteractiveAsync("/assets?register=weapons&sort=Name&dir=desc&page=2");
            await Assertions.Expect(Rows(page).First.Locator("a[href*=\"inventory/items\"]")).ToBeVisibleAsync();
            var first = await Rows(page).First.Locator("code").TextContentAsync();
            Assert.Contains("page=2", page.Url, StringComparison.Ordinal);

            // Sorting by code in the grid goes into the address.
            await page.Locator("[data-testid=asset-grid] th", new() { HasText = "Mã tài sản" }).Locator(".sortable-column-header").ClickAsync();
            await page.WaitForURLAsync("**sort=Code**");
            // The address is written as the rows arrive: wait for the grid to show them.
            await Assertions.Expect(Rows(page).First.Locator("code")).Not.ToHaveTextAsync(first!);
            var sortedFirst = await Rows(page).First.Locator("code").TextContentAsync();
            var sortedUrl = page.Url;

            // Open an item and come back: the same view.
            await Rows(page).First.Locator("a[href*=\"inventory/items\"]").ClickAsync();
            await page.WaitForURLAsync("**/inventory/items/asset/**");
            await page.GoBackAsync();
            await page.WaitForCircuitAsync();
            await Assertions.Expect(Rows(page).First.Locator("code")).ToHaveTextAsync(sortedFirst!);
            Assert.Equal(sortedUrl, page.Url);

            // A refresh shows it again.
            await page.ReloadAsync();
            await page.WaitForCircuitAsync();
            await Assertions.Expect(Rows(page).First.Locator("code")).ToHaveTextAsync(sortedFirst!);

            // The earlier view is still what its link shows.
            await page.GotoInteractiveAsync("/assets?register=weapons&sort=Name&dir=desc&page=2");
            await Assertions.Expect(Rows(page).First.Locator("code")).ToHaveTextAsync(first!);

            // Nonsense in the address: the default view, no error.
            var response = await page.GotoAsync("/assets?page=abc&size=-4&sort=DROP&dir=x");
            Assert.Equal(200, response!.Status);
            await page.WaitForCircuitAsync();
            await Assertions.Expect(Rows(page).First.Locator("a[href*=\"inventory/items\"]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=asset-total]")).ToContainTextAsync("đ");
        });
}

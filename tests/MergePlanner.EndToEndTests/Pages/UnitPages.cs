using MergePlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Pages;

public sealed class UnitListPage(IPage page)
{
    public async Task SearchAsync(string text)
    {
        await page.WaitForCircuitAsync();
        // The search is the name column's filter: it reads again after a pause in typing and puts q= in the address.
        await page.Field("filter-q").FillAsync(text);
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
    }

    public Task OpenAsync(string unitName) =>
        page.Locator("[data-testid=unit-grid]").GetByRole(AriaRole.Link, new() { Name = unitName, Exact = true }).First.ClickAsync();
}

public sealed class UnitDetailPage(IPage page)
{
    public ILocator Name => page.Locator("[data-testid=unit-name]");

    public ILocator SubUnits => page.Locator("[data-testid=child-table] tbody tr");

    public ILocator LineageRows => page.Locator("[data-testid=lineage-rows] tbody tr");

    public Task<byte[]> DownloadPdfAsync() => Downloads.ClickAndReadAsync(page, "[data-testid=unit-pdf]");
}

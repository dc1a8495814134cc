using MergePlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Pages;

public sealed class StructurePages(IPage page)
{
    public async Task SearchAsync(string text)
    {
        await page.WaitForCircuitAsync();
        // The search is the commune column's filter: it reads again after a pause in typing and puts q= in the address.
        await page.Field("filter-q").FillAsync(text);
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
    }

    public Task OpenNewUnitAsync(string name) =>
        page.Locator("[data-testid=commune-table] tbody tr td:first-child").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
}

using MergePlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Pages;

public sealed class StructurePages(IPage page)
{
    public async Task SearchAsync(string text)
    {
        await page.FillAsync("#q", text);
        await page.ClickAsync("button[type=submit]:has-text('Lọc')");
        await page.WaitForCircuitAsync();
    }

    public Task OpenNewUnitAsync(string name) =>
        page.Locator("[data-testid=commune-table] tbody tr td:first-child").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
}

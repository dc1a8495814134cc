using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Pages;

public sealed class DashboardPage(IPage page)
{
    public ILocator Title => page.Locator("h1");

    public ILocator OriginRows => page.Locator("[data-testid=origin-table] tbody tr");

    public Task OpenOriginAsync(string name) => page.Locator("[data-testid=origin-table]").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
}

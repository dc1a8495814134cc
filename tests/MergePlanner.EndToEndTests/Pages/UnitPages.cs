using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Pages;

public sealed class UnitListPage(IPage page)
{
    public async Task SearchAsync(string text)
    {
        await page.FillAsync("#q", text);
        await page.ClickAsync("button[type=submit]:has-text('Lọc')");
    }

    public Task OpenAsync(string unitName) =>
        page.Locator("[data-testid=unit-table]").GetByRole(AriaRole.Link, new() { Name = unitName, Exact = true }).First.ClickAsync();
}

public sealed class UnitDetailPage(IPage page)
{
    public ILocator Name => page.Locator("[data-testid=unit-name]");

    public ILocator SubUnits => page.Locator("[data-testid=child-table] tbody tr");

    public ILocator LineageRows => page.Locator("[data-testid=lineage-rows] tbody tr");

    public async Task<byte[]> DownloadPdfAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=unit-pdf]"));
        var path = Path.Combine(Path.GetTempPath(), $"mp-e2e-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        try
        {
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

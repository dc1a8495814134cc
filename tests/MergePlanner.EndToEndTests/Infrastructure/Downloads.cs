using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Infrastructure;

/// <summary>Downloads what a click on a link starts, through the browser (so the Content-Disposition path is exercised).</summary>
public static class Downloads
{
    public static async Task<byte[]> ClickAndReadAsync(IPage page, string selector)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(selector));
        var path = Path.Combine(Path.GetTempPath(), $"mp-e2e-{Guid.NewGuid():N}");
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

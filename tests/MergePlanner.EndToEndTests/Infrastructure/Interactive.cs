using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Infrastructure;

/// <summary>Pages are prerendered, then come alive once their circuit is up: a journey waits for that (the layout marks
/// it) before it clicks, instead of sleeping.</summary>
public static class Interactive
{
    public static Task WaitForCircuitAsync(this IPage page) => page.Locator("main[data-interactive=true]").WaitForAsync();

    public static async Task GotoInteractiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForCircuitAsync();
    }

    /// <summary>Answers the confirmation dialog shown before an irreversible action.</summary>
    public static Task ConfirmAsync(this IPage page, string yes) =>
        page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = yes, Exact = true }).ClickAsync();

    /// <summary>The text box of a MudBlazor field marked with a data-testid (MudBlazor puts the mark on the input).</summary>
    public static ILocator Field(this IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}

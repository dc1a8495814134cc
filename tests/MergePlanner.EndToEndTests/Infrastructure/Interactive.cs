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

    /// <summary>
    /// Chooses a file in a <c>FilePicker</c>. The browser's file input is wired to the circuit just after the page's
    /// first interactive render; a file set before that is not seen, so the choice is repeated until the picker shows it.
    /// </summary>
    public static async Task ChooseFileAsync(this IPage page, string testId, FilePayload file)
    {
        var chosen = page.Locator("[data-testid=chosen-file]", new() { HasText = file.Name });
        for (var attempt = 0; attempt < 20 && await chosen.CountAsync() == 0; attempt++)
        {
            await page.SetInputFilesAsync($"input[type=file][data-testid={testId}]", file);
            await chosen.WaitForAsync(new() { Timeout = 500 }).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await Assertions.Expect(chosen).ToBeVisibleAsync();
    }
}

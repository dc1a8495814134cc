using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MergePlanner.IntegrationTests.Infrastructure;

/// <summary>Sends a register file the way the import page does — through <see cref="RegisterImports"/>, as the given
/// person — and shows the outcome through the page's own <see cref="ImportOutcomeView"/> component.</summary>
public static class RegisterImportCaller
{
    public static Task<RegisterImportResult> RunAsync(MergePlannerFactory factory, string userName, string register, string fileName, byte[] content) =>
        ServiceCaller.AsAsync(factory, userName, services => services.GetRequiredService<RegisterImports>().ImportAsync(register, fileName, content));

    /// <summary>The outcome as the page shows it (the run must not have been queued).</summary>
    public static async Task<IHtmlDocument> ImportAsync(MergePlannerFactory factory, string userName, string register, string fileName, byte[] content)
    {
        var result = await RunAsync(factory, userName, register, fileName, content);
        Assert.Null(result.QueuedRunId);
        return await RenderAsync(factory, result.Outcome!);
    }

    /// <summary>The outcome's HTML as the person sees it: rendered at once, or — for a queued file — the job page once the
    /// job has ended.</summary>
    public static async Task<string> OutcomeHtmlAsync(MergePlannerFactory factory, string userName, string register, string fileName, byte[] content)
    {
        var result = await RunAsync(factory, userName, register, fileName, content);
        if (result.QueuedRunId is { } run)
        {
            return await AppClient.WaitForImportAsync(await AppClient.SignedInAsync(factory, userName), $"/inventory/import/jobs/{run}");
        }

        return (await RenderAsync(factory, result.Outcome!)).DocumentElement.OuterHtml;
    }

    public static async Task<IHtmlDocument> RenderAsync(MergePlannerFactory factory, AssetImport.Outcome outcome)
    {
        using var scope = factory.Services.CreateScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<ImportOutcomeView>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Outcome"] = outcome }))).ToHtmlString());
        return new HtmlParser().ParseDocument(html);
    }

    public static List<string[]> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
}

using System.Net;
using MergePlanner.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Infrastructure;

/// <summary>The app on a real loopback port (WebApplicationFactory + Kestrel) and Debian's Chromium driven by
/// Playwright. Playwright's own browser download cannot run here, so the system browser is launched.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public MergePlannerFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (the README lists it as a prerequisite of the browser tests).");
        }

        // Open pages check their user again every two seconds here (a minute in production), so the lock-out journey
        // sees the effect without waiting.
        App.Settings["Security:RevalidationSeconds"] = "2";
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context per journey; on failure a full-page screenshot is kept under
    /// TestResults/screenshots so CI shows what the user would have seen.</summary>
    public async Task RunJourneyAsync(string name, Func<IPage, Task> journey)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, Locale = "vi-VN", BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        context.SetDefaultTimeout(15_000);
        try
        {
            await journey(page);
        }
        catch
        {
            var folder = Path.Combine(FindTestResults(), "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
            throw;
        }
    }

    private static string FindTestResults()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MergePlanner.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

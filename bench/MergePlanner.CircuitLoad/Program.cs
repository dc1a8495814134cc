using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

// Usage: dotnet run -c Release --project bench/MergePlanner.CircuitLoad -- <base url> <app pid> [pages=50] [--first-render]
// The app must be running (Release) on a database with the measured inventory (bench/MergePlanner.Benchmarks keeps
// one with a third argument). Memory and CPU are read from /proc for the app's process.
var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5090";
var pid = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : throw new ArgumentException("the app's process id is needed");
var pages = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var n) ? n : 50;
string[] lists = ["/assets", "/officers", "/cases", "/units", "/tasks", "/inventory/ledger", "/inventory/handovers"];

// What "the rows are shown" means on each list measured for first render (the grids read their rows after the circuit
// is up, so "interactive" alone would stop the clock before the list can be read).
var measured = new (string Url, string Rows)[]
{
    ("/assets", "[data-testid=asset-grid] tbody tr td a"),
    ("/officers", "[data-testid=officer-grid] tbody tr td a"),
    ("/cases", "[data-testid=case-grid] tbody tr td a"),
    ("/units", "[data-testid=unit-grid] tbody tr td a"),
    ("/tasks", "[data-testid=task-grid] tbody tr td a"),
    ("/inventory/ledger", "main[data-interactive=true] table tbody tr"),
    ("/inventory/ledger/items?open=true", "[data-testid=ledger-items] tbody tr td a"),
    ("/inventory/handovers", "[data-testid=handover-grid] tbody tr td a"),
    ("/inventory/campaigns/1", "[data-testid=line-table] tbody tr td a"),
    ("/structure/communes", "[data-testid=commune-table] tbody tr td a"),
};
var onlyFirstRender = args.Contains("--first-render");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });

// One signed-in browser context; each page of it is one circuit.
var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "vi-VN" });
var login = await context.NewPageAsync();
await login.GotoAsync("/account/login");
await login.FillAsync("#username", "lanhdao");
await login.FillAsync("#password", "Demo@12345");
await login.ClickAsync("button[type=submit]");
await login.Locator("main[data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });

// First render of each main list: from the navigation until the page is interactive and until its rows are shown
// (warm server, one page; the median of five loads, since one load on two shared cores varies by ±50 %).
Console.WriteLine("| list | first response (ms) | interactive (ms) | rows shown (ms) |");
Console.WriteLine("|---|---|---|---|");
foreach (var (list, rows) in measured)
{
    await login.GotoAsync(list); // warm-up: the first query plan of each list
    await login.Locator(rows).First.WaitForAsync(new() { Timeout = 60_000 });
    var runs = new List<(long First, long Interactive, long Rows)>();
    for (var run = 0; run < 5; run++)
    {
        var watch = Stopwatch.StartNew();
        await login.GotoAsync(list, new() { WaitUntil = WaitUntilState.Commit });
        var firstByte = watch.ElapsedMilliseconds;
        await login.Locator("main[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        var interactive = watch.ElapsedMilliseconds;
        await login.Locator(rows).First.WaitForAsync(new() { Timeout = 60_000 });
        runs.Add((firstByte, interactive, watch.ElapsedMilliseconds));
    }

    long Median(Func<(long First, long Interactive, long Rows), long> of) => runs.Select(of).Order().ElementAt(runs.Count / 2);
    Console.WriteLine($"| {list} | {Median(r => r.First):N0} | {Median(r => r.Interactive):N0} | {Median(r => r.Rows):N0} |");
}

if (onlyFirstRender)
{
    return;
}

await login.CloseAsync();
await Task.Delay(TimeSpan.FromSeconds(5));
var before = Rss(pid);

// N idle circuits.
var open = new List<IPage>();
for (var i = 0; i < pages; i++)
{
    var page = await context.NewPageAsync();
    await page.GotoAsync("/units");
    await page.Locator("main[data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
    open.Add(page);
}

await Task.Delay(TimeSpan.FromSeconds(10));
var idle = Rss(pid);
Console.WriteLine();
Console.WriteLine($"idle circuits: {pages}; server RSS {before / 1024.0:N1} MB → {idle / 1024.0:N1} MB; per circuit {(idle - before) / (double)pages:N0} KB");

// Every page works through the lists at once: navigation inside the circuit, one list after another, three rounds.
var cpuBefore = CpuSeconds(pid);
var wall = Stopwatch.StartNew();
var slowest = 0L;
var timings = new System.Collections.Concurrent.ConcurrentBag<long>();
var failed = 0;
await Task.WhenAll(open.Select(async (page, n) =>
{
    for (var round = 0; round < 3; round++)
    {
        foreach (var list in lists.Skip(n % lists.Length).Concat(lists.Take(n % lists.Length)))
        {
            var one = Stopwatch.StartNew();
            try
            {
                await page.GotoAsync(list, new() { Timeout = 120_000 });
                await page.Locator("main[data-interactive=true]").WaitForAsync(new() { Timeout = 120_000 });
                timings.Add(one.ElapsedMilliseconds);
                Interlocked.Exchange(ref slowest, Math.Max(Interlocked.Read(ref slowest), one.ElapsedMilliseconds));
            }
            catch (TimeoutException)
            {
                Interlocked.Increment(ref failed);
            }
        }
    }
}));
var sorted = timings.Order().ToList();
Console.WriteLine($"page loads under load: {sorted.Count} done, {failed} timed out (120 s); median {sorted[sorted.Count / 2]:N0} ms, 95th percentile {sorted[(int)(sorted.Count * 0.95)]:N0} ms");
var cpu = CpuSeconds(pid) - cpuBefore;
var busy = Rss(pid);
Console.WriteLine($"working: {pages} pages × {lists.Length * 3} list loads in {wall.Elapsed.TotalSeconds:N1} s; server CPU {cpu:N1} s " +
    $"({cpu / wall.Elapsed.TotalSeconds / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores); slowest page {slowest:N0} ms; RSS {busy / 1024.0:N1} MB");

static long Rss(int pid) => long.Parse(File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

static double CpuSeconds(int pid)
{
    var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
}

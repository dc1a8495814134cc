using MergePlanner.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.TestSupport;

/// <summary>The real app over a temporary SQLite file, migrated and seeded with the demo merger at start,
/// exactly as the README's run command does.</summary>
public class MergePlannerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly bool _keepFolder;

    public MergePlannerFactory()
        : this(Path.Combine(Path.GetTempPath(), $"mergeplanner-tests-{Guid.NewGuid():N}"), keepFolder: false)
    {
    }

    /// <summary>An app over a given folder: a second factory over the same folder is the same installation
    /// started again (a restart), so the first must keep the folder when it stops.</summary>
    protected MergePlannerFactory(string folder, bool keepFolder)
    {
        _folder = folder;
        _keepFolder = keepFolder;
    }

    public string DatabasePath => Path.Combine(_folder, "test.db");

    /// <summary>Further settings for this app, set before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("Database:SeedDemoData", "true");

        // The plan's warning timer stays off: a test runs TaskAlertService itself, on its own clock.
        builder.UseSetting("Plan:Alerts:RunWorker", "false");

        // Serilog: MinimumLevel, not MinimumLevel:Default (platform-notes: the latter breaks its config binding).
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(_folder, "logs", "test-.log"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // The test server has no network: requests come "from" the loopback proxy, so a test can name the client
        // machine with X-Forwarded-For (and https with X-Forwarded-Proto) exactly as a reverse proxy would.
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, LoopbackClient>());
    }

    private sealed class LoopbackClient : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>The database as seen inside the Hải Phòng demo merger, which most tests are about (the demo's other
    /// merger is then invisible, as it is to the people of this one).</summary>
    public async Task<T> WithDbAsync<T>(Func<MergePlannerDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(await ConfineToDemoAsync(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>()));
    }

    /// <summary>A context in the Hải Phòng demo merger (if the database has it).</summary>
    public static async Task<MergePlannerDbContext> ConfineToDemoAsync(MergePlannerDbContext db)
    {
        var demo = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Mergers), m => m.Name == MergePlanner.Data.Seeding.DemoDataSeeder.MergerName);
        return demo is null ? db.Unconfined() : db.ConfineTo(demo.Id);
    }

    /// <summary>The database as the tools see it, working for no merger: a query of merger-owned rows says
    /// IgnoreQueryFilters() to read across mergers.</summary>
    public async Task<T> WithAllMergersAsync<T>(Func<MergePlannerDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>().Unconfined());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (_keepFolder)
            {
                return;
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the host is left for the OS to clean up.
            }
        }
    }
}

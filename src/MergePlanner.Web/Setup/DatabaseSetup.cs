using MergePlanner.Data;
using MergePlanner.Data.Auditing;
using MergePlanner.Data.Seeding;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Setup;

public sealed class DatabaseOptions
{
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);

    /// <summary>Sqlite (embedded default) or SqlServer (production, docker-compose).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>SQLite file; a relative path is anchored to the content root, not the working directory.</summary>
    public string SqlitePath { get; set; } = "App_Data/mergeplanner.db";

    /// <summary>Seed the demo merger and demo accounts. Null means "only in Development".</summary>
    public bool? SeedDemoData { get; set; }
}

public static class DatabaseSetup
{
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionStringFor(options, builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActor, UserAuditActor>();
        builder.Services.AddScoped<MergePlanner.Data.Common.IMergerSelection, MergerSelection>();
        builder.Services.AddSingleton<Circuits.ChangeFeed>();
        builder.Services.AddDbContext<MergePlannerDbContext>((services, o) =>
        {
            UseProvider(o, options.Provider, connectionString);
            o.AddInterceptors(services.GetRequiredService<Circuits.ChangeFeed>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<MergePlannerDbContext>("database");
        return builder;
    }

    public static string ConnectionStringFor(DatabaseOptions options, IConfiguration configuration, string contentRoot)
    {
        if (string.Equals(options.Provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            return configuration.GetConnectionString("MergePlanner")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:MergePlanner is not set.");
        }

        var path = Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return $"Data Source={path}";
    }

    public static void UseProvider(DbContextOptionsBuilder builder, string provider, string connectionString)
    {
        if (string.Equals(provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            builder.UseSqlServer(connectionString, o => o.MigrationsAssembly("MergePlanner.Migrations.SqlServer"));
        }
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly("MergePlanner.Migrations.Sqlite"));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or SqlServer.");
        }
    }

    /// <summary>Migrates at start, then seeds the demo merger and accounts where configured.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        // Start-up works for no person and no merger (the seeder confines itself to the merger it fills).
        var db = services.GetRequiredService<MergePlannerDbContext>().Unconfined();
        await db.Database.MigrateAsync();
        await IdentitySetup.EnsureRolesAndInitialAdminAsync(services, app.Configuration);

        // Before any import can start here: what this server left running when it stopped is told as interrupted.
        var interrupted = await services.GetRequiredService<Features.Inventory.ImportRuns>().MarkInterruptedAsync();
        if (interrupted > 0)
        {
            app.Logger.LogWarning("{Count} import(s) were interrupted by the last stop; nothing of them was written", interrupted);
        }

        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.SeedDemoData ?? app.Environment.IsDevelopment())
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var seeded = await new DemoDataSeeder(db).SeedAsync();
            await DemoAccounts.EnsureAsync(services);
            if (seeded)
            {
                app.Logger.LogInformation("Demo data seeded in {Elapsed} ms", started.ElapsedMilliseconds);
            }
        }

        await SqliteStatistics.RefreshAsync(db);
    }
}

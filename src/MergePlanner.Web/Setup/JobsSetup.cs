using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using MergePlanner.Data.Identity;
using MergePlanner.Web.Features.Inventory;

namespace MergePlanner.Web.Setup;

/// <summary>Where durable background work runs from (ADR 0016).</summary>
public sealed class JobOptions
{
    /// <summary>Run a worker on this node (a web-only node can leave the jobs to the others).</summary>
    public bool RunWorker { get; set; } = true;

    public int Workers { get; set; } = 2;

    /// <summary>How long a fetched job stays invisible to other workers; a worker stopped by a crash has its job taken
    /// up after this (SQLite storage; SQL Server uses a sliding timeout). Longer than <see cref="ImportRuns.Lease"/>.</summary>
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    public int PollSeconds { get; set; } = 1;
}

/// <summary>Hangfire over the app's own database: SQLite storage in a file beside the embedded database, SQL Server
/// storage (schema HangFire) in the production database. Storage and activator are this app's services, not
/// Hangfire's process-wide defaults, so several app hosts in one process (the tests) never share them.</summary>
public static class JobsSetup
{
    public const string DashboardPath = "/admin/jobs";

    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        var jobs = builder.Configuration.GetSection("Jobs").Get<JobOptions>() ?? new JobOptions();
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = DatabaseSetup.ConnectionStringFor(database, builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(jobs);
        builder.Services.AddSingleton<JobStorage>(_ => string.Equals(database.Provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase)
            ? new SqlServerStorage(connectionString, new SqlServerStorageOptions
            {
                PrepareSchemaIfNecessary = true, SchemaName = "HangFire", SlidingInvisibilityTimeout = TimeSpan.FromSeconds(jobs.InvisibilityTimeoutSeconds),
                QueuePollInterval = TimeSpan.FromSeconds(jobs.PollSeconds),
            })
            : new SQLiteStorage(JobsFile(connectionString), new SQLiteStorageOptions
            {
                QueuePollInterval = TimeSpan.FromSeconds(jobs.PollSeconds), InvisibilityTimeout = TimeSpan.FromSeconds(jobs.InvisibilityTimeoutSeconds),
            }));
        builder.Services.AddSingleton<JobActivator>(services => new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (jobs.RunWorker)
        {
            builder.Services.AddHangfireServer((services, options) =>
            {
                options.WorkerCount = jobs.Workers;
                options.ServerName = $"{ImportRuns.Node}-{Environment.ProcessId}-{Guid.NewGuid():N}";
                options.Activator = services.GetRequiredService<JobActivator>();
                options.ShutdownTimeout = TimeSpan.FromSeconds(10);
            });
        }

        builder.Services.AddSingleton<ImportGate>();
        builder.Services.AddTransient<RegisterImportJob>();

        // The plan's warnings and the daily e-mail digest (issue 11): a timer, not a Hangfire job, since both only
        // ever catch up with the database and are safe to run twice.
        builder.Services.AddSingleton(builder.Configuration.GetSection("Plan:Alerts").Get<Data.Planning.TaskAlertPolicy>() ?? new Data.Planning.TaskAlertPolicy());
        builder.Services.AddSingleton(builder.Configuration.GetSection("Smtp").Get<Features.Planning.SmtpOptions>() ?? new Features.Planning.SmtpOptions());
        builder.Services.AddSingleton<Features.Planning.TaskAlertService>();
        builder.Services.AddSingleton<Features.Planning.TaskDigestMailer>();
        builder.Services.AddHostedService<Features.Planning.TaskAlertWorker>();
        return builder;
    }

    /// <summary>The job dashboard, for administrators only.</summary>
    public static WebApplication MapJobDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminOnly()],
            AppPath = "/",
            DashboardTitle = "MergePlanner – việc chạy nền",
            DisplayStorageConnectionString = false,
        }, app.Services.GetRequiredService<JobStorage>());
        return app;
    }

    /// <summary>"Data Source=App_Data/mergeplanner.db" → "App_Data/mergeplanner-jobs.db": Hangfire's tables in their own
    /// file, so its frequent small writes never wait behind a long import transaction.</summary>
    private static string JobsFile(string sqliteConnectionString)
    {
        var path = sqliteConnectionString["Data Source=".Length..];
        return Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}-jobs.db");
    }

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && Security.Permissions.Allows(user, Security.AppAction.ManageAccounts);
    }
}

using Serilog;

namespace MergePlanner.Web.Setup;

public static class LoggingSetup
{
    /// <summary>Serilog from configuration (console + rolling file) without Serilog.AspNetCore, whose hosting
    /// dependency is absent here (docs/decisions/0005-serilog-without-aspnetcore.md).</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        AnchorFileSinksToContentRoot(builder);
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddHttpLogging(options =>
        {
            options.LoggingFields = Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestMethod
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.RequestPath
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.ResponseStatusCode
                | Microsoft.AspNetCore.HttpLogging.HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        return builder;
    }

    /// <summary>A relative log path would follow the working directory; logs belong beside the app.</summary>
    private static void AnchorFileSinksToContentRoot(WebApplicationBuilder builder)
    {
        foreach (var sink in builder.Configuration.GetSection("Serilog:WriteTo").GetChildren())
        {
            var path = sink["Args:path"];
            if (sink["Name"] == "File" && path is not null && !Path.IsPathRooted(path))
            {
                builder.Configuration[$"{sink.Path}:Args:path"] = Path.Combine(builder.Environment.ContentRootPath, path);
            }
        }
    }

    public static void AnnounceUrlsOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(không xác định)";
            app.Logger.LogInformation("MergePlanner đang chạy tại {Urls}", addresses);
            Console.WriteLine($"MergePlanner: mở trình duyệt tại {addresses}");
        });
    }
}

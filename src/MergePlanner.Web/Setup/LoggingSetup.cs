using Serilog;

namespace MergePlanner.Web.Setup;

public static class LoggingSetup
{
    /// <summary>Serilog.AspNetCore from configuration (console + rolling file), with one request-log line per
    /// request (ADR 0014).</summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        AnchorFileSinksToContentRoot(builder);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    /// <summary>First in the pipeline, so refusals (403, 413, redirects to sign-in) are logged too.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
            diagnostics.Set("Client", http.Connection.RemoteIpAddress?.ToString() ?? "-");
        });
        return app;
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

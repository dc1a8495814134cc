using System.Net;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;

namespace MergePlanner.Web.Setup;

/// <summary>What every response carries and what every request may cost: security headers, HTTPS behind a trusted
/// proxy, the request-size limit with a Vietnamese answer, and the sign-in guard.</summary>
public static class HardeningSetup
{
    /// <summary>The largest request: the largest upload the app takes (20 MB) plus the form around it.</summary>
    public const long MaxRequestBytes = TabularReader.MaxBytes + (1024 * 1024);

    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxRequestBytes);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;

            // Only the proxies named in configuration are believed (loopback by default): a client cannot claim
            // https or another address by sending the headers itself.
            foreach (var proxy in (builder.Configuration["ForwardedHeaders:KnownProxies"] ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in (builder.Configuration["ForwardedHeaders:KnownNetworks"] ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;

            // HSTS is only ever sent over https; the development run is plain http, so localhost need not be excluded.
            o.ExcludedHosts.Clear();
        });
        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddScoped<LoginGuard>();
        return builder;
    }

    /// <summary>First in the pipeline, so that even error pages carry the headers.</summary>
    public static WebApplication UseHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseHsts();
        app.Use(async (context, next) =>
        {
            // Set as the response starts, so error pages re-executed after a reset carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // The job dashboard (Hangfire's own pages, administrators only) needs its inline scripts.
                var scripts = context.Request.Path.StartsWithSegments(JobsSetup.DashboardPath) ? "'self' 'unsafe-inline'" : "'self'";
                headers.ContentSecurityPolicy = $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });

            // A body over the server's own limit gets the app's "file too large" answer, in Vietnamese, before
            // anything (antiforgery, the form reader) tries to read it.
            if (context.Request.ContentLength > MaxRequestBytes)
            {
                await TooLargeAsync(context);
                return;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await TooLargeAsync(context);
            }
        });
        return app;
    }

    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static async Task TooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.Connection = "close";
        // The same words as the app's own limit (this answer comes before localisation runs: Vietnamese).
        var message = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()["Import.TooLarge"].Value;
        var back = context.Request.Path.HasValue ? Html.Encode(context.Request.PathBase + context.Request.Path) : "/";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tệp quá lớn – MergePlanner</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" /></head>
            <body class="container py-5"><div class="alert alert-danger" role="alert" data-testid="too-large">
            <h1 class="h5">{Html.Encode(message)}</h1>
            <a class="btn btn-sm btn-outline-secondary" href="{back}">Quay lại</a></div></body></html>
            """);
    }
}

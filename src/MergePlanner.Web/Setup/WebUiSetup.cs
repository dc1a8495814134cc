using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MergePlanner.Web.Components;
using MergePlanner.Web.Reporting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;

namespace MergePlanner.Web.Setup;

public static class WebUiSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en-US")];

    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        // MudBlazor's own texts (grid, pickers, pager) through the app's resources (MudLocalizer).
        builder.Services.AddTransient<MudBlazor.MudLocalizer, Components.MudResourceLocalizer>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddAntiforgery(o =>
        {
            // Secure over https (also behind a proxy that says so), usable over the plain-http development run.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddProblemDetails();

        // Razor escapes every non-ASCII character by default (ệ → &#x1EC7;); pages carry plain Vietnamese.
        var encoder = HtmlEncoder.Create(UnicodeRanges.All);
        builder.Services.AddSingleton(encoder);
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("vi-VN");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;

            // The cookie set by the culture switch wins; the browser's language does not, so the UI stays
            // Vietnamese unless the user chose otherwise.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        // Keys in the database: sign-ins and form tokens survive a restart, and every web node accepts every other
        // node's cookies and tokens (ADR 0015).
        builder.Services.AddDataProtection()
            .SetApplicationName("MergePlanner")
            .PersistKeysToDbContext<MergePlanner.Data.MergePlannerDbContext>();
        builder.Services.AddSingleton<PdfFonts>();
        builder.Services.AddSingleton(builder.Configuration.GetSection(Reporting.DocumentOptions.Section).Get<Reporting.DocumentOptions>() ?? new Reporting.DocumentOptions());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddFeatureServices();
        return builder;
    }

    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseRequestLogging();
        app.UseHardening();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLocalization();
        // Files the npm step copies into wwwroot/lib after the build evaluated its inputs are served from disk.
        app.UseStaticFiles();

        // Explicit routing after the request log, so the log sees the outcome of every request (platform notes).
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = HealthResponse.WriteAsync,
        }).AllowAnonymous();
        // blazor.web.js and MudBlazor's files are static web assets of packages: served from their manifest.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}

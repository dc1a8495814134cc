using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace MergePlanner.Web.Setup;

public static class IdentitySetup
{
    public static WebApplicationBuilder AddIdentityAndAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "MergePlanner.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // The sign-in cookie is checked against the user's security stamp on every request: logging out (which
        // renews the stamp), a password reset or a removed role ends every copy of the cookie at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services
            .AddIdentityCore<AppUser>(options =>
            {
                // No public self-registration: an Admin creates accounts, so no e-mail confirmation flow.
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                // Failures are counted per computer by LoginGuard; the account-wide lock is set by it too.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.DefaultLockoutTimeSpan = LoginGuard.Window;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MergePlannerDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthorization(Policies.Configure);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, CurrentUserCircuitHandler>();
        builder.Services.AddScoped<UnitScopeService>();
        builder.Services.AddScoped<PageAuthorization>();
        return builder;
    }

    /// <summary>Roles always exist; a first administrator can be created from configuration (environment
    /// variables in docker-compose), so a production database without demo data is reachable.</summary>
    public static async Task EnsureRolesAndInitialAdminAsync(IServiceProvider services, IConfiguration configuration)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await DemoAccounts.Succeed(roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var userName = configuration["InitialAdmin:UserName"];
        var password = configuration["InitialAdmin:Password"];
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (!string.IsNullOrWhiteSpace(userName) && !string.IsNullOrWhiteSpace(password) && await users.FindByNameAsync(userName) is null)
        {
            var admin = new AppUser { UserName = userName, FullName = "Quản trị hệ thống", LockoutEnabled = true };
            await DemoAccounts.Succeed(users.CreateAsync(admin, password));
            await DemoAccounts.Succeed(users.AddToRoleAsync(admin, Roles.Admin));
        }
    }
}

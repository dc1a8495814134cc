using System.Security.Claims;
using MergePlanner.Data.Identity;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Infrastructure;

/// <summary>Calls a feature service directly as a given person, the way an interactive page will: the service,
/// not the page, must check role and unit scope.</summary>
public static class ServiceCaller
{
    public static async Task<T> AsAsync<T>(MergePlannerFactory factory, string userName, Func<IServiceProvider, Task<T>> call)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var user = await users.Users.SingleAsync(u => u.UserName == userName);
        var claims = new List<Claim> { new(ClaimTypes.Name, userName) };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.UnitId is { } unit)
        {
            claims.Add(new Claim(UnitScopeService.UnitClaim, unit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")),
            RequestServices = services,
        };
        return await call(services);
    }
}

using MergePlanner.Data.Identity;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
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
        // The principal the sign-in would give (roles, unit claim, security stamp), set the way a circuit sets it.
        var principal = await services.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        services.GetRequiredService<CurrentUser>().Set(principal);
        return await call(services);
    }
}

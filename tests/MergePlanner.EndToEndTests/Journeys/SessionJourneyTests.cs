using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>An open page is a long-lived circuit: an account that is locked or whose sessions an administrator ends
/// loses the page within the revalidation interval, and its next action is refused.</summary>
[Collection(BrowserCollection.Name)]
public class SessionJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task OpenPage_OfAnAccountWhoseSessionsAreEnded_GoesToSignIn() =>
        browser.RunJourneyAsync(nameof(OpenPage_OfAnAccountWhoseSessionsAreEnded_GoesToSignIn), async page =>
        {
            await new LoginPage(page).SignInAsync("xem", DemoAccounts.Password);
            await page.GotoInteractiveAsync("/tasks");

            using (var scope = browser.App.Services.CreateScope())
            {
                // As the administrator would from the account list.
                var users = scope.ServiceProvider.GetRequiredService<UserManager<MergePlanner.Data.Identity.AppUser>>();
                await users.UpdateSecurityStampAsync((await users.FindByNameAsync("xem"))!);
            }

            // The circuit is revalidated every two seconds in this app: the page is replaced by the sign-in page.
            await page.WaitForURLAsync("**/account/login**", new() { Timeout = 15_000 });
            await Assertions.Expect(page.Locator("#username")).ToBeVisibleAsync();
        });

    [Fact]
    public Task OpenPage_OfALockedAccount_LosesAccess() =>
        browser.RunJourneyAsync(nameof(OpenPage_OfALockedAccount_LosesAccess), async page =>
        {
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            await page.GotoInteractiveAsync("/units");
            try
            {
                using (var scope = browser.App.Services.CreateScope())
                {
                    var users = scope.ServiceProvider.GetRequiredService<UserManager<MergePlanner.Data.Identity.AppUser>>();
                    await users.SetLockoutEndDateAsync((await users.FindByNameAsync("lanhdao"))!, DateTimeOffset.UtcNow.AddMinutes(10));
                }

                await page.WaitForURLAsync("**/account/login**", new() { Timeout = 15_000 });
            }
            finally
            {
                using var scope = browser.App.Services.CreateScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<MergePlanner.Data.Identity.AppUser>>();
                await users.SetLockoutEndDateAsync((await users.FindByNameAsync("lanhdao"))!, null);
            }
        });
}

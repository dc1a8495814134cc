using MergePlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string userName, string password)
    {
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]:has-text('Đăng nhập')");
        await page.WaitForCircuitAsync();
    }
}

using MergePlanner.Data.Inventory.Handover;
using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>Issue 12 in a browser: leadership open the dashboard on a large screen in meeting mode; elsewhere, the
/// receiving unit confirms a handover; the count of items unaccounted falls on the open dashboard without a reload; from
/// the roll-up, leadership drill down province → departments → a department → its items → one item.</summary>
[Collection(BrowserCollection.Name)]
public class DashboardJourneyTests(BrowserFixture browser)
{
    private static int Number(string? text) => int.Parse(new string((text ?? string.Empty).Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public Task Dashboard_OnALargeScreen_FallsLive_WhenAHandoverIsConfirmedElsewhere_AndDrillsDownToTheItem() =>
        browser.RunJourneyAsync(nameof(Dashboard_OnALargeScreen_FallsLive_WhenAHandoverIsConfirmedElsewhere_AndDrillsDownToTheItem), async page =>
        {
            await page.SetViewportSizeAsync(1920, 1080);
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            await page.GotoInteractiveAsync("/?meeting=1");
            await Assertions.Expect(page.Locator(".mp-meeting[data-testid=dashboard]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=workstreams] [data-rag]").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-testid=placement-bars] svg")).ToBeVisibleAsync();
            var before = Number(await page.Locator("[data-testid=kpi-unaccounted] [data-testid=kpi-value]").TextContentAsync());
            Assert.True(before > 0);

            // Readable at three metres: the figures are drawn large.
            var size = await page.Locator("[data-testid=kpi-unaccounted] [data-testid=kpi-value]").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
            Assert.True(size >= 40, $"the figures are {size}px high in meeting mode");

            // A marker in the page: still there afterwards means the page was never reloaded.
            await page.EvaluateAsync("() => window.__notReloaded = true");

            // Elsewhere: a handover sent to a new unit, its lines confirmed by an administrator for the receiving unit.
            var batch = await browser.App.WithDbAsync(db => db.HandoverBatches.Where(b => b.Status == HandoverStatus.Sent && b.MergerId == 1)
                .OrderBy(b => b.Lines.Count).Select(b => b.Id).FirstAsync());
            await using (var other = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN", BaseURL = browser.BaseUrl }))
            {
                var desk = await other.NewPageAsync();
                await new LoginPage(desk).SignInAsync("admin", DemoAccounts.Password);
                await desk.GotoInteractiveAsync($"/inventory/handovers/{batch}");
                var confirm = desk.Locator("[data-testid=handover-lines] [data-testid^=confirm-] button:has-text('Xác nhận')");
                var lines = await confirm.CountAsync();
                Assert.True(lines > 0);
                for (var i = 0; i < lines; i++)
                {
                    await confirm.Nth(i).ClickAsync();
                    if (i == lines - 1)
                    {
                        await desk.ConfirmAsync("Xác nhận");
                    }

                    await Assertions.Expect(desk.Locator("[data-testid=handover-message]")).ToContainTextAsync("Đã ghi xác nhận");
                }

                await Assertions.Expect(desk.Locator("[data-testid=handover-status]")).ToHaveTextAsync("Đã xác nhận");
            }

            // The open dashboard falls by itself, within seconds, without a reload.
            var after = before;
            for (var waited = 0; waited < 20 && after >= before; waited++)
            {
                await page.WaitForTimeoutAsync(250);
                after = Number(await page.Locator("[data-testid=kpi-unaccounted] [data-testid=kpi-value]").TextContentAsync());
            }

            Assert.True(after < before, $"items unaccounted {before} → {after} on the open dashboard");
            Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the dashboard was reloaded");
            Assert.Equal(after, Number(await page.Locator("[data-testid=rollup-total-unaccounted]").TextContentAsync()));

            // Drill down: the province's departments, one with items unaccounted, its items, one item.
            await page.Locator("[data-testid=rollup-row][data-group=Department] [data-testid=rollup-drill]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=rollup-current]")).ToHaveTextAsync("Phòng");
            await page.Locator("[data-testid=rollup-row] [data-testid=rollup-unaccounted]").First.ClickAsync();
            await page.WaitForURLAsync("**/inventory/ledger/items?**");
            await page.WaitForCircuitAsync();
            var item = page.Locator("[data-testid=ledger-items] tbody tr a").First;
            await Assertions.Expect(item).ToBeVisibleAsync();
            await item.ClickAsync();
            await page.WaitForURLAsync("**/inventory/items/**");
            await Assertions.Expect(page.Locator("[data-testid=item-standing]")).ToContainTextAsync("Chưa rõ kết quả");
        });
}

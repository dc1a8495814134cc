using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>Issue 10, point 7 in a browser: personnel staff move a former commune "nguyên trạng" — the transfer past its
/// new unit's biên chế asks for a reason first — and the not-placed count moves; the new unit's placement list then
/// names the moved officers in its print view and its PDF.</summary>
[Collection(BrowserCollection.Name)]
public class PlacementJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Personnel_TransferAFormerUnitAsIs_GiveTheReasonAtTheCap_CountsMove_TheUnitListNamesThem() =>
        browser.RunJourneyAsync(nameof(Personnel_TransferAFormerUnitAsIs_GiveTheReasonAtTheCap_CountsMove_TheUnitListNamesThem), async page =>
        {
            await new LoginPage(page).SignInAsync("tccb", DemoAccounts.Password);
            await page.GotoInteractiveAsync("/placement");
            var kpi = page.Locator("[data-testid=placement-not-placed]");
            int Count(string text) => int.Parse(new string(text.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
            var before = Count(await kpi.TextContentAsync() ?? string.Empty);

            var button = page.Locator("[data-testid=placement-transfer]").First;
            var code = await button.GetAttributeAsync("data-unit");
            var (moving, target) = await browser.App.WithDbAsync(async db =>
            {
                var unit = await db.Units.SingleAsync(u => u.Code == code);
                var officers = await db.Officers.Where(o => o.UnitId == unit.Id && o.PlacedUnitId == null).Select(o => o.OfficerNumber).ToListAsync();
                return (officers, unit.Id);
            });
            await button.ClickAsync();

            // Past the cap: the dialog names the caps and asks for the reason.
            var dialog = page.Locator("[data-testid=prompt-dialog]");
            await Assertions.Expect(dialog).ToContainTextAsync("vượt biên chế");
            await page.Locator("textarea[data-testid=prompt-text], [data-testid=prompt-text] textarea").First.FillAsync("Giữ nguyên trạng chờ kiện toàn tổ chức");
            await page.ClickAsync("[data-testid=prompt-ok]");
            await Assertions.Expect(page.Locator("[data-testid=placement-message]")).ToContainTextAsync($"Đã chuyển {moving.Count} cán bộ");
            await Assertions.Expect(kpi).ToContainTextAsync((before - moving.Count).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));

            var placedIn = await browser.App.WithDbAsync(db => db.Officers.Where(o => o.Unit!.Code == code).Select(o => o.PlacedUnitId!.Value).Distinct().SingleAsync());
            await page.GotoAsync($"/personnel/lists/bo-tri/print?unit={placedIn}");
            var table = page.Locator("[data-testid=list-table]");
            foreach (var number in moving)
            {
                await Assertions.Expect(table).ToContainTextAsync(number);
            }

            var pdf = PdfText.Extract(await Downloads.ClickAndReadAsync(page, "[data-testid=list-pdf]"));
            Assert.Contains("DANH SÁCH", pdf, StringComparison.Ordinal);
            Assert.All(moving, number => Assert.Contains(number, pdf, StringComparison.Ordinal));
            Assert.NotEqual(target, placedIn);
        });
}

using System.Text;
using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>What an administrator is told on the interactive forms: each message the form posts used to return is now
/// shown by the page in the circuit, and is checked here in the browser.</summary>
[Collection(BrowserCollection.Name)]
public class AdminFormsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Admin_EndsSessions_CreateWithoutRole_BadCommuneFile_AreExplained() =>
        browser.RunJourneyAsync(nameof(Admin_EndsSessions_CreateWithoutRole_BadCommuneFile_AreExplained), async page =>
        {
            await new LoginPage(page).SignInAsync("admin", DemoAccounts.Password);

            // Ending an account's sessions is asked first, then said.
            await page.GotoInteractiveAsync("/admin/users?q=xem");
            var row = page.Locator("[data-testid=user-table] tbody tr", new() { HasText = "xem" });
            await row.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất mọi phiên" }).ClickAsync();
            await page.ConfirmAsync("Đăng xuất mọi phiên");
            await Assertions.Expect(page.Locator("[data-testid=user-action]")).ToHaveTextAsync("Đã đăng xuất mọi phiên của tài khoản xem.");

            // A new account without a role: the field says what is missing, and nothing is created.
            await page.GotoInteractiveAsync("/admin/users/new");
            await page.Field("user-name").FillAsync("thieu.vaitro");
            await page.Field("user-fullname").FillAsync("Thiếu Vai Trò");
            await page.Field("user-password").FillAsync("Matkhau@2025x");
            await page.ClickAsync("[data-testid=user-create]");
            await Assertions.Expect(page.GetByText("Hãy chọn vai trò.")).ToBeVisibleAsync();
            Assert.False(await browser.App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "thieu.vaitro")));

            // A commune list that is not the official format: nothing is loaded, and the page says why.
            await page.GotoInteractiveAsync("/structure/communes");
            await page.ChooseFileAsync("commune-file", new FilePayload { Name = "xa.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{\"khong\": \"dung\"}") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Nạp tệp" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=load-errors]")).ToContainTextAsync("Không nạp dữ liệu nào:");
        });

    [Fact]
    public Task Admin_LineageRemovalAsksFirst_StaffingChangedMeanwhileIsRefused() =>
        browser.RunJourneyAsync(nameof(Admin_LineageRemovalAsksFirst_StaffingChangedMeanwhileIsRefused), async page =>
        {
            await new LoginPage(page).SignInAsync("admin", DemoAccounts.Password);
            var commune = await browser.App.WithDbAsync(db => db.Units.Where(u => u.Code == "HPM.X11914").Select(u => u.Id).SingleAsync());
            var unitUrl = $"/units/{commune}";

            // Removing a lineage link asks first; cancelling keeps it.
            var predecessor = await browser.App.WithDbAsync(db => db.UnitLineages.Where(l => l.ToUnitId == commune).Select(l => l.FromUnitId).FirstAsync());
            await page.GotoInteractiveAsync($"/units/{predecessor}");
            var links = page.Locator("[data-testid=lineage-rows] tbody tr");
            var before = await links.CountAsync();
            await page.Locator("[data-testid=remove-lineage]").First.ClickAsync();
            await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Xóa quan hệ kế thừa này? Thao tác được ghi nhật ký.");
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Hủy", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Assertions.Expect(links).ToHaveCountAsync(before);

            // Two pages open on the same unit's biên chế: the second save is refused and says someone changed it.
            await page.GotoInteractiveAsync(unitUrl);
            var second = await page.Context.NewPageAsync();
            await second.GotoInteractiveAsync(unitUrl);
            var quota = page.Locator("[data-testid=staffing-panel] input:not([type=hidden])").First;
            await quota.FillAsync("7");
            await page.Locator("[data-testid=staffing-panel]").GetByRole(AriaRole.Button, new() { Name = "Lưu biên chế" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=staffing-error]")).ToHaveCountAsync(0);
            await Assertions.Expect(quota).ToHaveValueAsync("7");

            await second.Locator("[data-testid=staffing-panel] input:not([type=hidden])").First.FillAsync("9");
            await second.Locator("[data-testid=staffing-panel]").GetByRole(AriaRole.Button, new() { Name = "Lưu biên chế" }).ClickAsync();
            await Assertions.Expect(second.Locator("[data-testid=staffing-error]")).ToContainTextAsync("Không lưu: biên chế của đơn vị vừa được người khác sửa sau khi bạn mở trang");
            await second.CloseAsync();
        });
}

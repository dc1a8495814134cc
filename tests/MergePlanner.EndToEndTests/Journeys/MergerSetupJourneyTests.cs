using System.Text;
using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>A merger the demo does not hold — new Lào Cai ← Yên Bái + Lào Cai — set up in the browser through the wizard
/// alone, then worked in by its own unit staff, while the demo mergers stay as they were.</summary>
[Collection(BrowserCollection.Name)]
public class MergerSetupJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Admin_SetsUpLaoCai_ItsStaffImportAndCount_TheOtherMergersUntouched() =>
        browser.RunJourneyAsync(nameof(Admin_SetsUpLaoCai_ItsStaffImportAndCount_TheOtherMergersUntouched), async page =>
        {
            var before = await browser.App.WithAllMergersAsync(async db => (await db.Assets.IgnoreQueryFilters().CountAsync(), await db.Units.IgnoreQueryFilters().CountAsync(), await db.Mergers.IgnoreQueryFilters().CountAsync()));
            await new LoginPage(page).SignInAsync("admin", DemoAccounts.Password);

            // The wizard: the province proposes its sources from the official list; the preview counts its new communes.
            await page.GotoInteractiveAsync("/mergers/new");
            await page.ClickAsync("[data-testid=setup-province]");
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "15 – Tỉnh Lào Cai" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=setup-formed-from]")).ToContainTextAsync("tỉnh Yên Bái và tỉnh Lào Cai");
            await Assertions.Expect(page.Locator("[data-testid=setup-source]")).ToHaveCountAsync(2);
            await page.ClickAsync("[data-testid=setup-preview-button]");
            await Assertions.Expect(page.Locator("[data-testid=preview-new-communes]")).ToHaveTextAsync("99");
            await page.ClickAsync("[data-testid=setup-create]");
            await page.ConfirmAsync("Tạo cuộc hợp nhất");
            await Assertions.Expect(page.Locator("[data-testid=setup-created]")).ToContainTextAsync("Đã tạo cuộc hợp nhất");

            // The administrator opens it and gives it a unit staff account.
            await page.ClickAsync("[data-testid=setup-open]");
            await Assertions.Expect(page.Locator("[data-testid=current-merger]")).ToHaveTextAsync("Hợp nhất Công an tỉnh Yên Bái và Công an tỉnh Lào Cai");
            await page.GotoInteractiveAsync("/admin/users/new");
            await page.Field("user-name").FillAsync("canbo.yb");
            await page.Field("user-fullname").FillAsync("Lò Văn Yên Bái");
            await page.ClickAsync("[data-testid=user-role]");
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Cán bộ nhập liệu" }).ClickAsync();
            await page.Field("user-unit").FillAsync("YB.PH10");
            await page.Field("user-password").FillAsync("Matkhau@2025x");
            await page.ClickAsync("[data-testid=user-create]");
            await page.WaitForURLAsync("**/admin/users?created=canbo.yb");

            // Back to Hải Phòng, so the administrator of the other journeys works where they expect.
            await page.GotoInteractiveAsync("/mergers");
            await page.Locator("[data-testid=merger-row]", new() { HasText = "Công an thành phố Hải Phòng" }).Locator("[data-testid=merger-open]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=current-merger]")).ToContainTextAsync("Hải Phòng");
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // Its unit staff imports a register and counts it.
            await new LoginPage(page).SignInAsync("canbo.yb", "Matkhau@2025x");
            await Assertions.Expect(page.Locator("[data-testid=current-merger]")).ToHaveTextAsync("Hợp nhất Công an tỉnh Yên Bái và Công an tỉnh Lào Cai");
            await page.GotoInteractiveAsync("/inventory/import");
            var csv = "Mã tài sản *,Tên tài sản *,Nhóm tài sản *,Đơn vị tính *,Số lượng *,Mã đơn vị quản lý *\n"
                + "YB-TSK-001,Bàn làm việc,Tài sản cố định khác,chiếc,2,YB.PH10\n" + "YB-TSK-002,Tủ hồ sơ,Tài sản cố định khác,chiếc,1,YB.PH10\n";
            await page.ChooseFileAsync("import-file", new FilePayload { Name = "yen-bai.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
            await page.ClickAsync("[data-testid=import-submit]");
            await Assertions.Expect(page.Locator("[data-testid=import-success]")).ToHaveTextAsync("Đã nhập: 2 tạo mới, 0 cập nhật.");

            await page.GotoInteractiveAsync("/inventory");
            await Assertions.Expect(page.Field("campaign-unit")).ToHaveValueAsync("YB.PH10");
            await page.Field("campaign-name").FillAsync("Kiểm kê Phòng Hậu cần Yên Bái");
            await page.Field("campaign-cutoff").FillAsync("21/06/2025");
            await page.Field("campaign-cutoff").PressAsync("Enter");
            await page.ClickAsync("[data-testid=open-campaign]");
            await page.WaitForURLAsync("**/inventory/campaigns/*");
            await page.WaitForCircuitAsync();
            var lines = page.Locator("[data-testid=line-table] tbody tr");
            await Assertions.Expect(lines).ToHaveCountAsync(2);
            foreach (var (code, counted) in new[] { ("YB-TSK-001", "2"), ("YB-TSK-002", "1") })
            {
                var line = lines.Filter(new() { HasText = code });
                await line.Locator("input").Nth(0).FillAsync(counted);
                await line.Locator("button:has-text('Lưu')").ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=campaign-message]")).ToHaveTextAsync("Đã ghi số lượng kiểm kê.");
            }

            await page.ClickAsync("[data-testid=close-campaign]");
            await page.ConfirmAsync("Khóa sổ đợt kiểm kê");
            await Assertions.Expect(page.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("Đã khóa sổ");

            // The other mergers are untouched: two new items, all in the new merger; their own units and items as before.
            var after = await browser.App.WithAllMergersAsync(async db =>
            {
                var laoCai = await db.Mergers.IgnoreQueryFilters().Where(m => m.ProvinceCode == "15").Select(m => m.Id).SingleAsync();
                return (await db.Assets.IgnoreQueryFilters().CountAsync(), await db.Assets.IgnoreQueryFilters().CountAsync(a => a.MergerId == laoCai), await db.Units.IgnoreQueryFilters().CountAsync(u => u.MergerId != laoCai), await db.Mergers.IgnoreQueryFilters().CountAsync());
            });
            Assert.Equal((before.Item1 + 2, 2, before.Item2, before.Item3 + 1), after);
        });
}

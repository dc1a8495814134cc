using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public class LeadershipJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Leadership_SignsInOpensDashboardAndUnit_DownloadsThePdf() =>
        browser.RunJourneyAsync(nameof(Leadership_SignsInOpensDashboardAndUnit_DownloadsThePdf), async page =>
        {
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);

            var dashboard = new DashboardPage(page);
            await Assertions.Expect(dashboard.Title).ToContainTextAsync("Hợp nhất Công an TP Hải Phòng và Công an tỉnh Hải Dương");
            await Assertions.Expect(dashboard.OriginRows).ToHaveCountAsync(3);
            await dashboard.OpenOriginAsync("Công an tỉnh Hải Dương");

            await page.WaitForURLAsync("**/units?origin=*");
            var units = new UnitListPage(page);
            await units.SearchAsync("hau can");
            await units.OpenAsync("Phòng Hậu cần");

            var unit = new UnitDetailPage(page);
            await Assertions.Expect(unit.Name).ToHaveTextAsync("Phòng Hậu cần");
            var pdf = await unit.DownloadPdfAsync();
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            var text = PdfText.Extract(pdf);
            Assert.Contains("CÔNG AN TỈNH HẢI DƯƠNG", text, StringComparison.Ordinal);
            Assert.Contains("Đơn vị trực thuộc Phòng Hậu cần", text, StringComparison.Ordinal);
        });

    [Fact]
    public Task UnitStaff_OpensAnotherUnitsPage_SeesTheRefusal() =>
        browser.RunJourneyAsync(nameof(UnitStaff_OpensAnotherUnitsPage_SeesTheRefusal), async page =>
        {
            await new LoginPage(page).SignInAsync("canbo.hd", DemoAccounts.Password);
            await Assertions.Expect(page.Locator("[data-testid=current-user]")).ToContainTextAsync("Cán bộ nhập liệu");
            var response = await page.GotoAsync("/reports/merger-summary");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Không có quyền truy cập");
            Assert.Equal(403, response!.Status);
        });
}

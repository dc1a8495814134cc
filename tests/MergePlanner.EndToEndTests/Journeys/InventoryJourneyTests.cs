using System.Text;
using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.TestSupport;
using MergePlanner.Web.Security;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

[Collection(BrowserCollection.Name)]
public class InventoryJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task UnitStaff_ImportsFixesAndHandsOver_ReceiverConfirms_LeadershipSeesTheLedgerMove() =>
        browser.RunJourneyAsync(nameof(UnitStaff_ImportsFixesAndHandsOver_ReceiverConfirms_LeadershipSeesTheLedgerMove), async page =>
        {
            // Leadership: the unaccounted count before.
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            await Assertions.Expect(page.Locator("[data-testid=unaccounted]")).ToBeVisibleAsync();
            var (bookBefore, receivedBefore) = await LedgerFiguresAsync(page);
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // Unit staff: a file with an error, then the corrected file.
            await new LoginPage(page).SignInAsync("canbo.hd", DemoAccounts.Password);
            await page.GotoAsync("/inventory/import");
            var header = "Mã tài sản *,Tên tài sản *,Nhóm tài sản *,Đơn vị tính *,Số lượng *,Mã đơn vị quản lý *,\"Số hiệu, số sê-ri\",\"Kiểu, loại\"\n";
            await UploadAsync(page, header + "HDG-VK-E2E1,Súng ngắn K54,Vũ khí,khẩu,1,HDG.PH10,,\n");
            await Assertions.Expect(page.Locator("[data-testid=import-errors]")).ToContainTextAsync("Bắt buộc với nhóm Vũ khí");
            await UploadAsync(page, header + "HDG-VK-E2E1,Súng ngắn K54,Vũ khí,khẩu,1,HDG.PH10,HDE2E001,K54\n");
            await Assertions.Expect(page.Locator("[data-testid=import-success]")).ToHaveTextAsync("Đã nhập: 1 tạo mới, 0 cập nhật.");

            // An item of the unit counted but without an outcome: transfer it to the new Phòng Hậu cần.
            await page.GotoAsync("/inventory/ledger?by=unit");
            await page.Locator("[data-testid=ledger-table] tbody tr td:last-child a").First.ClickAsync();
            await page.Locator("[data-testid=ledger-items] tbody tr", new() { HasText = "Chưa có phương án xử lý" }).First.Locator("a").ClickAsync();
            await page.ClickAsync("button:has-text('Lưu phương án xử lý')");
            await Assertions.Expect(page.Locator("[data-testid=item-standing]")).ToContainTextAsync("Chờ bên nhận xác nhận");

            // Hand over what is to be transferred to the new Phòng Hậu cần.
            await page.GotoAsync("/inventory/handovers");
            await page.ClickAsync("summary:has-text('Lập biên bản bàn giao')");
            await page.FillAsync("#from", "HDG.PH10");
            await page.FillAsync("#to", "HPM.PH10");
            await page.FillAsync("#witness", "Vũ Văn Chứng");
            await page.ClickAsync("form button:has-text('Thêm')");
            await page.WaitForURLAsync("**/inventory/handovers/*");
            var number = await page.Locator("[data-testid=handover-number]").TextContentAsync();
            await page.ClickAsync("[data-testid=send-handover]");
            await Assertions.Expect(page.Locator("[data-testid=handover-message]")).ToContainTextAsync("Đã bàn giao");
            var url = page.Url;
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // The receiving unit confirms every line and downloads the minutes.
            await new LoginPage(page).SignInAsync("nhan.hp", DemoAccounts.Password);
            await page.GotoAsync(url);
            var confirm = page.Locator("[data-testid=handover-lines] form button:has-text('Xác nhận')");
            var lines = await confirm.CountAsync();
            Assert.True(lines > 0);
            for (var i = 0; i < lines; i++)
            {
                await page.Locator("[data-testid=handover-lines] form button:has-text('Xác nhận')").Nth(i).ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=handover-message]")).ToContainTextAsync("Đã ghi xác nhận");
            }

            await Assertions.Expect(page.Locator("[data-testid=handover-status]")).ToHaveTextAsync("Đã xác nhận");
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=minutes-pdf]"));
            var path = Path.Combine(Path.GetTempPath(), $"mp-minutes-{Guid.NewGuid():N}.pdf");
            await download.SaveAsAsync(path);
            var text = PdfText.Extract(await File.ReadAllBytesAsync(path));
            File.Delete(path);
            Assert.Contains(number!, text, StringComparison.Ordinal);
            Assert.Contains("ĐẠI DIỆN BÊN NHẬN", text, StringComparison.Ordinal);
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // Leadership: the ledger moved (the new weapon is on record, uncounted; the confirmed lines are accounted).
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            var (bookAfter, receivedAfter) = await LedgerFiguresAsync(page);
            Assert.Equal(bookBefore + 1, bookAfter);
            Assert.True(receivedAfter > receivedBefore, $"confirmed received {receivedBefore} → {receivedAfter}");
            await Assertions.Expect(page.Locator("[data-testid=ledger-table]")).ToContainTextAsync("Công an tỉnh Hải Dương");
        });

    /// <summary>The ledger's item count and accounted-item count (the first and third figures on the page).</summary>
    private static async Task<(decimal Book, decimal Received)> LedgerFiguresAsync(IPage page)
    {
        await page.GotoAsync("/inventory/ledger");
        var values = await page.Locator("[data-testid=kpi-value]").AllTextContentsAsync();
        static decimal Parse(string text) => decimal.Parse(text.Trim().Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        return (Parse(values[0]), Parse(values[2]));
    }

    private static async Task UploadAsync(IPage page, string csv)
    {
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "tai-san.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=import-submit]");
    }
}

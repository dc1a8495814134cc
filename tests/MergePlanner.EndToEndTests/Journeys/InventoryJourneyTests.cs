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
            await page.GotoInteractiveAsync("/inventory/import");
            var header = "Mã tài sản *,Tên tài sản *,Nhóm tài sản *,Đơn vị tính *,Số lượng *,Mã đơn vị quản lý *,\"Số hiệu, số sê-ri\",\"Kiểu, loại\"\n";
            await UploadAsync(page, header + "HDG-VK-E2E1,Súng ngắn K54,Vũ khí,khẩu,1,HDG.PH10,,\n");
            await Assertions.Expect(page.Locator("[data-testid=import-errors]")).ToContainTextAsync("Bắt buộc với nhóm Vũ khí");
            await UploadAsync(page, header + "HDG-VK-E2E1,Súng ngắn K54,Vũ khí,khẩu,1,HDG.PH10,HDE2E001,K54\n");
            await Assertions.Expect(page.Locator("[data-testid=import-success]")).ToHaveTextAsync("Đã nhập: 1 tạo mới, 0 cập nhật.");

            // An item of the unit counted but without an outcome: transfer it to the new Phòng Hậu cần.
            await page.GotoInteractiveAsync("/inventory/ledger?by=unit");
            await page.Locator("[data-testid=ledger-table] [data-testid=ledger-open-items]").First.ClickAsync();
            await page.Locator("[data-testid=ledger-items] tbody tr", new() { HasText = "Chưa có phương án xử lý" }).First.Locator("a").ClickAsync();
            await page.WaitForCircuitAsync();
            await page.ClickAsync("[data-testid=save-disposition]");
            await Assertions.Expect(page.Locator("[data-testid=item-standing]")).ToContainTextAsync("Chờ bên nhận xác nhận");

            // Hand over what is to be transferred to the new Phòng Hậu cần.
            await page.GotoInteractiveAsync("/inventory/handovers");
            await page.Field("handover-from").FillAsync("HDG.PH10");
            await page.Field("handover-to").FillAsync("HPM.PH10");
            await page.Field("handover-witness").FillAsync("Vũ Văn Chứng");
            await page.ClickAsync("[data-testid=create-handover]");
            await page.WaitForURLAsync("**/inventory/handovers/*");
            var number = await page.Locator("[data-testid=handover-number]").TextContentAsync();
            await page.WaitForCircuitAsync();
            await page.ClickAsync("[data-testid=send-handover]");
            await page.ConfirmAsync("Bàn giao");
            await Assertions.Expect(page.Locator("[data-testid=handover-message]")).ToContainTextAsync("Đã bàn giao");
            var url = page.Url;
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // The receiving unit confirms every line and downloads the minutes.
            await new LoginPage(page).SignInAsync("nhan.hp", DemoAccounts.Password);
            await page.GotoInteractiveAsync(url);
            var confirm = page.Locator("[data-testid=handover-lines] [data-testid^=confirm-] button:has-text('Xác nhận')");
            var lines = await confirm.CountAsync();
            Assert.True(lines > 0);
            for (var i = 0; i < lines; i++)
            {
                await confirm.Nth(i).ClickAsync();
                if (i == lines - 1)
                {
                    // The last line closes the minutes for good: the page asks first.
                    await page.ConfirmAsync("Xác nhận");
                }

                await Assertions.Expect(page.Locator("[data-testid=handover-message]")).ToContainTextAsync("Đã ghi xác nhận");
            }

            await Assertions.Expect(page.Locator("[data-testid=handover-status]")).ToHaveTextAsync("Đã xác nhận");
            var text = PdfText.Extract(await Downloads.ClickAndReadAsync(page, "[data-testid=minutes-pdf]"));
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

    [Fact]
    public Task UnitStaff_CountsACampaign_CannotCloseItWhileLinesAreUncounted_DownloadsTheResults() =>
        browser.RunJourneyAsync(nameof(UnitStaff_CountsACampaign_CannotCloseItWhileLinesAreUncounted_DownloadsTheResults), async page =>
        {
            await new LoginPage(page).SignInAsync("canbo.hd", DemoAccounts.Password);

            // A campaign of the staff's own unit; the unit code is filled in from the account.
            await page.GotoInteractiveAsync("/inventory");
            await Assertions.Expect(page.Field("campaign-unit")).ToHaveValueAsync("HDG.PH10");
            await page.Field("campaign-name").FillAsync("Kiểm kê thử E2E");
            await page.Field("campaign-cutoff").FillAsync("30/06/2025");
            await page.Field("campaign-cutoff").PressAsync("Enter");
            await page.ClickAsync("[data-testid=open-campaign]");
            await page.WaitForURLAsync("**/inventory/campaigns/*");
            await Assertions.Expect(page.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("Đang kiểm kê");
            var campaignUrl = page.Url;
            await page.WaitForCircuitAsync();

            // Count the first line short: it shows as "Thiếu".
            var first = page.Locator("[data-testid=line-table] tbody tr").First;
            var code = (await first.Locator("code").TextContentAsync())!.Trim();
            await first.Locator("input").Nth(0).FillAsync("0");
            await first.Locator("input").Nth(1).FillAsync("Không tìm thấy khi kiểm đếm");
            await first.Locator("button:has-text('Lưu')").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=campaign-message]")).ToHaveTextAsync("Đã ghi số lượng kiểm kê.");
            var row = page.Locator("[data-testid=line-table] tbody tr", new() { HasText = code });
            await Assertions.Expect(row).ToContainTextAsync("Thiếu");
            await Assertions.Expect(row).ToContainTextAsync("Không tìm thấy khi kiểm đếm");

            // The other lines are still uncounted: closing is refused and the campaign stays open.
            await page.ClickAsync("[data-testid=close-campaign]");
            await page.ConfirmAsync("Khóa sổ đợt kiểm kê");
            await Assertions.Expect(page.Locator("[data-testid=campaign-message]")).ToContainTextAsync("chưa kiểm đếm: chưa thể khóa sổ");
            await page.GotoInteractiveAsync(campaignUrl);
            await Assertions.Expect(page.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("Đang kiểm kê");

            // The results report lists the shortfall.
            // Read word by word in drawing order: a note wraps inside its cell, so its words follow each other there.
            var text = string.Join(' ', PdfLayout.Read(await Downloads.ClickAndReadAsync(page, "[data-testid=results-pdf]")).Pages.SelectMany(p => p.Words).Select(w => w.Text));
            Assert.Contains("Kiểm kê thử E2E", text, StringComparison.Ordinal);
            Assert.Contains(code, text, StringComparison.Ordinal);
            Assert.Contains("CHÊNH LỆCH THỪA, THIẾU", text, StringComparison.Ordinal);
            Assert.Contains("Đợt kiểm kê đang tiến hành", text, StringComparison.Ordinal);
            Assert.Contains("Không tìm thấy khi kiểm đếm", text, StringComparison.Ordinal);

            // The missing item turns up: the recount corrects the line; then every other line is counted as on the books.
            await page.GotoInteractiveAsync($"{campaignUrl}?q={code}");
            await CountLineAsync(page, page.Locator("[data-testid=line-table] tbody tr", new() { HasText = code }), "Tìm thấy khi kiểm lại");
            await Assertions.Expect(row).ToContainTextAsync("Khớp sổ sách");
            await page.GotoInteractiveAsync($"{campaignUrl}?state=Uncounted");
            // Wait on the "Chưa kiểm đếm: N" filter button after each post, so no click lands on the page being replaced.
            var remainingBadge = page.Locator("a", new() { HasText = "Chưa kiểm đếm:" }).Locator("strong");
            var remaining = int.Parse((await remainingBadge.TextContentAsync())!.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(remaining, 1, 200);
            while (remaining > 0)
            {
                await CountLineAsync(page, page.Locator("[data-testid=line-table] tbody tr").First, note: null);
                remaining--;
                await Assertions.Expect(remainingBadge).ToHaveTextAsync(remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await page.ClickAsync("[data-testid=close-campaign]");
            await page.ConfirmAsync("Khóa sổ đợt kiểm kê");
            await Assertions.Expect(page.Locator("[data-testid=campaign-message]")).ToHaveTextAsync("Đã khóa sổ đợt kiểm kê.");
            await Assertions.Expect(page.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("Đã khóa sổ");
            await Assertions.Expect(page.Locator("[data-testid=close-campaign]")).ToHaveCountAsync(0);
        });

    /// <summary>Enters the book quantity of a campaign line as counted (the book column is in vi-VN format).</summary>
    private static async Task CountLineAsync(IPage page, ILocator line, string? note)
    {
        var book = (await line.Locator("td").Nth(3).TextContentAsync())!.Trim().Replace(".", string.Empty, StringComparison.Ordinal);
        await line.Locator("input").Nth(0).FillAsync(book);
        if (note is not null)
        {
            await line.Locator("input").Nth(1).FillAsync(note);
        }

        await line.Locator("button:has-text('Lưu')").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=campaign-message]")).ToHaveTextAsync("Đã ghi số lượng kiểm kê.");
    }

    /// <summary>The ledger's item count and accounted-item count (the first and third figures on the page).</summary>
    private static async Task<(decimal Book, decimal Received)> LedgerFiguresAsync(IPage page)
    {
        await page.GotoInteractiveAsync("/inventory/ledger");
        var values = await page.Locator("[data-testid=kpi-value]").AllTextContentsAsync();
        static decimal Parse(string text) => decimal.Parse(text.Trim().Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        return (Parse(values[0]), Parse(values[2]));
    }

    private static async Task UploadAsync(IPage page, string csv)
    {
        await page.ChooseFileAsync("import-file", new FilePayload { Name = "tai-san.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=import-submit]");
    }
}

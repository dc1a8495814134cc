using Position = MergePlanner.Data.Personnel.Position;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>Issue 10's journey: personnel staff compare two candidates for a vacant commune chief post, see one fail a
/// rule with its reason, propose the other; leadership approve; the balance of the tier moves at each step.</summary>
[Collection(BrowserCollection.Name)]
public class SelectionJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task Personnel_CompareTwo_OneFailsWithItsReason_ProposeTheOther_LeadershipApprove_BalanceMoves() =>
        browser.RunJourneyAsync(nameof(Personnel_CompareTwo_OneFailsWithItsReason_ProposeTheOther_LeadershipApprove_BalanceMoves), async page =>
        {
            var today = DateOnly.FromDateTime(DateTime.Today);
            var (post, failing) = await browser.App.WithDbAsync(async db => (
                await db.Posts.Where(p => p.Status == PostStatus.Vacant && p.Position == Position.CommuneChief).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
                await db.DisciplineRecords.Where(d => d.AnnulledReason == null && d.DecidedOn <= today && d.EndsOn >= today).OrderBy(d => d.Id).Select(d => new { d.OfficerId, d.Officer!.OfficerNumber }).FirstAsync()));
            async Task<(int Appointed, int Proposed)> BalanceAsync()
            {
                var panel = page.Locator("[data-testid=balance][data-tier=CommuneChiefs]");
                await panel.WaitForAsync();
                int Sum(IReadOnlyList<string> cells) => cells.Sum(c => int.Parse(c.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
                return (Sum(await panel.Locator("[data-testid=balance-appointed]").AllTextContentsAsync()), Sum(await panel.Locator("[data-testid=balance-proposed]").AllTextContentsAsync()));
            }

            await new LoginPage(page).SignInAsync("tccb", DemoAccounts.Password);
            await page.GotoInteractiveAsync($"/posts/{post}");
            await Assertions.Expect(page.Locator("[data-testid=post-status]")).ToHaveTextAsync("Còn trống");
            var before = await BalanceAsync();

            // The best-ranked candidate, and one found by number who is under a running discipline.
            var best = page.Locator("[data-testid=candidate]").First;
            await best.WaitForAsync();
            var bestId = await best.GetAttributeAsync("data-officer");
            await best.Locator("input[type=checkbox]").CheckAsync();
            await page.Field("pool-search").FillAsync(failing.OfficerNumber);
            await Assertions.Expect(page.Locator("[data-testid=candidate]")).ToHaveCountAsync(1);
            await page.Locator("[data-testid=candidate] input[type=checkbox]").CheckAsync();
            await page.ClickAsync("[data-testid=compare]");
            var discipline = page.Locator($"[data-testid=comparison] td[data-officer='{failing.OfficerId}'][data-rule=Discipline]");
            await Assertions.Expect(discipline).ToHaveAttributeAsync("data-outcome", "Fail");
            await Assertions.Expect(discipline).ToContainTextAsync("Đang trong thời hạn kỷ luật");

            // Propose the other, with the reason; the tier's balance counts the proposal at once.
            await page.ClickAsync($"[data-testid=propose][data-officer='{bestId}']");
            await page.Locator("textarea[data-testid=prompt-text], [data-testid=prompt-text] textarea").First.FillAsync("Đạt mọi tiêu chuẩn, trong quy hoạch");
            await page.ClickAsync("[data-testid=prompt-ok]");
            await Assertions.Expect(page.Locator("[data-testid=selection-message]")).ToHaveTextAsync("Đã gửi đề xuất cho lãnh đạo.");
            await Assertions.Expect(page.Locator("[data-testid=post-status]")).ToHaveTextAsync("Đã đề xuất");
            Assert.Equal((before.Appointed, before.Proposed + 1), await BalanceAsync());
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // Leadership approve with the decision's number: the post is filled and the balance counts an appointee.
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            await page.GotoInteractiveAsync($"/posts/{post}");
            await page.Field("decision-number").FillAsync("1501/QĐ-CATP");
            await page.ClickAsync("[data-testid=approve]");
            await Assertions.Expect(page.Locator("[data-testid=selection-message]")).ToHaveTextAsync("Đã phê duyệt: cán bộ được bổ nhiệm vào chức danh.");
            await Assertions.Expect(page.Locator("[data-testid=post-status]")).ToHaveTextAsync("Đã bổ nhiệm");
            Assert.Equal((before.Appointed + 1, before.Proposed), await BalanceAsync());
            var holder = await browser.App.WithDbAsync(db => db.Posts.Where(p => p.Id == post).Select(p => p.HolderId).SingleAsync());
            Assert.Equal(bestId, holder?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
}

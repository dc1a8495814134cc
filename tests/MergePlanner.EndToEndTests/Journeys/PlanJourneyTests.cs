using MergePlanner.EndToEndTests.Infrastructure;
using MergePlanner.Data.Planning;
using MergePlanner.EndToEndTests.Pages;
using MergePlanner.Web.Features.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace MergePlanner.EndToEndTests.Journeys;

/// <summary>Issue 11 in a browser: leadership create a task at D−10 for the logistics department; the warning job,
/// run on the days around its deadline, warns the unit before it, when it passes, and escalates to leadership; the unit
/// starts it, attaches the evidence and submits it; leadership sign it off; the roadmap and the dashboard move.</summary>
[Collection(BrowserCollection.Name)]
public class PlanJourneyTests(BrowserFixture browser)
{
    /// <summary>A clock standing still on a given day: the warning job asked "what is due" on that day.</summary>
    private sealed class At(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private Task<int> RunAlertsOnAsync(DateOnly day) =>
        new TaskAlertService(browser.App.Services.GetRequiredService<IServiceScopeFactory>(), new At(day), new TaskAlertPolicy { RemindDaysBefore = 3, EscalateAfterDays = 3 },
            NullLogger<TaskAlertService>.Instance).RunAsync();

    private async Task SignOutAndInAsync(IPage page, string user)
    {
        await page.ClickAsync("button:has-text('Đăng xuất')");
        await new LoginPage(page).SignInAsync(user, DemoAccounts.Password);
    }

    [Fact]
    public Task Plan_TaskAtDMinus10_Warned_Escalated_DoneWithEvidence_Approved_RoadmapAndDashboardMove() =>
        browser.RunJourneyAsync(nameof(Plan_TaskAtDMinus10_Warned_Escalated_DoneWithEvidence_Approved_RoadmapAndDashboardMove), async page =>
        {
            const string Title = "Kiểm tra niêm phong kho vật chứng trước hợp nhất";
            await new LoginPage(page).SignInAsync("lanhdao", DemoAccounts.Password);
            await page.GotoInteractiveAsync("/");
            var doneBefore = await page.Locator("[data-testid=kpi-tasks-done]").TextContentAsync();

            // Create at D−10 for the logistics department (Phòng Hậu cần, PH10).
            await page.GotoInteractiveAsync("/tasks");
            await page.ClickAsync("[data-testid=task-new]");
            await page.Field("task-title").FillAsync(Title);
            await page.Field("task-unit").FillAsync("HPM.PH10");
            await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "HPM.PH10" }).First.ClickAsync();
            await page.Field("task-days").FillAsync("-10");
            await page.Field("task-product").FillAsync("Biên bản niêm phong");
            await page.ClickAsync("[data-testid=task-save]");
            await page.WaitForURLAsync("**/tasks/*");
            await Assertions.Expect(page.Locator("[data-testid=task-deadline]")).ToContainTextAsync("D\u221210");
            var (id, code, deadline) = await browser.App.WithDbAsync(db => db.MergerTasks.Where(t => t.Title == Title).Select(t => new { t.Id, t.Code, t.Deadline }).SingleAsync())
                .ContinueWith(t => (t.Result.Id, t.Result.Code, t.Result.Deadline));

            // The warning job on the days around the deadline: before it, when it has passed, and past the escalation delay.
            await RunAlertsOnAsync(deadline.AddDays(-2));
            await SignOutAndInAsync(page, "nhan.hp");
            await page.GotoInteractiveAsync("/notifications");
            await Assertions.Expect(page.Locator($"[data-testid=inbox-DueSoon-{code}]")).ToBeVisibleAsync();
            await RunAlertsOnAsync(deadline.AddDays(1));
            await page.GotoInteractiveAsync("/notifications");
            await Assertions.Expect(page.Locator($"[data-testid=inbox-Overdue-{code}]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"[data-testid=inbox-Escalated-{code}]")).ToHaveCountAsync(0);
            await RunAlertsOnAsync(deadline.AddDays(4));

            // The unit works it: start, the evidence, submit.
            await page.GotoInteractiveAsync($"/tasks/{id}");
            await page.ClickAsync("[data-testid=task-move-InProgress]");
            await Assertions.Expect(page.Locator("[data-testid=task-status]")).ToHaveTextAsync("Đang thực hiện");
            await Assertions.Expect(page.Locator("[data-testid=task-needs-evidence]")).ToBeVisibleAsync();
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "bien-ban-niem-phong.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray() });
            await page.ClickAsync("[data-testid=task-evidence-upload]");
            await Assertions.Expect(page.Locator("[data-testid=task-evidence]")).ToContainTextAsync("bien-ban-niem-phong.pdf");
            await page.ClickAsync("[data-testid=task-move-AwaitingApproval]");
            await Assertions.Expect(page.Locator("[data-testid=task-status]")).ToHaveTextAsync("Chờ duyệt");

            // Leadership: the escalation is in their inbox; the dashboard names the task as late; they sign it off.
            await SignOutAndInAsync(page, "lanhdao");
            await page.GotoInteractiveAsync("/notifications");
            await Assertions.Expect(page.Locator($"[data-testid=inbox-Escalated-{code}]")).ToBeVisibleAsync();
            await page.GotoInteractiveAsync("/");
            await Assertions.Expect(page.Locator($"[data-testid=dashboard-overdue-{code}]")).ToBeVisibleAsync();
            await page.GotoInteractiveAsync($"/tasks/{id}");
            await page.ClickAsync("[data-testid=task-move-Done]");
            await Assertions.Expect(page.Locator("[data-testid=task-status]")).ToHaveTextAsync("Hoàn thành");

            // The roadmap draws it done; the dashboard counts it done and no longer late.
            await page.GotoInteractiveAsync("/roadmap");
            await Assertions.Expect(page.Locator($"[data-testid=gantt-{code}]")).ToHaveAttributeAsync("fill", "#2e7d32");
            await page.GotoInteractiveAsync("/");
            await Assertions.Expect(page.Locator($"[data-testid=dashboard-overdue-{code}]")).ToHaveCountAsync(0);
            Assert.NotEqual(doneBefore, await page.Locator("[data-testid=kpi-tasks-done]").TextContentAsync());
        });
}

using MergePlanner.Data.Planning;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MergePlanner.IntegrationTests.Planning;

/// <summary>The plan's warnings on a fake clock (issue 11, point 2): the person in charge and the unit's leader are
/// warned before the deadline and when it passes, leadership after the escalation delay; each once; a moved deadline
/// warns again; the daily digest goes to a local SMTP server and marks what it carried.</summary>
public class TaskAlertTests(TaskAlertTests.Factory factory) : IClassFixture<TaskAlertTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static readonly TaskAlertPolicy Policy = new() { RemindDaysBefore = 3, EscalateAfterDays = 3 };

    private static readonly DateOnly Deadline = new(2031, 3, 10);

    private async Task<int> CreateTaskAsync(string title, DateOnly deadline)
    {
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPM.PH10").Select(u => u.Id).SingleAsync());
        var result = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<TaskService>().SaveAsync(null,
            new TaskForm(Workstream.AssetsAndInventory, title, unit, "Đại úy Phạm Văn Tiếp Nhận", "nhan.hp", null, deadline, "Biên bản", "Giám đốc", null)));
        Assert.True(result.Succeeded, result.Message);
        return result.Id;
    }

    private (TaskAlertService Alerts, FakeTimeProvider Clock) OnClock(DateOnly day)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero)) { };
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return (new TaskAlertService(factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, Policy, NullLogger<TaskAlertService>.Instance), clock);
    }

    private Task<List<string>> AlertsAsync(int taskId) => factory.WithDbAsync(db => db.Notifications.Where(n => n.TaskId == taskId)
        .OrderBy(n => n.Id).Select(n => n.Kind + ":" + n.UserName).ToListAsync());

    [Fact]
    public async Task Alerts_BeforeTheDeadline_WhenItPasses_EscalatedAfterTheDelay_EachOnce()
    {
        var id = await CreateTaskAsync("Kiểm tra việc dán nhãn tài sản theo mã đơn vị mới", Deadline);
        var (alerts, clock) = OnClock(Deadline.AddDays(-4));
        await alerts.RunAsync();
        Assert.Empty(await AlertsAsync(id));

        clock.Advance(TimeSpan.FromDays(2)); // D-2: the person in charge and the unit's leader (no unit-bound leader: the merger's)
        Assert.True(await alerts.RunAsync() >= 2);
        Assert.Equal(["DueSoon:nhan.hp", "DueSoon:lanhdao"], await AlertsAsync(id));
        await alerts.RunAsync(); // again the same day: nothing twice
        Assert.Equal(2, (await AlertsAsync(id)).Count);

        clock.Advance(TimeSpan.FromDays(3)); // a day late
        await alerts.RunAsync();
        Assert.Equal(["DueSoon:nhan.hp", "DueSoon:lanhdao", "Overdue:nhan.hp", "Overdue:lanhdao"], await AlertsAsync(id));

        clock.Advance(TimeSpan.FromDays(2)); // three days late: not yet escalated
        await alerts.RunAsync();
        Assert.Equal(4, (await AlertsAsync(id)).Count);

        clock.Advance(TimeSpan.FromDays(1)); // four days late: up to leadership
        await alerts.RunAsync();
        Assert.Equal("Escalated:lanhdao", (await AlertsAsync(id)).Last());
        Assert.Equal(5, (await AlertsAsync(id)).Count);

        // The inbox is the person's own: nhan.hp sees two of them, marks them read; lanhdao's stay unread.
        var mine = await ServiceCaller.AsAsync(factory, "nhan.hp", s => s.GetRequiredService<InboxService>().PageAsync(false, 1));
        Assert.Equal(2, mine.Rows.Count(r => r.TaskId == id));
        Assert.All(mine.Rows, r => Assert.True(r.TaskId > 0));
        var read = await ServiceCaller.AsAsync(factory, "nhan.hp", s => s.GetRequiredService<InboxService>().MarkReadAsync(null));
        Assert.True(read >= 2);
        Assert.Equal(0, await ServiceCaller.AsAsync(factory, "nhan.hp", s => s.GetRequiredService<InboxService>().UnreadCountAsync()));
        Assert.True(await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<InboxService>().UnreadCountAsync()) >= 3);
        Assert.Equal(0, await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InboxService>().PageAsync(false, 1)).ContinueWith(t => t.Result.Rows.Count(r => r.TaskId == id)));
    }

    [Fact]
    public async Task Alerts_AMovedDeadlineWarnsAgain_ADoneTaskNoMore()
    {
        var id = await CreateTaskAsync("Bàn giao chìa khóa kho, niêm phong tủ hồ sơ", Deadline.AddDays(30));
        var (alerts, clock) = OnClock(Deadline.AddDays(29));
        await alerts.RunAsync();
        Assert.Equal(2, (await AlertsAsync(id)).Count);

        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPM.PH10").Select(u => u.Id).SingleAsync());
        var moved = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<TaskService>().SaveAsync(id,
            new TaskForm(Workstream.AssetsAndInventory, "Bàn giao chìa khóa kho, niêm phong tủ hồ sơ", unit, null, "nhan.hp", null, Deadline.AddDays(31), null, null, null)));
        Assert.True(moved.Succeeded, moved.Message);
        await alerts.RunAsync();
        Assert.Equal(4, (await AlertsAsync(id)).Count); // the new deadline is a new warning

        await factory.WithDbAsync(async db =>
        {
            var task = await db.MergerTasks.SingleAsync(t => t.Id == id);
            task.Status = MergerTaskStatus.Done;
            return await db.SaveChangesAsync();
        });
        clock.Advance(TimeSpan.FromDays(10));
        await alerts.RunAsync();
        Assert.Equal(4, (await AlertsAsync(id)).Count);
    }

    [Fact]
    public async Task Digest_GoesToALocalSmtpServer_OncePerWarning()
    {
        var id = await CreateTaskAsync("Gửi báo cáo tiến độ thanh lý tài sản", Deadline.AddDays(60));
        var (alerts, clock) = OnClock(Deadline.AddDays(65));
        await alerts.RunAsync();

        await using var sink = new SmtpSink();
        var mailer = new TaskDigestMailer(factory.Services.GetRequiredService<IServiceScopeFactory>(),
            new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = "None", AppUrl = "https://mergeplanner.local" }, clock, NullLogger<TaskDigestMailer>.Instance);
        var sent = await mailer.SendAsync();
        Assert.True(sent >= 2, $"{sent} mails");
        Assert.Contains("nhan.hp@mergeplanner.local", sink.Recipients);
        Assert.Contains("lanhdao@mergeplanner.local", sink.Recipients);
        var toUnit = sink.Messages.Single(m => m.To.Mailboxes.Any(a => a.Address == "nhan.hp@mergeplanner.local"));
        Assert.Contains("Nhiệm vụ cần chú ý", toUnit.Subject);
        Assert.Contains("Gửi báo cáo tiến độ thanh lý tài sản", toUnit.TextBody);
        Assert.Contains($"https://mergeplanner.local/tasks/{id}", toUnit.TextBody);
        Assert.Contains("Quá hạn", toUnit.TextBody);
        Assert.Null(await factory.WithDbAsync(db => db.Notifications.Where(n => n.TaskId == id && n.MailedAtUtc == null).Select(n => (long?)n.Id).FirstOrDefaultAsync()));

        // A second digest the same day has nothing new to carry.
        var count = sink.Messages.Count;
        Assert.Equal(0, await mailer.SendAsync());
        Assert.Equal(count, sink.Messages.Count);

        // Without a mail server: nothing is tried, nothing marked.
        Assert.Equal(0, await new TaskDigestMailer(factory.Services.GetRequiredService<IServiceScopeFactory>(), new SmtpOptions(), clock, NullLogger<TaskDigestMailer>.Instance).SendAsync());
    }
}

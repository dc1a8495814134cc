using MergePlanner.Data.Planning;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Planning;

/// <summary>The merger plan through TaskService, as the task page calls it (issue 11, point 1): leadership creates,
/// edits, reassigns and signs off; the responsible unit's staff start, attach evidence, comment and submit; other
/// units and viewers change nothing; dependencies hold a task back and never form a loop.</summary>
public class PlanTests(PlanTests.Factory factory) : IClassFixture<PlanTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static TaskService S(IServiceProvider s) => s.GetRequiredService<TaskService>();

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    private Task<int> UnitAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private async Task<int> CreateAsync(string title, string unitCode = "HPM.PH10", int? days = 600, string? account = "nhan.hp")
    {
        var unit = await UnitAsync(unitCode);
        var created = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SaveAsync(null,
            new TaskForm(Workstream.LogisticsAndWelfare, title, unit, "Đại úy Phạm Văn Tiếp Nhận", account, days, null, "Biên bản", "Giám đốc", null)));
        Assert.True(created.Succeeded, created.Message);
        return created.Id;
    }

    private Task<MergerTaskStatus> StatusAsync(int id) => factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Id == id).Select(t => t.Status).SingleAsync());

    [Fact]
    public async Task Work_TheUnitWorksItsTask_LeadershipSignsItOff_OthersChangeNothing()
    {
        var id = await CreateAsync("Kiểm tra niêm phong kho vũ khí sau hợp nhất");
        var task = await factory.WithDbAsync(db => db.MergerTasks.SingleAsync(t => t.Id == id));
        Assert.Equal(task.Deadline, task.BaselineDeadline); // baselined at creation
        Assert.Equal(600, task.DaysFromEffective);
        Assert.Matches(@"^WS6-\d+$", task.Code);

        // Another unit's staff and a viewer: refused, nothing written.
        foreach (var outsider in new[] { "canbo.hd", "xem", "bo", "tccb" })
        {
            Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, outsider, s => S(s).SetStatusAsync(id, MergerTaskStatus.InProgress))).Change);
            Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, outsider, s => S(s).CommentAsync(id, "xin ý kiến"))).Change);
            Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, outsider, s => S(s).AttachEvidenceAsync(id, new Upload("bb.pdf", Pdf)))).Change);
        }

        Assert.Equal(MergerTaskStatus.NotStarted, await StatusAsync(id));

        // The unit's own staff work it; submission needs the evidence first.
        Assert.True((await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(id, MergerTaskStatus.InProgress))).Succeeded);
        var early = await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(id, MergerTaskStatus.AwaitingApproval));
        Assert.Equal(TaskChange.Invalid, early.Change);
        Assert.Contains("minh chứng", early.Message);
        var notPdf = await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).AttachEvidenceAsync(id, new Upload("bb.pdf", "<html>"u8.ToArray())));
        Assert.Equal(TaskChange.Invalid, notPdf.Change);
        Assert.True((await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).AttachEvidenceAsync(id, new Upload("bien ban.pdf", Pdf)))).Succeeded);
        Assert.True((await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).CommentAsync(id, "Đã niêm phong xong, gửi biên bản."))).Succeeded);
        Assert.True((await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(id, MergerTaskStatus.AwaitingApproval))).Succeeded);

        // The unit does not sign off its own work; leadership sends back only with a reason, then signs off.
        Assert.Equal(TaskChange.Invalid, (await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(id, MergerTaskStatus.Done))).Change);
        Assert.Equal(TaskChange.Invalid, (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SetStatusAsync(id, MergerTaskStatus.InProgress, "  "))).Change);
        Assert.True((await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SetStatusAsync(id, MergerTaskStatus.Done))).Succeeded);
        Assert.Equal(MergerTaskStatus.Done, await StatusAsync(id));

        // Closed: no more changes, even by leadership.
        var unit = await UnitAsync("HPM.PH10");
        var edit = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SaveAsync(id, new TaskForm(Workstream.AssetsAndInventory, "Đổi tên", unit, null, null, 10, null, null, null, null)));
        Assert.Equal(TaskChange.Invalid, edit.Change);

        // The conversation and the audit trail keep every step.
        var comments = await factory.WithDbAsync(db => db.TaskComments.Where(c => c.TaskId == id).OrderBy(c => c.Id).Select(c => c.UserName + ": " + c.Text).ToListAsync());
        Assert.Contains(comments, c => c.StartsWith("nhan.hp: Đã niêm phong", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.StartsWith("lanhdao: ", StringComparison.Ordinal) && c.Contains("Hoàn thành", StringComparison.OrdinalIgnoreCase));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(MergerTask) && a.EntityKey == id.ToString() && a.UserName == "lanhdao")));
    }

    [Fact]
    public async Task Create_RefusedToUnitStaff_AndABadFormNamesEveryField_NothingWritten()
    {
        var before = await factory.WithDbAsync(db => db.MergerTasks.CountAsync());
        var unit = await UnitAsync("HPM.PH10");
        Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SaveAsync(null,
            new TaskForm(Workstream.Governance, "Việc mới", unit, null, null, 5, null, null, null, null)))).Change);

        var bad = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SaveAsync(null,
            new TaskForm(Workstream.Governance, " ", 0, null, "khong.co", 5, new DateOnly(2026, 1, 1), null, null, null)));
        Assert.Equal(TaskChange.Invalid, bad.Change);
        Assert.Contains("Tên nhiệm vụ", bad.Message);
        Assert.Contains("đơn vị chủ trì", bad.Message);
        Assert.Contains("một trong hai", bad.Message);
        Assert.Contains("khong.co", bad.Message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.MergerTasks.CountAsync()));
    }

    [Fact]
    public async Task Dependencies_HoldATaskBack_NoLoops_ACancelledOneReleases()
    {
        var first = await CreateAsync("Lập danh sách phương tiện cần đăng ký lại");
        var second = await CreateAsync("Đăng ký lại phương tiện theo đơn vị mới");
        Assert.True((await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).AddDependencyAsync(second, first))).Succeeded);
        Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).AddDependencyAsync(first, second))).Change);
        var loop = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).AddDependencyAsync(first, second));
        Assert.Equal(TaskChange.Invalid, loop.Change);
        Assert.Contains("phụ thuộc", loop.Message);

        await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).AttachEvidenceAsync(second, new Upload("dk.pdf", Pdf)));
        await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(second, MergerTaskStatus.InProgress));
        var held = await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(second, MergerTaskStatus.AwaitingApproval));
        Assert.Equal(TaskChange.Invalid, held.Change);
        Assert.Contains("phải hoàn thành trước", held.Message);

        Assert.Equal(TaskChange.Invalid, (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SetStatusAsync(first, MergerTaskStatus.Cancelled))).Change); // no reason
        Assert.True((await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SetStatusAsync(first, MergerTaskStatus.Cancelled, "Gộp vào nhiệm vụ sau"))).Succeeded);
        Assert.True((await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).SetStatusAsync(second, MergerTaskStatus.AwaitingApproval))).Succeeded);
    }

    [Fact]
    public async Task Edit_ReassignAndMoveTheDeadline_TheBaselineShowsTheSlippage()
    {
        var id = await CreateAsync("Chuyển đổi tài khoản ngân sách của các phòng");
        var baseline = await factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Id == id).Select(t => t.Deadline).SingleAsync());
        var other = await UnitAsync("HPM.PV01");
        var version = await factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Id == id).Select(t => t.Version).SingleAsync());
        var edit = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SaveAsync(id,
            new TaskForm(Workstream.AssetsAndInventory, "Chuyển đổi tài khoản ngân sách", other, "Thiếu tá Lê Văn B", null, 614, null, "Báo cáo", "Giám đốc", null, version)));
        Assert.True(edit.Succeeded, edit.Message);
        var task = await factory.WithDbAsync(db => db.MergerTasks.SingleAsync(t => t.Id == id));
        Assert.Equal((other, baseline, 14), (task.ResponsibleUnitId, task.BaselineDeadline!.Value, PlanRules.Slippage(task.BaselineDeadline, task.Deadline)));
        Assert.True(await factory.WithDbAsync(db => db.TaskComments.AnyAsync(c => c.TaskId == id && c.Text.StartsWith("Giao lại"))));

        // The form drawn before this edit is stale now.
        var stale = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SaveAsync(id,
            new TaskForm(Workstream.AssetsAndInventory, "Tên cũ", other, null, null, 600, null, null, null, null, version)));
        Assert.Equal(TaskChange.Invalid, stale.Change);

        // The old unit's staff no longer work it.
        Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).CommentAsync(id, "còn của tôi?"))).Change);
    }

    [Fact]
    public async Task Evidence_DownloadedOnlyWithinScope()
    {
        var id = await CreateAsync("Lập sổ theo dõi tài sản bàn giao");
        Assert.True((await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).AttachEvidenceAsync(id, new Upload("so.pdf", Pdf)))).Succeeded);
        var file = await factory.WithDbAsync(db => db.TaskEvidence.Where(e => e.TaskId == id).Select(e => e.Id).SingleAsync());
        var own = await AppClient.SignedInAsync(factory, "nhan.hp");
        var response = await own.GetAsync($"/tasks/evidence/{file}");
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        var outsider = await AppClient.SignedInAsync(factory, "canbo.hd");
        Assert.True(AppClient.IsRefused(await outsider.GetAsync($"/tasks/evidence/{file}")));
    }

    [Fact]
    public async Task Targets_RecordedWithinTheWhole_ByThoseWhoSteer_TheDocumentsShowTheSameFigures()
    {
        var charts = await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<TargetService>().ChartsAsync());
        Assert.Equal(2, charts.Count);
        var chart = charts[1];
        var point = chart.Points[1];
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "nhan.hp", s => s.GetRequiredService<TargetService>().RecordAsync(point.Id, 55)));
        var tooMany = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<TargetService>().RecordAsync(point.Id, chart.Total + 1));
        Assert.Contains(chart.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), tooMany);
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<TargetService>().RecordAsync(point.Id, 55)));
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<TargetService>().AddPointAsync(chart.Id, point.PeriodEnd, "Trùng", 1)));
        Assert.Equal(55, (await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<TargetService>().ChartsAsync()))[1].Points[1].Actual);

        var client = await AppClient.SignedInAsync(factory, "xem");
        var text = PdfText.Extract(await client.GetByteArrayAsync("/plan/chi-tieu.pdf"));
        Assert.Contains(chart.Title, text);
        Assert.Contains("55", text);
        var print = await client.GetStringAsync("/plan/chi-tieu/print");
        Assert.Contains("data-testid=\"targets-print-chart\"", print);
        var roadmap = await client.GetStringAsync("/plan/lo-trinh/print");
        Assert.Contains("data-testid=\"gantt\"", roadmap);
        Assert.Contains("LỘ TRÌNH", PdfText.Extract(await client.GetByteArrayAsync("/plan/lo-trinh.pdf")));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/plan/ke-hoach.xlsx")).StatusCode);
    }
}

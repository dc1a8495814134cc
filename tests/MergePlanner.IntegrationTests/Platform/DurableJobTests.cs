using System.Net;
using System.Text;
using MergePlanner.Data.Inventory;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Platform;

/// <summary>Large imports are durable jobs: the file waits in the database, any node's worker runs it, a stopped node's
/// work is finished by another, and a run left by a crashed worker is taken up again once its lease lapses.</summary>
public class DurableJobTests
{
    private static byte[] LargeFile(string prefix, int rows)
    {
        var body = new StringBuilder("Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Mã đơn vị quản lý,Người quản lý\n");
        for (var i = 0; i < rows; i++)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}{i:00000},Bàn ghế làm việc phòng số {i},Tài sản cố định khác,bộ,2,HDG.PH10,Nguyễn Văn Quản Lý – Phòng Hậu cần tầng 2\n");
        }

        return Encoding.UTF8.GetBytes(body.ToString());
    }

    [Fact]
    public async Task Import_QueuedOnANodeThatStops_IsFinishedByAnotherNode()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mergeplanner-jobs-{Guid.NewGuid():N}");
        string job;
        using (var webOnly = new Node(folder, keepFolder: true, runWorker: false))
        {
            var staff = await AppClient.SignedInAsync(webOnly, "canbo.hd");
            var file = LargeFile("HDG-JOB-", 3000);
            Assert.True(file.Length > RegisterImports.BackgroundThresholdBytes);
            var queued = await RegisterImportCaller.RunAsync(webOnly, "canbo.hd", RegisterImports.Assets, "lon.csv", file);
            job = $"/inventory/import/jobs/{queued.QueuedRunId}";
            Assert.Contains("Đang chờ", await staff.GetStringAsync(job), StringComparison.Ordinal);
        }

        using var worker = new Node(folder, keepFolder: false, runWorker: true);
        var again = await AppClient.SignedInAsync(worker, "canbo.hd");
        var html = await AppClient.WaitForImportAsync(again, job);
        Assert.Contains("Đã nhập: 3000 tạo mới, 0 cập nhật.", html, StringComparison.Ordinal);
        Assert.Equal(3000, await worker.WithDbAsync(db => db.Assets.CountAsync(a => a.Code.StartsWith("HDG-JOB-"))));
        Assert.Null(await worker.WithDbAsync(db => db.ImportRuns.Where(r => r.FileName == "lon.csv").Select(r => r.Content).SingleAsync()));
    }

    [Fact]
    public async Task Claim_LiveLeaseIsBusy_LapsedLeaseIsTakenOver_TooManyStartsGiveUp()
    {
        using var app = new MergePlannerFactory();
        var runs = app.Services.GetRequiredService<ImportRuns>();
        var mergerId = await app.WithDbAsync(db => db.Mergers.Select(m => m.Id).FirstAsync());
        var id = await runs.QueueAsync(mergerId, "canbo.hd", "assets", "x.csv", [1, 2, 3], MergePlanner.Web.Spreadsheets.TabularFormat.Csv);

        var (first, run) = await runs.ClaimAsync(id);
        Assert.Equal((ImportRuns.Claim.Taken, 1), (first, run!.Attempts));
        Assert.Equal(ImportRuns.Claim.Busy, (await runs.ClaimAsync(id)).Claim);

        // The worker died: its lease lapses and the next worker takes the run over.
        await app.WithDbAsync(db => db.ImportRuns.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseUntilUtc, DateTime.UtcNow.AddSeconds(-1))));
        var (second, again) = await runs.ClaimAsync(id);
        Assert.Equal((ImportRuns.Claim.Taken, 2), (second, again!.Attempts));

        await app.WithDbAsync(db => db.ImportRuns.Where(r => r.Id == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseUntilUtc, DateTime.UtcNow.AddSeconds(-1)).SetProperty(r => r.Attempts, ImportRuns.MaxAttempts)));
        Assert.Equal(ImportRuns.Claim.Ended, (await runs.ClaimAsync(id)).Claim);
        var ended = await app.WithDbAsync(db => db.ImportRuns.SingleAsync(r => r.Id == id));
        Assert.Equal(ImportRunState.Failed, ended.State);
        Assert.Null(ended.Content);
        Assert.Contains("gián đoạn nhiều lần", ImportRuns.Errors(ended)[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", true)]
    [InlineData("lanhdao", false)]
    [InlineData("canbo.hd", false)]
    public async Task JobDashboard_IsForAdministratorsOnly(string user, bool allowed)
    {
        using var app = new MergePlannerFactory();
        var client = await AppClient.SignedInAsync(app, user);
        var response = await client.GetAsync("/admin/jobs");
        Assert.True(allowed ? response.StatusCode == HttpStatusCode.OK : response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{user}: {(int)response.StatusCode}");
    }

    /// <summary>One app process over a shared folder (database), with or without a job worker.</summary>
    private sealed class Node(string folder, bool keepFolder, bool runWorker) : MergePlannerFactory(folder, keepFolder)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:RunWorker", runWorker ? "true" : "false");
        }
    }
}

using System.Text;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Robustness;

/// <summary>Uploads are judged by their content, and audited by name, size and hash.</summary>
[Collection(EditableAppCollection.Name)]
public class UploadContentTests(EditableAppFactory factory)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private async Task<int> HandoverAsync() =>
        await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.FromUnit!.Code == "HDG.PH10").OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());

    private Task<string?> AsStaff(Func<InventoryService, Task<string?>> call) =>
        ServiceCaller.AsAsync(factory, "canbo.hd", s => call(s.GetRequiredService<InventoryService>()));

    [Theory]
    [InlineData("ban-quet.png", "<html><script>alert(1)</script></html>")]
    [InlineData("ban-quet.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("ban-quet.pdf", "<!DOCTYPE html><p>not a pdf</p>")]
    public async Task SignedScan_HtmlOrSvgClaimingToBeAnImage_IsRefused(string fileName, string content)
    {
        var batch = await HandoverAsync();
        var before = await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == batch).Select(b => b.SignedScanName).SingleAsync());
        Assert.Contains("không phải PDF hoặc ảnh", await AsStaff(s => s.AttachSignedScanAsync(batch, new Upload(fileName, Encoding.UTF8.GetBytes(content)))), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == batch).Select(b => b.SignedScanName).SingleAsync()));
    }

    [Fact]
    public async Task CountEvidence_SvgClaimingToBeAnImage_IsRefused_ARealPngIsKept()
    {
        var asset = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Campaign!.Unit!.Code == "HDG" && l.Asset!.Unit!.Code == "HDG.PH10").OrderBy(l => l.Id).Select(l => l.AssetId!.Value).FirstAsync());
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.AssetId == asset).OrderByDescending(l => l.Campaign!.CutoffAt).ThenByDescending(l => l.CampaignId).Select(l => l.Id).FirstAsync());
        var before = await factory.WithDbAsync(db => db.LineEvidence.CountAsync());
        var svg = await AsStaff(s => s.AttachEvidenceAsync(line, new Upload("anh.png", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))));
        Assert.Contains("không phải PDF hoặc ảnh", svg, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.LineEvidence.CountAsync()));

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        Assert.Null(await AsStaff(s => s.AttachEvidenceAsync(line, new Upload("anh-kiem-ke.svg", png))));
        var kept = await factory.WithDbAsync(db => db.LineEvidence.OrderByDescending(e => e.Id).Select(e => new { e.FileName, e.ContentType }).FirstAsync());
        Assert.Equal(("anh-kiem-ke.png", "image/png"), (kept.FileName, kept.ContentType));
    }

    [Fact]
    public async Task SignedScan_RealPdf_IsKept_AndAuditedByHashNotBytes()
    {
        var batch = await HandoverAsync();
        Assert.Null(await AsStaff(s => s.AttachSignedScanAsync(batch, new Upload("bien-ban-da-ky.pdf", Pdf))));
        Assert.Equal(Pdf, await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == batch).Select(b => b.SignedScan).SingleAsync()));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(HandoverBatch) && a.EntityKey == batch.ToString()).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains($"{Pdf.Length} bytes, SHA-256 ", audit.After, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Pdf)[..16], audit.After, StringComparison.Ordinal);
    }
}

/// <summary>A server killed in the middle of an import: after the restart the person who sent the file is told it was
/// interrupted and that nothing was written.</summary>
public class ImportRestartTests
{
    [Fact]
    public async Task Import_RunningWhenTheServerStopped_IsShownAsInterruptedAfterTheRestart()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mergeplanner-restart-{Guid.NewGuid():N}");
        Guid runId;
        string node;
        using (var first = new Installation(folder, keepFolder: true))
        {
            // What a kill -9 leaves: the run recorded as running, its transaction never committed.
            _ = first.Server;
            node = MergePlanner.Web.Features.Inventory.ImportRuns.Node;
            runId = await first.WithDbAsync(async db =>
            {
                var run = new ImportRun { Id = Guid.NewGuid(), MergerId = await db.Mergers.Select(m => m.Id).FirstAsync(), UserName = "canbo.hd", Register = "assets", FileName = "lon.xlsx", Node = node, State = ImportRunState.Running, StartedAtUtc = DateTime.UtcNow };
                db.ImportRuns.Add(run);
                await db.SaveChangesAsync();
                return run.Id;
            });
        }

        using var second = new Installation(folder, keepFolder: false);
        var staff = await AppClient.SignedInAsync(second, "canbo.hd");
        var page = await AppClient.GetDocumentAsync(staff, $"/inventory/import/jobs/{runId}");
        Assert.Contains("bị gián đoạn", page.QuerySelector("[data-testid=import-run-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Không dữ liệu nào của tệp được ghi", page.QuerySelector("[data-testid=import-run-state]")!.TextContent, StringComparison.Ordinal);
        var list = await AppClient.GetDocumentAsync(staff, "/inventory/import");
        Assert.Contains("lon.xlsx", list.QuerySelector("[data-testid=import-runs]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bị gián đoạn", list.QuerySelector("[data-testid=import-runs]")!.TextContent, StringComparison.Ordinal);

        // Someone else cannot see it.
        var other = await AppClient.SignedInAsync(second, "nhan.hp");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"/inventory/import/jobs/{runId}")).StatusCode);
    }

    /// <summary>The app over one folder: two of them in turn are one installation started twice.</summary>
    private sealed class Installation(string folder, bool keepFolder) : MergePlannerFactory(folder, keepFolder);
}

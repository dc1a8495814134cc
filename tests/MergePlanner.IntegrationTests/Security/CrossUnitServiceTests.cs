using MergePlanner.Web.Security;
using System.Text;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Features.Inventory;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Security;

/// <summary>Every inventory change refuses a unit outside the person's scope in the service itself, as an interactive
/// page will call it (no form, no HTTP): canbo.hd (HDG.PH10) cannot touch old Hải Phòng's items, and nothing changes.</summary>
[Collection(EditableAppCollection.Name)]
public class CrossUnitServiceTests(EditableAppFactory factory)
{
    private const string Staff = "canbo.hd";

    private Task<T> AsStaff<T>(Func<InventoryService, Task<T>> call) =>
        ServiceCaller.AsAsync(factory, Staff, s => call(s.GetRequiredService<InventoryService>()));

    private static Upload Pdf() => new("bien-ban.pdf", Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));

    [Fact]
    public async Task Count_ForeignLine_Refused()
    {
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Asset != null && l.Asset.Unit!.Code.StartsWith("HPC.")).OrderBy(l => l.Id).Select(l => new { l.Id, l.CountedQuantity }).FirstAsync());
        Assert.Contains("không có quyền", await AsStaff(s => s.CountAsync(line.Id, 999, "giả mạo")), StringComparison.Ordinal);
        Assert.Equal(line.CountedQuantity, await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Id == line.Id).Select(l => l.CountedQuantity).SingleAsync()));
    }

    [Fact]
    public async Task Evidence_ForeignLine_Refused()
    {
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Asset != null && l.Asset.Unit!.Code.StartsWith("HPC.")).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        var before = await factory.WithDbAsync(db => db.LineEvidence.CountAsync());
        Assert.Contains("không có quyền", await AsStaff(s => s.AttachEvidenceAsync(line, Pdf())), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.LineEvidence.CountAsync()));
    }

    [Fact]
    public async Task CloseAndOpenCampaign_ForeignUnit_Refused()
    {
        var campaign = await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HPC").Select(c => c.Id).SingleAsync());
        Assert.Contains("không có quyền", await AsStaff(s => s.CloseCampaignAsync(campaign)), StringComparison.Ordinal);
        var before = await factory.WithDbAsync(db => db.InventoryCampaigns.CountAsync());
        var (id, error) = await AsStaff(s => s.CreateCampaignAsync("HPC.PH10", "Kiểm kê giả mạo", DateTime.UtcNow));
        Assert.Null(id);
        Assert.Contains("không có quyền", error, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.InventoryCampaigns.CountAsync()));
    }

    [Fact]
    public async Task Dispose_ForeignItem_Refused()
    {
        var asset = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Code.StartsWith("HPC.")).OrderBy(a => a.Id).Select(a => new { a.Id, a.Quantity }).FirstAsync());
        var before = await factory.WithDbAsync(db => db.ItemDispositions.CountAsync());
        var errors = await AsStaff(s => s.SaveDispositionsAsync(ItemKey.Asset(asset.Id), [new DispositionPart(DispositionOutcome.LiquidationProposal, asset.Quantity, null, null, null, null)]));
        Assert.Contains(errors, e => e.Contains("không có quyền", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.ItemDispositions.CountAsync()));
    }

    [Fact]
    public async Task HandOver_FromAForeignUnit_Refused()
    {
        var (id, error) = await AsStaff(s => s.CreateHandoverAsync("HPC.PH10", "HPM.PH10", null, null));
        Assert.Null(id);
        Assert.Contains("không có quyền", error, StringComparison.Ordinal);
        var draft = await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Status == HandoverStatus.Draft && !b.FromUnit!.Code.StartsWith("HDG")).Select(b => (int?)b.Id).FirstOrDefaultAsync());
        if (draft is { } foreignDraft)
        {
            Assert.Contains("không có quyền", await AsStaff(s => s.SendHandoverAsync(foreignDraft)), StringComparison.Ordinal);
            Assert.Equal(HandoverStatus.Draft, await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == foreignDraft).Select(b => b.Status).SingleAsync()));
        }
    }

    [Fact]
    public async Task ConfirmReceipt_ForAnotherReceivingUnit_Refused()
    {
        var line = await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Batch!.Status == HandoverStatus.Sent && l.Receipt == ReceiptStatus.Pending).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        Assert.Contains("không có quyền", await AsStaff(s => s.ConfirmLineAsync(line, ReceiptStatus.Received, null)), StringComparison.Ordinal);
        Assert.Equal(ReceiptStatus.Pending, await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Id == line).Select(l => l.Receipt).SingleAsync()));
    }

    [Fact]
    public async Task SignedScan_OfAnUnrelatedHandover_Refused()
    {
        var batch = await factory.WithDbAsync(db => db.HandoverBatches.Where(b => !b.FromUnit!.Code.StartsWith("HDG") && !b.ToUnit!.Code.StartsWith("HDG")).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.SignedScanName }).FirstAsync());
        Assert.Contains("không có quyền", await AsStaff(s => s.AttachSignedScanAsync(batch.Id, Pdf())), StringComparison.Ordinal);
        Assert.Equal(batch.SignedScanName, await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == batch.Id).Select(b => b.SignedScanName).SingleAsync()));
    }
}

/// <summary>What a person cannot do is not offered: no report links that would answer 403, no campaign form that
/// cannot succeed, no close button for a campaign beyond the person's units.</summary>
[Collection(SeededAppCollection.Name)]
public class NotOfferedTests(MergePlanner.TestSupport.MergePlannerFactory factory)
{
    [Fact]
    public async Task ProvinceCampaign_UnitStaff_SeeTheirLinesButNoWholeCampaignReportOrClose()
    {
        var campaign = await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HDG").Select(c => c.Id).SingleAsync());
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var html = await staff.GetStringAsync($"/inventory/campaigns/{campaign}");
        Assert.DoesNotContain("data-testid=\"results-pdf\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"close-campaign\"", html, StringComparison.Ordinal);
        Assert.True(AppClient.IsRefused(await staff.GetAsync($"/inventory/campaigns/{campaign}/report.pdf")));

        var leadership = await AppClient.SignedInAsync(factory, "lanhdao");
        Assert.Contains("data-testid=\"results-pdf\"", await leadership.GetStringAsync($"/inventory/campaigns/{campaign}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nhan.hp", false)]
    [InlineData("lanhdao", false)]
    [InlineData("canbo.hd", true)]
    public async Task OpenCampaignForm_OnlyForSomeoneWithAUnitToCount(string user, bool offered)
    {
        var html = await (await AppClient.SignedInAsync(factory, user)).GetStringAsync("/inventory");
        Assert.Equal(offered, html.Contains("data-testid=\"open-campaign\"", StringComparison.Ordinal));
    }
}

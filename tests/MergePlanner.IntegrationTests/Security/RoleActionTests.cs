using System.Text;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Security;

/// <summary>Leadership and viewers read; they do not change inventory. The inventory service refuses their counts,
/// imports, outcomes, handovers and receipts in any unit, and nothing is written.</summary>
[Collection(EditableAppCollection.Name)]
public class RoleActionTests(EditableAppFactory factory)
{
    [Theory]
    [InlineData("lanhdao")]
    [InlineData("xem")]
    public async Task Count_ReadOnlyRole_IsRefusedAndNothingChanges(string user)
    {
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Campaign!.Unit!.Code == "HDG" && l.Campaign.Status == MergePlanner.Data.Inventory.Campaigns.CampaignStatus.Open).OrderBy(l => l.Id).FirstAsync());
        var error = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<InventoryService>().CountAsync(line.Id, 12345, "lãnh đạo đếm"));
        Assert.Contains("không có quyền", error, StringComparison.Ordinal);
        Assert.Equal(line.CountedQuantity, await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Id == line.Id).Select(l => l.CountedQuantity).SingleAsync()));
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("xem")]
    public async Task ImportAssets_ReadOnlyRole_IsRefusedAndNothingIsWritten(string user)
    {
        var csv = "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Mã đơn vị quản lý\nLD-TS-0001,Bàn làm việc,Tài sản cố định khác,cái,1,HDG.PH10\n";
        var outcome = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<AssetImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), TabularFormat.Csv));
        Assert.Contains(outcome.Errors, e => e.Message.Contains("ngoài phạm vi", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.Assets.AnyAsync(a => a.Code == "LD-TS-0001")));
    }

    [Fact]
    public async Task ConfirmReceipt_Leadership_IsRefusedAndTheLineStaysPending()
    {
        var line = await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Batch!.Status == HandoverStatus.Sent && l.Receipt == ReceiptStatus.Pending).OrderBy(l => l.Id).FirstAsync());
        var error = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<InventoryService>().ConfirmLineAsync(line.Id, ReceiptStatus.Received, null));
        Assert.Contains("không có quyền", error, StringComparison.Ordinal);
        Assert.Equal(ReceiptStatus.Pending, await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Id == line.Id).Select(l => l.Receipt).SingleAsync()));
    }

    [Fact]
    public async Task Dispose_Leadership_IsRefused()
    {
        var asset = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Code == "HDG.PH10").OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var errors = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<InventoryService>().SaveDispositionsAsync(
            MergePlanner.Data.Inventory.Reconciliation.ItemKey.Asset(asset), [new DispositionPart(DispositionOutcome.SurplusForReallocation, 1, null, null, null, null)]));
        Assert.Contains(errors, e => e.Contains("không có quyền", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("canbo.hd")]
    [InlineData("xem")]
    public async Task StructureWrite_RoleWithoutEditStructure_IsRefusedByTheService(string user)
    {
        var drafts = new[] { new MergePlanner.Web.Features.Structure.UnitDraft(2, "HPM.KHONGQUYEN", "Đội không có quyền", null, MergePlanner.Data.Organisation.UnitType.Team, "HPM.PC06", MergePlanner.Data.Organisation.UnitStatus.Active, null, null, null) };
        var result = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<MergePlanner.Web.Features.Structure.StructureWriter>().WriteUnitsAsync(drafts));
        Assert.Contains(result.Errors, e => e.Message.Contains("không có quyền", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "HPM.KHONGQUYEN")));
    }

    [Fact]
    public async Task Count_UnitStaffOwnUnit_IsAllowed()
    {
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Campaign!.Unit!.Code == "HDG" && l.Campaign.Status == MergePlanner.Data.Inventory.Campaigns.CampaignStatus.Open && l.Asset!.Unit!.Code == "HDG.PH10").OrderBy(l => l.Id).FirstAsync());
        var error = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().CountAsync(line.Id, line.BookQuantity, null));
        Assert.Null(error);
    }
}

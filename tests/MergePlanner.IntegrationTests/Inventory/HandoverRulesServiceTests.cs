using MergePlanner.Data.Inventory.Handover;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Inventory;

/// <summary>The handover service itself keeps the minutes honest: the witness is a third party, a confirmed handover
/// cannot be answered again, and custody names the unit that really received.</summary>
[Collection(EditableAppCollection.Name)]
public class HandoverRulesServiceTests(EditableAppFactory factory)
{
    [Fact]
    public async Task CreateHandover_WitnessFromTheReceivingUnit_IsRefused()
    {
        var result = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>()
            .CreateHandoverAsync("HDG.PH10", "HPM.PH10", "Trần Văn Chứng", "Phòng Hậu cần Công an thành phố Hải Phòng"));
        Assert.Null(result.Id);
        Assert.Contains("đơn vị thứ ba", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmLine_OfAConfirmedHandover_IsRefusedAndNothingChanges()
    {
        var line = await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Batch!.Status == HandoverStatus.Confirmed && l.Batch.ToUnit!.Code == "HPM.PH10")
            .OrderBy(l => l.Id).Select(l => new { l.Id, l.Receipt, l.Remark }).FirstAsync());
        var events = await factory.WithDbAsync(db => db.CustodyEvents.CountAsync());
        var error = await ServiceCaller.AsAsync(factory, "nhan.hp", s => s.GetRequiredService<InventoryService>()
            .ConfirmLineAsync(line.Id, ReceiptStatus.NotReceived, "đổi ý sau khi đã ký"));
        Assert.Contains("đã được bên nhận xác nhận đủ", error, StringComparison.Ordinal);
        Assert.Equal((line.Receipt, line.Remark), await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Id == line.Id).Select(l => new { l.Receipt, l.Remark }).SingleAsync()) is var now ? (now.Receipt, now.Remark) : default);
        Assert.Equal(events, await factory.WithDbAsync(db => db.CustodyEvents.CountAsync()));
    }

    [Fact]
    public async Task ConfirmLine_NotReceived_CustodyNamesNoReceivingUnit()
    {
        // The demo holds sent handovers with lines still pending; the administrator may answer for any receiving unit.
        var line = await factory.WithDbAsync(db => db.HandoverLines.Where(l => l.Batch!.Status == HandoverStatus.Sent && l.Receipt == ReceiptStatus.Pending)
            .OrderByDescending(l => l.Id).Select(l => new { l.Id, l.Disposition!.AssetId, l.Disposition.CaseFileId }).FirstAsync());
        var error = await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<InventoryService>()
            .ConfirmLineAsync(line.Id, ReceiptStatus.NotReceived, "Không thấy tài sản khi kiểm đếm"));
        Assert.Null(error);
        var custody = await factory.WithDbAsync(db => db.CustodyEvents.Where(e => e.AssetId == line.AssetId && e.CaseFileId == line.CaseFileId && e.Action == CustodyAction.NotReceived)
            .OrderByDescending(e => e.Id).FirstAsync());
        Assert.Null(custody.ToUnitId);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Robustness;

/// <summary>Two people doing the same thing at the same moment: nobody gets a raw 500 and nobody silently overwrites
/// someone else's values; conflicts are refused with a message that says what changed.</summary>
[Collection(EditableAppCollection.Name)]
public partial class ConcurrentUserTests(EditableAppFactory factory)
{
    private const string Header = "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Mã đơn vị quản lý";

    [Fact]
    public async Task Import_SameFileSentTwiceAtOnce_NoErrorPageAndNoDuplicates()
    {
        for (var round = 0; round < 5; round++)
        {
            var file = HostileFiles.Csv(Header, Enumerable.Range(1, 40).Select(i => $"HDG-CC{round}-{i:000},Ghế xoay,Tài sản cố định khác,cái,2,HDG.PH10"));
            var pages = await Task.WhenAll(
                RegisterImportCaller.OutcomeHtmlAsync(factory, "canbo.hd", "assets", "a.csv", file),
                RegisterImportCaller.OutcomeHtmlAsync(factory, "canbo.hd", "assets", "a.csv", file));
            Assert.All(pages, p => Assert.DoesNotContain("UNIQUE", p, StringComparison.Ordinal));
            Assert.Contains(pages, p => p.Contains("Đã nhập: 40 tạo mới", StringComparison.Ordinal));
            Assert.Equal(40, await factory.WithDbAsync(db => db.Assets.CountAsync(a => a.Code.StartsWith($"HDG-CC{round}-"))));
        }
    }

    [Fact]
    public async Task Count_StaleForm_IsRefusedNamingWhoChangedWhat()
    {
        var campaign = await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HDG").Select(c => c.Id).SingleAsync());
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.CampaignId == campaign && l.Asset!.Unit!.Code == "HDG.PH10").OrderByDescending(l => l.Id).FirstAsync());

        // Two people opened the page showing the same line (it holds the version the line was drawn from); the first
        // saves, then the second.
        var version = line.Version;
        Assert.Null(await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().CountAsync(line.Id, 7, null, version)));
        var message = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().CountAsync(line.Id, 3, null, version));
        Assert.Contains("vừa được canbo.hd ghi số lượng 7", message, StringComparison.Ordinal);
        Assert.Equal(7m, await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Id == line.Id).Select(l => l.CountedQuantity).SingleAsync()));
    }

    [Fact]
    public async Task Staffing_StaleForm_IsRefusedNamingTheChangedFigure()
    {
        var unit = await factory.WithDbAsync(db => db.StaffingQuotas.OrderBy(q => q.Id).Select(q => new { q.UnitId, q.Group, q.Authorised }).FirstAsync());
        // The page draws the form from the figures as they are now.
        var drawnFrom = await factory.WithDbAsync(db => db.StaffingQuotas.Where(q => q.UnitId == unit.UnitId).ToDictionaryAsync(q => q.Group, q => (int?)q.Authorised));

        // Someone else changes the figure after the page was drawn.
        await factory.WithDbAsync(async db =>
        {
            var quota = await db.StaffingQuotas.SingleAsync(q => q.UnitId == unit.UnitId && q.Group == unit.Group);
            quota.Authorised = unit.Authorised + 5;
            return await db.SaveChangesAsync();
        });
        var values = new Dictionary<MergePlanner.Data.Organisation.PositionGroup, int?>(drawnFrom) { [unit.Group] = 1 };
        var (result, changed) = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Structure.StaffingService>().SaveQuotasAsync(unit.UnitId, values, drawnFrom));
        Assert.Equal(MergePlanner.Web.Features.Structure.QuotaChange.ChangedMeanwhile, result);
        Assert.Contains((unit.Group, (int?)unit.Authorised, (int?)(unit.Authorised + 5)), changed);
        Assert.Equal(unit.Authorised + 5, await factory.WithDbAsync(db => db.StaffingQuotas.Where(q => q.UnitId == unit.UnitId && q.Group == unit.Group).Select(q => q.Authorised).SingleAsync()));
    }

    [Fact]
    public async Task Handover_CreatedTwiceAtOnce_OneMinutesAndAClearMessage()
    {
        // Two transfers from the staff member's unit to one new unit, not yet in any handover.
        var assets = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Code == "HDG.PH10" && !db.ItemDispositions.Any(d => d.AssetId == a.Id)).OrderBy(a => a.Id).Take(2).Select(a => new { a.Id, a.Quantity }).ToListAsync());
        var target = await factory.WithDbAsync(db => db.Units.Where(u => u.Code.StartsWith("HPM.") && u.Code != "HPM.PH10" && u.ParentId != null).OrderBy(u => u.Id).Select(u => u.Code).FirstAsync());
        foreach (var asset in assets)
        {
            var errors = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().SaveDispositionsAsync(
                MergePlanner.Data.Inventory.Reconciliation.ItemKey.Asset(asset.Id), [new DispositionPart(DispositionOutcome.TransferToUnit, asset.Quantity, target, null, null, null)]));
            Assert.Empty(errors);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ServiceCaller.AsAsync(factory, "canbo.hd",
            s => s.GetRequiredService<InventoryService>().CreateHandoverAsync("HDG.PH10", target, null, null))));
        Assert.Single(results, r => r.Id is not null);
        Assert.Single(results, r => r.Error is not null);
        var ids = assets.Select(a => a.Id).ToList();
        Assert.Equal(2, await factory.WithDbAsync(db => db.HandoverLines.CountAsync(l => l.Disposition!.AssetId != null && ids.Contains(l.Disposition.AssetId.Value))));
    }

}

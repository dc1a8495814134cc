using MergePlanner.Data;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Setup;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.IntegrationTests.Mergers;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Mergers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Inventory;

/// <summary>
/// The ledger's totals add every item up as if no stocktake or outcome had touched it, then correct the touched ones
/// (<see cref="LedgerStandingSql.Figures"/>). On a new merger whose items sit at the edges of that split — untouched with
/// a quantity of 0 or of 0.01, on a stocktake list but not counted, counted above and below the book, an outcome
/// withdrawn and replaced, fully accounted — the totals, the ledger rows and the national overview equal the pure rules.
/// </summary>
public class LedgerFiguresTests(LedgerFiguresTests.Factory factory) : IClassFixture<LedgerFiguresTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    [Fact]
    public async Task TotalsAddedUpAsIfUntouched_ThenCorrected_EqualThePureRules_AtTheEdges()
    {
        // New Hưng Yên (Thái Bình + Hưng Yên), the administrator working in it; two departments of one source.
        var setUp = await MergerSetupTests.SetUpAsync(factory, MergerSetupPlanner.Propose("33")!);
        Assert.True(setUp.Succeeded, string.Join("; ", setUp.Errors));
        var (counted, untouched, receiving) = await factory.WithAllMergersAsync(async db =>
        {
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
            admin.MergerId = setUp.MergerId;
            await db.SaveChangesAsync();
            var source = await db.MergerSources.IgnoreQueryFilters().Where(s => s.MergerId == setUp.MergerId).OrderBy(s => s.Ordinal).Select(s => s.UnitId).FirstAsync();
            var departments = await db.Units.IgnoreQueryFilters().Where(u => u.MergerId == setUp.MergerId && u.OriginId == source && u.Type == UnitType.Department)
                .OrderBy(u => u.Code).Select(u => u.Code).Take(2).ToListAsync();
            var target = await db.Mergers.IgnoreQueryFilters().Where(m => m.Id == setUp.MergerId).Select(m => m.TargetUnitId).SingleAsync();
            var receiving = await db.Units.IgnoreQueryFilters().Where(u => u.OriginId == target && u.Type == UnitType.Department).OrderBy(u => u.Code).Select(u => u.Code).FirstAsync();
            return (departments[0], departments[1], receiving);
        });

        var csv = System.Text.Encoding.UTF8.GetBytes(
            "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Mã đơn vị quản lý\n" +
            $"LF-A1,Bàn,Tài sản cố định khác,chiếc,3,{counted}\n" +
            $"LF-A2,Ghế,Tài sản cố định khác,chiếc,0,{counted}\n" +
            $"LF-A3,Dây,Tài sản cố định khác,mét,2.5,{counted}\n" +
            $"LF-A4,Tủ,Tài sản cố định khác,chiếc,2,{counted}\n" +
            $"LF-B1,Bàn,Tài sản cố định khác,chiếc,3,{untouched}\n" +
            $"LF-B2,Ghế,Tài sản cố định khác,chiếc,0,{untouched}\n" +
            $"LF-B3,Dây,Tài sản cố định khác,mét,0.01,{untouched}\n");
        Assert.Empty(RegisterImportCaller.Errors(await RegisterImportCaller.ImportAsync(factory, "admin", "assets", "lf.csv", csv)));

        await ServiceCaller.AsAsync(factory, "admin", async s =>
        {
            var inventory = s.GetRequiredService<InventoryService>();
            var db = s.GetRequiredService<MergePlannerDbContext>();
            var (campaign, error) = await inventory.CreateCampaignAsync(counted, "Kiểm kê thử", new DateTime(2025, 6, 21));
            Assert.True(campaign is not null, error);
            var lines = await db.InventoryLines.Where(l => l.CampaignId == campaign).Select(l => new { l.Id, l.AssetId, l.Asset!.Code }).ToDictionaryAsync(l => l.Code);
            Assert.Null(await inventory.CountAsync(lines["LF-A1"].Id, 3, null));
            Assert.Null(await inventory.CountAsync(lines["LF-A3"].Id, 3, null)); // LF-A2 stays on the list, not counted
            Assert.Null(await inventory.CountAsync(lines["LF-A4"].Id, 1, null));

            // LF-A1: an outcome replaced (the first withdrawn) by a transfer not yet handed over: not settled.
            var a1 = ItemKey.Asset(lines["LF-A1"].AssetId!.Value);
            Assert.Empty(await inventory.SaveDispositionsAsync(a1, [new(DispositionOutcome.HandToAgency, 3, null, "Sở Tài chính", null, null)]));
            Assert.Empty(await inventory.SaveDispositionsAsync(a1, [new(DispositionOutcome.TransferToUnit, 3, receiving, null, null, null)]));

            // LF-A4: one missing with its record, one handed to an agency: settled.
            Assert.Empty(await inventory.SaveDispositionsAsync(ItemKey.Asset(lines["LF-A4"].AssetId!.Value),
                [new(DispositionOutcome.Missing, 1, null, null, "BB-01/2025", null), new(DispositionOutcome.HandToAgency, 1, null, "Sở Tài chính", null, null)]));
            return 0;
        });

        var (totals, items) = await ServiceCaller.AsAsync(factory, "admin", async s =>
        {
            var ledger = s.GetRequiredService<LedgerQuery>();
            return (await ledger.TotalsAsync(), await ledger.ItemsAsync());
        });

        // Every edge is there, and the totals are the pure rules' over the very same items.
        Assert.Equal(7, items.Count);
        Assert.Equal(ReconciliationLedger.Rows(items), totals.Rows);
        Assert.Equal(items.Count(i => i.Counted is not null), totals.Counted);
        Assert.Equal(items.Count(i => ReconciliationLedger.Standing(i).Unaccounted > 0), totals.Unaccounted);

        // Written out: unaccounted are LF-A1 (3, transfer not handed over), LF-A3 (3 counted, nothing decided), LF-B1 (3) and
        // LF-B3 (0.01); never the two items of quantity 0, nor LF-A4 (settled).
        Assert.Equal((7, 3, 4), (totals.Items, totals.Counted, totals.Unaccounted));
        Assert.Equal(9.01m, totals.Rows.Sum(r => r.Unaccounted));

        // The national overview reads the same figures for this merger.
        var row = await ServiceCaller.AsAsync(factory, "admin", async s => (await s.GetRequiredService<MergerDirectory>().OverviewAsync())!.Single(r => r.Id == setUp.MergerId));
        Assert.Equal((totals.Items, totals.Unaccounted), (row.ItemsTotal, row.ItemsUnaccounted));
    }
}

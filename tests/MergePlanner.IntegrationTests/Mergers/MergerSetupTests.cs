using MergePlanner.Data.Planning;
using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Setup;
using MergePlanner.Data.Seeding;
using MergePlanner.Web;
using MergePlanner.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Mergers;

/// <summary>The set-up of a merger from the real official lists, beside the demo merger, on a real SQLite database.</summary>
public class MergerSetupTests : IClassFixture<MergerPlannerFactoryForSetup>
{
    private readonly MergerPlannerFactoryForSetup _factory;

    public MergerSetupTests(MergerPlannerFactoryForSetup factory) => _factory = factory;

    public static async Task<MergerSetupResult> SetUpAsync(MergePlannerFactory factory, MergerSetupRequest request)
    {
        using var scope = factory.Services.CreateScope();
        return await new MergerSetupWriter(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>()).CreateAsync(request);
    }

    [Theory]
    [InlineData("86", new[] { "83", "84", "86" })] // new Vĩnh Long ← Bến Tre + Trà Vinh + Vĩnh Long
    [InlineData("33", new[] { "34", "33" })] // new Hưng Yên ← Thái Bình + Hưng Yên
    public async Task SetUp_FromTheOfficialList_CreatesEveryNewCommune_AndAccountsForEveryOldOne(string province, string[] oldProvinces)
    {
        var request = MergerSetupPlanner.Propose(province)!;
        Assert.Equal(oldProvinces, request.Sources.Select(s => s.OldProvinceCode));

        var result = await SetUpAsync(_factory, request);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));

        await _factory.WithAllMergersAsync(async db =>
        {
            var merger = await db.Mergers.IgnoreQueryFilters().Include(m => m.Sources).SingleAsync(m => m.Id == result.MergerId);
            Assert.Equal(province, merger.ProvinceCode);
            Assert.Equal(oldProvinces.Length, merger.Sources.Count);

            // One new commune police per commune of the official list, each under the target root.
            var official = AdminUnits2025.Official.Communes(province);
            var communes = await db.Units.IgnoreQueryFilters().Where(u => u.MergerId == merger.Id && u.ParentId == merger.TargetUnitId && u.Code.Contains(".X")).ToListAsync();
            Assert.Equal(official.Count, communes.Count);
            Assert.Equal(official.Select(c => $"{request.TargetPrefix}.X{c.Code}").Order(), communes.Select(c => c.Code).Order());

            // Every old commune of every source has lineage into a new unit, or waits on the review list by name.
            var oldCount = oldProvinces.Sum(code => OfficialLists.OldProvince(code)!.Communes.Count);
            var sourceRoots = merger.Sources.Select(s => s.UnitId).ToList();
            var old = await db.Units.IgnoreQueryFilters().Where(u => u.MergerId == merger.Id && u.OriginId != null && sourceRoots.Contains(u.OriginId.Value) && u.Code.Contains(".X")).ToListAsync();
            Assert.Equal(oldCount, old.Count);
            var withLineage = (await db.UnitLineages.IgnoreQueryFilters().Where(l => l.MergerId == merger.Id).Select(l => l.FromUnitId).ToListAsync()).ToHashSet();
            var onReview = await db.LineageReviewItems.IgnoreQueryFilters().Where(r => r.MergerId == merger.Id && r.Reason == LineageReviewReason.SourceNotCovered).Select(r => r.SourceText).ToListAsync();
            var unaccounted = old.Where(u => !withLineage.Contains(u.Id) && !onReview.Any(t => t.StartsWith(u.Name + " (", StringComparison.Ordinal))).Select(u => u.Name).ToList();
            Assert.Empty(unaccounted);
            Assert.True(withLineage.Count(id => old.Any(o => o.Id == id)) > old.Count * 9 / 10, "nine old communes in ten are named by the official list");

            // District police archived on 28/2/2025; the plan dated from the effective date.
            var districts = await db.Units.IgnoreQueryFilters().Where(u => u.MergerId == merger.Id && u.Type == UnitType.DistrictPolice && u.Code.Contains(".H")).ToListAsync();
            Assert.Equal(oldProvinces.Sum(code => OfficialLists.OldProvince(code)!.Districts.Count), districts.Count);
            Assert.All(districts, d => Assert.Equal((UnitStatus.Archived, new DateOnly(2025, 2, 28)), (d.Status, d.ValidTo!.Value)));
            Assert.Equal(WorkstreamPlan.Template.Count, await db.MergerTasks.IgnoreQueryFilters().CountAsync(t => t.MergerId == merger.Id));

            // Each deadline is kept as "D±n" and baselined, so it follows the effective date and shows its slippage.
            var tasks = await db.MergerTasks.IgnoreQueryFilters().Where(t => t.MergerId == merger.Id).ToListAsync();
            Assert.All(tasks, t => Assert.Equal(t.Deadline, merger.EffectiveDate.AddDays(t.DaysFromEffective!.Value)));
            Assert.All(tasks, t => Assert.Equal(0, PlanRules.Slippage(t.BaselineDeadline, t.Deadline)));
            Assert.Empty(PlanRules.Recompute(tasks.Select(t => new TaskTiming(t.Id, t.DaysFromEffective, t.Deadline)), merger.EffectiveDate));
            return 0;
        });
    }

    [Fact]
    public async Task Life_ClosedOnlyWhenAccounted_ThenReadOnly_AndExportedAsAnArchive()
    {
        // The demo merger still has items without an outcome: closing is refused, with the count.
        var refusal = await Infrastructure.ServiceCaller.AsAsync(_factory, "lanhdao", s => s.GetRequiredService<Web.Features.Mergers.MergerLifeService>().CloseAsync());
        Assert.Contains("chưa rõ kết quả", refusal, StringComparison.Ordinal);
        Assert.Equal(MergerStatus.InProgress, await _factory.WithDbAsync(db => db.Mergers.Select(m => m.Status).SingleAsync()));

        // A new merger (Thái Nguyên, effective 1/7/2025) with one item, counted and handed to an agency: accounted.
        var result = await SetUpAsync(_factory, MergerSetupPlanner.Propose("19")!);
        Assert.True(result.Succeeded);
        await _factory.WithAllMergersAsync(async db =>
        {
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
            admin.MergerId = result.MergerId;
            await db.SaveChangesAsync();
            return 0;
        });
        var csv = System.Text.Encoding.UTF8.GetBytes("Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Mã đơn vị quản lý\nTN-TSK-1,Bàn,Tài sản cố định khác,chiếc,1,TN.PH10\n");
        Assert.Empty(Infrastructure.RegisterImportCaller.Errors(await Infrastructure.RegisterImportCaller.ImportAsync(_factory, "admin", "assets", "tn.csv", csv)));
        Assert.Contains("chưa rõ kết quả", await Infrastructure.ServiceCaller.AsAsync(_factory, "admin", s => s.GetRequiredService<Web.Features.Mergers.MergerLifeService>().CloseAsync()), StringComparison.Ordinal);
        await Infrastructure.ServiceCaller.AsAsync(_factory, "admin", async s =>
        {
            var inventory = s.GetRequiredService<Web.Features.Inventory.InventoryService>();
            var db = s.GetRequiredService<MergePlannerDbContext>();
            var asset = await db.Assets.Where(a => a.Code == "TN-TSK-1").Select(a => a.Id).SingleAsync();
            var (campaign, error) = await inventory.CreateCampaignAsync("TN.PH10", "Kiểm kê thử", new DateTime(2025, 6, 21));
            Assert.True(campaign is not null, error);
            var line = await db.InventoryLines.Where(l => l.AssetId == asset).Select(l => l.Id).SingleAsync();
            Assert.Null(await inventory.CountAsync(line, 1, null));
            Assert.Empty(await inventory.SaveDispositionsAsync(MergePlanner.Data.Inventory.Reconciliation.ItemKey.Asset(asset),
                [new(MergePlanner.Data.Inventory.Handover.DispositionOutcome.HandToAgency, 1, null, "Sở Tài chính", null, null)]));
            return 0;
        });

        Assert.Null(await Infrastructure.ServiceCaller.AsAsync(_factory, "admin", s => s.GetRequiredService<Web.Features.Mergers.MergerLifeService>().CloseAsync()));
        Assert.Equal(MergerStatus.Completed, await _factory.WithAllMergersAsync(db => db.Mergers.IgnoreQueryFilters().Where(m => m.Id == result.MergerId).Select(m => m.Status).SingleAsync()));

        // Closed: nothing changes any more, the archive downloads.
        var again = await Infrastructure.RegisterImportCaller.RunAsync(_factory, "admin", "assets", "tn2.csv", csv);
        Assert.NotEmpty(again.Outcome!.Errors);
        var client = await Infrastructure.AppClient.SignedInAsync(_factory, "admin");
        var zip = await client.GetByteArrayAsync("/mergers/archive.zip");
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        Assert.Equal(["don-vi.xlsx", "ke-thua.xlsx", "tai-san.xlsx", "ho-so.xlsx", "doi-chieu-kiem-ke.xlsx"], archive.Entries.Select(e => e.Name));
        Assert.Contains("Đã kết thúc", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUp_BadRequest_IsRefusedNamingEveryField_NothingWritten()
    {
        var before = await _factory.WithAllMergersAsync(db => db.Mergers.IgnoreQueryFilters().CountAsync());
        var request = MergerSetupPlanner.Propose("25")!;
        request.TargetPrefix = "VP"; // the prefix of the Vĩnh Phúc source
        request.Sources[1].Departments.Add(new DepartmentSpec("PH10", "Phòng Hậu cần (trùng)"));
        request.Sources.RemoveAt(2);
        request.Sources.RemoveAt(1);

        var result = await SetUpAsync(_factory, request);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("ít nhất hai", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("\"VP\"", StringComparison.Ordinal));
        Assert.Equal(before, await _factory.WithAllMergersAsync(db => db.Mergers.IgnoreQueryFilters().CountAsync()));
    }
}

public sealed class MergerPlannerFactoryForSetup : MergePlannerFactory;

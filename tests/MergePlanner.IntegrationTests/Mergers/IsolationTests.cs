using System.Net;
using System.Text;
using MergePlanner.Data.Seeding;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Mergers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Mergers;

/// <summary>Two mergers in one installation (the demo's Hải Phòng and Ninh Bình): the people of one can neither see nor
/// change anything of the other — through a page, a service, a download, an import or a job — while the national roles
/// see both, and the national overview's figures are the ones each merger's own pages show.</summary>
[Collection(EditableAppCollection.Name)]
public class IsolationTests(EditableAppFactory factory)
{
    /// <summary>Not found, forbidden, or sent to the access-denied page (an endpoint whose policy the role lacks).</summary>
    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true);

    private sealed record Ids(int HaiPhong, int NinhBinh, int NbAsset, int NbCaseFile, int NbUnit, int NbOfficer, int NbCampaign, int NbHandover, int NbLine, string NbAssetCode, int HpAsset);

    private Task<Ids> IdsAsync() => factory.WithAllMergersAsync(async db =>
    {
        var hp = await db.Mergers.IgnoreQueryFilters().Where(m => m.Name == DemoDataSeeder.MergerName).Select(m => m.Id).SingleAsync();
        var nb = await db.Mergers.IgnoreQueryFilters().Where(m => m.Name == DemoDataSeeder.ThreeWayMergerName).Select(m => m.Id).SingleAsync();
        var asset = await db.Assets.IgnoreQueryFilters().Where(a => a.MergerId == nb).OrderBy(a => a.Id).Select(a => new { a.Id, a.Code }).FirstAsync();
        return new Ids(hp, nb, asset.Id,
            await db.CaseFiles.IgnoreQueryFilters().Where(c => c.MergerId == nb).Select(c => c.Id).FirstAsync(),
            await db.Units.IgnoreQueryFilters().Where(u => u.MergerId == nb && u.Code.EndsWith(".PH10")).Select(u => u.Id).FirstAsync(),
            await db.Officers.IgnoreQueryFilters().Where(o => o.MergerId == nb).Select(o => o.Id).FirstAsync(),
            await db.InventoryCampaigns.IgnoreQueryFilters().Where(c => c.MergerId == nb).Select(c => c.Id).FirstAsync(),
            await db.HandoverBatches.IgnoreQueryFilters().Where(b => b.MergerId == nb).Select(b => b.Id).FirstAsync(),
            await db.InventoryLines.IgnoreQueryFilters().Where(l => l.MergerId == nb && l.CountedQuantity == null).Select(l => l.Id).FirstAsync(),
            asset.Code,
            await db.Assets.IgnoreQueryFilters().Where(a => a.MergerId == hp).Select(a => a.Id).FirstAsync());
    });

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("xem")]
    [InlineData("canbo.hd")]
    public async Task PagesAndDownloads_OfAnotherMerger_AreNotFound(string user)
    {
        var ids = await IdsAsync();
        var client = await AppClient.SignedInAsync(factory, user);
        foreach (var url in new[]
        {
            $"/inventory/items/asset/{ids.NbAsset}", $"/inventory/items/case/{ids.NbCaseFile}", $"/units/{ids.NbUnit}", $"/officers/{ids.NbOfficer}",
            $"/inventory/campaigns/{ids.NbCampaign}", $"/inventory/handovers/{ids.NbHandover}", $"/handovers/{ids.NbHandover}/minutes.pdf",
            $"/campaigns/{ids.NbCampaign}/report.xlsx", $"/units/{ids.NbUnit}/report.pdf",
        })
        {
            var response = await client.GetAsync(url);
            Assert.True(Refused(response), $"{url} answered {(int)response.StatusCode} to {user}");
        }

        // The lists and exports of the person's own merger never hold a row of the other.
        var export = await client.GetByteArrayAsync("/inventory/assets/export.csv");
        Assert.DoesNotContain(ids.NbAssetCode + ",", Encoding.UTF8.GetString(export), StringComparison.Ordinal);
        var list = await client.GetStringAsync($"/assets?q={Uri.EscapeDataString(ids.NbAssetCode)}");
        Assert.DoesNotContain("Ninh Bình", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_OfAnotherMerger_RefuseAndChangeNothing()
    {
        var ids = await IdsAsync();
        var before = await factory.WithAllMergersAsync(db => db.InventoryLines.IgnoreQueryFilters().Where(l => l.Id == ids.NbLine).Select(l => new { l.CountedQuantity, l.Version }).SingleAsync());

        // A unit staff member of Hải Phòng counts a line of Ninh Bình, by its id: refused.
        var error = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().CountAsync(ids.NbLine, 1, null));
        Assert.NotNull(error);

        // Even the administrator, while working in Hải Phòng, cannot reach it: it is not in that merger.
        error = await ServiceCaller.AsAsync(factory, "admin", s => s.GetRequiredService<InventoryService>().CountAsync(ids.NbLine, 1, null));
        Assert.NotNull(error);

        var after = await factory.WithAllMergersAsync(db => db.InventoryLines.IgnoreQueryFilters().Where(l => l.Id == ids.NbLine).Select(l => new { l.CountedQuantity, l.Version }).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Import_RowsNamingAnotherMergersUnit_AreRefusedWhole_AndCodesAreUniqueOnlyWithinAMerger()
    {
        const string header = "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Nguyên giá,Giá trị còn lại,Mã đơn vị quản lý\n";
        var ids = await IdsAsync();

        // canbo.nd works in Nam Định's logistics (Ninh Bình merger); HDG.PH10 is a unit of the Hải Phòng merger.
        var foreign = Encoding.UTF8.GetBytes(header + "ND-CL-0001,Máy tính,Tài sản cố định khác,chiếc,1,1000000,500000,ND.PH10\n" + "ND-CL-0002,Máy in,Tài sản cố định khác,chiếc,1,1000000,500000,HDG.PH10\n");
        var page = await RegisterImportCaller.ImportAsync(factory, "canbo.nd", "assets", "lan.csv", foreign);
        var errors = RegisterImportCaller.Errors(page);
        Assert.Contains(errors, e => e[0] == "3" && e.Any(c => c.Contains("HDG.PH10", StringComparison.Ordinal)));
        Assert.Equal(0, await factory.WithAllMergersAsync(db => db.Assets.IgnoreQueryFilters().CountAsync(a => a.Code.StartsWith("ND-CL-"))));

        // The same code as an item of Hải Phòng is a new item of Ninh Bình; Hải Phòng's item is untouched.
        var hpAsset = await factory.WithAllMergersAsync(db => db.Assets.IgnoreQueryFilters().Where(a => a.Id == ids.HpAsset).Select(a => new { a.Code, a.Name, a.Version }).SingleAsync());
        var same = Encoding.UTF8.GetBytes(header + $"{hpAsset.Code},Máy tính Nam Định,Tài sản cố định khác,chiếc,1,1000000,500000,ND.PH10\n");
        page = await RegisterImportCaller.ImportAsync(factory, "canbo.nd", "assets", "cung-ma.csv", same);
        Assert.Empty(RegisterImportCaller.Errors(page));
        var rows = await factory.WithAllMergersAsync(db => db.Assets.IgnoreQueryFilters().Where(a => a.Code == hpAsset.Code).Select(a => new { a.MergerId, a.Name, a.Version }).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.MergerId == ids.HaiPhong && r.Name == hpAsset.Name && r.Version == hpAsset.Version);
        Assert.Contains(rows, r => r.MergerId == ids.NinhBinh && r.Name == "Máy tính Nam Định");
    }

    [Fact]
    public async Task BackgroundImport_RunsInTheMergerItWasSentIn()
    {
        const string header = "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Nguyên giá,Giá trị còn lại,Mã đơn vị quản lý\n";
        var body = new StringBuilder(header);
        for (var i = 1; body.Length <= RegisterImports.BackgroundThresholdBytes; i++)
        {
            body.Append(System.Globalization.CultureInfo.InvariantCulture, $"ND-NEN-{i:00000},Bàn làm việc có ngăn kéo khóa,Tài sản cố định khác,chiếc,1,1000000,500000,ND.PH10\n");
        }

        var html = await RegisterImportCaller.OutcomeHtmlAsync(factory, "canbo.nd", "assets", "nen.csv", Encoding.UTF8.GetBytes(body.ToString()));
        Assert.Contains("tạo mới", html, StringComparison.Ordinal);
        var ids = await IdsAsync();
        var mergers = await factory.WithAllMergersAsync(db => db.Assets.IgnoreQueryFilters().Where(a => a.Code.StartsWith("ND-NEN-")).Select(a => a.MergerId).Distinct().ToListAsync());
        Assert.Equal([ids.NinhBinh], mergers);
        Assert.Equal(ids.NinhBinh, await factory.WithAllMergersAsync(db => db.ImportRuns.IgnoreQueryFilters().Where(r => r.FileName == "nen.csv").Select(r => r.MergerId).SingleAsync()));

        // Its record is not even visible to the same person's colleagues of the other merger.
        var hp = await AppClient.SignedInAsync(factory, "canbo.hd");
        var run = await factory.WithAllMergersAsync(db => db.ImportRuns.IgnoreQueryFilters().Where(r => r.FileName == "nen.csv").Select(r => r.Id).SingleAsync());
        var foreign = await hp.GetAsync($"/inventory/import/jobs/{run}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("nen.csv", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalRole_SeesEveryMerger_AndTheOverviewEqualsEachMergersOwnPages()
    {
        var ids = await IdsAsync();
        var rows = await ServiceCaller.AsAsync(factory, "bo", s => s.GetRequiredService<MergerDirectory>().OverviewAsync());
        Assert.NotNull(rows);
        Assert.Contains(rows, r => r.Id == ids.HaiPhong);
        Assert.Contains(rows, r => r.Id == ids.NinhBinh);

        // The people of one merger get no overview at all.
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergerDirectory>().OverviewAsync()));
        Assert.True(Refused(await (await AppClient.SignedInAsync(factory, "lanhdao")).GetAsync("/mergers")));

        // Each merger's dashboard, opened by its own leadership, shows the overview's figures.
        foreach (var (user, id) in new[] { ("lanhdao", ids.HaiPhong), ("lanhdao.nb", ids.NinhBinh) })
        {
            var row = rows.Single(r => r.Id == id);
            var dashboard = await AppClient.GetDocumentAsync(await AppClient.SignedInAsync(factory, user), "/");
            Assert.Equal(Number(row.ItemsUnaccounted), dashboard.QuerySelector("[data-testid=unaccounted]")!.TextContent.Trim());
            Assert.Equal(Number(row.TasksOverdue), dashboard.QuerySelector("[data-testid=kpi-overdue] [data-testid=kpi-value]")!.TextContent.Trim());
            Assert.Equal(Number(row.OfficersTotal), dashboard.QuerySelector("[data-testid=kpi-officers] [data-testid=kpi-value]")!.TextContent.Trim());
            Assert.StartsWith($"{"Cán bộ đã bố trí"}: {Number(row.OfficersPlaced)} (", dashboard.QuerySelector("[data-testid=kpi-officers] [data-testid=kpi-hint]")!.TextContent.Trim(), StringComparison.Ordinal);
        }
    }

    /// <summary>A count as the pages print it in Vietnamese.</summary>
    private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("bo")]
    [InlineData("canbo.hd")]
    public async Task SetUp_ByAnyoneButAnAdministrator_IsRefusedInTheService(string user)
    {
        var before = await factory.WithAllMergersAsync(db => db.Mergers.IgnoreQueryFilters().CountAsync());
        var result = await ServiceCaller.AsAsync(factory, user, s =>
        {
            var setup = s.GetRequiredService<MergerSetupService>();
            Assert.Null(setup.Propose("15"));
            return setup.CreateAsync(MergePlanner.Data.Organisation.Setup.MergerSetupPlanner.Propose("15")!);
        });
        Assert.False(result.Succeeded);
        Assert.Equal(before, await factory.WithAllMergersAsync(db => db.Mergers.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("xem")]
    [InlineData("canbo.hd")]
    [InlineData("bo")]
    public async Task Close_ByARoleThatDoesNotSteerThePlan_IsRefusedInTheService(string user)
    {
        var refusal = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<MergerLifeService>().CloseAsync());
        Assert.Equal("Tài khoản của bạn không được phép xem trang này. Nếu cần, hãy liên hệ quản trị viên.", refusal);
        Assert.Equal(MergePlanner.Data.Organisation.MergerStatus.InProgress, await factory.WithDbAsync(db => db.Mergers.Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Archive_ForUnitStaff_IsRefused_ForLeadershipHoldsOnlyTheirMerger()
    {
        Assert.True(Refused(await (await AppClient.SignedInAsync(factory, "canbo.hd")).GetAsync("/mergers/archive.zip")));
        var ids = await IdsAsync();
        var zip = await (await AppClient.SignedInAsync(factory, "lanhdao")).GetByteArrayAsync("/mergers/archive.zip");
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        using var inner = new MemoryStream();
        await archive.GetEntry("tai-san.xlsx")!.Open().CopyToAsync(inner);
        using var xlsx = new System.IO.Compression.ZipArchive(new MemoryStream(inner.ToArray()));
        var text = string.Concat(xlsx.Entries.Where(e => e.Name.EndsWith(".xml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
        var hpCode = await factory.WithDbAsync(db => db.Assets.Where(a => a.Id == ids.HpAsset).Select(a => a.Code).SingleAsync());
        Assert.Contains(hpCode, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ids.NbAssetCode + "<", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalRole_SwitchesMerger_AndThenWorksInIt()
    {
        var client = await AppClient.SignedInAsync(factory, "bo");
        var ids = await IdsAsync();
        var token = await AppClient.AntiforgeryTokenAsync(client, "/mergers");
        var response = await client.PostAsync("/mergers/switch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mergerId"] = ids.NinhBinh.ToString(System.Globalization.CultureInfo.InvariantCulture), ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"switch answered {(int)response.StatusCode}");
        var dashboard = await AppClient.GetDocumentAsync(client, "/");
        Assert.Equal(DemoDataSeeder.ThreeWayMergerName, dashboard.QuerySelector("[data-testid=current-merger]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/inventory/items/asset/{ids.NbAsset}")).StatusCode);

        // A person bound to a merger cannot switch, even with a valid form.
        var bound = await AppClient.SignedInAsync(factory, "lanhdao");
        token = await AppClient.AntiforgeryTokenAsync(bound, "/");
        response = await bound.PostAsync("/mergers/switch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mergerId"] = ids.NinhBinh.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token,
        }));
        Assert.True(Refused(response), $"switch by a bound person answered {(int)response.StatusCode}");
    }
}

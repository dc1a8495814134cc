using System.Net;
using System.Text;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Spreadsheets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.IntegrationTests.Structure;

[Collection(EditableAppCollection.Name)]
public class StructureEditTests(EditableAppFactory factory)
{
    private static (string, string, byte[]) Csv(string name, string text) => ("file", name, Encoding.UTF8.GetBytes(text));

    private async Task<HttpClient> LeadershipAsync() => await AppClient.SignedInAsync(factory, "lanhdao");

    /// <summary>Imports as leadership through the page's service and shows the outcome through the page's component.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(HttpClient client, string entity, (string, string, byte[]) file)
    {
        _ = client;
        var format = file.Item2.EndsWith(".xlsx", StringComparison.Ordinal) ? TabularFormat.Xlsx : TabularFormat.Csv;
        var outcome = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StructureTransfer>().ImportAsync(entity, new MemoryStream(file.Item3), format, CancellationToken.None));
        return await RegisterImportCaller.RenderAsync(factory, new AssetImport.Outcome(outcome.Created, outcome.Updated, outcome.Errors));
    }

    private Task<T> AsLeadership<T>(Func<IServiceProvider, Task<T>> call) => ServiceCaller.AsAsync(factory, "lanhdao", call);

    private static UnitDraft Draft(Unit unit, string name, UnitStatus status, int version, string parent = "HDG") =>
        new(0, unit.Code, name, unit.ShortName, unit.Type, parent, status, unit.ValidFrom, null, unit.SortOrder, version);

    [Fact]
    public async Task LoadAnotherProvincesCommuneList_IsRefusedWhole_EveryRowNamed_NothingChanges()
    {
        // The reported case: the Hưng Yên list loaded into the Hải Phòng merger attached 104 communes to Hải Phòng.
        var before = await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync()));
        var hungYen = MergePlanner.Data.Seeding.AdminUnits2025.Official.Communes("33").Select(c => new MergePlanner.Data.Organisation.Lineage.OfficialUnit(c.Code, c.Name, c.FormedFrom)).ToList();
        var result = await AsLeadership(s => s.GetRequiredService<CommuneListService>().LoadAsync(hungYen, null));
        Assert.NotNull(result);
        Assert.False(result.Succeeded);
        Assert.Equal(104, result.Errors.Count);
        Assert.StartsWith("Dòng 1: ", result.Errors[0], StringComparison.Ordinal);
        Assert.All(result.Errors, e => Assert.Contains("thuộc Tỉnh Hưng Yên, không thuộc Thành Phố Hải Phòng của cuộc hợp nhất này", e, StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync())));

        // One stray row in the right province's list refuses the whole list too.
        var mixed = CommuneListService.BuiltIn().Append(hungYen[0]).ToList();
        var refused = await AsLeadership(s => s.GetRequiredService<CommuneListService>().LoadAsync(mixed, null));
        Assert.Equal($"Dòng {mixed.Count}: {hungYen[0].Name} (mã {hungYen[0].Code}) thuộc Tỉnh Hưng Yên, không thuộc Thành Phố Hải Phòng của cuộc hợp nhất này.", Assert.Single(refused!.Errors));
        Assert.Equal(before, await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync())));
    }

    [Fact]
    public async Task LoadBuiltInCommuneList_Again_ChangesNothing()
    {
        var before = await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync()));
        var result = await AsLeadership(s => s.GetRequiredService<CommuneListService>().LoadAsync(CommuneListService.BuiltIn(), MergePlanner.Data.Seeding.DemoDataSeeder.CommuneResolution));
        Assert.NotNull(result);
        Assert.True(result.Succeeded);
        Assert.Equal((0, 0, 0, 0, 0, 0), (result.TargetsCreated, result.TargetsUpdated, result.LineageCreated, result.LineageUpdated, result.LineageRemoved, result.ReviewItemsAdded));
        Assert.Equal(before, await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync())));
    }

    [Fact]
    public async Task LoadCommuneFile_NotJson_IsRejectedAndNothingLoaded()
    {
        // The page reads the file first: what it reads is refused before anything reaches the loader.
        var read = OfficialListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("{ khong phai json")), null);
        var localizer = factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<MergePlanner.Web.SharedResource>>();
        Assert.Contains("không phải JSON hợp lệ (dòng 1)", read.Error!.Text(localizer), StringComparison.Ordinal);
        Assert.Empty(read.Units);
    }

    [Fact]
    public async Task ImportUnits_BadRows_ListsEveryErrorAndWritesNothing()
    {
        var before = await factory.WithDbAsync(db => db.Units.CountAsync());
        var page = await ImportAsync(await LeadershipAsync(), "units", Csv("don-vi.csv",
            "Mã đơn vị *,Tên đơn vị *,Loại đơn vị *,Mã đơn vị cấp trên,Trạng thái,Ngày hết hiệu lực\n" +
            "HPM.D01,Đội Cảnh sát khu vực 1,Đội,HPM.PC06,,\n" +
            "HPM.D02,,Đội,HPM.PC06,,\n" +
            "HPM.D03,Đội 3,Tổ công tác,HPM.PC06,,\n" +
            "HPM.D04,Đội 4,Đội,KHONG.CO,,\n" +
            "HPM.D01,Đội trùng mã,Đội,HPM.PC06,,\n" +
            "HPM.D05,Đội 5,Đội,HPM.PC06,Đã giải thể (lưu trữ),\n" +
            "HPM.D06,Đội 6,Đội,HPM.PC06,,31/02/2025\n"));
        var rows = page.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        // One error per bad cell, parse and rule errors together; a repeated code is reported once, on the repeat
        // (row 6 names row 2); the good row 2 is not written either.
        Assert.Equal(
            [
                ["3", "Tên đơn vị"], ["4", "Loại đơn vị"], ["5", "Mã đơn vị cấp trên"], ["6", "Mã đơn vị"], ["7", "Ngày hết hiệu lực"], ["8", "Ngày hết hiệu lực"],
            ],
            rows.Select(r => new[] { r[0], r[1] }).ToList());
        Assert.Contains("dòng 2", rows[3][2], StringComparison.Ordinal);
        Assert.Contains("Tổ công tác", rows[1][2], StringComparison.Ordinal);
        Assert.Contains("KHONG.CO", rows[2][2], StringComparison.Ordinal);
        Assert.Contains("phải có ngày hết hiệu lực", rows[4][2], StringComparison.Ordinal);
        Assert.Contains("31/02/2025", rows[5][2], StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Units.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "HPM.D01")));
    }

    [Fact]
    public async Task ImportUnits_CorrectedFileTwice_CreatesOnceThenUpdatesByCode()
    {
        var client = await LeadershipAsync();
        const string header = "Mã đơn vị *,Tên đơn vị *,Loại đơn vị *,Mã đơn vị cấp trên,Ngày hiệu lực\n";
        var first = await ImportAsync(client, "units", Csv("don-vi.csv", header + "HPM.PC06.D1,Đội Quản lý cư trú,Đội,HPM.PC06,01/07/2025\nHPM.PC06.D2,Đội Căn cước,Team,HPM.PC06,01/07/2025\n"));
        Assert.Equal("Đã nhập: 2 tạo mới, 0 cập nhật.", first.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        var count = await factory.WithDbAsync(db => db.Units.CountAsync());

        var second = await ImportAsync(client, "units", Csv("don-vi.csv", header + "HPM.PC06.D1,Đội Quản lý cư trú và căn cước,Đội,HPM.PC06,01/07/2025\nHPM.PC06.D2,Đội Căn cước,Team,HPM.PC06,01/07/2025\n"));
        Assert.Equal("Đã nhập: 0 tạo mới, 1 cập nhật.", second.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        Assert.Equal(count, await factory.WithDbAsync(db => db.Units.CountAsync()));
        var unit = await factory.WithDbAsync(db => db.Units.Include(u => u.Parent).SingleAsync(u => u.Code == "HPM.PC06.D1"));
        Assert.Equal(("Đội Quản lý cư trú và căn cước", "HPM.PC06"), (unit.Name, unit.Parent!.Code));
        Assert.Equal(await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPM").Select(u => u.Id).SingleAsync()), unit.OriginId);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Unit" && a.EntityKey == unit.Id.ToString() && a.Action == "Modified")));
    }

    [Fact]
    public async Task ExportThenImport_WholeStructureAsXlsx_ChangesNothing()
    {
        var client = await LeadershipAsync();
        var xlsx = await client.GetByteArrayAsync("/structure/export/units.xlsx");
        var before = await factory.WithDbAsync(db => db.Units.CountAsync());
        var page = await ImportAsync(client, "units", ("file", "don-vi.xlsx", xlsx));
        Assert.Equal("Đã nhập: 0 tạo mới, 0 cập nhật.", page.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Units.CountAsync()));

        var lineage = await client.GetByteArrayAsync("/structure/export/lineage.xlsx");
        page = await ImportAsync(client, "lineage", ("file", "ke-thua.xlsx", lineage));
        Assert.Equal("Đã nhập: 0 tạo mới, 0 cập nhật.", page.QuerySelector("[data-testid=import-success]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ImportLineage_SplitNotAddingUpAndCycle_AreRejected()
    {
        var client = await LeadershipAsync();
        var before = await factory.WithDbAsync(db => db.UnitLineages.CountAsync());
        const string header = "Mã đơn vị nguồn *,Mã đơn vị kế thừa,Hình thức *,Phạm vi,Tỷ lệ (%),Ngày hiệu lực *\n";
        var page = await ImportAsync(client, "lineage", Csv("ke-thua.csv", header +
            "HDG.PX01,HPM.PX01,Chia tách,Một phần,60,01/07/2025\n" +
            "HDG.PX01,HPM.PX03,Chia tách,Phần còn lại,30,01/07/2025\n" +
            "HPM.PV01,HDG.PV01,Sáp nhập vào,Toàn bộ,100,01/07/2025\n" +
            "HDG.PX03,,Giải thể,,,01/07/2025\n"));
        var errors = page.QuerySelector("[data-testid=import-errors]")!.TextContent;
        Assert.Contains("Tạo vòng lặp kế thừa", errors, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.UnitLineages.CountAsync()));

        page = await ImportAsync(client, "lineage", Csv("ke-thua.csv", header +
            "HDG.PX05,HPM.PX05,Chia tách,Một phần,60,01/07/2025\n" +
            "HDG.PX05,HPM.PV01,Chia tách,Phần còn lại,30,01/07/2025\n"));
        Assert.Contains("phải bằng 100%", page.QuerySelector("[data-testid=import-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.UnitLineages.CountAsync()));
    }

    [Fact]
    public async Task Export_FormulaInAName_IsWrittenAsText()
    {
        var client = await LeadershipAsync();
        await ImportAsync(client, "units", Csv("don-vi.csv", "Mã đơn vị *,Tên đơn vị *,Loại đơn vị *,Mã đơn vị cấp trên\nHPM.PC06.X,=HYPERLINK(\"http://x\";\"bấm\"),Đội,HPM.PC06\n"));
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/structure/export/units.csv"));
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK(", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditUnit_ArchiveWithoutEndDate_ExplainsInVietnamese()
    {
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "HDG.PX03"));
        var result = await AsLeadership(s => s.GetRequiredService<StructureWriter>().WriteUnitsAsync([Draft(unit, unit.Name, UnitStatus.Archived, unit.Version)]));
        Assert.Contains(result.Errors, e => e.Message.Contains("phải có ngày hết hiệu lực", StringComparison.Ordinal));
        Assert.Equal(UnitStatus.Active, await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Status).SingleAsync()));
    }

    [Fact]
    public async Task EditUnit_StaleVersion_LosesWithAClearMessage()
    {
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "HPM.PX05"));
        // Two people opened the edit form at the same version; the first saves, then the second.
        var first = await AsLeadership(s => s.GetRequiredService<StructureWriter>().WriteUnitsAsync([Draft(unit, "Thanh tra Công an tỉnh", UnitStatus.Active, unit.Version, "HPM")]));
        Assert.Empty(first.Errors);
        var stale = await AsLeadership(s => s.GetRequiredService<StructureWriter>().WriteUnitsAsync([Draft(unit, "Thanh tra (bản cũ)", UnitStatus.Active, unit.Version, "HPM")]));
        Assert.Contains(stale.Errors, e => e.Message.Contains("vừa được người khác thay đổi", StringComparison.Ordinal));
        Assert.Equal("Thanh tra Công an tỉnh", await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task EditSourceUnit_AfterTheEffectiveDate_IsRefused_TheSourceShowsAsMerged()
    {
        // 1/7/2025 has passed: Hải Dương is merged; its units take no change, the target's still do.
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "HDG.PX05"));
        var result = await AsLeadership(s => s.GetRequiredService<StructureWriter>().WriteUnitsAsync([Draft(unit, "Thanh tra (đổi tên)", UnitStatus.Active, unit.Version)]));
        Assert.Contains(result.Errors, e => e.Message.Contains("đã hợp nhất từ 01/07/2025", StringComparison.Ordinal));
        Assert.Equal(unit.Name, await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Name).SingleAsync()));
        var page = await AppClient.GetDocumentAsync(await LeadershipAsync(), $"/units/{unit.Id}");
        Assert.Equal("Đã hợp nhất (01/07/2025)", page.QuerySelector("[data-testid=unit-merged]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Lineage_AddThenRemoveWithConfirmation_IsAudited()
    {
        var client = await LeadershipAsync();
        var from = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.X10507").Select(u => u.Id).SingleAsync());
        var added = await AsLeadership(s => s.GetRequiredService<StructureWriter>().WriteLineageAsync(
            [new LineageDraft(0, "HDG.X10507", "HPM.PC06", LineageKind.FunctionTransferred, LineagePortion.Part, null, new DateOnly(2025, 7, 1), "Quyết định thử", null)]));
        Assert.Empty(added.Errors);
        var row = await factory.WithDbAsync(db => db.UnitLineages.SingleAsync(l => l.FromUnitId == from && l.Kind == LineageKind.FunctionTransferred));

        // The page offers the removal (behind a confirmation dialog) to leadership.
        Assert.Contains("data-testid=\"remove-lineage\"", await client.GetStringAsync($"/units/{from}"), StringComparison.Ordinal);
        Assert.True(await AsLeadership(s => s.GetRequiredService<StructureWriter>().RemoveLineageAsync(row.Id)));
        Assert.False(await factory.WithDbAsync(db => db.UnitLineages.AnyAsync(l => l.Id == row.Id)));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "UnitLineage" && a.EntityKey == row.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Added", "Deleted"], actions);
    }

    [Fact]
    public async Task Lineage_AddToItself_IsRefusedWithAReason()
    {
        var result = await AsLeadership(s => s.GetRequiredService<StructureWriter>().WriteLineageAsync(
            [new LineageDraft(0, "HDG.X10510", "HDG.X10510", LineageKind.MergedInto, LineagePortion.Whole, null, new DateOnly(2025, 7, 1), null, null)]));
        Assert.Contains(result.Errors, e => e.Message.Contains("không thể kế thừa chính nó", StringComparison.Ordinal));
    }
}

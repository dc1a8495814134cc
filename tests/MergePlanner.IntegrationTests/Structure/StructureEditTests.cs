using System.Net;
using System.Text;
using MergePlanner.Data.Organisation;
using MergePlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.IntegrationTests.Structure;

[Collection(EditableAppCollection.Name)]
public class StructureEditTests(EditableAppFactory factory)
{
    private static (string, string, byte[]) Csv(string name, string text) => ("file", name, Encoding.UTF8.GetBytes(text));

    private async Task<HttpClient> LeadershipAsync() => await AppClient.SignedInAsync(factory, "lanhdao");

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ImportAsync(HttpClient client, string entity, (string, string, byte[]) file)
    {
        var response = await AppClient.PostFormAsync(client, "/structure/import", "import-structure", new() { ["entity"] = entity }, file);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LoadBuiltInCommuneList_Again_ChangesNothing()
    {
        var before = await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync()));
        var response = await AppClient.PostFormAsync(await LeadershipAsync(), "/structure/communes", "load-communes", new() { ["source"] = "builtin", ["decision"] = MergePlanner.Data.Seeding.DemoDataSeeder.CommuneResolution });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã nạp: 0 đơn vị mới tạo, 0 cập nhật; quan hệ kế thừa 0 tạo mới, 0 cập nhật, 0 gỡ bỏ; 0 mục cần rà soát mới.", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(async db => (await db.Units.CountAsync(), await db.UnitLineages.CountAsync(), await db.LineageReviewItems.CountAsync())));
    }

    [Fact]
    public async Task LoadCommuneFile_NotJson_IsRejectedAndNothingLoaded()
    {
        var response = await AppClient.PostFormAsync(await LeadershipAsync(), "/structure/communes", "load-communes", new() { ["source"] = "file" }, Csv("list.json", "{ khong phai json"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không nạp dữ liệu nào", html, StringComparison.Ordinal);
        Assert.Contains("không phải JSON hợp lệ", html, StringComparison.Ordinal);
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
        var client = await LeadershipAsync();
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "HDG.PX03"));
        var response = await AppClient.PostFormAsync(client, $"/units/{unit.Id}/edit", "edit-unit", new()
        {
            ["Input.Code"] = unit.Code, ["Input.Name"] = unit.Name, ["Input.Type"] = unit.Type.ToString(), ["Input.ParentCode"] = "HDG",
            ["Input.Status"] = nameof(UnitStatus.Archived), ["Input.Version"] = unit.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("phải có ngày hết hiệu lực", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(UnitStatus.Active, await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Status).SingleAsync()));
    }

    [Fact]
    public async Task EditUnit_StaleVersion_LosesWithAClearMessage()
    {
        var client = await LeadershipAsync();
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "HDG.PX05"));
        Dictionary<string, string> Form(string name, int version) => new()
        {
            ["Input.Code"] = unit.Code, ["Input.Name"] = name, ["Input.Type"] = unit.Type.ToString(), ["Input.ParentCode"] = "HDG",
            ["Input.Status"] = nameof(UnitStatus.Active), ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var first = await AppClient.PostFormAsync(client, $"/units/{unit.Id}/edit", "edit-unit", Form("Thanh tra Công an tỉnh", unit.Version));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stale = await AppClient.PostFormAsync(client, $"/units/{unit.Id}/edit", "edit-unit", Form("Thanh tra (bản cũ)", unit.Version));
        Assert.Contains("vừa được người khác thay đổi", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Thanh tra Công an tỉnh", await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task Lineage_AddThenRemoveWithConfirmation_IsAudited()
    {
        var client = await LeadershipAsync();
        var from = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.X010").Select(u => u.Id).SingleAsync());
        var added = await AppClient.PostFormAsync(client, $"/units/{from}", "add-lineage", new()
        {
            ["to"] = "HPM.PC06", ["kind"] = "FunctionTransferred", ["portion"] = "Part", ["date"] = "2025-07-01", ["decision"] = "Quyết định thử",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var row = await factory.WithDbAsync(db => db.UnitLineages.SingleAsync(l => l.FromUnitId == from && l.Kind == LineageKind.FunctionTransferred));

        var confirm = await client.GetStringAsync($"/units/{from}?confirmRemove={row.Id}");
        Assert.Contains("data-testid=\"confirm-remove\"", confirm, StringComparison.Ordinal);
        var removed = await AppClient.PostFormAsync(client, $"/units/{from}?confirmRemove={row.Id}", $"remove-lineage-{row.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.UnitLineages.AnyAsync(l => l.Id == row.Id)));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "UnitLineage" && a.EntityKey == row.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Added", "Deleted"], actions);
    }

    [Fact]
    public async Task Lineage_AddToItself_IsRefusedWithAReason()
    {
        var client = await LeadershipAsync();
        var from = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.X011").Select(u => u.Id).SingleAsync());
        var response = await AppClient.PostFormAsync(client, $"/units/{from}", "add-lineage", new() { ["to"] = "HDG.X011", ["kind"] = "MergedInto", ["date"] = "2025-07-01" });
        Assert.Contains("không thể kế thừa chính nó", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

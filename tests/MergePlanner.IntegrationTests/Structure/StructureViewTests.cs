using MergePlanner.Web.Features.Structure;
using System.Net;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Structure;

[Collection(SeededAppCollection.Name)]
public class StructureViewTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task Trees_DemoMerger_CountsAddUpBetweenSourcesAndTarget()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var page = await AppClient.GetDocumentAsync(client, "/structure");
        var checks = page.QuerySelectorAll("[data-testid=reconciliation] tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(6, checks.Count);
        Assert.All(checks, c => Assert.Equal("Khớp", c));

        var sources = await factory.WithDbAsync(db => db.Officers.CountAsync());
        var root = page.QuerySelector("[data-testid=structure-tree] [data-unit-code=HPM]")!.TextContent;
        Assert.Contains(sources.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), root, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trees_SourceTree_ShowsArchivedDistrictPoliceWithTheirSuccessor()
    {
        var client = await AppClient.SignedInAsync(factory, "xem");
        var root = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG").Select(u => u.Id).SingleAsync());
        var html = await client.GetStringAsync($"/structure?tree={root}");
        Assert.Contains("Công an thành phố Hải Dương", html, StringComparison.Ordinal);
        Assert.Contains("Đã giải thể (lưu trữ)", html, StringComparison.Ordinal);

        var district = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.H01").Select(u => u.Id).SingleAsync());
        var unit = await AppClient.GetDocumentAsync(client, $"/units/{district}");
        Assert.Contains("Chuyển giao chức năng", unit.QuerySelector("[data-testid=lineage-rows]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Công an thành phố Hải Phòng", unit.QuerySelector("[data-testid=maps-to]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Communes_114TargetUnits_WithPredecessorsAndTheUnder12Violation()
    {
        // The rows come from the list query, in the circuit (the page's grid reads them after it is interactive).
        var all = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<CommuneListQuery>().PageAsync(new CommuneListFilter(null, false), 1, 200, null, false));
        Assert.Equal(114, all.Total);
        var bachLongVi = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<CommuneListQuery>().PageAsync(new CommuneListFilter("bach long vi", false), 1, 50, null, false));
        var row = Assert.Single(bachLongVi.Rows);
        Assert.Contains(row.Predecessors, p => p.Name == "Công an huyện Bạch Long Vĩ");
        Assert.Contains(row.Staffing.Issues, i => i.Message.Contains("tối thiểu 12", StringComparison.Ordinal));

        var withIssues = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<CommuneListQuery>().PageAsync(new CommuneListFilter(null, true), 1, 200, "After", true));
        Assert.Contains(withIssues.Rows, r => r.Staffing.Unit.Id == row.Staffing.Unit.Id);
        Assert.All(withIssues.Rows, r => Assert.NotEmpty(r.Staffing.Issues));
        Assert.True(withIssues.Total < all.Total);
        Assert.Equal(withIssues.Rows.Select(r => r.After).OrderDescending(), withIssues.Rows.Select(r => r.After));

        // The whole structure is for the roles that read all of it: unit staff get no rows from the query either.
        var staff = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<CommuneListQuery>().PageAsync(new CommuneListFilter(null, false), 1, 50, null, false));
        Assert.Equal(0, staff.Total);

        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        Assert.NotNull((await AppClient.GetDocumentAsync(client, "/structure/communes")).QuerySelector("[data-testid=commune-table]"));
    }

    [Fact]
    public async Task Review_AfterTheDemoLoad_ListsAssumedSplitsAndAmbiguousNames()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var html = await client.GetStringAsync("/structure/review");
        Assert.Contains("Tỷ lệ chia tạm tính", html, StringComparison.Ordinal);
        Assert.Contains("Xã Hòa Bình", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Leadership_SummarisesStaffingViolations()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var page = await AppClient.GetDocumentAsync(client, "/");
        Assert.Equal("0", page.QuerySelector("[data-testid=orphans]")!.TextContent.Trim());
        Assert.True(int.Parse(page.QuerySelector("[data-testid=staffing-violations]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Dưới 12 cán bộ", page.QuerySelector("[data-testid=structure-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficerList_AfterView_ShowsTheTargetUnitOfEachRow()
    {
        var target = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPM.X11914").Select(u => new { u.Id, u.Name }).SingleAsync());
        var shown = await ServiceCaller.AsAsync(factory, "lanhdao", async s =>
        {
            var page = await s.GetRequiredService<MergePlanner.Web.Features.Personnel.OfficerListQuery>()
                .PageAsync(new MergePlanner.Web.Features.Personnel.OfficerListFilter(null, null, null, null, target.Id, true), 1, 200, null, false);
            Assert.NotEmpty(page.Rows);
            var label = await s.GetRequiredService<MergePlanner.Web.Features.Structure.StructureView>().UnitLabelAsync(after: true);
            return page.Rows.Select(r => label(r.UnitId)?.Name ?? r.UnitName).Distinct().ToList();
        });
        Assert.Equal([target.Name], shown);
    }

    [Fact]
    public async Task StructurePdf_ReadsCorrectly()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var response = await client.GetAsync("/structure/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Extract(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Cơ cấu tổ chức Công an thành phố Hải Phòng sau hợp nhất", text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Công an đặc khu Bạch Long Vĩ", text, StringComparison.Ordinal);
        Assert.Contains("Hình thành từ", text, StringComparison.Ordinal);
        Assert.Contains("Công an huyện Bạch Long Vĩ", text, StringComparison.Ordinal);
    }
}

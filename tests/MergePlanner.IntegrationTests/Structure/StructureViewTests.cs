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
        var all = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StaffingListQuery>().PageAsync(new StaffingListFilter(null, false, true), 1, 200, null, false));
        Assert.Equal(114, all.Total);
        var units = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StaffingListQuery>().PageAsync(new StaffingListFilter(null, false, false), 1, 200, "Authorised", true));
        Assert.True(units.Total > all.Total);
        Assert.Equal(units.Rows.Select(r => r.Authorised ?? -1).OrderDescending(), units.Rows.Select(r => r.Authorised ?? -1));
        var bachLongVi = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StaffingListQuery>().PageAsync(new StaffingListFilter("bach long vi", false, true), 1, 50, null, false));
        var row = Assert.Single(bachLongVi.Rows);
        Assert.Contains(row.Predecessors, p => p.Name == "Công an huyện Bạch Long Vĩ");
        Assert.Contains(row.Staffing.Issues, i => i.Message.Contains("tối thiểu 12", StringComparison.Ordinal));

        var withIssues = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StaffingListQuery>().PageAsync(new StaffingListFilter(null, true, true), 1, 200, "After", true));
        Assert.Contains(withIssues.Rows, r => r.Staffing.Unit.Id == row.Staffing.Unit.Id);
        Assert.All(withIssues.Rows, r => Assert.NotEmpty(r.Staffing.Issues));
        Assert.True(withIssues.Total < all.Total);
        Assert.Equal(withIssues.Rows.Select(r => r.After).OrderDescending(), withIssues.Rows.Select(r => r.After));

        // The whole structure is for the roles that read all of it: unit staff get no rows from the query either.
        var staff = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<StaffingListQuery>().PageAsync(new StaffingListFilter(null, false, true), 1, 50, null, false));
        Assert.Equal(0, staff.Total);

        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        Assert.NotNull((await AppClient.GetDocumentAsync(client, "/structure/communes")).QuerySelector("[data-testid=commune-table]"));
    }

    [Fact]
    public async Task LineageList_FiltersByLocalityKindAndText_ReadAllRolesOnly()
    {
        Task<LineageListResult> ListAsync(string user, LineageListFilter filter, string? sort = null) =>
            ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<LineageListQuery>().PageAsync(filter, 1, 200, sort, false));
        var hdg = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG").Select(u => u.Id).SingleAsync());

        var all = await ListAsync("xem", new LineageListFilter(null, null, null));
        var fromHdg = await ListAsync("xem", new LineageListFilter(null, hdg, null));
        Assert.InRange(fromHdg.Total, 1, all.Total - 1);
        Assert.All(fromHdg.Rows, r => Assert.Equal("Hải Dương", r.Locality));
        var splits = await ListAsync("xem", new LineageListFilter(null, null, MergePlanner.Data.Organisation.LineageKind.Split));
        Assert.All(splits.Rows, r => Assert.Equal(MergePlanner.Data.Organisation.LineageKind.Split, r.Link.Kind));
        var hauCan = await ListAsync("xem", new LineageListFilter("hau can", null, null), "To");
        Assert.NotEmpty(hauCan.Rows);
        Assert.All(hauCan.Rows, r => Assert.Contains("hậu cần", (r.From + " " + r.To).ToLowerInvariant(), StringComparison.Ordinal));

        Assert.Equal(0, (await ListAsync("canbo.hd", new LineageListFilter(null, null, null))).Total);
    }

    [Fact]
    public async Task Review_AfterTheDemoLoad_ListsAssumedSplitsAndAmbiguousNames()
    {
        Task<ReviewListResult> ListAsync(string user, ReviewListFilter filter) =>
            ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<ReviewService>().PageAsync(filter, 1, 200));

        var open = await ListAsync("lanhdao", new ReviewListFilter(false, null, null));
        Assert.Contains(open.Rows, r => r.Reason == MergePlanner.Data.Organisation.LineageReviewReason.SplitShareAssumed);
        Assert.Contains(open.Rows, r => r.SourceText.Contains("Xã Hòa Bình", StringComparison.Ordinal) || r.Detail?.Contains("Xã Hòa Bình", StringComparison.Ordinal) == true);
        var splits = await ListAsync("lanhdao", new ReviewListFilter(false, MergePlanner.Data.Organisation.LineageReviewReason.SplitShareAssumed, null));
        Assert.All(splits.Rows, r => Assert.Equal(MergePlanner.Data.Organisation.LineageReviewReason.SplitShareAssumed, r.Reason));
        Assert.True(splits.Total < open.Total);
        Assert.All((await ListAsync("lanhdao", new ReviewListFilter(false, null, "hòa bình"))).Rows,
            r => Assert.Contains("hòa bình", (r.SourceText + " " + r.TargetName).ToLowerInvariant(), StringComparison.Ordinal));

        // The review list is part of the whole structure: unit staff get none of it from the service.
        Assert.Equal(0, (await ListAsync("canbo.hd", new ReviewListFilter(false, null, null))).Total);
    }

    [Fact]
    public async Task Dashboard_Leadership_SummarisesStaffingViolations()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var page = await AppClient.GetDocumentAsync(client, "/");
        // Old units the official list names under no new unit are shown as without lineage, each one waiting on the review list.
        var notCovered = await factory.WithDbAsync(db => db.LineageReviewItems.CountAsync(r => r.Reason == MergePlanner.Data.Organisation.LineageReviewReason.SourceNotCovered && !r.Resolved));
        Assert.Equal(notCovered.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=orphans]")!.TextContent.Trim());
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

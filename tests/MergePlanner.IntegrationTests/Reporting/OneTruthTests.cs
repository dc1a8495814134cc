using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Reporting;

/// <summary>
/// One truth (issue 12, point 1): each figure is the same wherever it is shown — the dashboard, the list behind it, the
/// unit's page, the PDF and the XLSX — for both demo mergers and for a person who sees only part of one. Read as the
/// people read them: pages over HTTP, files downloaded and opened.
/// </summary>
public partial class OneTruthTests(OneTruthTests.Factory factory) : IClassFixture<OneTruthTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    [Theory]
    [InlineData("lanhdao", "HPM")]
    [InlineData("lanhdao.nb", "NBM")]
    public async Task TheNewForcesOfficersAndAssets_AreTheSame_OnTheDashboard_TheUnitPage_ItsPdf_AndTheLists(string user, string code)
    {
        var id = await factory.WithDbAsync(db => db.Units.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
        using var client = await AppClient.SignedInAsync(factory, user);
        var dashboard = await AppClient.GetDocumentAsync(client, "/");
        var officers = Number(dashboard.QuerySelector($"[data-testid=origin-officers-{id}]")!.TextContent);
        var assets = Number(dashboard.QuerySelector($"[data-testid=origin-assets-{id}]")!.TextContent);
        Assert.True(officers > 1000, $"the new force shows {officers} officers on the dashboard");
        Assert.True(assets > 100, $"the new force shows {assets} assets on the dashboard");

        var unit = await AppClient.GetDocumentAsync(client, $"/units/{id}");
        Assert.Equal(officers, Number(unit.QuerySelector("[data-testid=unit-officers] [data-testid=kpi-value]")!.TextContent));
        Assert.Equal(assets, Number(unit.QuerySelector("[data-testid=unit-assets] [data-testid=kpi-value]")!.TextContent));

        var pdf = Flat(PdfText.Extract(await client.GetByteArrayAsync($"/units/{id}/report.pdf")));
        var line = TotalLine().Match(pdf);
        Assert.True(line.Success, "the unit list PDF states its totals");
        Assert.Equal((officers, assets), (Number(line.Groups["officers"].Value), Number(line.Groups["assets"].Value)));

        // The roll-up by unit of the new structure adds up to the same officers.
        Assert.Equal(officers, Number(dashboard.QuerySelector("[data-testid=rollup-total-officers]")!.TextContent));

        // The lists behind the figures (the dashboard's links) hold as many rows.
        var listed = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerListQuery>().PageAsync(new(null, null, null, null, id, After: true), 1, 10, null, false));
        Assert.Equal(officers, listed.Total);
        Assert.Contains($"officers?unit={id}&amp;structure=after", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("lanhdao.nb")]
    [InlineData("canbo.hd")]
    public async Task ItemsUnaccounted_AreTheSame_OnTheDashboard_TheLedgerPage_ItsPdf_AndItsXlsx(string user)
    {
        using var client = await AppClient.SignedInAsync(factory, user);
        var dashboard = Number((await AppClient.GetDocumentAsync(client, "/")).QuerySelector("[data-testid=unaccounted]")!.TextContent);
        var page = await AppClient.GetDocumentAsync(client, "/inventory/ledger");
        var kpi = Number(page.QuerySelector("[data-testid=ledger-unaccounted] [data-testid=kpi-value]")!.TextContent);
        var total = Number(page.QuerySelector("[data-testid=ledger-total-open]")!.TextContent);
        Assert.True(dashboard > 0, "the demo has items still unaccounted");
        Assert.Equal(dashboard, kpi);
        Assert.Equal(dashboard, total);

        var pdf = Flat(PdfText.Extract(await client.GetByteArrayAsync("/inventory/ledger.pdf")));
        var conclusion = Regex.Match(pdf, @"còn (?<open>[\d.]+)/(?<all>[\d.]+) mục tài sản, hồ sơ chưa rõ kết quả");
        Assert.True(conclusion.Success, "the ledger PDF concludes in items");
        Assert.Equal(dashboard, Number(conclusion.Groups["open"].Value));

        var rows = Sheet(await client.GetByteArrayAsync("/inventory/ledger.xlsx"));
        var totalRow = rows.Single(r => r.FirstOrDefault()?.Text == "Tổng cộng");
        Assert.Equal(dashboard, (int)totalRow[3].Number!.Value);
        Assert.Equal(Number(conclusion.Groups["all"].Value), (int)totalRow[2].Number!.Value);

        // Quantities are never added across units of measure: every item row names its unit; the totals count items only.
        var header = rows.FindIndex(r => r.FirstOrDefault()?.Text == "Nhóm");
        var items = rows.Skip(header + 1).Where(r => r.Count > 4 && r[2].Number is not null && !(r[0].Text ?? string.Empty).StartsWith("Cộng", StringComparison.Ordinal) && r[0].Text != "Tổng cộng").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, r => Assert.False(string.IsNullOrWhiteSpace(r[1].Text), "a ledger row without its unit of measure"));
        Assert.All(rows.Where(r => r.FirstOrDefault()?.Text?.StartsWith("Cộng", StringComparison.Ordinal) == true || r.FirstOrDefault()?.Text == "Tổng cộng"),
            r => Assert.True(r.Skip(4).All(c => c.Number is null), "a total row adds quantities"));
    }

    [Fact]
    public async Task UnitStaff_SeeTheDashboardOfTheirOwnScope()
    {
        var (officers, assets) = await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.Where(u => u.Code == "HDG.PH10" || u.Parent!.Code == "HDG.PH10").Select(u => u.Id).ToListAsync();
            return (await db.Officers.CountAsync(o => units.Contains(o.UnitId)), await db.Assets.CountAsync(a => units.Contains(a.UnitId)));
        });
        using var client = await AppClient.SignedInAsync(factory, "canbo.hd");
        var dashboard = await AppClient.GetDocumentAsync(client, "/");

        Assert.Equal(officers, Number(dashboard.QuerySelector("[data-testid=kpi-officers] [data-testid=kpi-value]")!.TextContent));
        Assert.Equal(officers, Number(dashboard.QuerySelector("[data-testid=rollup-total-officers]")!.TextContent));
        var target = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPM").Select(u => u.Id).SingleAsync());
        Assert.Equal(assets, Number(dashboard.QuerySelector($"[data-testid=origin-assets-{target}]")!.TextContent));
        Assert.Null(dashboard.QuerySelector("[data-testid=dashboard-balance]"));
    }

    [Fact]
    public async Task ItemsUnaccounted_OfEachMerger_AreTheSame_InTheNationalOverview()
    {
        var perMerger = new List<int>();
        foreach (var user in new[] { "lanhdao", "lanhdao.nb" })
        {
            using var client = await AppClient.SignedInAsync(factory, user);
            perMerger.Add(Number((await AppClient.GetDocumentAsync(client, "/")).QuerySelector("[data-testid=unaccounted]")!.TextContent));
        }

        using var ministry = await AppClient.SignedInAsync(factory, "bo");
        var overview = (await AppClient.GetDocumentAsync(ministry, "/mergers")).QuerySelectorAll("[data-testid=merger-unaccounted]")
            .Select(c => Number(c.TextContent.Split('/')[0])).OrderBy(n => n).ToList();
        Assert.Equal(perMerger.OrderBy(n => n), overview);
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("lanhdao.nb")]
    public async Task TheSummaryReport_CoversTheWholeMerger_WithTheDashboardsFigures_InPdfPrintAndXlsx(string user)
    {
        using var client = await AppClient.SignedInAsync(factory, user);
        var dashboard = await AppClient.GetDocumentAsync(client, "/");
        var officers = dashboard.QuerySelector("[data-testid=kpi-officers] [data-testid=kpi-value]")!.TextContent.Trim();
        var unaccounted = dashboard.QuerySelector("[data-testid=unaccounted]")!.TextContent.Trim();
        var done = dashboard.QuerySelector("[data-testid=kpi-tasks-done] [data-testid=kpi-value]")!.TextContent.Trim();

        var pdf = Flat(PdfText.Extract(await client.GetByteArrayAsync("/reports/merger-summary.pdf")));
        foreach (var part in new[] { "CƠ CẤU TỔ CHỨC", "BỐ TRÍ VÀ LỰA CHỌN", "ĐỐI CHIẾU KIỂM KÊ", "BÀN GIAO, TIẾP NHẬN", "TIẾN ĐỘ KẾ HOẠCH", "ĐẠI HỘI", "CHÍNH SÁCH HỖ TRỢ" })
        {
            Assert.Contains(part, pdf, StringComparison.Ordinal);
        }

        Assert.Contains($"Tổng số cán bộ: {officers};", pdf, StringComparison.Ordinal);
        Assert.Contains($"chưa rõ kết quả {unaccounted} mục", pdf, StringComparison.Ordinal);
        Assert.Contains($"Hoàn thành {done} nhiệm vụ", pdf, StringComparison.Ordinal);

        var print = await AppClient.GetDocumentAsync(client, "/reports/merger-summary");
        Assert.Equal(9, print.QuerySelectorAll("[data-testid=summary-section]").Length);
        Assert.Contains($"Tổng số cán bộ: {officers};", print.QuerySelector("[data-testid=merger-summary]")!.TextContent, StringComparison.Ordinal);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await client.GetByteArrayAsync("/reports/merger-summary.xlsx")), false);
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(9, sheets.Count);
        Assert.Contains(sheets, s => s.Contains("ĐỐI CHIẾU", StringComparison.Ordinal));
        Assert.Equal(sheets.Count, sheets.Distinct().Count());
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("lanhdao.nb")]
    public async Task TasksDone_AreTheSame_OnTheDashboard_ThePlanPdf_AndItsXlsx(string user)
    {
        using var client = await AppClient.SignedInAsync(factory, user);
        var done = (await AppClient.GetDocumentAsync(client, "/")).QuerySelector("[data-testid=kpi-tasks-done] [data-testid=kpi-value]")!.TextContent.Trim();
        Assert.Matches(@"^\d+/\d+$", done);

        Assert.Contains($"Hoàn thành {done}", Flat(PdfText.Extract(await client.GetByteArrayAsync("/plan/ke-hoach.pdf"))), StringComparison.Ordinal);
        Assert.Contains(Sheet(await client.GetByteArrayAsync("/plan/ke-hoach.xlsx")).SelectMany(r => r), c => c.Text == $"Hoàn thành {done}");
    }

    /// <summary>The summary report checks the role itself, not only the page and the endpoints: a unit's staff (their
    /// scope is their unit) and an account with no role get nothing from the service; leadership get the document.</summary>
    [Theory]
    [InlineData("canbo.hd", false)]
    [InlineData("nhan.hp", false)]
    [InlineData("lanhdao", true)]
    [InlineData("xem", true)]
    public async Task TheSummaryReport_ChecksTheRoleInTheService(string user, bool allowed)
    {
        var document = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<MergePlanner.Web.Features.Reports.MergerSummaryReport>().DocumentAsync());
        Assert.Equal(allowed, document is not null);
    }

    /// <summary>The units' holdings are read once in groups and added up in memory (<see cref="UnitHoldings"/>): each unit's
    /// figures equal what the database counts row by row — the placed rule the same as <c>Officer.IsPlaced</c>, the
    /// value summed in hundredths equal to the decimal sum, the open files by the same finished statuses — and the
    /// officers placed by origin add up to the dashboard's placed.</summary>
    [Theory]
    [InlineData("lanhdao")]
    [InlineData("lanhdao.nb")]
    public async Task EachUnitsHoldings_EqualTheDatabaseCounts(string user)
    {
        var (units, finished) = await ServiceCaller.AsAsync(factory, user, async s =>
        {
            var db = s.GetRequiredService<MergePlanner.Data.MergePlannerDbContext>();
            var held = await s.GetRequiredService<UnitHoldings>().LoadAsync();
            var done = MergePlanner.Data.Cases.CaseFileStatusRules.FinishedStatuses.ToList();
            var ids = await db.Units.Select(u => u.Id).ToListAsync();
            var rows = new List<(int Unit, UnitTotals Held, UnitTotals Counted)>();
            foreach (var id in ids)
            {
                var officers = await db.Officers.CountAsync(o => o.UnitId == id);
                var placed = await db.Officers.Where(o => o.UnitId == id).Where(MergePlanner.Data.Personnel.Officer.IsPlaced).CountAsync();
                var values = await db.Assets.Where(a => a.UnitId == id).Select(a => a.RemainingValue).ToListAsync();
                var open = await db.CaseFiles.CountAsync(c => c.OwningUnitId == id && !done.Contains(c.Status));
                rows.Add((id, held.Totals(MergePlanner.Web.Security.UnitScope.Only([id])), new UnitTotals(officers, values.Count, values.Sum(), open, placed)));
            }

            return (rows, done.Count);
        });
        Assert.True(finished > 0);
        Assert.Contains(units, u => u.Counted.Placed > 0);
        Assert.Contains(units, u => u.Counted.AssetValue > 0);
        Assert.All(units, u => Assert.Equal(u.Counted, u.Held));

        var dashboard = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<MergePlanner.Web.Features.Dashboard.DashboardLoader>().LoadAsync(null, null));
        Assert.True(dashboard.Model!.OfficersPlaced > 0);
        Assert.Equal(dashboard.Model.OfficersPlaced, dashboard.PlacedByOrigin.Values.Sum());
        Assert.Equal(units.Sum(u => u.Counted.Placed), dashboard.Model.OfficersPlaced);
    }

    private static int Number(string text) => int.Parse(Regex.Replace(text, @"[^\d]", string.Empty), CultureInfo.InvariantCulture);

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private sealed record CellValue(string? Text, decimal? Number);

    /// <summary>The first sheet's rows: each cell as text (inline or shared string) or number (a typed cell).</summary>
    private static List<List<CellValue>> Sheet(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var sheet = part.WorksheetParts.First().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.DataType?.Value == CellValues.InlineString ? new CellValue(c.InnerText, null)
            : c.DataType?.Value == CellValues.SharedString ? new CellValue(shared[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)], null)
            : c.CellValue is { } v ? new CellValue(null, decimal.Parse(v.Text, CultureInfo.InvariantCulture))
            : new CellValue(null, null)).ToList()).ToList();
    }

    [GeneratedRegex(@"Tổng số: [\d.]+ đơn vị trực thuộc; (?<officers>[\d.]+) cán bộ, trong đó đã bố trí vào cơ cấu tổ chức mới [\d.]+; (?<assets>[\d.]+) tài sản")]
    private static partial Regex TotalLine();
}

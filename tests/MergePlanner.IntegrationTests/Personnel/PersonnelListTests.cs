using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>The printed personnel lists (issue 10, point 10) over real HTTP: each as PDF (read back with pdftotext),
/// print view and XLSX (numbers as numbers), the same figures as the pages; the proposals (verdicts read from
/// discipline, ratings and votes) and the support list (personal payments) refused to every role that may not see
/// sensitive personnel data — in all three forms.</summary>
public class PersonnelListTests(PersonnelListTests.Factory factory) : IClassFixture<PersonnelListTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private const string Support = "policy=HD-HP-2025&year=2025&month=8";

    [Theory]
    [InlineData("xem")]
    [InlineData("canbo.hd")]
    [InlineData("bo")]
    public async Task SensitiveLists_AreRefused_AsPdfXlsxAndPrint(string user)
    {
        using var client = await AppClient.SignedInAsync(factory, user);
        foreach (var url in new[]
        {
            "/personnel/lists/de-nghi-bo-nhiem.pdf", "/personnel/lists/de-nghi-bo-nhiem.xlsx", "/personnel/lists/de-nghi-bo-nhiem/print",
            $"/personnel/lists/ho-tro.pdf?{Support}", $"/personnel/lists/ho-tro.xlsx?{Support}", $"/personnel/lists/ho-tro/print?{Support}",
        })
        {
            var response = await client.GetAsync(url);
            Assert.True(AppClient.IsRefused(response), $"{user} {url}: {response.StatusCode}");
            Assert.DoesNotContain("Đánh giá tiêu chuẩn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Proposals_NameEveryPendingProposal_WithItsVerdict_InPdfXlsxAndPrint()
    {
        var pending = await factory.WithDbAsync(db => db.Nominations.Where(n => n.Status == NominationStatus.Proposed).Select(n => n.Officer!.OfficerNumber).ToListAsync());
        Assert.NotEmpty(pending);
        using var client = await AppClient.SignedInAsync(factory, "lanhdao");

        var bytes = await client.GetByteArrayAsync("/personnel/lists/de-nghi-bo-nhiem.pdf");
        var pdf = PdfText.Extract(bytes);
        Assert.Contains("DANH SÁCH", pdf, StringComparison.Ordinal);
        Assert.Contains($"xem xét bổ nhiệm {pending.Count} đồng chí", Flat(pdf), StringComparison.Ordinal);
        // The verdict wraps in its column: read word by word in drawing order, its words follow each other.
        Assert.Contains("Đạt các tiêu chuẩn", string.Join(' ', PdfLayout.Read(bytes).Pages.SelectMany(p => p.Words).Select(w => w.Text)), StringComparison.Ordinal);

        var rows = Rows(await client.GetByteArrayAsync("/personnel/lists/de-nghi-bo-nhiem.xlsx"));
        var header = rows.FindIndex(r => r.FirstOrDefault()?.Text == "STT");
        var items = rows.Skip(header + 1).Where(r => r.FirstOrDefault()?.Number is not null).ToList();
        Assert.Equal(pending.Count, items.Count);
        Assert.All(pending, number => Assert.Contains(items, r => r[1].Text!.Contains(number, StringComparison.Ordinal)));
        Assert.All(items, r => Assert.True(r[2].Number is >= 1950 and <= 2010, "birth year as a number"));
        Assert.All(items, r => Assert.Matches("^(Đạt các tiêu chuẩn|Không đạt: .+|Lưu ý: .+)", r[7].Text!));

        var print = await client.GetStringAsync("/personnel/lists/de-nghi-bo-nhiem/print");
        Assert.Equal(pending.Count, CountItems(print));
    }

    [Fact]
    public async Task Approved_Balance_Placement_AreTheFiguresOfTheirPages()
    {
        using var client = await AppClient.SignedInAsync(factory, "xem");
        var posts = await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<PostService>().ListAsync());
        var filled = posts.Count(p => p.HolderId is not null && p.Status is PostStatus.Filled or PostStatus.Approved);
        var approved = Rows(await client.GetByteArrayAsync("/personnel/lists/bo-nhiem.xlsx"));
        Assert.Equal(filled, approved.Count(r => r.FirstOrDefault()?.Number is not null));
        Assert.Equal(filled, CountItems(await client.GetStringAsync("/personnel/lists/bo-nhiem/print")));
        Assert.Contains($"Danh sách {filled.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng chí", Flat(PdfText.Extract(await client.GetByteArrayAsync("/personnel/lists/bo-nhiem.pdf"))), StringComparison.Ordinal);

        // The balance report: every tier's appointees per locality as the balance page counts them.
        var tiers = await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<BalanceService>().TiersAsync());
        var balance = Rows(await client.GetByteArrayAsync("/personnel/lists/can-doi.xlsx"));
        var appointed = balance.Where(r => r.Count > 1 && r[1].Number is not null).Select(r => (int)r[1].Number!.Value).ToList();
        Assert.Equal(tiers.SelectMany(t => t.Balance.Origins.Select(o => o.Appointed)), appointed);

        // The placement report: the totals of the staffing the placement page shows.
        var board = (await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<PlacementService>().BoardAsync()))!;
        var placement = Rows(await client.GetByteArrayAsync("/personnel/lists/bo-tri.xlsx"));
        var total = placement.Single(r => r.Count > 1 && r[1].Text == "Tổng cộng");
        Assert.Equal(board.Placed, (int)total[6].Number!.Value);
        Assert.Contains($"chưa bố trí {board.NotPlaced.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}", Flat(PdfText.Extract(await client.GetByteArrayAsync("/personnel/lists/bo-tri.pdf"))), StringComparison.Ordinal);

        // One unit's list: its officers; a unit outside the new structure is no list.
        var unit = await factory.WithDbAsync(db => db.Officers.Where(o => o.PlacedUnitId != null).GroupBy(o => o.PlacedUnitId).Select(g => new { Id = g.Key!.Value, Count = g.Count() }).OrderBy(g => g.Id).FirstAsync());
        Assert.Equal(unit.Count, CountItems(await client.GetStringAsync($"/personnel/lists/bo-tri/print?unit={unit.Id}")));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/personnel/lists/bo-tri.pdf?unit=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/personnel/lists/khong-co.pdf")).StatusCode);

        // What a viewer may print carries nothing of discipline, ratings or votes.
        foreach (var slug in new[] { "bo-nhiem", "bo-tri", "can-doi" })
        {
            var text = Flat(PdfText.Extract(await client.GetByteArrayAsync($"/personnel/lists/{slug}.pdf"))) + await client.GetStringAsync($"/personnel/lists/{slug}/print");
            foreach (var word in new[] { "kỷ luật", "Khiển trách", "Cảnh cáo", "xếp loại", "tín nhiệm", "Đánh giá tiêu chuẩn" })
            {
                Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task SupportList_TheMonthsEligibleOfficers_AndTheTotalOfThePage()
    {
        var month = (await ServiceCaller.AsAsync(factory, "tccb", s => s.GetRequiredService<SupportService>().MonthAsync("HD-HP-2025", 2025, 8)))!;
        Assert.True(month.Eligible > 0);
        using var client = await AppClient.SignedInAsync(factory, "tccb");
        var rows = Rows(await client.GetByteArrayAsync($"/personnel/lists/ho-tro.xlsx?{Support}"));
        var items = rows.Where(r => r.FirstOrDefault()?.Number is not null).ToList();
        Assert.Equal(month.Eligible, items.Count);
        Assert.All(items, r => Assert.Equal(3_600_000m, r[6].Number));
        Assert.Equal(month.Total, rows.Single(r => r.Count > 1 && r[1].Text == "Tổng cộng")[6].Number);
        var pdf = Flat(PdfText.Extract(await client.GetByteArrayAsync($"/personnel/lists/ho-tro.pdf?{Support}")));
        Assert.Contains($"tổng số tiền {month.Total.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} đồng", pdf, StringComparison.Ordinal);
        Assert.Contains("Cán bộ được hỗ trợ tháng 08/2025", pdf, StringComparison.Ordinal);
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static int CountItems(string html) => System.Text.RegularExpressions.Regex.Matches(html, "data-kind=\"Item\"").Count;

    private sealed record XCell(string? Text, decimal? Number);

    private static List<List<XCell>> Rows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.Number
                ? new XCell(null, decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture))
                : new XCell(c.InlineString?.InnerText ?? c.CellValue?.Text, null)).ToList())
            .ToList();
    }
}

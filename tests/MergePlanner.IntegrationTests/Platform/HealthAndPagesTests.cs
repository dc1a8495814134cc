using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;

namespace MergePlanner.IntegrationTests.Platform;

[Collection(SeededAppCollection.Name)]
public class HealthAndPagesTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task Health_Anonymous_ReportsTheDatabase()
    {
        var response = await AppClient.Anonymous(factory).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Dashboard_Leadership_ShowsTheMergerInVietnamese()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(EscapedText.NonAscii, html);
        Assert.Contains("Hợp nhất Công an TP Hải Phòng và Công an tỉnh Hải Dương", html, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", html, StringComparison.Ordinal);
        Assert.Contains("Tổng quan", html, StringComparison.Ordinal);
        var document = await AppClient.GetDocumentAsync(client, "/");
        Assert.Equal(3, document.QuerySelectorAll("[data-testid=origin-table] tbody tr").Length);
    }

    [Fact]
    public async Task UnitSearch_WithoutDiacritics_FindsVietnameseNames()
    {
        var page = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Organisation.UnitListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Organisation.UnitListFilter("ai quoc", null, null, null), 1, 50, null, false));
        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.Contains("Ái Quốc", r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OfficerList_SortByRankDescending_StartsWithTheMostSenior()
    {
        var page = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Personnel.OfficerListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Personnel.OfficerListFilter(null, null, null, null, null, false), 1, 50, "Rank", true));
        Assert.Equal(MergePlanner.Data.Personnel.Rank.MajorGeneral, page.Rows[0].Rank);
    }

    [Fact]
    public async Task OfficerSearch_WithoutDiacritics_FindsVietnameseNames()
    {
        var page = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Personnel.OfficerListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Personnel.OfficerListFilter("nguyen van", null, null, null, null, false), 1, 50, null, false));
        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.Contains("Nguyễn Văn", r.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssetList_PageBeyondTheEnd_ShowsTheLastPage()
    {
        var page = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Inventory.AssetListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Inventory.AssetListFilter(null, null, null, MergePlanner.Data.Inventory.AssetCategory.Weapon, null, null, false), 999, 50, null, false));
        Assert.Equal((220, 5, 20), (page.Total, page.Page, page.Rows.Count));
    }

    [Fact]
    public async Task CaseList_UnknownEnumInUrl_IsIgnored()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var response = await client.GetAsync("/cases?kind=KhongCo&status=42");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MergerSummaryPdf_Leadership_DownloadsWithIntactVietnamese()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var response = await client.GetAsync("/reports/merger-summary.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Extract(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("Công an tỉnh Hải Dương", text, StringComparison.Ordinal);
        Assert.Contains("Tổ chức bộ máy, cán bộ", text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergerSummaryPdf_EnglishUi_IsStillVietnamese()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var text = PdfText.Extract(await client.GetByteArrayAsync("/reports/merger-summary.pdf"));
        Assert.Contains("Tài sản, kiểm kê", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Assets and inventory", text, StringComparison.Ordinal);
    }
}

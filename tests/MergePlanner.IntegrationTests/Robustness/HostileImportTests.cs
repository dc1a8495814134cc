using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.IntegrationTests.Robustness;

/// <summary>One bad value or one bad file must not break pages for everyone, nor cost the server unbounded memory:
/// every hostile file is refused row by row, nothing of it is written, and every page still answers.</summary>
[Collection(EditableAppCollection.Name)]
public class HostileImportTests(EditableAppFactory factory)
{
    private const string AssetHeader = "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Nguyên giá,Giá trị còn lại,Mã đơn vị quản lý,\"Năm sản xuất, xây dựng\",Số tầng,Diện tích (m²)";
    private const string CaseHeader = "Số hồ sơ,Loại hồ sơ,Trích yếu,Trạng thái,Mã đơn vị thụ lý,Ngày thụ lý,Số tờ,Số tập";

    private static readonly string[] PagesEveryoneOpens =
        ["/", "/assets", "/inventory/ledger", "/inventory/ledger.pdf", "/inventory/ledger.xlsx", "/reports/merger-summary", "/reports/merger-summary.pdf", "/inventory/assets/export.xlsx", "/inventory/assets/export.csv"];

    private async Task<(HttpStatusCode Status, string Html)> ImportAsync(string user, string register, string fileName, byte[] content)
    {
        return (HttpStatusCode.OK, await RegisterImportCaller.OutcomeHtmlAsync(factory, user, register, fileName, content));
    }

    private static List<string[]> Errors(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private async Task AllPagesAnswerAsync()
    {
        var leadership = await AppClient.SignedInAsync(factory, "lanhdao");
        foreach (var page in PagesEveryoneOpens)
        {
            var response = await leadership.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("Số lượng", $"HDG-HX-001,Bàn,Tài sản cố định khác,cái,{HostileFiles.HugeNumber},1,1,HDG.PH10,,,")]
    [InlineData("Nguyên giá", $"HDG-HX-002,Bàn,Tài sản cố định khác,cái,1,{HostileFiles.HugeNumber},1,HDG.PH10,,,")]
    [InlineData("Giá trị còn lại", $"HDG-HX-003,Bàn,Tài sản cố định khác,cái,1,1,{HostileFiles.HugeNumber},HDG.PH10,,,")]
    [InlineData("Năm sản xuất, xây dựng", $"HDG-HX-004,Nhà kho,\"Nhà, công trình\",cái,1,1,1,HDG.PH10,{HostileFiles.AboveInt},,100")]
    [InlineData("Số tầng", "HDG-HX-005,Nhà kho,\"Nhà, công trình\",cái,1,1,1,HDG.PH10,2000,-3,100")]
    [InlineData("Diện tích (m²)", "HDG-HX-006,Nhà kho,\"Nhà, công trình\",cái,1,1,1,HDG.PH10,2000,2,-100")]
    [InlineData("Số lượng", "HDG-HX-007,Bàn,Tài sản cố định khác,cái,-1,1,1,HDG.PH10,,,")]
    public async Task Import_AbsurdNumber_IsARowErrorAndPagesStillAnswer(string column, string row)
    {
        var header = AssetHeader;
        var before = await factory.WithDbAsync(db => db.Assets.CountAsync());
        var (status, html) = await ImportAsync("canbo.hd", "assets", "so-lon.csv", HostileFiles.Csv(header, [row]));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Errors(html), e => e[0] == "2" && e[1] == column);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Assets.CountAsync()));
        await AllPagesAnswerAsync();
    }

    [Fact]
    public async Task Import_LargestAllowedValues_StillAddUpOnEveryPage()
    {
        var rows = Enumerable.Range(1, 3).Select(i => $"HDG-MAX-{i:000},Tài sản giá trị lớn,Tài sản cố định khác,cái,1000000000,999999999999999,999999999999999,HDG.PH10,,,");
        var (_, html) = await ImportAsync("canbo.hd", "assets", "max.csv", HostileFiles.Csv(AssetHeader, rows));
        Assert.Contains("Đã nhập: 3 tạo mới", html, StringComparison.Ordinal);
        await AllPagesAnswerAsync();
    }

    [Fact]
    public async Task Import_CaseFileNegativeOrHugeCounts_AreRowErrors()
    {
        var rows = new[]
        {
            "HDG-HS-HX1,Hồ sơ lưu trữ,Hồ sơ,Đang giải quyết,HDG.PH10,01/01/2025,-5,1",
            $"HDG-HS-HX2,Hồ sơ lưu trữ,Hồ sơ,Đang giải quyết,HDG.PH10,01/01/2025,{HostileFiles.AboveInt},1",
            $"HDG-HS-HX3,Hồ sơ lưu trữ,Hồ sơ,Đang giải quyết,HDG.PH10,01/01/2025,10,{HostileFiles.HugeNumber}",
        };
        var (status, html) = await ImportAsync("canbo.hd", "cases", "ho-so.csv", HostileFiles.Csv(CaseHeader.Replace("Số tờ", "\"Số tờ, bút lục\"", StringComparison.Ordinal), rows));
        Assert.Equal(HttpStatusCode.OK, status);
        var errors = Errors(html);
        Assert.Contains(errors, e => e[0] == "2" && e[1] == "Số tờ, bút lục");
        Assert.Contains(errors, e => e[0] == "3" && e[1] == "Số tờ, bút lục");
        Assert.Contains(errors, e => e[0] == "4" && e[1] == "Số tập");
    }

    [Fact]
    public async Task Import_TextLongerThanItsColumn_IsARowError()
    {
        var (_, html) = await ImportAsync("canbo.hd", "assets", "dai.csv", HostileFiles.Csv(AssetHeader, [$"HDG-HX-LONG,{new string('x', 300)},Tài sản cố định khác,cái,1,1,1,HDG.PH10,,,"]));
        Assert.Contains(Errors(html), e => e[0] == "2" && e[1] == "Tên tài sản" && e[2].Contains("Tối đa 256 ký tự", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ControlCharacters_AreStrippedAndEveryExportStillWorks()
    {
        var name = HostileFiles.WithControlCharacters("Tủ hồ sơ sắt");
        var (_, html) = await ImportAsync("canbo.hd", "assets", "nul.csv", HostileFiles.Csv(AssetHeader, [$"HDG-HX-NUL,{name},Tài sản cố định khác,cái,1,1,1,HDG.PH10,,,"]));
        Assert.Contains("Đã nhập: 1 tạo mới", html, StringComparison.Ordinal);
        Assert.Equal("Tủ hồ sơ sắt", await factory.WithDbAsync(db => db.Assets.Where(a => a.Code == "HDG-HX-NUL").Select(a => a.Name).SingleAsync()));
        await AllPagesAnswerAsync();
    }

    [Fact]
    public async Task Import_LowerCaseCopyOfAnotherUnitsCode_IsRefusedNotANewItem()
    {
        var foreign = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Code.StartsWith("HPC.")).OrderBy(a => a.Id).Select(a => a.Code).FirstAsync());
        var before = await factory.WithDbAsync(db => db.Assets.CountAsync());
        var (_, html) = await ImportAsync("canbo.hd", "assets", "ma-thuong.csv", HostileFiles.Csv(AssetHeader, [$"{foreign.ToLowerInvariant()},Bàn,Tài sản cố định khác,cái,1,1,1,HDG.PH10,,,"]));
        Assert.Contains(Errors(html), e => e[0] == "2" && e[1] == "Mã tài sản" && e[2].Contains("ngoài phạm vi", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Assets.CountAsync()));
    }

    [Fact]
    public async Task Import_CodeDifferingOnlyInCase_UpdatesTheSameItem()
    {
        await ImportAsync("canbo.hd", "assets", "a.csv", HostileFiles.Csv(AssetHeader, ["HDG-HX-CASE,Bàn gỗ,Tài sản cố định khác,cái,1,1,1,HDG.PH10,,,"]));
        var (_, html) = await ImportAsync("canbo.hd", "assets", "b.csv", HostileFiles.Csv(AssetHeader, ["hdg-hx-case,Bàn gỗ lim,Tài sản cố định khác,cái,1,1,1,HDG.PH10,,,"]));
        Assert.Contains("Đã nhập: 0 tạo mới, 1 cập nhật.", html, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Assets.CountAsync(a => a.Code == "HDG-HX-CASE" || a.Code == "hdg-hx-case")));
    }

    [Fact]
    public async Task Import_ThousandsOfIdenticalRows_ReportsEachOnceWithinBoundedSize()
    {
        var file = HostileFiles.RepeatedRows(AssetHeader, "HDG-HX-DUP,Bàn,Tài sản cố định khác,cái,1,1,1,HDG.PH10,,,", 6000);
        Assert.True(file.Length < 1024 * 1024);
        var html = await RegisterImportCaller.OutcomeHtmlAsync(factory, "canbo.hd", "assets", "trung.csv", file);
        Assert.True(html.Length < 200_000, $"the error page is {html.Length:N0} characters");
        var errors = Errors(html);
        Assert.Equal(MergePlanner.Web.Spreadsheets.ImportErrors.MaxListed + 1, errors.Count);
        Assert.Equal("Trùng với dòng 2.", errors[0][2]);
        Assert.Contains("5.799 lỗi khác", errors[^1][2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_XlsxThatUnpacksToAGiant_IsRefusedWithAMessage()
    {
        var bomb = HostileFiles.XlsxBomb(["Mã tài sản", "Tên tài sản", "Nhóm tài sản", "Đơn vị tính", "Số lượng", "Mã đơn vị quản lý"], paddingMegabytes: 320);
        var html = await RegisterImportCaller.OutcomeHtmlAsync(factory, "canbo.hd", "assets", "bom.xlsx", bomb);
        Assert.Contains("giải nén ra quá lớn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportLineage_SamePairTwice_IsAnErrorNotLastRowWins()
    {
        var pair = await factory.WithDbAsync(async db => await db.UnitLineages.Where(l => l.ToUnitId != null).OrderBy(l => l.Id)
            .Select(l => new { From = l.FromUnit!.Code, To = l.ToUnit!.Code }).FirstAsync());
        var csv = Encoding.UTF8.GetBytes("Mã đơn vị nguồn,Mã đơn vị kế thừa,Hình thức,Ngày hiệu lực\n"
            + $"{pair.From},{pair.To},Sáp nhập vào,01/07/2025\n{pair.From.ToLowerInvariant()},{pair.To},Đổi tên,01/07/2025\n");
        var before = await factory.WithDbAsync(db => db.UnitLineages.Select(l => new { l.Id, l.Kind }).ToListAsync());
        var outcome = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Structure.StructureTransfer>()
            .ImportAsync("lineage", new MemoryStream(csv), MergePlanner.Web.Spreadsheets.TabularFormat.Csv, CancellationToken.None));
        Assert.Contains(outcome.Errors, e => e.Message.Contains("Trùng với dòng 2", StringComparison.Ordinal));
        Assert.Equal(before.Count, (await factory.WithDbAsync(db => db.UnitLineages.Select(l => new { l.Id, l.Kind }).ToListAsync())).Count);
    }
}

using Bunit;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Spreadsheets;

namespace MergePlanner.Tests.Components.Shared;

public class ImportOutcomeViewTests : ComponentTestContext
{
    [Fact]
    public void Errors_AreListedRowColumnAndReason_WithTheCount()
    {
        var cut = Context.Render<ImportOutcomeView>(p => p.Add(x => x.Outcome, new AssetImport.Outcome(0, 0,
            [new ImportError(3, "Số lượng", "Phải là số"), new ImportError(0, string.Empty, "Tệp quá lớn")])));
        var rows = cut.FindAll("[data-testid=import-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["3", "Số lượng", "Phải là số"], rows[0]);
        Assert.Equal(["–", string.Empty, "Tệp quá lớn"], rows[1]);
        Assert.Empty(cut.FindAll("[data-testid=import-success]"));
    }

    [Fact]
    public void Success_SaysHowManyWereCreatedAndUpdated()
    {
        var cut = Context.Render<ImportOutcomeView>(p => p.Add(x => x.Outcome, new AssetImport.Outcome(2, 1, [])));
        Assert.Equal("Đã nhập: 2 tạo mới, 1 cập nhật.", cut.Find("[data-testid=import-success]").TextContent.Trim());
    }
}

using MergePlanner.Web.Components.Shared;

namespace MergePlanner.Tests.Components.Shared;

public class SortHeaderTests
{
    private const string TableRow = "<table><thead><tr>{0}</tr></thead></table>";

    [Fact]
    public async Task Render_ActiveAscending_LinksToDescendingAndResetsPage()
    {
        var document = await ComponentHost.RenderAsync<SortHeader>(
            new() { ["Field"] = "name", ["Label"] = "Họ và tên", ["Current"] = "name", ["Descending"] = false },
            "http://localhost/officers?sort=name&dir=asc&page=4&q=nguyen", container: TableRow);
        var href = document.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Contains("dir=desc", href, StringComparison.Ordinal);
        Assert.Contains("q=nguyen", href, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", href, StringComparison.Ordinal);
        Assert.Equal("ascending", document.QuerySelector("th")!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Render_Inactive_LinksToAscending()
    {
        var document = await ComponentHost.RenderAsync<SortHeader>(
            new() { ["Field"] = "rank", ["Label"] = "Cấp bậc hàm", ["Current"] = "name" },
            "http://localhost/officers", container: TableRow);
        Assert.Contains("dir=asc", document.QuerySelector("a")!.GetAttribute("href")!, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("th")!.GetAttribute("aria-sort"));
    }
}

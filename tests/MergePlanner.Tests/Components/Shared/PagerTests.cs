using MergePlanner.Web.Components.Shared;

namespace MergePlanner.Tests.Components.Shared;

public class PagerTests
{
    private static Task<AngleSharp.Html.Dom.IHtmlDocument> Render(int total, int page, string uri = "http://localhost/officers?rank=Major&page=1") =>
        ComponentHost.RenderAsync<Pager<int>>(new() { ["Result"] = new PagedResult<int>([], total, page, 50) }, uri);

    [Fact]
    public async Task Render_MiddlePage_LinksKeepFiltersAndShowGaps()
    {
        var document = await Render(total: 1000, page: 10);
        var links = document.QuerySelectorAll("a.page-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.Contains("rank=Major", href, StringComparison.Ordinal));
        var numbers = document.QuerySelectorAll(".page-item").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["‹ Trước", "1", "…", "8", "9", "10", "11", "12", "…", "20", "Sau ›"], numbers);
        Assert.Equal("page", document.QuerySelector(".page-item.active a")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Render_Summary_UsesVietnameseNumberFormat()
    {
        var document = await Render(total: 7527, page: 2);
        Assert.Equal("Dòng 51–100 trên tổng số 7.527", document.QuerySelector("[data-testid=pager-summary]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Render_SinglePage_HasNoPageLinks()
    {
        var document = await Render(total: 12, page: 1);
        Assert.Empty(document.QuerySelectorAll(".pagination"));
        Assert.NotNull(document.QuerySelector("[data-testid=pager-summary]"));
    }
}

using Bunit;
using MergePlanner.Web.Components.Shared;

namespace MergePlanner.Tests.Components.Shared;

public class PagerTests : ComponentTestContext
{
    private IRenderedComponent<Pager<int>> Render(int total, int page, string uri = "http://localhost/officers?rank=Major&page=1")
    {
        At(uri);
        return Context.Render<Pager<int>>(p => p.Add(c => c.Result, new PagedResult<int>([], total, page, 50)));
    }

    [Fact]
    public void Render_MiddlePage_LinksKeepFiltersAndShowGaps()
    {
        var pager = Render(total: 1000, page: 10);
        var links = pager.FindAll("a.page-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.Contains("rank=Major", href, StringComparison.Ordinal));
        var numbers = pager.FindAll(".page-item").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["‹ Trước", "1", "…", "8", "9", "10", "11", "12", "…", "20", "Sau ›"], numbers);
        Assert.Equal("page", pager.Find(".page-item.active a").GetAttribute("aria-current"));
    }

    [Fact]
    public void Render_Summary_UsesVietnameseNumberFormat()
    {
        var pager = Render(total: 7527, page: 2);
        Assert.Equal("Dòng 51–100 trên tổng số 7.527", pager.Find("[data-testid=pager-summary]").TextContent.Trim());
    }

    [Fact]
    public void Render_SinglePage_HasNoPageLinks()
    {
        var pager = Render(total: 12, page: 1);
        Assert.Empty(pager.FindAll(".pagination"));
        Assert.NotNull(pager.Find("[data-testid=pager-summary]"));
    }
}

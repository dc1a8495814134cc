using Bunit;
using MergePlanner.Web.Components.Shared;

namespace MergePlanner.Tests.Components.Shared;

public class SortHeaderTests : ComponentTestContext
{
    [Fact]
    public void Render_ActiveAscending_LinksToDescendingAndResetsPage()
    {
        At("http://localhost/officers?sort=name&dir=asc&page=4&q=nguyen");
        var header = Context.Render<SortHeader>(p => p.Add(h => h.Field, "name").Add(h => h.Label, "Họ và tên").Add(h => h.Current, "name").Add(h => h.Descending, false));
        var href = header.Find("a").GetAttribute("href")!;
        Assert.Contains("dir=desc", href, StringComparison.Ordinal);
        Assert.Contains("q=nguyen", href, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", href, StringComparison.Ordinal);
        Assert.Equal("ascending", header.Find("th").GetAttribute("aria-sort"));
    }

    [Fact]
    public void Render_Inactive_LinksToAscending()
    {
        At("http://localhost/officers");
        var header = Context.Render<SortHeader>(p => p.Add(h => h.Field, "rank").Add(h => h.Label, "Cấp bậc hàm").Add(h => h.Current, "name"));
        Assert.Contains("dir=asc", header.Find("a").GetAttribute("href")!, StringComparison.Ordinal);
        Assert.Null(header.Find("th").GetAttribute("aria-sort"));
    }
}

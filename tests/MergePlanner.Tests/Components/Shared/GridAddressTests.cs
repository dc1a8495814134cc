using Bunit;
using Bunit.TestDoubles;
using MergePlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.Tests.Components.Shared;

/// <summary>A list grid's view and filters live in the address: a link, the back button and a refresh show the same list.</summary>
public class GridAddressTests : ComponentTestContext
{
    private static readonly string[] Sortable = ["Name", "Code"];

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void From_MalformedValues_AreTheDefaults()
    {
        Assert.Equal(new GridView(1, GridView.DefaultPageSize, null, false), GridView.From("abc", "13", "DROP TABLE", "desc", Sortable));
        Assert.Equal(new GridView(1, 25, "Name", true), GridView.From("-4", "25", "name", "DESC", Sortable));
        Assert.Equal(new GridView(3, 100, null, false), GridView.From("3", "100", null, "desc", Sortable));
    }

    [Fact]
    public void FiltersOf_IgnoresTheGridsOwnViewAndTheOrderOfParameters()
    {
        Assert.Equal(GridAddress.FiltersOf("http://localhost/assets?status=Missing&q=m%C3%A1y&page=3&sort=Name"),
            GridAddress.FiltersOf("http://localhost/assets?Q=m%C3%A1y&dir=desc&status=Missing&size=25"));
        Assert.NotEqual(GridAddress.FiltersOf("http://localhost/assets?q=a"), GridAddress.FiltersOf("http://localhost/assets?q=b"));
        Assert.Equal(string.Empty, GridAddress.FiltersOf("http://localhost/assets?page=2&q="));
    }

    [Fact]
    public void Read_NewView_DrawsTheGridAgain_FilterChange_ReloadsInPlace()
    {
        At("http://localhost/assets?sort=Name&page=2");
        var address = new GridAddress(Navigation);
        Assert.False(address.Read("2", null, "Name", null, Sortable));
        var firstKey = address.Key;
        Assert.Equal(new GridView(2, GridView.DefaultPageSize, "Name", false), address.View);
        address.Shown(2, GridView.DefaultPageSize, "Name", false);

        // A filter typed in the grid: a new history entry without the page; the grid reloads from its first page,
        // keeping its key (the field being typed in keeps its focus).
        address.Filter(("q", "máy"));
        Assert.Contains("q=m%C3%A1y", Navigation.Uri, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", Navigation.Uri, StringComparison.Ordinal);
        Assert.True(address.Read(null, null, "Name", null, Sortable));
        Assert.Equal(firstKey, address.Key);
        Assert.Equal(1, address.View.Page);

        // Reading the same address again changes nothing.
        Assert.False(address.Read(null, null, "Name", null, Sortable));

        // The back button to another page and sort: the grid is drawn again from the address.
        At("http://localhost/assets?sort=Code&dir=desc&page=5");
        Assert.False(address.Read("5", null, "Code", "desc", Sortable));
        Assert.NotEqual(firstKey, address.Key);
        Assert.Equal(new GridView(5, GridView.DefaultPageSize, "Code", true), address.View);
    }

    [Fact]
    public void Filter_BlankValue_RemovesTheParameter()
    {
        At("http://localhost/tasks?q=ban%20giao&status=Done&page=3");
        var address = new GridAddress(Navigation);
        address.Read("3", null, null, null, Sortable);
        address.Filter(("q", "  "), ("status", null));
        Assert.Equal("http://localhost/tasks", Navigation.Uri);
    }

    [Fact]
    public void Shown_WritesThePageTheServiceAnswered_ReplacingTheHistoryEntry()
    {
        At("http://localhost/units?page=999");
        var address = new GridAddress(Navigation);
        address.Read("999", null, null, null, Sortable);
        address.Shown(4, 100, "Name", true);
        Assert.Equal("http://localhost/units?page=4&size=100&sort=Name&dir=desc", Navigation.Uri);
        var history = Context.Services.GetRequiredService<BunitNavigationManager>().History;
        Assert.True(history.First().Options.ReplaceHistoryEntry);
    }
}

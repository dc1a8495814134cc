using Bunit;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace MergePlanner.Tests.Components.Shared;

/// <summary>The filter cells of the list grids report (query name, value) — blank or "all" as no value.</summary>
public class GridFilterTests : ComponentTestContext
{
    [Fact]
    public async Task TextFilter_ReportsTheTrimmedTextAfterThePause_NotAnUnchangedValue()
    {
        var reported = new List<(string Name, object? Value)>();
        var cut = Context.Render<GridTextFilter>(p => p.Add(f => f.Name, "q").Add(f => f.Label, "Tìm").Add(f => f.Value, "cũ")
            .Add(f => f.Changed, EventCallback.Factory.Create<(string, object?)>(this, v => reported.Add(v))));
        var input = cut.Find("input");
        Assert.Equal("filter-q", input.GetAttribute("data-testid"));
        Assert.Equal("Tìm", input.GetAttribute("aria-label"));

        await input.InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "  hậu cần " });
        cut.WaitForAssertion(() => Assert.Equal(("q", (object?)"hậu cần"), Assert.Single(reported)), TimeSpan.FromSeconds(3));

        await cut.Find("input").InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "cũ" });
        await Task.Delay(700);
        Assert.Single(reported);
    }

    [Fact]
    public void SelectFilter_OptionsFromTheResources_AllIsNoValue()
    {
        var options = GridSelectFilter.Of<MergerTaskStatus>(new Microsoft.Extensions.Localization.StringLocalizer<MergePlanner.Web.SharedResource>(
            Context.Services.GetService(typeof(Microsoft.Extensions.Localization.IStringLocalizerFactory)) as Microsoft.Extensions.Localization.IStringLocalizerFactory
            ?? throw new InvalidOperationException())).ToList();
        Assert.Equal(Enum.GetValues<MergerTaskStatus>().Length, options.Count);
        Assert.All(options, o => Assert.DoesNotContain("MergerTaskStatus.", o.Text, StringComparison.Ordinal));
        Assert.Equal("Done", GridSelectFilter.Key<MergerTaskStatus>(MergerTaskStatus.Done));
        Assert.Null(GridSelectFilter.Key<MergerTaskStatus>(null));
    }

    [Fact]
    public void CheckFilter_TickedIsTrue_UntickedRemovesTheFilter()
    {
        var reported = new List<(string Name, object? Value)>();
        var cut = Context.Render<GridCheckFilter>(p => p.Add(f => f.Name, "overdue").Add(f => f.Label, "Chỉ quá hạn")
            .Add(f => f.Changed, EventCallback.Factory.Create<(string, object?)>(this, v => reported.Add(v))));
        cut.Find("input").Change(true);
        Assert.Equal(("overdue", (object?)"true"), reported.Last());
        cut.Render(p => p.Add(f => f.Value, true));
        cut.Find("input").Change(false);
        Assert.Equal(("overdue", (object?)null), reported.Last());
        Assert.Contains("Chỉ quá hạn", cut.Markup, StringComparison.Ordinal);
    }
}

using Bunit;
using MergePlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace MergePlanner.Tests.Components.Shared;

public class ScopeGateTests : ComponentTestContext
{
    private static readonly RenderFragment Rows = builder => builder.AddMarkupContent(0, "<table data-testid=\"rows\"><tr><td>HPC-VK-0001</td></tr></table>");

    [Fact]
    public void Render_Refused_ShowsThe403PanelAndNoneOfTheContent()
    {
        var gate = Context.Render<ScopeGate>(p => p.Add(g => g.Refused, true).Add(g => g.ChildContent, Rows));
        Assert.Contains("403", gate.Markup, StringComparison.Ordinal);
        Assert.Contains("Đơn vị này nằm ngoài phạm vi đơn vị của bạn.", gate.Markup, StringComparison.Ordinal);
        Assert.Empty(gate.FindAll("[data-testid=rows]"));
        Assert.DoesNotContain("HPC-VK-0001", gate.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Allowed_ShowsTheContent()
    {
        var gate = Context.Render<ScopeGate>(p => p.Add(g => g.Refused, false).Add(g => g.ChildContent, Rows));
        Assert.Single(gate.FindAll("[data-testid=rows]"));
    }
}

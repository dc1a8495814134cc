using MergePlanner.Web;
using MergePlanner.Web.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Tests.Components.Shared;

public class MudResourceLocalizerTests : ComponentTestContext
{
    private MudResourceLocalizer Localizer() => new(Context.Services.GetRequiredService<IStringLocalizer<MudTexts>>());

    [Fact]
    public void Vietnamese_GridAndPagerTexts_AreTranslated_WithArguments()
    {
        UseCulture("vi-VN");
        Assert.Equal("có chứa", Localizer()["MudDataGrid_Contains"].Value);
        Assert.Equal("1–25 / 200", Localizer()["MudDataGridPager_InfoFormat", 1, 25, 200].Value);
    }

    [Fact]
    public void English_LeavesMudBlazorsOwnTexts()
    {
        UseCulture("en-US");
        Assert.True(Localizer()["MudDataGrid_Contains"].ResourceNotFound);
    }
}

using Bunit;
using MergePlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace MergePlanner.Tests.Components.Shared;

public class FilePickerTests : ComponentTestContext
{
    [Fact]
    public void ChosenFile_WithinTheLimit_IsShownWithItsSize_AndHandedToThePage()
    {
        IBrowserFile? chosen = null;
        var cut = Context.Render<FilePicker>(p => p.Add(x => x.MaxBytes, 1024).Add(x => x.FileChanged, (IBrowserFile? f) => chosen = f));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Mã tài sản\nA1\n", "tai-san.csv"));
        Assert.Equal("tai-san.csv", chosen?.Name);
        Assert.Contains("tai-san.csv", cut.Find("[data-testid=chosen-file]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ChosenFile_OverTheLimit_IsRefusedNamingTheLimit_AndNotHandedOn()
    {
        IBrowserFile? chosen = null;
        var handed = false;
        var cut = Context.Render<FilePicker>(p => p.Add(x => x.MaxBytes, 10).Add(x => x.FileChanged, (IBrowserFile? f) => (chosen, handed) = (f, true)));
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(new string('x', 50), "lon.csv"));
        Assert.True(handed);
        Assert.Null(chosen);
        var alert = cut.Find("[role=alert]").TextContent;
        Assert.Contains("lon.csv", alert, StringComparison.Ordinal);
        Assert.Contains("10 B", alert, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=chosen-file]"));
    }
}

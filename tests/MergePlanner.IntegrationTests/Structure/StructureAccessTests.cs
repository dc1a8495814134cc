using System.Net;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Structure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Structure;

/// <summary>Every structure page and endpoint: read for Admin, Leadership and Viewer; edit for Admin and
/// Leadership only; UnitStaff refused — on the server, including form posts.</summary>
[Collection(SeededAppCollection.Name)]
public class StructureAccessTests(MergePlannerFactory factory)
{
    private static readonly string[] ReadPages =
    [
        "/structure", "/structure?view=table", "/structure/lineage", "/structure/communes", "/structure/staffing", "/structure/review",
        "/structure/import", "/structure/report", "/structure/report.pdf", "/structure/export/units.xlsx", "/structure/export/lineage.csv",
    ];

    private static readonly string[] EditPages = ["/units/new", "/units/{id}/edit", "/structure/template/units.csv", "/structure/template/lineage.xlsx"];

    public static TheoryData<string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var user in new[] { "admin", "lanhdao", "xem", "canbo.hd" })
        {
            foreach (var page in ReadPages)
            {
                data.Add(user, page, user != "canbo.hd");
            }

            foreach (var page in EditPages)
            {
                data.Add(user, page, user is "admin" or "lanhdao");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_StructurePage_AllowedOnlyForItsRoles(string user, string page, bool allowed)
    {
        var id = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id).SingleAsync());
        var url = page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var response = await (await AppClient.SignedInAsync(factory, user)).GetAsync(url);
        if (allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} GET {url}: {(int)response.StatusCode}");
        }
        else
        {
            Assert.True(AppClient.IsRefused(response), $"{user} GET {url} was not refused: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Post_ImportAsViewer_IsRefusedAndWritesNothing()
    {
        var before = await factory.WithDbAsync(db => db.Units.CountAsync());
        var csv = System.Text.Encoding.UTF8.GetBytes("Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\nHPM.TEST,Phòng thử,Phòng,HPM\n");
        var outcome = await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<StructureTransfer>().ImportAsync("units", new MemoryStream(csv), MergePlanner.Web.Spreadsheets.TabularFormat.Csv, CancellationToken.None));
        Assert.False(outcome.Succeeded);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Post_LoadCommunesAsViewer_IsRefused()
    {
        var before = await factory.WithDbAsync(db => db.UnitLineages.CountAsync());
        Assert.Null(await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<CommuneListService>().LoadAsync(CommuneListService.BuiltIn(), null)));
        Assert.Equal(before, await factory.WithDbAsync(db => db.UnitLineages.CountAsync()));
    }

    [Fact]
    public async Task Post_AddLineageAsUnitStaffOnOwnUnit_IsRefused()
    {
        var id = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id).SingleAsync());
        var before = await factory.WithDbAsync(db => db.UnitLineages.CountAsync());
        var client = await AppClient.SignedInAsync(factory, "canbo.hd");
        var page = await client.GetStringAsync($"/units/{id}");
        Assert.DoesNotContain("lineage-add", page, StringComparison.Ordinal);

        // A call from a page that did not offer it is refused by the writer all the same.
        var result = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<StructureWriter>().WriteLineageAsync(
            [new MergePlanner.Web.Features.Structure.LineageDraft(0, "HDG.PH10", "HPM.PX01", MergePlanner.Data.Organisation.LineageKind.MergedInto, MergePlanner.Data.Organisation.LineagePortion.Whole, null, new DateOnly(2025, 7, 1), null, null)]));
        Assert.False(result.Succeeded);
        Assert.Equal("Tài khoản của bạn không có quyền sửa cơ cấu tổ chức.", Assert.Single(result.Errors).Message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.UnitLineages.CountAsync()));

        // The same refusal on an English page is in English (the writer's messages come from the resources).
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
            var english = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<StructureWriter>().WriteLineageAsync(
                [new MergePlanner.Web.Features.Structure.LineageDraft(0, "HDG.PH10", "HPM.PX01", MergePlanner.Data.Organisation.LineageKind.MergedInto, MergePlanner.Data.Organisation.LineagePortion.Whole, null, new DateOnly(2025, 7, 1), null, null)]));
            Assert.Equal("Your account may not edit the organisation structure.", Assert.Single(english.Errors).Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}

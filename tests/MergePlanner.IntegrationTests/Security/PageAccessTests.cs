using MergePlanner.TestSupport;
using System.Net;
using MergePlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Security;

/// <summary>Every page and endpoint answers 200 to the roles allowed and refuses the others, on the server.</summary>
[Collection(SeededAppCollection.Name)]
public class PageAccessTests(MergePlannerFactory factory)
{
    private const string Allowed = "allowed";
    private const string Refused = "refused";

    public static TheoryData<string, string, string> Matrix()
    {
        // {own} is the UnitStaff account's unit (HDG.PH10), {other} a unit outside it.
        string[] pages = ["/inventory", "/inventory/ledger", "/inventory/handovers", "/assets?register=weapons", "/", "/units", "/units/{own}", "/units/{other}", "/officers", "/assets", "/cases", "/tasks", "/reports",
            "/reports/merger-summary", "/reports/merger-summary.pdf", "/units/{own}/report.pdf", "/units/{other}/report.pdf",
            "/officers/{ownOfficer}", "/officers/{otherOfficer}", "/admin/users", "/admin/users/new"];
        var refusedFor = new Dictionary<string, string[]>
        {
            ["admin"] = [],
            ["lanhdao"] = ["/admin/users", "/admin/users/new"],
            ["xem"] = ["/admin/users", "/admin/users/new"],
            ["canbo.hd"] = ["/units/{other}", "/units/{other}/report.pdf", "/officers/{otherOfficer}", "/reports/merger-summary", "/reports/merger-summary.pdf", "/admin/users", "/admin/users/new"],
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (user, refused) in refusedFor)
        {
            foreach (var page in pages)
            {
                data.Add(user, page, refused.Contains(page) ? Refused : Allowed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_PageForRole_AllowedOrRefused(string user, string page, string expected)
    {
        var url = await ResolveAsync(page);
        var client = await AppClient.SignedInAsync(factory, user);
        var response = await client.GetAsync(url);
        if (expected == Allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} GET {url}: {(int)response.StatusCode}");
        }
        else
        {
            Assert.True(AppClient.IsRefused(response), $"{user} GET {url} was not refused: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/units")]
    [InlineData("/officers")]
    [InlineData("/reports/merger-summary.pdf")]
    [InlineData("/admin/users")]
    public async Task Get_Anonymous_RedirectsToLogin(string url)
    {
        var response = await AppClient.Anonymous(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessDenied_Page_Answers403InVietnamese()
    {
        var client = await AppClient.SignedInAsync(factory, "xem");
        var response = await client.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_Answers404InVietnamese()
    {
        var client = await AppClient.SignedInAsync(factory, "xem");
        var response = await client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskList_ScopeAndOverdueFilter_AppliedInTheQuery()
    {
        var own = await factory.WithDbAsync(db => db.Units.Where(u => u.Code.StartsWith("HDG.PH10")).Select(u => u.Id).ToListAsync());
        var staff = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<MergePlanner.Web.Features.Planning.TaskListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Planning.TaskListFilter(null, null, null, false), 1, 200, null, false));
        Assert.All(staff.Rows, r => Assert.Contains(r.UnitId, own));

        var (overdue, today) = await ServiceCaller.AsAsync(factory, "lanhdao", async s =>
        {
            var query = s.GetRequiredService<MergePlanner.Web.Features.Planning.TaskListQuery>();
            return (await query.PageAsync(new MergePlanner.Web.Features.Planning.TaskListFilter(null, null, null, true), 1, 200, "Deadline", false), query.Today);
        });
        Assert.All(overdue.Rows, r => Assert.True(r.Deadline < today && MergePlanner.Data.Planning.MergerTaskStatusRules.IsOpen(r.Status)));
        var expected = await factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Deadline < today).ToListAsync());
        Assert.Equal(expected.Count(t => MergePlanner.Data.Planning.MergerTaskStatusRules.IsOpen(t.Status)), overdue.Total);
    }

    [Fact]
    public async Task UnitList_UnitStaff_SeesOnlyOwnSubtree()
    {
        var own = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id).SingleAsync());
        var page = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<MergePlanner.Web.Features.Organisation.UnitListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Organisation.UnitListFilter(null, null, null, null), 1, 200, null, false));
        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.StartsWith("HDG.PH10", r.Code, StringComparison.Ordinal));
        Assert.Contains(page.Rows, r => r.Id == own);
    }

    [Fact]
    public async Task OfficerList_UnitStaff_SeesOnlyOwnUnit()
    {
        var own = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.PH10").Select(u => new { u.Id, u.Name }).SingleAsync());
        var expected = await factory.WithDbAsync(db => db.Officers.CountAsync(o => o.UnitId == own.Id));
        var page = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<MergePlanner.Web.Features.Personnel.OfficerListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Personnel.OfficerListFilter(null, null, null, null, null, false), 1, 200, null, false));
        Assert.Equal([own.Name], page.Rows.Select(r => r.UnitName).Distinct().ToList());
        Assert.Equal(expected, page.Total);
    }

    [Fact]
    public async Task UnitDetail_MissingUnit_Answers404()
    {
        var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var response = await client.GetAsync("/units/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> ResolveAsync(string page)
    {
        if (!page.Contains('{', StringComparison.Ordinal))
        {
            return page;
        }

        var ids = await factory.WithDbAsync(async db => new
        {
            Own = await db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id).SingleAsync(),
            Other = await db.Units.Where(u => u.Code == "HPC.PH10").Select(u => u.Id).SingleAsync(),
            OwnOfficer = await db.Officers.Where(o => o.Unit!.Code == "HDG.PH10").OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            OtherOfficer = await db.Officers.Where(o => o.Unit!.Code == "HPC.PH10" && o.PlacedUnit!.Code != "HDG.PH10").OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
        });
        return page.Replace("{ownOfficer}", ids.OwnOfficer.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{otherOfficer}", ids.OtherOfficer.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{own}", ids.Own.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{other}", ids.Other.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

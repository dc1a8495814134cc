using System.Globalization;
using System.Net;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Security;

/// <summary>A unit named in a URL never widens what a person may read: for every list and every query parameter
/// that names a unit, a unit outside a UnitStaff member's scope is refused with 403 and none of its rows or its
/// name reach the page.</summary>
[Collection(SeededAppCollection.Name)]
public class UnitFilterScopeTests(MergePlannerFactory factory)
{
    public static TheoryData<string> UnitFilters() =>
    [
        "/assets?unit={0}", "/assets?unit={0}&structure=after", "/assets?register=weapons&unit={0}",
        "/cases?unit={0}", "/cases?unit={0}&structure=after",
        "/officers?unit={0}", "/officers?unit={0}&structure=after",
        "/inventory/ledger/items?unit={0}", "/inventory/ledger/items?unit={0}&open=true",
    ];

    [Theory]
    [MemberData(nameof(UnitFilters))]
    public async Task UnitFilter_ForeignUnit_RefusedWithoutItsRows(string pattern)
    {
        var foreign = await ForeignUnitAsync();
        var client = await AppClient.SignedInAsync(factory, "canbo.hd");
        var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, pattern, foreign.Id));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(foreign.Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.AssetCode, html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.OfficerNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.CaseNumber, html, StringComparison.Ordinal);

        // The asset list's rows come from its query service, in the circuit: the same filter there shows none either.
        var assets = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<AssetListQuery>()
            .PageAsync(new AssetListFilter(null, foreign.OriginId, null, null, null, null, false), 1, 200, null, false));
        Assert.DoesNotContain(assets.Rows, r => r.Code == foreign.AssetCode);
        Assert.All(assets.Rows, r => Assert.StartsWith("HDG", r.Code, StringComparison.Ordinal));
        var files = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<MergePlanner.Web.Features.Cases.CaseFileListQuery>()
            .PageAsync(new MergePlanner.Web.Features.Cases.CaseFileListFilter(null, foreign.OriginId, null, null, false, null, false), 1, 200, null, false));
        Assert.DoesNotContain(files.Rows, r => r.Number == foreign.CaseNumber);
    }

    [Fact]
    public async Task CaseFileList_ForeignUnit_IsRefusedByTheQueryItself_LeadershipSeesIt()
    {
        var foreign = await ForeignUnitAsync();
        var filter = new MergePlanner.Web.Features.Cases.CaseFileListFilter(foreign.CaseNumber, null, null, null, false, foreign.Id, false);
        var staff = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<MergePlanner.Web.Features.Cases.CaseFileListQuery>().PageAsync(filter, 1, 50, null, false));
        Assert.True(staff.Refused);
        Assert.Empty(staff.Rows);
        var leadership = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Cases.CaseFileListQuery>().PageAsync(filter, 1, 50, null, false));
        Assert.Contains(leadership.Rows, r => r.Number == foreign.CaseNumber);
    }

    [Fact]
    public async Task AssetList_ForeignUnit_IsRefusedByTheQueryItself()
    {
        var foreign = await ForeignUnitAsync();
        var page = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<AssetListQuery>()
            .PageAsync(new AssetListFilter(null, null, null, null, null, foreign.Id, false), 1, 50, null, false));
        Assert.True(page.Refused);
        Assert.Empty(page.Rows);
        Assert.Equal(0m, await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<AssetListQuery>()
            .TotalValueAsync(new AssetListFilter(null, null, null, null, null, foreign.Id, false))));
    }

    [Fact]
    public async Task LedgerItems_ForeignUnit_RefusedByTheQuery_ForeignLocalityTreeShowsOnlyOwnItems()
    {
        var foreign = await ForeignUnitAsync();
        static Task<LedgerItemsResult> Query(IServiceProvider s, LedgerItemsFilter f) => s.GetRequiredService<LedgerItemsQuery>().PageAsync(f, 1, 200, null, false);

        var unit = await ServiceCaller.AsAsync(factory, "canbo.hd", s => Query(s, new LedgerItemsFilter(foreign.Id, null, false, false, null)));
        Assert.Empty(unit.Rows);
        Assert.True(await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<LedgerItemsQuery>().IsRefusedAsync(new LedgerItemsFilter(foreign.Id, null, false, false, null))));

        // A locality's root may be asked for with tree=true (the ledger's figures are per locality), but only the
        // person's own items are listed under it: none of a foreign locality's.
        var tree = await ServiceCaller.AsAsync(factory, "canbo.hd", s => Query(s, new LedgerItemsFilter(foreign.OriginId, null, false, true, null)));
        Assert.Empty(tree.Rows);
        var leadership = await ServiceCaller.AsAsync(factory, "lanhdao", s => Query(s, new LedgerItemsFilter(foreign.Id, null, false, false, null)));
        Assert.Contains(leadership.Rows, r => r.Code == foreign.AssetCode);
        Assert.All(leadership.Rows, r => Assert.Equal(foreign.Name, r.Unit));
    }

    [Fact]
    public async Task LedgerItems_StateAndOpenFilters_SortByUnaccounted_PageClamped()
    {
        var all = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<LedgerItemsQuery>().PageAsync(new LedgerItemsFilter(null, null, false, false, null), 1, 200, null, false));
        Assert.True(all.Total > 0);
        Assert.Equal(all.Rows.Select(r => r.Unaccounted).OrderByDescending(u => u), all.Rows.Select(r => r.Unaccounted));
        var uncounted = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<LedgerItemsQuery>().PageAsync(new LedgerItemsFilter(null, null, false, false, MergePlanner.Data.Inventory.Reconciliation.ItemState.Uncounted), 1, 50, "Book", false));
        Assert.All(uncounted.Rows, r => Assert.Equal(MergePlanner.Data.Inventory.Reconciliation.ItemState.Uncounted, r.S.State));
        Assert.Equal(uncounted.Rows.Select(r => r.Book).Order(), uncounted.Rows.Select(r => r.Book));
        var open = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<LedgerItemsQuery>().PageAsync(new LedgerItemsFilter(null, null, true, false, null), 9999, 50, null, false));
        Assert.All(open.Rows, r => Assert.True(r.Unaccounted > 0));
        Assert.Equal(Math.Max(1, (open.Total + 49) / 50), open.Page);
    }

    [Theory]
    [MemberData(nameof(UnitFilters))]
    public async Task UnitFilter_OwnUnit_Answers200(string pattern)
    {
        var own = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id).SingleAsync());
        var client = await AppClient.SignedInAsync(factory, "canbo.hd");
        var url = string.Format(CultureInfo.InvariantCulture, pattern, own);
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/assets?origin={0}")]
    [InlineData("/cases?origin={0}")]
    [InlineData("/officers?origin={0}")]
    [InlineData("/inventory/ledger/items?unit={0}&tree=true")]
    public async Task OriginFilter_ForeignLocality_ShowsNoForeignRow(string pattern)
    {
        var foreign = await ForeignUnitAsync();
        var client = await AppClient.SignedInAsync(factory, "canbo.hd");
        var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, pattern, foreign.OriginId));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(foreign.AssetCode, html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.OfficerNumber, html, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.CaseNumber, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitFilter_ReadAllRole_SeesAnyUnit()
    {
        var foreign = await ForeignUnitAsync();
        var page = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<AssetListQuery>()
            .PageAsync(new AssetListFilter(foreign.AssetCode, null, null, null, null, foreign.Id, false), 1, 50, null, false));
        Assert.Contains(page.Rows, r => r.Code == foreign.AssetCode);
    }

    /// <summary>A unit of old Hải Phòng (with a name no other unit has) holding assets, officers and case files:
    /// nothing of it is canbo.hd's.</summary>
    private Task<ForeignUnit> ForeignUnitAsync() => factory.WithDbAsync(async db =>
    {
        var names = await db.Units.GroupBy(u => u.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToListAsync();
        var unit = await db.Units.Where(u => u.Code.StartsWith("HPC.") && names.Contains(u.Name) && db.Assets.Any(a => a.UnitId == u.Id) && db.Officers.Any(o => o.UnitId == u.Id) && db.CaseFiles.Any(c => c.OwningUnitId == u.Id))
            .OrderBy(u => u.Id).FirstAsync();
        return new ForeignUnit(unit.Id, unit.OriginId ?? unit.Id, unit.Name,
            await db.Assets.Where(a => a.UnitId == unit.Id).OrderBy(a => a.Code).Select(a => a.Code).FirstAsync(),
            await db.Officers.Where(o => o.UnitId == unit.Id).OrderBy(o => o.OfficerNumber).Select(o => o.OfficerNumber).FirstAsync(),
            await db.CaseFiles.Where(c => c.OwningUnitId == unit.Id).OrderBy(c => c.Number).Select(c => c.Number).FirstAsync());
    });

    private sealed record ForeignUnit(int Id, int OriginId, string Name, string AssetCode, string OfficerNumber, string CaseNumber);
}

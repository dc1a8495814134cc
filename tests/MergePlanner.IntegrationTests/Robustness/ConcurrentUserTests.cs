using System.Net;
using System.Text.RegularExpressions;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Robustness;

/// <summary>Two people doing the same thing at the same moment: nobody gets a raw 500 and nobody silently overwrites
/// someone else's values; conflicts are refused with a message that says what changed.</summary>
[Collection(EditableAppCollection.Name)]
public partial class ConcurrentUserTests(EditableAppFactory factory)
{
    private const string Header = "Mã tài sản,Tên tài sản,Nhóm tài sản,Đơn vị tính,Số lượng,Mã đơn vị quản lý";

    [Fact]
    public async Task Import_SameFileSentTwiceAtOnce_NoErrorPageAndNoDuplicates()
    {
        for (var round = 0; round < 5; round++)
        {
            var file = HostileFiles.Csv(Header, Enumerable.Range(1, 40).Select(i => $"HDG-CC{round}-{i:000},Ghế xoay,Tài sản cố định khác,cái,2,HDG.PH10"));
            var first = await AppClient.SignedInAsync(factory, "canbo.hd");
            var second = await AppClient.SignedInAsync(factory, "canbo.hd");
            var responses = await Task.WhenAll(
                AppClient.PostFormAsync(first, "/inventory/import", "import-assets", new() { ["register"] = "assets" }, ("file", "a.csv", file)),
                AppClient.PostFormAsync(second, "/inventory/import", "import-assets", new() { ["register"] = "assets" }, ("file", "a.csv", file)));
            var pages = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.All(pages, p => Assert.DoesNotContain("UNIQUE", p, StringComparison.Ordinal));
            Assert.Contains(pages, p => p.Contains("Đã nhập: 40 tạo mới", StringComparison.Ordinal));
            Assert.Equal(40, await factory.WithDbAsync(db => db.Assets.CountAsync(a => a.Code.StartsWith($"HDG-CC{round}-"))));
        }
    }

    [Fact]
    public async Task Count_StaleForm_IsRefusedNamingWhoChangedWhat()
    {
        var campaign = await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HDG").Select(c => c.Id).SingleAsync());
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.CampaignId == campaign && l.Asset!.Unit!.Code == "HDG.PH10").OrderByDescending(l => l.Id).FirstAsync());
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var code = await factory.WithDbAsync(db => db.Assets.Where(a => a.Id == line.AssetId).Select(a => a.Code).SingleAsync());

        // Two people opened the page showing the same line; the first saves, then the second.
        var html = await staff.GetStringAsync($"/inventory/campaigns/{campaign}?q={Uri.EscapeDataString(code)}");
        var version = VersionOf(html, line.Id);
        var saved = await AppClient.PostFormAsync(staff, $"/inventory/campaigns/{campaign}", $"count-{line.Id}", new() { ["counted"] = "7", ["version"] = version });
        Assert.Contains("Đã ghi số lượng kiểm kê", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stale = await AppClient.PostFormAsync(staff, $"/inventory/campaigns/{campaign}", $"count-{line.Id}", new() { ["counted"] = "3", ["version"] = version });
        var message = await stale.Content.ReadAsStringAsync();
        Assert.Contains("vừa được canbo.hd ghi số lượng 7", message, StringComparison.Ordinal);
        Assert.Equal(7m, await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Id == line.Id).Select(l => l.CountedQuantity).SingleAsync()));
    }

    [Fact]
    public async Task Staffing_StaleForm_IsRefusedNamingTheChangedFigure()
    {
        var unit = await factory.WithDbAsync(db => db.StaffingQuotas.OrderBy(q => q.Id).Select(q => new { q.UnitId, q.Group, q.Authorised }).FirstAsync());
        var leadership = await AppClient.SignedInAsync(factory, "lanhdao");
        var page = await AppClient.GetDocumentAsync(leadership, $"/units/{unit.UnitId}");
        var fields = page.QuerySelectorAll("form input[name^=q-], form input[name^=was-]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        Assert.Equal(unit.Authorised.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[$"was-{unit.Group}"]);

        // Someone else changes the figure after the page was drawn.
        await factory.WithDbAsync(async db =>
        {
            var quota = await db.StaffingQuotas.SingleAsync(q => q.UnitId == unit.UnitId && q.Group == unit.Group);
            quota.Authorised = unit.Authorised + 5;
            return await db.SaveChangesAsync();
        });
        fields[$"q-{unit.Group}"] = "1";
        var response = await AppClient.PostFormAsync(leadership, $"/units/{unit.UnitId}", "save-quota", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("vừa được người khác sửa", html, StringComparison.Ordinal);
        Assert.Contains($"{unit.Authorised} → {unit.Authorised + 5}", html, StringComparison.Ordinal);
        Assert.Equal(unit.Authorised + 5, await factory.WithDbAsync(db => db.StaffingQuotas.Where(q => q.UnitId == unit.UnitId && q.Group == unit.Group).Select(q => q.Authorised).SingleAsync()));
    }

    [Fact]
    public async Task Handover_CreatedTwiceAtOnce_OneMinutesAndAClearMessage()
    {
        // Two transfers from the staff member's unit to one new unit, not yet in any handover.
        var assets = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Code == "HDG.PH10" && !db.ItemDispositions.Any(d => d.AssetId == a.Id)).OrderBy(a => a.Id).Take(2).Select(a => new { a.Id, a.Quantity }).ToListAsync());
        var target = await factory.WithDbAsync(db => db.Units.Where(u => u.Code.StartsWith("HPM.") && u.Code != "HPM.PH10" && u.ParentId != null).OrderBy(u => u.Id).Select(u => u.Code).FirstAsync());
        foreach (var asset in assets)
        {
            var errors = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().SaveDispositionsAsync(
                MergePlanner.Data.Inventory.Reconciliation.ItemKey.Asset(asset.Id), [new DispositionPart(DispositionOutcome.TransferToUnit, asset.Quantity, target, null, null, null)]));
            Assert.Empty(errors);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => ServiceCaller.AsAsync(factory, "canbo.hd",
            s => s.GetRequiredService<InventoryService>().CreateHandoverAsync("HDG.PH10", target, null, null))));
        Assert.Single(results, r => r.Id is not null);
        Assert.Single(results, r => r.Error is not null);
        var ids = assets.Select(a => a.Id).ToList();
        Assert.Equal(2, await factory.WithDbAsync(db => db.HandoverLines.CountAsync(l => l.Disposition!.AssetId != null && ids.Contains(l.Disposition.AssetId.Value))));
    }

    private static string VersionOf(string html, int lineId)
    {
        var form = html[html.IndexOf($"value=\"count-{lineId}\"", StringComparison.Ordinal)..];
        return VersionPattern().Match(form).Groups[1].Value;
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}

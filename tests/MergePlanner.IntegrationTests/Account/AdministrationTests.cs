using System.Net;
using DocumentFormat.OpenXml.Packaging;
using MergePlanner.Data.Identity;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Admin;
using MergePlanner.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Account;

/// <summary>
/// Issue 12, point 6: administrators edit, disable and enable accounts and reset passwords (each written to the audit
/// trail, never a password), checked in the service; the audit viewer shows who changed what, before and after, filtered
/// by person, unit, kind of record and date, exported as filtered — to leadership and administrators, within their own
/// merger only.
/// </summary>
public class AdministrationTests(AdministrationTests.Factory factory) : IClassFixture<AdministrationTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private Task<T> As<T>(string user, Func<IServiceProvider, Task<T>> call) => ServiceCaller.AsAsync(factory, user, call);

    private Task<IReadOnlyList<string>> CreateAsync(string userName, string role, string? unit) =>
        As("admin", s => s.GetRequiredService<AccountService>().CreateAsync(new NewAccount(userName, "Người thử", role, unit, "Matkhau@2025")));

    [Fact]
    public async Task Edit_ChangesNameRoleAndUnit_NamesEveryBadField_AndIsAudited()
    {
        Assert.Empty(await CreateAsync("sua.thu", Roles.Viewer, null));
        var bad = await As("admin", s => s.GetRequiredService<AccountService>().UpdateAsync("sua.thu", new AccountEdit("", Roles.UnitStaff, "KHONG.CO")));
        Assert.Equal(2, bad.Count);
        Assert.Contains(bad, e => e.Contains("KHONG.CO", StringComparison.Ordinal));
        Assert.Contains(bad, e => e.Contains("họ và tên", StringComparison.Ordinal));

        Assert.Empty(await As("admin", s => s.GetRequiredService<AccountService>().UpdateAsync("sua.thu", new AccountEdit("Trần Văn Sửa", Roles.UnitStaff, "HDG.PH10"))));
        var account = await factory.WithDbAsync(db => db.Users.Include(u => u.Unit).SingleAsync(u => u.UserName == "sua.thu"));
        Assert.Equal(("Trần Văn Sửa", "HDG.PH10"), (account.FullName, account.Unit!.Code));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppUser" && a.EntityKey == "sua.thu" && a.Action == "Modified").SingleAsync());
        Assert.Contains("Viewer", audit.Before, StringComparison.Ordinal);
        Assert.Contains("UnitStaff", audit.After, StringComparison.Ordinal);
        Assert.Equal("admin", audit.UserName);

        // The new role works at once: the account sees its unit only.
        using var staff = await AppClient.SignedInAsync(factory, "sua.thu", "Matkhau@2025");
        Assert.True(AppClient.IsRefused(await staff.GetAsync("/reports/merger-summary")));
    }

    [Theory]
    [InlineData("lanhdao")]
    [InlineData("tccb")]
    [InlineData("canbo.hd")]
    public async Task AccountChanges_ByAnyoneButAnAdministrator_AreRefusedAndChangeNothing(string user)
    {
        var service = (Func<IServiceProvider, AccountService>)(s => s.GetRequiredService<AccountService>());
        Assert.NotEmpty(await As(user, s => service(s).UpdateAsync("xem", new AccountEdit("Đổi tên", Roles.Admin, null))));
        Assert.NotNull(await As(user, s => service(s).SetDisabledAsync("xem", true)));
        Assert.Null((await As(user, s => service(s).ResetPasswordAsync("xem"))).Password);
        var xem = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "xem"));
        Assert.NotEqual("Đổi tên", xem.FullName);
        Assert.Null(xem.LockoutEnd);
    }

    [Fact]
    public async Task Disable_StopsSignIn_Enable_LetsItBack_NeverOneself()
    {
        Assert.Empty(await CreateAsync("khoa.thu", Roles.Viewer, null));
        Assert.Null(await As("admin", s => s.GetRequiredService<AccountService>().SetDisabledAsync("khoa.thu", true)));
        var client = AppClient.Anonymous(factory);
        Assert.NotEqual(HttpStatusCode.Redirect, (await AppClient.LoginAsync(client, "khoa.thu", "Matkhau@2025")).StatusCode);

        Assert.Null(await As("admin", s => s.GetRequiredService<AccountService>().SetDisabledAsync("khoa.thu", false)));
        using var back = await AppClient.SignedInAsync(factory, "khoa.thu", "Matkhau@2025");

        Assert.NotNull(await As("admin", s => s.GetRequiredService<AccountService>().SetDisabledAsync("admin", true)));
        Assert.Equal(["Disabled", "Enabled"], await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "khoa.thu" && a.EntityType == "AppUser").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task ResetPassword_GivesATemporaryPasswordThatSignsIn_TheOldOneNoLonger_NeverWrittenToTheTrail()
    {
        Assert.Empty(await CreateAsync("matkhau.thu", Roles.Viewer, null));
        var (password, error) = await As("admin", s => s.GetRequiredService<AccountService>().ResetPasswordAsync("matkhau.thu"));
        Assert.Null(error);
        Assert.NotNull(password);

        Assert.NotEqual(HttpStatusCode.Redirect, (await AppClient.LoginAsync(AppClient.Anonymous(factory), "matkhau.thu", "Matkhau@2025")).StatusCode);
        using var client = await AppClient.SignedInAsync(factory, "matkhau.thu", password);
        var trail = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "matkhau.thu").Select(a => (a.Before ?? string.Empty) + (a.After ?? string.Empty)).ToListAsync());
        Assert.DoesNotContain(trail, t => t.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAuditViewer_ShowsWhoChangedWhat_FilteredByPersonUnitEntityAndDate_AndExportsAsFiltered()
    {
        // A change by a unit's staff: a count on a line of their unit.
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Asset!.Unit!.Code == "HDG.PH10" && l.Campaign!.Status == MergePlanner.Data.Inventory.Campaigns.CampaignStatus.Open).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        Assert.Null(await As("canbo.hd", s => s.GetRequiredService<InventoryService>().CountAsync(line, 1, "Kiểm kê lại để thử nhật ký")));

        using var leadership = await AppClient.SignedInAsync(factory, "lanhdao");
        var today = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await AppClient.GetDocumentAsync(leadership, $"/admin/audit?person=canbo.hd&unit=HDG.PH10&entity=InventoryLine&from={today}&to={today}");
        var rows = page.QuerySelectorAll("[data-testid=audit-row]");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("canbo.hd", r.TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains("Kiểm kê lại để thử nhật ký", StringComparison.Ordinal));

        // Another day, another unit: nothing.
        Assert.Empty((await AppClient.GetDocumentAsync(leadership, "/admin/audit?person=canbo.hd&from=2020-01-01&to=2020-01-31")).QuerySelectorAll("[data-testid=audit-row]"));
        Assert.Empty((await AppClient.GetDocumentAsync(leadership, "/admin/audit?person=canbo.hd&unit=HPM.PH10&entity=InventoryLine")).QuerySelectorAll("[data-testid=audit-row]"));
        Assert.NotNull((await AppClient.GetDocumentAsync(leadership, "/admin/audit?unit=KHONG.CO")).QuerySelector("[data-testid=audit-error]"));

        // The export holds the same rows.
        var xlsx = await leadership.GetByteArrayAsync($"/admin/audit.xlsx?person=canbo.hd&unit=HDG.PH10&entity=InventoryLine&from={today}&to={today}");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var text = string.Join(' ', document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText));
        Assert.Contains("Kiểm kê lại để thử nhật ký", text, StringComparison.Ordinal);
        Assert.Equal(rows.Length, document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Any(c => c.InnerText == "canbo.hd")));

        // The other merger's leadership see none of it; roles without the right are refused the page and the file.
        using var other = await AppClient.SignedInAsync(factory, "lanhdao.nb");
        Assert.Empty((await AppClient.GetDocumentAsync(other, "/admin/audit?person=canbo.hd")).QuerySelectorAll("[data-testid=audit-row]"));
        foreach (var user in new[] { "xem", "tccb", "canbo.hd" })
        {
            using var client = await AppClient.SignedInAsync(factory, user);
            Assert.True(AppClient.IsRefused(await client.GetAsync("/admin/audit")), $"{user} reads the audit page");
            Assert.True(AppClient.IsRefused(await client.GetAsync("/admin/audit.xlsx")), $"{user} exports the audit trail");
            Assert.Empty(await As(user, s => s.GetRequiredService<AuditTrail>().PageAsync(new AuditFilter(null, null, null, null, null), 1, 50)).ContinueWith(t => t.Result.Rows));
        }
    }
}

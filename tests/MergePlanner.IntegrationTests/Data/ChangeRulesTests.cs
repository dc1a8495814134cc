using MergePlanner.TestSupport;
using MergePlanner.Data;
using MergePlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Data;

/// <summary>The save rules on a real SQLite database: audit, optimistic concurrency, no hard deletes.</summary>
[Collection(SeededAppCollection.Name)]
public class ChangeRulesTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task Save_ModifiedOfficer_WritesAuditAndBumpsVersion()
    {
        using var scope = factory.Services.CreateScope();
        var db = await MergePlannerFactory.ConfineToDemoAsync(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>());
        var officer = await db.Officers.IgnoreQueryFilters().OrderBy(o => o.Id).Skip(10).FirstAsync();
        var oldName = officer.FullName;
        var version = officer.Version;
        officer.FullName = "Phạm Văn Kiểm Toán";
        await db.SaveChangesAsync();

        var audit = await db.AuditEntries.Where(a => a.EntityType == "Officer" && a.EntityKey == officer.Id.ToString()).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("Modified", audit.Action);
        Assert.Contains(oldName, audit.Before, StringComparison.Ordinal);
        Assert.Contains("Phạm Văn Kiểm Toán", audit.After, StringComparison.Ordinal);
        Assert.Equal(version + 1, officer.Version);
        Assert.Equal("pham van kiem toan", officer.SearchText[(officer.SearchText.IndexOf(' ') + 1)..]);
    }

    [Fact]
    public async Task Save_StaleCopy_LosesWithAConcurrencyError()
    {
        using var first = factory.Services.CreateScope();
        using var second = factory.Services.CreateScope();
        var db1 = await MergePlannerFactory.ConfineToDemoAsync(first.ServiceProvider.GetRequiredService<MergePlannerDbContext>());
        var db2 = await MergePlannerFactory.ConfineToDemoAsync(second.ServiceProvider.GetRequiredService<MergePlannerDbContext>());
        var id = await db1.Assets.OrderBy(a => a.Id).Skip(5).Select(a => a.Id).FirstAsync();
        var mine = await db1.Assets.SingleAsync(a => a.Id == id);
        var theirs = await db2.Assets.SingleAsync(a => a.Id == id);
        mine.Name += " (sửa 1)";
        await db1.SaveChangesAsync();
        theirs.Name += " (sửa 2)";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_DeletedUnit_IsRefusedAndNothingChanges()
    {
        using var scope = factory.Services.CreateScope();
        var db = await MergePlannerFactory.ConfineToDemoAsync(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>());
        var before = await db.Units.IgnoreQueryFilters().CountAsync();
        var unit = await db.Units.OrderByDescending(u => u.Id).FirstAsync();
        db.Units.Remove(unit);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(before, await factory.WithAllMergersAsync(d => d.Units.IgnoreQueryFilters().CountAsync()));
    }
}

using MergePlanner.Data.Organisation;
using MergePlanner.Data.Planning;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.Web.Features.Planning;
using MergePlanner.Web.Features.Structure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Structure;

/// <summary>Structure and plan changes checked in their services, as an interactive page will call them: the role from
/// the permission table, the stale-form rule and the plan's rules, with nothing written when refused.</summary>
[Collection(EditableAppCollection.Name)]
public class StructureServiceTests(EditableAppFactory factory)
{
    private Task<(int UnitId, PositionGroup Group, int Authorised)> QuotaAsync() =>
        factory.WithDbAsync(db => db.StaffingQuotas.OrderByDescending(q => q.Id).Select(q => new { q.UnitId, q.Group, q.Authorised }).FirstAsync())
            .ContinueWith(t => (t.Result.UnitId, t.Result.Group, t.Result.Authorised), TaskScheduler.Default);

    [Theory]
    [InlineData("canbo.hd")]
    [InlineData("xem")]
    public async Task SaveQuotas_RoleWithoutEditStructure_RefusedAndUnchanged(string user)
    {
        var (unit, group, authorised) = await QuotaAsync();
        var (result, _) = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<StaffingService>()
            .SaveQuotasAsync(unit, new Dictionary<PositionGroup, int?> { [group] = authorised + 1 }, new Dictionary<PositionGroup, int?> { [group] = authorised }));
        Assert.Equal(QuotaChange.Refused, result);
        Assert.Equal(authorised, await factory.WithDbAsync(db => db.StaffingQuotas.Where(q => q.UnitId == unit && q.Group == group).Select(q => q.Authorised).SingleAsync()));
    }

    [Fact]
    public async Task SaveQuotas_FromAStaleForm_NamesTheChangeAndKeepsTheNewerFigure()
    {
        var (unit, group, authorised) = await QuotaAsync();
        var (result, changed) = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StaffingService>()
            .SaveQuotasAsync(unit, new Dictionary<PositionGroup, int?> { [group] = 1 }, new Dictionary<PositionGroup, int?> { [group] = authorised + 3 }));
        Assert.Equal(QuotaChange.ChangedMeanwhile, result);
        Assert.Equal((group, (int?)(authorised + 3), (int?)authorised), Assert.Single(changed));
        Assert.Equal(authorised, await factory.WithDbAsync(db => db.StaffingQuotas.Where(q => q.UnitId == unit && q.Group == group).Select(q => q.Authorised).SingleAsync()));
    }

    [Fact]
    public async Task SaveQuotas_Leadership_Saves()
    {
        var (unit, group, authorised) = await QuotaAsync();
        var (result, _) = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<StaffingService>()
            .SaveQuotasAsync(unit, new Dictionary<PositionGroup, int?> { [group] = authorised + 2 }, new Dictionary<PositionGroup, int?> { [group] = authorised }));
        Assert.Equal(QuotaChange.Saved, result);
        Assert.Equal(authorised + 2, await factory.WithDbAsync(db => db.StaffingQuotas.Where(q => q.UnitId == unit && q.Group == group).Select(q => q.Authorised).SingleAsync()));
    }

    [Theory]
    [InlineData("canbo.hd")]
    [InlineData("xem")]
    public async Task TaskStatus_RoleWithoutEditTasks_Refused(string user)
    {
        var task = await factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Status != MergerTaskStatus.Done).OrderBy(t => t.Id).Select(t => new { t.Id, t.Status }).FirstAsync());
        var result = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<TaskService>().SetStatusAsync(task.Id, MergerTaskStatus.Done));
        Assert.Equal(TaskChange.Refused, result.Change);
        Assert.Equal(task.Status, await factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Id == task.Id).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task TaskStatus_InventoryDoneWhileItemsUnaccounted_Blocked()
    {
        // An open task of the inventory workstream (the demo plan may have them all done by now).
        var task = await factory.WithDbAsync(async db =>
        {
            var t = await db.MergerTasks.Where(t => t.Workstream == Workstream.AssetsAndInventory).OrderBy(t => t.Id).FirstAsync();
            t.Status = MergerTaskStatus.AwaitingApproval;
            await db.SaveChangesAsync();
            return t.Id;
        });
        var result = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<TaskService>().SetStatusAsync(task, MergerTaskStatus.Done));
        Assert.Equal(TaskChange.BlockedByLedger, result.Change);
        Assert.True(result.Unaccounted > 0);
    }

    [Fact]
    public async Task ResolveReviewItem_UnitStaffRefused_LeadershipResolves()
    {
        var item = await factory.WithDbAsync(db => db.LineageReviewItems.Where(r => !r.Resolved).OrderByDescending(r => r.Id).Select(r => new { r.Id, r.SourceText }).FirstAsync());
        Assert.Null(await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<ReviewService>().ResolveAsync(item.Id)));
        Assert.False(await factory.WithDbAsync(db => db.LineageReviewItems.Where(r => r.Id == item.Id).Select(r => r.Resolved).SingleAsync()));
        Assert.Equal(item.SourceText, await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<ReviewService>().ResolveAsync(item.Id)));
        Assert.Equal("lanhdao", await factory.WithDbAsync(db => db.LineageReviewItems.Where(r => r.Id == item.Id).Select(r => r.ResolvedBy).SingleAsync()));
    }
}

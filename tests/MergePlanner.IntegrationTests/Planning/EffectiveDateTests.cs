using MergePlanner.Data.Planning;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Planning;

/// <summary>Moving the effective date D of a merger still being prepared (issue 11, point 8): every task kept as D±n
/// follows, a fixed date stays, the baseline stays (so the move shows as slippage), each moved task says why. Its own
/// app: the demo merger is put back before its date for this.</summary>
public class EffectiveDateTests(EffectiveDateTests.Factory factory) : IClassFixture<EffectiveDateTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    [Fact]
    public async Task MoveEffectiveDate_RelativeDeadlinesFollow_FixedStay_OnlyLeadership_OnlyBeforeD()
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var d = today.AddDays(60);
        await factory.WithDbAsync(async db =>
        {
            var merger = await db.Mergers.SingleAsync(m => m.Name == MergePlanner.Data.Seeding.DemoDataSeeder.MergerName);
            merger.EffectiveDate = d;
            foreach (var task in await db.MergerTasks.ToListAsync())
            {
                task.Deadline = PlanRules.Deadline(d, task.DaysFromEffective, task.Deadline);
                task.BaselineDeadline = task.Deadline;
            }

            return await db.SaveChangesAsync();
        });
        var fixedTask = await factory.WithDbAsync(async db =>
        {
            var task = await db.MergerTasks.OrderBy(t => t.Id).FirstAsync();
            task.DaysFromEffective = null;
            await db.SaveChangesAsync();
            return (task.Id, task.Deadline);
        });

        TaskService S(IServiceProvider s) => s.GetRequiredService<TaskService>();
        Assert.Equal(TaskChange.Refused, (await ServiceCaller.AsAsync(factory, "nhan.hp", s => S(s).MoveEffectiveDateAsync(d.AddDays(15), "Lùi theo chỉ đạo"))).Change);
        Assert.Equal(TaskChange.Invalid, (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).MoveEffectiveDateAsync(d.AddDays(15), " "))).Change);
        Assert.Equal(TaskChange.Invalid, (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).MoveEffectiveDateAsync(today, "Về hôm nay"))).Change);

        var moved = await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).MoveEffectiveDateAsync(d.AddDays(15), "Lùi theo chỉ đạo của Bộ"));
        Assert.True(moved.Succeeded, moved.Message);
        var tasks = await factory.WithDbAsync(db => db.MergerTasks.AsNoTracking().ToListAsync());
        Assert.All(tasks.Where(t => t.DaysFromEffective is not null), t =>
        {
            Assert.Equal(d.AddDays(15 + t.DaysFromEffective!.Value), t.Deadline);
            Assert.Equal(15, PlanRules.Slippage(t.BaselineDeadline, t.Deadline));
        });
        Assert.Equal(fixedTask.Deadline, tasks.Single(t => t.Id == fixedTask.Id).Deadline);
        Assert.Equal(tasks.Count(t => t.DaysFromEffective is not null), moved.Id);
        Assert.Equal(d.AddDays(15), await factory.WithDbAsync(db => db.Mergers.Where(m => m.Name == MergePlanner.Data.Seeding.DemoDataSeeder.MergerName).Select(m => m.EffectiveDate).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.TaskComments.AnyAsync(c => c.Text.Contains("Lùi theo chỉ đạo của Bộ"))));
    }
}

using MergePlanner.Data.Organisation.Setup;
using MergePlanner.Data.Planning;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Mergers;
using MergePlanner.Web.Features.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Planning;

/// <summary>The playbook a new merger's plan is made from (issue 11, point 1): the built-in template until an
/// administrator edits it; the first edit keeps all of it; a task is retired, not deleted; a merger set up afterwards
/// gets the edited plan. Only administrators change it.</summary>
public class PlaybookTests(PlaybookTests.Factory factory) : IClassFixture<PlaybookTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static PlaybookService S(IServiceProvider s) => s.GetRequiredService<PlaybookService>();

    [Fact]
    public async Task Edited_ByAnAdministratorOnly_KeptWhole_AndUsedByTheNextMerger()
    {
        var builtIn = await ServiceCaller.AsAsync(factory, "admin", s => S(s).RowsAsync());
        Assert.Equal(WorkstreamPlan.Template.Count, builtIn.Count);
        Assert.All(builtIn, r => Assert.Equal(0, r.Id));

        var form = new PlaybookForm(Workstream.SituationAndPlanning, "PV01", -5, "Tổ chức hội nghị triển khai kế hoạch hợp nhất", true, true);
        foreach (var user in new[] { "lanhdao", "tccb", "bo", "canbo.hd" })
        {
            Assert.NotNull(await ServiceCaller.AsAsync(factory, user, s => S(s).SaveAsync(null, form)));
        }

        var bad = await ServiceCaller.AsAsync(factory, "admin", s => S(s).SaveAsync(null, form with { Owner = "X1", Title = " " }));
        Assert.Contains("Tên nhiệm vụ", bad);
        Assert.Contains("PV01", bad);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlaybookTasks.CountAsync()));

        Assert.Null(await ServiceCaller.AsAsync(factory, "admin", s => S(s).SaveAsync(null, form)));
        var stored = await ServiceCaller.AsAsync(factory, "admin", s => S(s).RowsAsync());
        Assert.Equal(WorkstreamPlan.Template.Count + 1, stored.Count);
        var retired = stored.First(r => r.Title.StartsWith("Báo cáo Bộ Công an tiến độ", StringComparison.Ordinal));
        Assert.Null(await ServiceCaller.AsAsync(factory, "admin", s => S(s).SaveAsync(retired.Id,
            new PlaybookForm(retired.Workstream, retired.Owner, retired.DaysFromD, retired.Title, retired.Milestone, false, retired.Version))));
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "admin", s => S(s).SaveAsync(retired.Id,
            new PlaybookForm(retired.Workstream, retired.Owner, retired.DaysFromD, "Đổi từ bản cũ", retired.Milestone, true, retired.Version)))); // stale
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PlaybookTask) && a.UserName == "admin")));

        // A merger set up now: the added task in, the retired one out.
        var result = await ServiceCaller.AsAsync(factory, "admin", async s =>
        {
            var setup = s.GetRequiredService<MergerSetupService>();
            var request = setup.Propose("33")!;
            return await setup.CreateAsync(request);
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var titles = await factory.WithDbAsync(db => db.MergerTasks.IgnoreQueryFilters().Where(t => t.MergerId == result.MergerId).Select(t => new { t.Title, t.IsMilestone, t.DaysFromEffective }).ToListAsync());
        Assert.Equal(WorkstreamPlan.Template.Count, titles.Count);
        Assert.Contains(titles, t => t.Title == form.Title && t.IsMilestone && t.DaysFromEffective == -5);
        Assert.DoesNotContain(titles, t => t.Title == retired.Title);
    }
}

using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>The posts of the new structure (issue 10, point 3): made from the rules for both demo mergers, one
/// Giám đốc, some filled, some proposed and some vacant, never two holders for a post nor two posts for an officer; created only by
/// personnel staff and administrators.</summary>
public class PostTests(PostTests.Factory factory) : IClassFixture<PostTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    [Theory]
    [InlineData("lanhdao", "tccb")]
    [InlineData("lanhdao.nb", "tccb.nb")]
    public async Task Demo_PostsFromTheRules_OneDirector_SomeFilledSomeProposedSomeVacant(string leader, string personnel)
    {
        var rows = await ServiceCaller.AsAsync(factory, leader, s => s.GetRequiredService<PostService>().ListAsync());
        Assert.Single(rows, r => r.Position == Position.Director);
        Assert.Equal(PostStatus.Filled, rows.Single(r => r.Position == Position.Director).Status);
        Assert.Equal(7, rows.Count(r => r.Position == Position.DeputyDirector));
        Assert.Contains(rows, r => r.Status == PostStatus.Vacant);
        Assert.Contains(rows, r => r.Status == PostStatus.Proposed);
        Assert.All(rows.Where(r => r.Status == PostStatus.Filled), r => Assert.NotNull(r.HolderId));
        Assert.All(rows.Where(r => r.Status == PostStatus.Vacant), r => Assert.Null(r.HolderId));
        Assert.Equal(rows.Count(r => r.HolderId != null), rows.Where(r => r.HolderId != null).Select(r => r.HolderId).Distinct().Count());
        var summary = PostService.Summarise(rows);
        Assert.Equal(rows.Count, summary.Sum(s => s.Posts));
        Assert.Equal("ProvinceBoard", summary[0].Tier);

        // Already complete: nothing more to create; refused to leadership.
        Assert.Equal(0, await ServiceCaller.AsAsync(factory, personnel, s => s.GetRequiredService<PostService>().EnsureAsync()));
        Assert.Null(await ServiceCaller.AsAsync(factory, leader, s => s.GetRequiredService<PostService>().EnsureAsync()));
    }

    [Fact]
    public async Task Database_RefusesASecondPostForTheSameOfficer()
    {
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var held = await db.Posts.Where(p => p.HolderId != null).OrderBy(p => p.Id).FirstAsync();
            var vacant = await db.Posts.Where(p => p.HolderId == null).OrderBy(p => p.Id).FirstAsync();
            vacant.HolderId = held.HolderId;
            vacant.Status = PostStatus.Filled;
            await db.SaveChangesAsync();
            return 0;
        }));
    }

    [Fact]
    public async Task PostsPage_ShowsTheTiers_AndCreatesOnlyForPersonnelStaff()
    {
        var page = await (await AppClient.SignedInAsync(factory, "xem")).GetStringAsync("/posts");
        Assert.Contains("Ban Giám đốc", page, StringComparison.Ordinal);
        Assert.DoesNotContain("posts-ensure", page, StringComparison.Ordinal);
        Assert.Contains("posts-ensure", await (await AppClient.SignedInAsync(factory, "tccb")).GetStringAsync("/posts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balance_CountsTheSameAppointeesAndProposalsAsThePostsPage()
    {
        var (rows, tiers) = await ServiceCaller.AsAsync(factory, "xem", async s => (await s.GetRequiredService<PostService>().ListAsync(), await s.GetRequiredService<BalanceService>().TiersAsync()));
        var summary = PostService.Summarise(rows);
        Assert.Equal(BalanceService.Tiers, tiers.Select(t => t.Balance.Tier));
        foreach (var t in tiers)
        {
            var s = summary.Single(x => x.Tier == t.Balance.Tier);
            Assert.Equal((s.Filled + s.Approved, s.Proposed), (t.Balance.Appointed, t.Balance.Proposed));
            Assert.Equal(t.Balance.Appointed, t.Balance.Origins.Sum(o => o.Appointed));
        }

        // A unit's staff do not read the whole merger's counts: the service answers nothing.
        Assert.Empty(await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<BalanceService>().TiersAsync()));

        // The shares of officers add up to one; the balance page names the localities.
        var board = tiers.Single(t => t.Balance.Tier == "ProvinceBoard").Balance;
        Assert.Equal(1.0, board.Origins.Sum(o => o.HeadcountShare), 6);
        Assert.Contains("Hải Dương", await (await AppClient.SignedInAsync(factory, "xem")).GetStringAsync("/posts/balance"), StringComparison.Ordinal);
    }
}

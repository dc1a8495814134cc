using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>The selection workflow (issue 10, point 5) through the services, as the pages call them: personnel staff
/// propose from the ranked pool, leadership approve (the post filled, the officer placed, the post they held vacated)
/// or return with a reason, nobody decides on their own proposal, a locked list changes no more; the pool and the
/// nominations reach only the roles that may see the verdicts.</summary>
public class SelectionTests(SelectionTests.Factory factory) : IClassFixture<SelectionTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static SelectionService S(IServiceProvider s) => s.GetRequiredService<SelectionService>();

    private Task<int> VacantAsync(Position position, int skip = 0) => factory.WithDbAsync(db =>
        db.Posts.Where(p => p.Status == PostStatus.Vacant && p.Position == position).OrderBy(p => p.Id).Skip(skip).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task Propose_Approve_FillsThePost_PlacesTheOfficer_VacatesTheirFormerPost()
    {
        var post = await VacantAsync(Position.DeputyCommuneChief);
        var pool = await ServiceCaller.AsAsync(factory, "tccb", s => S(s).PoolAsync(post));
        Assert.Equal(SelectionService.PoolSize, pool!.Count);
        Assert.True(pool.Zip(pool.Skip(1)).All(p => p.First.Verdict.Fails <= p.Second.Verdict.Fails), "ranked by failed rules");

        // The best candidate who already holds a post of the new structure (so it must open when they move).
        var holder = await factory.WithDbAsync(db => db.Posts.Where(p => p.HolderId != null && p.Position == Position.DeputyCommuneChief && p.Id != post)
            .OrderBy(p => p.Id).Select(p => new { p.Id, Officer = p.HolderId!.Value }).FirstAsync());
        var balanceBefore = await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<BalanceService>().TiersAsync());
        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(post, holder.Officer, "Cán bộ trẻ, có năng lực")));

        // The balance of the tier moves while proposing: one more proposal, on the candidate's side.
        var balanceProposed = await ServiceCaller.AsAsync(factory, "xem", s => s.GetRequiredService<BalanceService>().TiersAsync());
        var origin = await factory.WithDbAsync(db => db.Officers.Where(o => o.Id == holder.Officer).Select(o => o.OriginId).SingleAsync());
        int Proposed(IReadOnlyList<TierBalanceView> t) => t.Single(x => x.Balance.Tier == "CommuneDeputies").Balance.Origins.Single(o => o.OriginId == origin).Proposed;
        Assert.Equal(Proposed(balanceBefore) + 1, Proposed(balanceProposed));
        Assert.Equal("Chức danh này đang có đề xuất chờ lãnh đạo quyết định.", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(post, pool[0].OfficerId, null)));
        Assert.Equal(PostStatus.Proposed, await factory.WithDbAsync(db => db.Posts.Where(p => p.Id == post).Select(p => p.Status).SingleAsync()));

        var nomination = await factory.WithDbAsync(db => db.Nominations.Where(n => n.PostId == post).Select(n => n.Id).SingleAsync());
        Assert.Contains("không có quyền", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ApproveAsync(nomination, "1/QĐ", DateOnly.FromDateTime(DateTime.Today))), StringComparison.Ordinal);
        Assert.Equal("Nhập số quyết định bổ nhiệm.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync(nomination, " ", DateOnly.FromDateTime(DateTime.Today))));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync(nomination, "2345/QĐ-CAT", DateOnly.FromDateTime(DateTime.Today))));

        await factory.WithDbAsync(async db =>
        {
            var filled = await db.Posts.SingleAsync(p => p.Id == post);
            Assert.Equal((PostStatus.Filled, holder.Officer, "2345/QĐ-CAT"), (filled.Status, filled.HolderId!.Value, filled.DecisionNumber));
            var officer = await db.Officers.SingleAsync(o => o.Id == holder.Officer);
            Assert.Equal((filled.UnitId, filled.Position), (officer.PlacedUnitId!.Value, officer.PlacedPosition!.Value));
            var step = await db.PlacementRecords.Where(r => r.OfficerId == holder.Officer).OrderByDescending(r => r.Id).FirstAsync();
            Assert.Equal((MergePlanner.Data.Personnel.Placement.PlacementKind.Appointment, filled.UnitId, "lanhdao"), (step.Kind, step.ToUnitId, step.UserName));
            Assert.StartsWith("2345/QĐ-CAT", step.Reason, StringComparison.Ordinal);
            var former = await db.Posts.SingleAsync(p => p.Id == holder.Id);
            Assert.Equal((PostStatus.Vacant, (int?)null), (former.Status, former.HolderId));
            Assert.Equal(NominationStatus.Approved, (await db.Nominations.SingleAsync(n => n.Id == nomination)).Status);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Nomination) && a.UserName == "lanhdao"));
            return 0;
        });
    }

    [Fact]
    public async Task NobodyDecidesOnTheirOwnProposal_ReturnNeedsAReason_ALockedListChangesNoMore()
    {
        var post = await VacantAsync(Position.CommuneChief, skip: 1);
        var pool = (await ServiceCaller.AsAsync(factory, "admin", s => S(s).PoolAsync(post, onlyEligible: true)))!;
        Assert.All(pool, c => Assert.NotEqual(MergePlanner.Data.Personnel.Eligibility.RuleOutcome.Fail, c.Verdict.Outcome));
        Assert.Null(await ServiceCaller.AsAsync(factory, "admin", s => S(s).ProposeAsync(post, pool[0].OfficerId, null)));
        var nomination = await factory.WithDbAsync(db => db.Nominations.Where(n => n.PostId == post).Select(n => n.Id).SingleAsync());

        Assert.Equal("Không được tự phê duyệt hoặc trả lại đề xuất do chính mình lập.", await ServiceCaller.AsAsync(factory, "admin", s => S(s).ApproveAsync(nomination, "9/QĐ", DateOnly.FromDateTime(DateTime.Today))));
        Assert.Equal("Còn đề xuất chờ quyết định trong danh sách: chưa chốt được.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).LockAsync("CommuneChiefs")));
        Assert.Equal("Nhập lý do trả lại đề xuất.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync(nomination, "")));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync(nomination, "Chưa đủ thời gian giữ chức vụ")));
        Assert.Equal(PostStatus.Vacant, await factory.WithDbAsync(db => db.Posts.Where(p => p.Id == post).Select(p => p.Status).SingleAsync()));

        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).LockAsync("CommuneChiefs")));
        Assert.Equal("Danh sách bổ nhiệm của nhóm chức danh này đã chốt: không đề xuất, phê duyệt hay trả lại được nữa.",
            await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(post, pool[0].OfficerId, null)));
        Assert.True((await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).PostAsync(post)))!.TierLocked);
    }

    [Fact]
    public async Task PoolAndNominations_OnlyForTheRolesThatMaySeeVerdicts()
    {
        var post = await VacantAsync(Position.DeputyCommuneChief, skip: 2);
        foreach (var user in new[] { "xem", "bo" })
        {
            Assert.Null(await ServiceCaller.AsAsync(factory, user, s => S(s).PoolAsync(post)));
            var detail = await ServiceCaller.AsAsync(factory, user, s => S(s).PostAsync(post));
            Assert.Null(detail!.Nominations);
            Assert.False(detail.MayPropose || detail.MayDecide);
            Assert.Equal("Tài khoản của bạn không có quyền với bước này của quy trình bổ nhiệm.", await ServiceCaller.AsAsync(factory, user, s => S(s).ProposeAsync(post, 1, null)));
        }

        var page = await (await AppClient.SignedInAsync(factory, "xem")).GetStringAsync($"/posts/{post}");
        Assert.DoesNotContain("candidate-pool", page, StringComparison.Ordinal);
        Assert.Contains("candidate-pool", await (await AppClient.SignedInAsync(factory, "tccb")).GetStringAsync($"/posts/{post}"), StringComparison.Ordinal);
    }
}

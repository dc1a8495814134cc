using MergePlanner.Data.Personnel.Streamlining;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>Streamlining (issue 10, point 8) through the service, as the page calls it: the lists (surplus over the
/// biên chế, early-retirement candidates), a proposal only for an officer on the list and only one open per officer,
/// leadership approve (the "after" figure moves) or return with a reason, nobody decides their own proposal; the
/// merger-wide lists are not for a unit's staff.</summary>
public class StreamliningTests(StreamliningTests.Factory factory) : IClassFixture<StreamliningTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static StreamliningService S(IServiceProvider s) => s.GetRequiredService<StreamliningService>();

    [Fact]
    public async Task Propose_Approve_TheAfterFigureMoves_OnlyForOfficersOnTheList()
    {
        var board = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).BoardAsync()))!;
        Assert.True(board.MayPropose);
        Assert.False(board.MayDecide);
        Assert.NotEmpty(board.Surplus);
        Assert.All(board.Surplus, r => Assert.True(r.Placed > r.Authorised));
        Assert.Equal(await factory.WithDbAsync(db => db.Officers.CountAsync()), board.Totals.Before);
        Assert.Equal(board.Totals.Placed - board.Totals.DeparturesApproved, board.Totals.After);
        Assert.True(board.Totals.DeparturesApproved >= 2, "the demo has approved early retirements");

        var candidate = board.EarlyRetirement.First(o => o.Case is null);
        Assert.True(candidate.Retirement.Candidate && candidate.Retirement.MonthsLeft <= 60 && candidate.Retirement.ServiceYears >= 20);
        var notCandidate = await factory.WithDbAsync(db => db.Officers.Where(o => o.BirthDate > new DateOnly(1995, 1, 1) && o.PlacedUnitId != null).Select(o => o.Id).FirstAsync());

        Assert.Equal("Nêu lý do đề xuất.", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(candidate.OfficerId, StreamliningReason.EarlyRetirement, StreamliningMeasure.EarlyRetirement, " ")));
        Assert.StartsWith("Cán bộ không thuộc danh sách này", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(notCandidate, StreamliningReason.EarlyRetirement, StreamliningMeasure.EarlyRetirement, "x")), StringComparison.Ordinal);
        Assert.StartsWith("Cán bộ không thuộc danh sách này", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(notCandidate, StreamliningReason.Surplus, StreamliningMeasure.Resignation, "x")), StringComparison.Ordinal);
        Assert.StartsWith("Vai trò của bạn", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ProposeAsync(candidate.OfficerId, StreamliningReason.EarlyRetirement, StreamliningMeasure.EarlyRetirement, "x")), StringComparison.Ordinal);

        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(candidate.OfficerId, StreamliningReason.EarlyRetirement, StreamliningMeasure.EarlyRetirement, "Nguyện vọng cá nhân")));
        Assert.StartsWith("Cán bộ này đã có đề xuất", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(candidate.OfficerId, StreamliningReason.EarlyRetirement, StreamliningMeasure.EarlyRetirement, "lần hai")), StringComparison.Ordinal);

        var id = await factory.WithDbAsync(db => db.StreamliningCases.Where(c => c.OfficerId == candidate.OfficerId).Select(c => c.Id).SingleAsync());
        var pending = (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).BoardAsync()))!;
        Assert.Equal(board.Totals.DeparturesProposed + 1, pending.Totals.DeparturesProposed);
        Assert.True(pending.MayDecide);
        Assert.StartsWith("Vai trò của bạn", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ApproveAsync(id, "1/QĐ", DateOnly.FromDateTime(DateTime.Today))), StringComparison.Ordinal);
        Assert.Equal("Nhập số quyết định.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync(id, "", DateOnly.FromDateTime(DateTime.Today))));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync(id, "3001/QĐ-CAT", DateOnly.FromDateTime(DateTime.Today))));

        var after = (await ServiceCaller.AsAsync(factory, "xem", s => S(s).BoardAsync()))!;
        Assert.Equal(board.Totals.After - 1, after.Totals.After);
        Assert.Equal(board.Totals.DeparturesApproved + 1, after.Totals.DeparturesApproved);
        Assert.False(after.MayPropose || after.MayDecide);
        Assert.Equal("Đề xuất không còn chờ quyết định.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync(id, "muộn")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(StreamliningCase) && a.UserName == "lanhdao")));
    }

    [Fact]
    public async Task Surplus_TransferOut_ReturnedWithAReason_NobodyDecidesTheirOwn_UnitStaffSeeNoList()
    {
        var board = (await ServiceCaller.AsAsync(factory, "admin", s => S(s).BoardAsync()))!;
        var officer = board.Surplus.SelectMany(r => r.Officers).First(o => o.Case is null);
        Assert.Null(await ServiceCaller.AsAsync(factory, "admin", s => S(s).ProposeAsync(officer.OfficerId, StreamliningReason.Surplus, StreamliningMeasure.TransferOut, "Dôi dư")));
        var id = await factory.WithDbAsync(db => db.StreamliningCases.Where(c => c.OfficerId == officer.OfficerId && c.Status == StreamliningStatus.Proposed).Select(c => c.Id).SingleAsync());

        Assert.Equal("Không được tự phê duyệt hoặc trả lại đề xuất do chính mình lập.", await ServiceCaller.AsAsync(factory, "admin", s => S(s).ApproveAsync(id, "9/QĐ", DateOnly.FromDateTime(DateTime.Today))));
        Assert.Equal("Nhập lý do trả lại đề xuất.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync(id, " ")));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync(id, "Giữ lại, đơn vị còn thiếu cán bộ")));
        Assert.Equal(StreamliningStatus.Returned, await factory.WithDbAsync(db => db.StreamliningCases.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        // A returned case leaves the officer free for a new proposal.
        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ProposeAsync(officer.OfficerId, StreamliningReason.Surplus, StreamliningMeasure.Resignation, "Nguyện vọng thôi việc")));
        Assert.Null(await ServiceCaller.AsAsync(factory, "canbo.hd", s => S(s).BoardAsync()));
    }
}

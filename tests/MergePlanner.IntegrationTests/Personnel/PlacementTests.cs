using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Placement;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>Placement of everyone (issue 10, point 7) through the service, as the pages call it: the not-placed count
/// per former unit; a "nguyên trạng" transfer that goes past a cap is held until a reason is given, then moves every
/// officer not yet placed with their position and a history step each; one officer arranged with a reason; leadership
/// posts left to the selection; only the personnel staff and administrators place.</summary>
public class PlacementTests(PlacementTests.Factory factory) : IClassFixture<PlacementTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static PlacementService P(IServiceProvider s) => s.GetRequiredService<PlacementService>();

    [Fact]
    public async Task Transfer_AsIs_HeldAtTheCapUntilAReason_ThenEveryOfficerPlacedWithHistory()
    {
        var board = (await ServiceCaller.AsAsync(factory, "tccb", s => P(s).BoardAsync()))!;
        Assert.True(board.MayPlace);
        var waiting = board.Units.First(u => u.NotPlaced > 0);
        Assert.Equal((waiting.Officers, 0), (waiting.NotPlaced, waiting.Placed)); // the demo leaves whole units to move
        Assert.Equal(board.Officers - board.Placed, board.NotPlaced);
        Assert.Equal(await factory.WithDbAsync(db => db.Officers.CountAsync(o => o.PlacedUnitId == null)), board.NotPlaced);

        foreach (var user in new[] { "lanhdao", "canbo.hd", "xem", "bo" })
        {
            var refused = await ServiceCaller.AsAsync(factory, user, s => P(s).TransferAsync(waiting.UnitId, "lý do"));
            Assert.False(refused.Done, user);
            Assert.StartsWith("Chỉ Phòng Tổ chức cán bộ", refused.Error, StringComparison.Ordinal);
        }

        var (preview, _) = await ServiceCaller.AsAsync(factory, "tccb", s => P(s).PreviewAsync(waiting.UnitId));
        Assert.Equal((waiting.TargetUnitId, waiting.Officers), (preview!.TargetUnitId, preview.Officers));
        Assert.NotEmpty(preview.Warnings); // its new unit's biên chế was set without them

        var held = await ServiceCaller.AsAsync(factory, "tccb", s => P(s).TransferAsync(waiting.UnitId, "  "));
        Assert.Equal((false, (string?)null), (held.Done, held.Error));
        Assert.Equal(preview.Warnings, held.Warnings);
        Assert.Equal(waiting.Officers, await factory.WithDbAsync(db => db.Officers.CountAsync(o => o.UnitId == waiting.UnitId && o.PlacedUnitId == null)));

        var done = await ServiceCaller.AsAsync(factory, "tccb", s => P(s).TransferAsync(waiting.UnitId, "Giữ nguyên trạng chờ sắp xếp"));
        Assert.True(done.Done, done.Error);
        Assert.Equal(waiting.Officers, done.Placed);
        await factory.WithDbAsync(async db =>
        {
            var officers = await db.Officers.Where(o => o.UnitId == waiting.UnitId).ToListAsync();
            var target = await db.Units.SingleAsync(u => u.Id == waiting.TargetUnitId);
            Assert.All(officers, o => Assert.Equal((waiting.TargetUnitId, PlacementRules.Equivalent(o.Position, target.Type, OrganisationRuleSet.Default)), (o.PlacedUnitId, o.PlacedPosition!.Value)));
            var steps = await db.PlacementRecords.Where(r => r.Officer!.UnitId == waiting.UnitId).ToListAsync();
            Assert.Equal(officers.Count, steps.Count);
            Assert.All(steps, r => Assert.Equal((PlacementKind.Bulk, "tccb", "Giữ nguyên trạng chờ sắp xếp"), (r.Kind, r.UserName, r.OverrideReason)));
            Assert.All(steps, r => Assert.Contains("biên chế", r.CapsOverridden, StringComparison.Ordinal));
            return 0;
        });

        var after = (await ServiceCaller.AsAsync(factory, "xem", s => P(s).BoardAsync()))!;
        Assert.Equal(board.NotPlaced - waiting.Officers, after.NotPlaced);
        Assert.Equal(0, after.Units.Single(u => u.UnitId == waiting.UnitId).NotPlaced);
        Assert.False(after.MayPlace);
        Assert.Empty(await ServiceCaller.AsAsync(factory, "canbo.hd", s => P(s).TargetsAsync()));
        Assert.False(await ServiceCaller.AsAsync(factory, "xem", s => P(s).HoldsPostAsync(waiting.UnitId)));
        Assert.NotEmpty(await ServiceCaller.AsAsync(factory, "tccb", s => P(s).TargetsAsync()));
        var again = await ServiceCaller.AsAsync(factory, "tccb", s => P(s).TransferAsync(waiting.UnitId, null));
        Assert.EndsWith("không còn cán bộ chưa bố trí.", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrange_One_NeedsAReason_ThePositionOfTheUnit_LeavesLeadershipToSelection_VacatesAPostHeld()
    {
        var (officerId, postId, communeId, otherCommune) = await factory.WithDbAsync(async db =>
        {
            var post = await db.Posts.Where(p => p.HolderId != null && p.Position == Position.DeputyCommuneChief).OrderBy(p => p.Id).FirstAsync();
            var other = await db.Units.Where(u => u.Type == UnitType.CommunePolice && u.Id != post.UnitId && db.Posts.Any(p => p.UnitId == u.Id)).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
            return (post.HolderId!.Value, post.Id, post.UnitId, other);
        });
        Task<PlacementOutcome> Place(string user, int unit, Position position, string? reason, string? why = null) =>
            ServiceCaller.AsAsync(factory, user, s => P(s).PlaceAsync(officerId, unit, position, reason, why));

        Assert.Equal("Nhập lý do bố trí.", (await Place("tccb", otherCommune, Position.CommuneOfficer, " ")).Error);
        Assert.StartsWith("Chức vụ Cán bộ", (await Place("tccb", otherCommune, Position.StaffOfficer, "x")).Error, StringComparison.Ordinal);
        Assert.StartsWith("Chức vụ lãnh đạo của đơn vị mới được bổ nhiệm qua quy trình lựa chọn",
            (await Place("tccb", otherCommune, Position.DeputyCommuneChief, "x")).Error, StringComparison.Ordinal);
        Assert.StartsWith("Chỉ Phòng Tổ chức cán bộ", (await Place("lanhdao", otherCommune, Position.AreaPolice, "x")).Error, StringComparison.Ordinal);

        var outcome = await Place("tccb", otherCommune, Position.AreaPolice, "Tăng cường địa bàn", "Điều động tạm thời");
        Assert.True(outcome.Done, outcome.Error);
        await factory.WithDbAsync(async db =>
        {
            var officer = await db.Officers.SingleAsync(o => o.Id == officerId);
            Assert.Equal((otherCommune, Position.AreaPolice), (officer.PlacedUnitId!.Value, officer.PlacedPosition!.Value));
            var post = await db.Posts.SingleAsync(p => p.Id == postId);
            Assert.Equal((PostStatus.Vacant, (int?)null), (post.Status, post.HolderId));
            var step = await db.PlacementRecords.Where(r => r.OfficerId == officerId).OrderByDescending(r => r.Id).FirstAsync();
            Assert.Equal((PlacementKind.Individual, communeId, Position.DeputyCommuneChief, "Tăng cường địa bàn"), (step.Kind, step.FromUnitId!.Value, step.FromPosition!.Value, step.Reason));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Officer) && a.UserName == "tccb"));
            return 0;
        });

        var history = await ServiceCaller.AsAsync(factory, "lanhdao", s => P(s).HistoryAsync(officerId));
        Assert.Equal("Tăng cường địa bàn", history[0].Reason);
        Assert.Equal(2, history.Count); // the demo's first placement, then this one
        Assert.Null(history[^1].FromUnit);
        Assert.Equal("Cán bộ đã ở đúng đơn vị và chức vụ này.", (await Place("tccb", otherCommune, Position.AreaPolice, "x")).Error);
    }
}

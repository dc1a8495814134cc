using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>The monthly support list (issue 10, point 9) of the Hải Dương officers working at the new Hải Phòng centre:
/// 3.6 million đồng for a month of 14 days or more, nothing under it; days entered by personnel staff, the list approved
/// by leadership and frozen; personal, so only the roles that see sensitive data read it.</summary>
public class SupportTests(SupportTests.Factory factory) : IClassFixture<SupportTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static SupportService S(IServiceProvider s) => s.GetRequiredService<SupportService>();

    [Fact]
    public async Task HaiDuongOfficers_FourteenDaysOrMore_ThreePointSixMillion_ThenApprovedAndFrozen()
    {
        var list = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 9)))!;
        Assert.NotEmpty(list.Rows);
        Assert.All(list.Rows, r => Assert.Contains("Hải Dương", r.Origin, StringComparison.Ordinal));
        Assert.All(list.Rows.Where(r => r.Line.Eligible), r => Assert.Equal(3_600_000m, r.Line.Amount));
        Assert.All(list.Rows.Where(r => r.Days < 14), r => Assert.False(r.Line.Eligible));
        Assert.Contains(list.Rows, r => r.Days is > 0 and < 14);
        Assert.Equal(list.Eligible * 3_600_000m, list.Total);

        // Personnel staff correct a month: 13 days pays nothing, 14 pays; leadership may not enter days.
        var row = list.Rows.First(r => r.Days >= 14 && !r.OwnsHouse && !r.OfficialHousing);
        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, 13, false, false)));
        var after = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 9)))!;
        Assert.Equal(("Support.TooFewDays", list.Total - 3_600_000m), (after.Rows.Single(r => r.OfficerId == row.OfficerId).Line.ReasonKey, after.Total));
        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, 14, false, false)));
        Assert.Equal("Số ngày làm việc phải từ 0 đến 30.", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, 31, false, false)));
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, 20, false, false)));

        // Leadership approve; the month is frozen.
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ApproveAsync("HD-HP-2025", 2025, 9)));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync("HD-HP-2025", 2025, 9)));
        var approved = (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).MonthAsync("HD-HP-2025", 2025, 9)))!;
        Assert.Equal(list.Total, approved.Approved!.Total);
        Assert.Equal("Danh sách hỗ trợ của tháng này đã được phê duyệt: không sửa được nữa.", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, 10, false, false)));
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync("HD-HP-2025", 2025, 9)));

        // Outside the policy's window nobody is paid.
        Assert.Equal(0m, (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2026, 1)))!.Total);
    }

    [Fact]
    public async Task SupportList_Personal_HiddenFromOtherRoles_AndNoPolicyNoList()
    {
        Assert.Null(await ServiceCaller.AsAsync(factory, "xem", s => S(s).MonthAsync("HD-HP-2025", 2025, 9)));
        Assert.Contains("support-hidden", await (await AppClient.SignedInAsync(factory, "xem")).GetStringAsync("/support"), StringComparison.Ordinal);
        Assert.Empty(await ServiceCaller.AsAsync(factory, "lanhdao.nb", s => S(s).PoliciesAsync()));
    }
}

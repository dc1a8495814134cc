using System.Text;
using MergePlanner.Data.Inventory;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;
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
        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, new AttendanceEdit(13, false, false))));
        var after = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 9)))!;
        Assert.Equal(("Support.TooFewDays", list.Total - 3_600_000m), (after.Rows.Single(r => r.OfficerId == row.OfficerId).Line.ReasonKey, after.Total));
        Assert.Null(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, new AttendanceEdit(14, false, false))));
        Assert.Equal("Số ngày làm việc phải từ 0 đến 30.", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, new AttendanceEdit(31, false, false))));
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, new AttendanceEdit(20, false, false))));

        // Leadership approve; the month is frozen.
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ApproveAsync("HD-HP-2025", 2025, 9)));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync("HD-HP-2025", 2025, 9)));
        var approved = (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).MonthAsync("HD-HP-2025", 2025, 9)))!;
        Assert.Equal(list.Total, approved.Approved!.Total);
        Assert.Equal("Danh sách hỗ trợ của tháng này đã được phê duyệt: không sửa được nữa.", await ServiceCaller.AsAsync(factory, "tccb", s => S(s).SetAttendanceAsync(row.OfficerId, 2025, 9, new AttendanceEdit(10, false, false))));
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

    private const string AttendanceHeader = "Số hiệu CAND,Năm,Tháng,Số ngày làm việc tại trụ sở mới,Có nhà ở gần nơi làm việc,Được bố trí nhà công vụ,Cần chỗ ở,Cần suất ăn,Cần xe đưa đón\n";

    private Task<OfficerTransfer.Outcome> ImportAsync(string user, string csv) =>
        ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerTransfer>().ImportAsync(OfficerTransfer.Attendance, new MemoryStream(Encoding.UTF8.GetBytes(AttendanceHeader + csv)), TabularFormat.Csv));

    [Fact]
    public async Task AttendanceFile_EveryBadRowNamed_NothingWritten_ThenTheMonthsAndNeedsLand()
    {
        var list = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 11)))!;
        var (a, b) = (list.Rows[0], list.Rows[1]);
        var bad = await ImportAsync("tccb", string.Join("\n",
            $"{a.Number},2025,11,18,Không,Không,Có,Có,Không",
            "000-000,2025,11,18,,,,,",
            $"{b.Number},2025,11,31,,,,,",
            $"{b.Number},2025,13,10,,,,,",
            $"{a.Number},2025,11,20,,,,,",
            $"{b.Number},2025,10,15,Có lẽ,,,,") + "\n");
        Assert.Equal(0, bad.Created + bad.Updated);
        Assert.Contains(bad.Errors, e => e.RowNumber == 3 && e.Message.Contains("000-000", StringComparison.Ordinal));
        Assert.Contains(bad.Errors, e => e.RowNumber == 4 && e.Message == "Tháng 11/2025 có 30 ngày.");
        Assert.Contains(bad.Errors, e => e.RowNumber == 5 && e.Column == "Tháng");
        Assert.Contains(bad.Errors, e => e.RowNumber == 6 && e.Message == "Trùng với dòng 2.");
        Assert.Contains(bad.Errors, e => e.RowNumber == 7 && e.Column == "Có nhà ở gần nơi làm việc");
        Assert.Equal(a.Days, (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 11)))!.Rows.Single(r => r.OfficerId == a.OfficerId).Days);

        var refused = await ImportAsync("xem", $"{a.Number},2025,11,18,,,,,\n");
        Assert.NotEmpty(refused.Errors);

        var good = await ImportAsync("tccb", $"{a.Number},2025,11,13,Không,Không,Có,Có,Không\n{b.Number},2025,11,22,Không,Có,Không,Có,Có\n");
        Assert.Empty(good.Errors);
        var month = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 11)))!;
        var (ra, rb) = (month.Rows.Single(r => r.OfficerId == a.OfficerId), month.Rows.Single(r => r.OfficerId == b.OfficerId));
        Assert.Equal((13, false, true, true, false), (ra.Days, ra.Line.Eligible, ra.NeedsHousing, ra.NeedsMeals, ra.NeedsTransport));
        Assert.Equal((22, true, false, true, true), (rb.Days, rb.OfficialHousing, rb.NeedsHousing, rb.NeedsMeals, rb.NeedsTransport));

        // The welfare plan counts those needs against the register's facilities, as the page shows it.
        var welfare = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).WelfareAsync(month)))!;
        var dormitories = await factory.WithDbAsync(db => db.Assets.Where(x => x.Facility == WelfareFacility.Dormitory && x.Status == AssetStatus.InUse).SumAsync(x => x.Capacity ?? 0));
        var dormitory = welfare.Single(w => w.Facility == WelfareFacility.Dormitory);
        Assert.Equal((month.Rows.Count(r => r.NeedsHousing), dormitories), (dormitory.Needed, dormitory.Capacity));
        Assert.True(dormitory.Capacity > 0);
        Assert.Null(await ServiceCaller.AsAsync(factory, "xem", s => S(s).WelfareAsync(month)));
    }

    [Fact]
    public async Task Leadership_ReturnTheDraftWithAReason_ThenApprove_AReturnAfterApprovalIsRefused()
    {
        Assert.NotNull(await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ReturnAsync("HD-HP-2025", 2025, 10, "Sai số ngày")));
        Assert.Equal("Nhập lý do trả lại đề xuất.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync("HD-HP-2025", 2025, 10, " ")));
        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync("HD-HP-2025", 2025, 10, "Kiểm tra lại ngày công Phòng PC06")));
        var returned = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MonthAsync("HD-HP-2025", 2025, 10)))!;
        Assert.Equal(("lanhdao", "Kiểm tra lại ngày công Phòng PC06"), (returned.Returns![0].By, returned.Returns[0].Reason));
        Assert.Null(returned.Approved);

        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ApproveAsync("HD-HP-2025", 2025, 10)));
        Assert.Equal("Danh sách hỗ trợ của tháng này đã được phê duyệt: không sửa được nữa.", await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ReturnAsync("HD-HP-2025", 2025, 10, "muộn")));
        var frozen = await ImportAsync("tccb", $"{returned.Rows[0].Number},2025,10,5,,,,,\n");
        Assert.Contains(frozen.Errors, e => e.Message.Contains("đã được phê duyệt", StringComparison.Ordinal));
    }
}

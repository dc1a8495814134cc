using System.Net;
using System.Text;
using MergePlanner.Data.Personnel;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>Officer files (issue 10, point 1): all or nothing with every bad row named, upsert by officer number,
/// a round trip changes nothing; the sensitive files only for the roles that may see them, importing only for
/// personnel staff and administrators.</summary>
public class OfficerTransferTests(OfficerTransferTests.Factory factory) : IClassFixture<OfficerTransferTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private const string Header = "Số hiệu CAND,Họ và tên,Ngày sinh,Giới tính,Cấp bậc hàm,Chức vụ,Mã đơn vị,Mã Công an tỉnh gốc,Trình độ chuyên môn,Đào tạo trong CAND,Ngành, lĩnh vực,Lý luận chính trị,Ngày vào Đảng,Phân loại sức khỏe,Ngày bổ nhiệm chức vụ hiện tại,Quy hoạch chức vụ,Nơi ở,Khoảng cách đến nơi làm việc (km)\n";

    private static string Csv(params string[] rows) => Header.Replace("Ngành, lĩnh vực", "\"Ngành, lĩnh vực\"", StringComparison.Ordinal) + string.Join("\n", rows) + "\n";

    private Task<OfficerTransfer.Outcome> ImportAsync(string user, string kind, string csv) =>
        ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerTransfer>().ImportAsync(kind, new MemoryStream(Encoding.UTF8.GetBytes(csv)), TabularFormat.Csv));

    [Fact]
    public async Task Officers_BadRowsNamed_NothingWritten_ThenUpsertByNumber_AndARoundTripChangesNothing()
    {
        var known = await factory.WithDbAsync(db => db.Officers.Where(o => o.Unit!.Code == "HDG.PH10").OrderBy(o => o.Id).Select(o => o.OfficerNumber).FirstAsync());
        var before = await factory.WithDbAsync(db => db.Officers.CountAsync());
        var good = $"{known},Trần Văn Cập Nhật,12/04/1983,Nam,Thiếu tá,Phó Trưởng phòng,HDG.PH10,,Đại học,Có,Cảnh sát,Trung cấp,03/02/2008,2,01/07/2022,Trưởng phòng,\"Phường Thành Đông, Hải Dương\",\"42,5\"";
        var added = "999-001,Lê Thị Mới,20/10/1990,Nữ,Đại úy,Cán bộ,HDG.PH10,,Đại học,Không,An ninh,Sơ cấp,,1,,,Hải Dương,5";

        var bad = await ImportAsync("tccb", OfficerTransfer.Officers, Csv(
            good,
            "999-002,Người Sai,31/02/1990,Nam,Thiếu tá tá,Cán bộ,HDG.PH10,,,,,,,9,,,,",
            "999-003,Cán bộ Mới Cơ cấu mới,01/01/1985,Nam,Đại úy,Cán bộ,HPM.PH10,,,,,,,,,,,",
            added.Replace("999-001", known, StringComparison.Ordinal)));
        Assert.Equal((0, 0), (bad.Created, bad.Updated));
        Assert.Contains(bad.Errors, e => e.RowNumber == 3 && e.Column == "Ngày sinh");
        Assert.Contains(bad.Errors, e => e.RowNumber == 3 && e.Column == "Cấp bậc hàm");
        Assert.Contains(bad.Errors, e => e.RowNumber == 3 && e.Column == "Phân loại sức khỏe");
        Assert.Contains(bad.Errors, e => e.RowNumber == 4 && e.Column == "Mã Công an tỉnh gốc");
        Assert.Contains(bad.Errors, e => e.RowNumber == 5 && e.Column == "Số hiệu CAND" && e.Message.Contains("dòng 2", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Officers.CountAsync()));

        // Refused to the roles that may not edit personnel, with nothing written.
        Assert.Contains("không có quyền", Assert.Single((await ImportAsync("lanhdao", OfficerTransfer.Officers, Csv(good, added))).Errors).Message, StringComparison.Ordinal);

        var fine = await ImportAsync("tccb", OfficerTransfer.Officers, Csv(good, added));
        Assert.Empty(fine.Errors);
        Assert.Equal((1, 1), (fine.Created, fine.Updated));
        var updated = await factory.WithDbAsync(db => db.Officers.SingleAsync(o => o.OfficerNumber == known));
        Assert.Equal(("Trần Văn Cập Nhật", Position.DepartmentHead, 42.5m, PoliticalTheory.Intermediate), (updated.FullName, updated.PlannedFor!.Value, updated.CommuteKm!.Value, updated.PoliticalTheory));
        var fresh = await factory.WithDbAsync(db => db.Officers.Include(o => o.Origin).SingleAsync(o => o.OfficerNumber == "999-001"));
        Assert.Equal("HDG", fresh.Origin!.Code);

        // The export reads back as the same file: nothing created, nothing changed.
        var client = await AppClient.SignedInAsync(factory, "tccb");
        var export = await client.GetByteArrayAsync("/officers/export/officers.csv");
        var again = await ServiceCaller.AsAsync(factory, "tccb", s => s.GetRequiredService<OfficerTransfer>().ImportAsync(OfficerTransfer.Officers, new MemoryStream(export), TabularFormat.Csv));
        Assert.Empty(again.Errors);
        Assert.Equal((0, 0), (again.Created, again.Updated));
    }

    [Fact]
    public async Task SensitiveFiles_OnlyForPersonnelLeadershipAdmin_ImportedByPersonnelStaff()
    {
        var number = await factory.WithDbAsync(db => db.Officers.Where(o => o.Unit!.Code == "HPC.PH10").OrderBy(o => o.Id).Select(o => o.OfficerNumber).FirstAsync());
        var ratings = await ImportAsync("tccb", OfficerTransfer.Ratings, $"Số hiệu CAND,Năm,Xếp loại\n{number},2099,Hoàn thành tốt nhiệm vụ\nKHONG-CO,2024,Hoàn thành nhiệm vụ\n");
        Assert.Contains(ratings.Errors, e => e.RowNumber == 2 && e.Column == "Năm");
        Assert.Contains(ratings.Errors, e => e.RowNumber == 3 && e.Column == "Số hiệu CAND");

        var discipline = await ImportAsync("tccb", OfficerTransfer.Disciplines, $"Số hiệu CAND,Hình thức kỷ luật,Số quyết định,Ngày quyết định,Hết thời hạn kỷ luật,Ghi chú\n{number},Khiển trách,55/QĐ-XK,10/05/2024,09/05/2025,\n");
        Assert.Empty(discipline.Errors);
        Assert.Equal(1, discipline.Created);

        foreach (var user in new[] { "xem", "bo" })
        {
            var client = await AppClient.SignedInAsync(factory, user);
            foreach (var kind in new[] { "discipline", "ratings", "votes" })
            {
                var response = await client.GetAsync($"/officers/export/{kind}.csv");
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user} {kind}: {response.StatusCode} {response.Headers.Location}");
            }

            var officers = await client.GetStringAsync("/officers/export/officers.csv");
            Assert.Contains(number, officers, StringComparison.Ordinal);
            Assert.DoesNotContain("55/QĐ-XK", officers, StringComparison.Ordinal);
            Assert.DoesNotContain("Khiển trách", await client.GetStringAsync("/officers/import"), StringComparison.Ordinal);
        }

        Assert.True(AppClient.IsRefused(await (await AppClient.SignedInAsync(factory, "canbo.hd")).GetAsync("/officers/export/officers.csv")));
        foreach (var user in new[] { "tccb", "lanhdao", "admin" })
        {
            var client = await AppClient.SignedInAsync(factory, user);
            Assert.Contains("55/QĐ-XK", await client.GetStringAsync("/officers/export/discipline.csv"), StringComparison.Ordinal);
        }
    }
}

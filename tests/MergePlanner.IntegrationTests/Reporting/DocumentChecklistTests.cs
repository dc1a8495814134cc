using System.Text.RegularExpressions;
using MergePlanner.Data.Inventory.Campaigns;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Reporting;

/// <summary>
/// Every PDF the app prints for the demo mergers, fetched over real HTTP as the role it is for and read back from the
/// rendered pages (<see cref="PdfLayout"/>): A4, nothing in the margins on any page (annexes and landscape pages
/// included), no words drawn over each other, page numbers from page 2, "Nơi nhận" never alone on a page, a real place
/// of issue, the signer named with a rank where the records hold one; drafts carry "DỰ THẢO", final documents do not.
/// </summary>
public class DocumentChecklistTests(DocumentChecklistTests.Factory factory) : IClassFixture<DocumentChecklistTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private const string Support = "policy=HD-HP-2025&year=2025&month=8";

    public static TheoryData<string, string> Documents() => new()
    {
        { "lanhdao", "/inventory/ledger.pdf" },
        { "lanhdao", "/inventory/results.pdf" },
        { "lanhdao", "/inventory/campaigns/{closedCampaign}/report.pdf" },
        { "lanhdao", "/inventory/campaigns/{openCampaign}/report.pdf" },
        { "lanhdao", "/inventory/handovers/{confirmedBatch}/minutes.pdf" },
        { "lanhdao", "/inventory/handovers/{draftBatch}/minutes.pdf" },
        { "lanhdao", "/reports/merger-summary.pdf" },
        { "lanhdao", "/units/{target}/report.pdf" },
        { "lanhdao", "/structure/report.pdf" },
        { "lanhdao", "/plan/ke-hoach.pdf" },
        { "lanhdao", "/plan/lo-trinh.pdf" },
        { "lanhdao", "/plan/chi-tieu.pdf" },
        { "tccb", "/party/lists/to-chuc-dang.pdf" },
        { "tccb", "/party/lists/lich-dai-hoi.pdf" },
        { "tccb", "/party/lists/nhan-su-cap-uy.pdf" },
        { "tccb", "/personnel/lists/de-nghi-bo-nhiem.pdf" },
        { "tccb", "/personnel/lists/bo-nhiem.pdf" },
        { "tccb", "/personnel/lists/bo-tri.pdf" },
        { "tccb", "/personnel/lists/can-doi.pdf" },
        { "tccb", $"/personnel/lists/ho-tro.pdf?{Support}" },
        { "canbo.hd", "/units/{ownUnit}/report.pdf" },
        { "lanhdao.nb", "/inventory/ledger.pdf" },
        { "lanhdao.nb", "/plan/ke-hoach.pdf" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task EveryPdf_PassesTheDecree30Checklist_OnEveryPage(string user, string template)
    {
        var url = await ResolveAsync(template);
        using var client = await AppClient.SignedInAsync(factory, user);
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{user} {url}: {(int)response.StatusCode}");
        var layout = PdfLayout.Read(await response.Content.ReadAsByteArrayAsync());

        Assert.Empty(layout.Problems());
        var first = layout.Pages[0].Text;
        Assert.DoesNotContain("Bộ Công an, ngày", first, StringComparison.Ordinal);
        Assert.Matches(@"(Hải Phòng|Ninh Bình|Hải Dương|Hà Nam|Nam Định), ngày \d\d tháng \d\d? năm \d{4}", first);
        Assert.Contains("Số:", first, StringComparison.Ordinal);
        var text = string.Join(' ', layout.Pages.Select(p => p.Text));
        Assert.Contains(layout.Pages, p => p.Text.Contains("Nơi nhận:", StringComparison.Ordinal) || p.Text.Contains("ĐẠI DIỆN BÊN GIAO", StringComparison.Ordinal));
        Assert.DoesNotContain("...........................................", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitList_IsSignedUnderTheSignersOwnTitle()
    {
        // The force's list by its Director, a department's by its head as "Trưởng phòng" — not a generic "Thủ trưởng đơn vị".
        using var leadership = await AppClient.SignedInAsync(factory, "lanhdao");
        var force = PdfLayout.Read(await leadership.GetByteArrayAsync(await ResolveAsync("/units/{target}/report.pdf"))).Pages[^1].Text;
        using var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var department = PdfLayout.Read(await staff.GetByteArrayAsync(await ResolveAsync("/units/{ownUnit}/report.pdf"))).Pages[^1].Text;

        Assert.Contains("GIÁM ĐỐC", force, StringComparison.Ordinal);
        Assert.Contains("TRƯỞNG PHÒNG", department, StringComparison.Ordinal);
        Assert.DoesNotContain("THỦ TRƯỞNG ĐƠN VỊ", force + department, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandoverMinutes_FollowForm01TscBbgn()
    {
        var id = await ResolveAsync("{confirmedBatch}");
        using var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var layout = PdfLayout.Read(await client.GetByteArrayAsync($"/inventory/handovers/{id}/minutes.pdf"));
        var text = string.Join(' ', layout.Pages.Select(p => p.Text));

        Assert.Empty(layout.Problems("ĐẠI DIỆN BÊN NHẬN"));
        Assert.Contains("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025", text, StringComparison.Ordinal);
        Assert.Contains("Nghị định số 151/2017/NĐ-CP ngày 26 tháng 12 năm 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("quyết định của Bộ trưởng Bộ Công an về", text, StringComparison.Ordinal);
        // One date format, the header's (Decree 30: a leading zero for days 1–9 and months 1–2 only): "tháng 6", not "tháng 06".
        Assert.Matches(@"Hôm nay, hồi \d\d giờ \d\d phút, ngày \d\d tháng (0[12]|[3-9]|1[0-2]) năm \d{4}", text);
        Assert.Matches(@"1\. Đại diện bên giao: .* Ông \(bà\): [^.;]+; cấp bậc, chức vụ: (Thượng|Trung|Đại|Thiếu) (tá|úy|tướng)", text);
        Assert.Matches(@"2\. Đại diện bên nhận: .* Ông \(bà\): [^.;]+; cấp bậc, chức vụ: (Thượng|Trung|Đại|Thiếu) (tá|úy|tướng)", text);
        Assert.Contains("Ông (bà): Nguyễn Thị Thu Hà; cấp bậc, chức vụ: Trung tá", text, StringComparison.Ordinal);

        // One person never signs for both sides (the old department's head is often placed at the head of the new one).
        var giver = Regex.Match(text, @"Đại diện bên giao: .*? Ông \(bà\): ([^;]+);").Groups[1].Value;
        var receiver = Regex.Match(text, @"Đại diện bên nhận: .*? Ông \(bà\): ([^;]+);").Groups[1].Value;
        Assert.NotEqual(string.Empty, giver);
        Assert.NotEqual(giver, receiver);

        // In the head's stead, the next in line: a deputy head of the department, before the head of one of its teams.
        var giverTitle = Regex.Match(text, @"Đại diện bên giao: [^:]*? Ông \(bà\): [^;]+; cấp bậc, chức vụ: ([^.]+)\.").Groups[1].Value;
        Assert.Contains(", Phó Trưởng phòng", giverTitle, StringComparison.Ordinal);
        Assert.Contains("(bằng chữ:", text, StringComparison.Ordinal);
        Assert.Contains("đồng", text, StringComparison.Ordinal);
        Assert.Contains("Nguyên giá", text, StringComparison.Ordinal);
        Assert.Contains("Tình trạng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ", layout.Pages[0].Words.Select(w => w.Text));

        // The annex is landscape, and names each item's identifying numbers.
        Assert.Contains(layout.Pages, p => p.Landscape && p.Text.Contains("PHỤ LỤC", StringComparison.Ordinal));
        Assert.Matches(@"(Số hiệu|BKS|Lô|Thửa đất): ", text);

        // The header names the province once: the force above, the unit alone below it.
        Assert.DoesNotMatch(@"PHÒNG HẬU CẦN CÔNG AN", layout.Pages[0].Text);
    }

    [Fact]
    public async Task ADraft_CarriesDuThao_OnEveryPage_AndACampaignStillCountingSaysSo()
    {
        using var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var draft = PdfLayout.Read(await client.GetByteArrayAsync($"/inventory/handovers/{await ResolveAsync("{draftBatch}")}/minutes.pdf"));
        Assert.All(draft.Pages, p => Assert.Contains("THẢO", p.Words.Select(w => w.Text)));

        var counting = PdfLayout.Read(await client.GetByteArrayAsync($"/inventory/campaigns/{await ResolveAsync("{openCampaign}")}/report.pdf"));
        var text = string.Join(' ', counting.Pages.Select(p => p.Text));
        Assert.Contains("Đợt kiểm kê đang tiến hành", text, StringComparison.Ordinal);
        Assert.Contains("THẢO", counting.Pages[0].Words.Select(w => w.Text));

        var closed = PdfLayout.Read(await client.GetByteArrayAsync($"/inventory/campaigns/{await ResolveAsync("{closedCampaign}")}/report.pdf"));
        Assert.DoesNotContain("THẢO", closed.Pages[0].Words.Select(w => w.Text));
        Assert.DoesNotContain("đang tiến hành", string.Join(' ', closed.Pages.Select(p => p.Text)), StringComparison.Ordinal);
    }

    /// <summary>A monthly support list not yet approved is a draft on paper too; once approved it prints as final.</summary>
    [Fact]
    public async Task ASupportListAwaitingApproval_CarriesDuThao_AndAnApprovedOneDoesNot()
    {
        using var client = await AppClient.SignedInAsync(factory, "tccb");
        var draft = PdfLayout.Read(await client.GetByteArrayAsync($"/personnel/lists/ho-tro.pdf?{Support}"));
        Assert.True(draft.Pages.Count > 1);
        Assert.All(draft.Pages, p => Assert.Contains("THẢO", p.Words.Select(w => w.Text)));

        Assert.Null(await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Personnel.SupportService>().ApproveAsync("HD-HP-2025", 2025, 9)));
        var approved = PdfLayout.Read(await client.GetByteArrayAsync("/personnel/lists/ho-tro.pdf?policy=HD-HP-2025&year=2025&month=9"));
        Assert.Contains("đã được phê duyệt", string.Join(' ', approved.Pages.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.All(approved.Pages, p => Assert.DoesNotContain("THẢO", p.Words.Select(w => w.Text)));
    }

    [Fact]
    public async Task TheSignerIsNamedWithARank()
    {
        using var client = await AppClient.SignedInAsync(factory, "lanhdao");
        var director = await factory.WithDbAsync(db => db.Officers.Where(o => o.PlacedPosition == MergePlanner.Data.Personnel.Position.Director && o.PlacedUnit!.Code == "HPM.BGD")
            .OrderByDescending(o => o.Rank).ThenBy(o => o.OfficerNumber).Select(o => o.FullName).FirstAsync());
        var plan = PdfLayout.Read(await client.GetByteArrayAsync("/plan/ke-hoach.pdf"));
        var last = plan.Pages[^1].Text;

        Assert.Contains(director, last, StringComparison.Ordinal);
        Assert.Matches(@"(Thiếu|Trung|Thượng|Đại) (tướng|tá) " + director, last);
    }

    private async Task<string> ResolveAsync(string template)
    {
        var ids = await factory.WithDbAsync(async db => new Dictionary<string, int>
        {
            ["{closedCampaign}"] = await db.InventoryCampaigns.Where(c => c.Status == CampaignStatus.Closed && c.MergerId == 1).Select(c => c.Id).FirstAsync(),
            ["{openCampaign}"] = await db.InventoryCampaigns.Where(c => c.Status == CampaignStatus.Open && c.MergerId == 1).Select(c => c.Id).FirstAsync(),
            ["{confirmedBatch}"] = await db.HandoverBatches.Where(b => b.Status == HandoverStatus.Confirmed && b.MergerId == 1).OrderByDescending(b => b.Lines.Count).Select(b => b.Id).FirstAsync(),
            ["{draftBatch}"] = await db.HandoverBatches.Where(b => b.Status == HandoverStatus.Draft && b.MergerId == 1).OrderByDescending(b => b.Lines.Count).Select(b => b.Id).FirstAsync(),
            ["{target}"] = await db.Units.Where(u => u.Code == "HPM").Select(u => u.Id).SingleAsync(),
            ["{ownUnit}"] = await db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id).SingleAsync(),
        });
        return ids.Aggregate(template, (url, id) => url.Replace(id.Key, id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}

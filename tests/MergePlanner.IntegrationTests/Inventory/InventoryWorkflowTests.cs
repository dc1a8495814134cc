using System.Net;
using MergePlanner.Data.Inventory.Campaigns;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Planning;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Inventory;

/// <summary>The whole cycle on the real app: count, dispose, hand over, confirm — with the unit-scope and
/// ledger rules enforced on the server.</summary>
[Collection(EditableAppCollection.Name)]
public class InventoryWorkflowTests(EditableAppFactory factory)
{
    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<T> As<T>(string user, Func<InventoryService, Task<T>> call) =>
        ServiceCaller.AsAsync(factory, user, services => call(services.GetRequiredService<InventoryService>()));

    private Task<int> HaiDuongCampaignAsync() => factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HDG").Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Count_OwnUnitLine_IsSavedWithCustodyHistory()
    {
        var unit = await UnitIdAsync("HDG.PH10");
        var campaign = await HaiDuongCampaignAsync();
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.CampaignId == campaign && l.Asset!.UnitId == unit).OrderBy(l => l.Id).FirstAsync());
        Assert.Null(await As("canbo.hd", s => s.CountAsync(line.Id, 1, "Đếm lại")));
        var saved = await factory.WithDbAsync(db => db.InventoryLines.SingleAsync(l => l.Id == line.Id));
        Assert.Equal((1m, "canbo.hd"), (saved.CountedQuantity!.Value, saved.CountedBy));
        Assert.True(await factory.WithDbAsync(db => db.CustodyEvents.AnyAsync(e => e.AssetId == line.AssetId && e.Action == CustodyAction.Counted && e.UserName == "canbo.hd")));
    }

    [Fact]
    public async Task Count_LineOfAnotherUnit_IsRefusedAndNothingChanges()
    {
        var own = await UnitIdAsync("HDG.PH10");
        var campaign = await HaiDuongCampaignAsync();
        var other = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.CampaignId == campaign && l.Asset != null && l.Asset.UnitId != own).OrderBy(l => l.Id).FirstAsync());
        var client = await AppClient.SignedInAsync(factory, "canbo.hd");

        // The page offers no form for it; a hand-made post gets nowhere.
        var token = await AppClient.AntiforgeryTokenAsync(client, $"/inventory/campaigns/{campaign}");
        var response = await client.PostAsync($"/inventory/campaigns/{campaign}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = $"count-{other.Id}", ["counted"] = "999",
        }));
        Assert.True(AppClient.IsRejectedPost(response), $"answered {(int)response.StatusCode}");
        Assert.Equal(other.CountedQuantity, await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Id == other.Id).Select(l => l.CountedQuantity).SingleAsync()));
    }

    [Theory]
    [InlineData("canbo.hd", "HPC.PH10", false)]
    [InlineData("canbo.hd", "HDG.PH10", true)]
    [InlineData("xem", "HPC.PH10", true)]
    public async Task ItemPage_ReadOnlyForScope(string user, string unitCode, bool allowed)
    {
        var asset = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Code == unitCode).Select(a => a.Id).FirstAsync());
        var response = await (await AppClient.SignedInAsync(factory, user)).GetAsync($"/inventory/items/asset/{asset}");
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        if (allowed && user == "xem")
        {
            Assert.DoesNotContain("name=\"_handler\" value=\"dispose\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CloseCampaign_WithUncountedLines_IsRefusedWithTheCount()
    {
        var campaign = await HaiDuongCampaignAsync();
        var uncounted = await factory.WithDbAsync(db => db.InventoryLines.CountAsync(l => l.CampaignId == campaign && l.CountedQuantity == null));
        Assert.True(uncounted > 0);
        Assert.Contains("chưa thể khóa sổ", await As("admin", s => s.CloseCampaignAsync(campaign)), StringComparison.Ordinal);
        Assert.Equal(CampaignStatus.Open, await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Id == campaign).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task Dispositions_NotAddingUp_AreRefusedWithReasons()
    {
        var asset = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Asset!.Unit!.Code == "HDG.PH10" && l.CountedQuantity != null && l.BookQuantity >= 2).Select(l => l.AssetId!.Value).FirstAsync());
        var errors = await As("canbo.hd", s => s.SaveDispositionsAsync(ItemKey.Asset(asset), [new DispositionPart(DispositionOutcome.TransferToUnit, 1, "HPM.PH10", null, null, null)]));
        Assert.Contains(errors, e => e.Contains("phải bằng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handover_CreatedSentAndConfirmed_MakesTheItemAccounted()
    {
        var from = await UnitIdAsync("HDG.PH10");

        // An item of the unit, counted, with its previous outcome cleared so this test controls it.
        var line = await factory.WithDbAsync(async db =>
        {
            var inBatch = db.HandoverLines.Select(h => h.Disposition!.AssetId);
            return await db.InventoryLines.Where(l => l.Asset!.UnitId == from && l.CountedQuantity != null && l.CountedQuantity == l.BookQuantity && !inBatch.Contains(l.AssetId)).OrderBy(l => l.Id).FirstAsync();
        });
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        Assert.Empty(await As("canbo.hd", s => s.SaveDispositionsAsync(ItemKey.Asset(line.AssetId!.Value), [new DispositionPart(DispositionOutcome.TransferToUnit, line.CountedQuantity!.Value, "HPM.PH10", null, null, null)])));

        var (created, createError) = await As("canbo.hd", s => s.CreateHandoverAsync("HDG.PH10", "HPM.PH10", "Nguyễn Văn Chứng", "Cục Kế hoạch và Tài chính, Bộ Công an"));
        Assert.Null(createError);
        var batchId = created!.Value;
        Assert.True(await factory.WithDbAsync(db => db.HandoverLines.AnyAsync(h => h.BatchId == batchId && h.Disposition!.AssetId == line.AssetId)));

        // The representatives of the minutes are named by the handing-over unit, while a draft, each with rank and position.
        Assert.NotEmpty(await As("nhan.hp", s => s.SetRepresentativesAsync(batchId, null, new("Lê Văn Nhận", "Thiếu tá, Phó Trưởng phòng"), null)));
        var incomplete = await As("canbo.hd", s => s.SetRepresentativesAsync(batchId, new("Phạm Văn Giao", null), null, null));
        Assert.Contains(incomplete, e => e.StartsWith("Bên giao:", StringComparison.Ordinal));
        Assert.Empty(await As("canbo.hd", s => s.SetRepresentativesAsync(batchId, null, new("Lê Văn Nhận", "Thiếu tá, Phó Trưởng phòng"), new("Nguyễn Văn Chứng", "Trung tá, Trưởng phòng"))));

        // The receiving unit cannot confirm a draft; the handing-over unit cannot confirm at all.
        var receiver = await AppClient.SignedInAsync(factory, "nhan.hp");
        Assert.DoesNotContain("confirm-", await receiver.GetStringAsync($"/inventory/handovers/{batchId}"), StringComparison.Ordinal);
        Assert.Null(await As("canbo.hd", s => s.SendHandoverAsync(batchId)));
        Assert.Equal(HandoverStatus.Sent, await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync()));
        Assert.DoesNotContain("data-testid=\"confirm-", await staff.GetStringAsync($"/inventory/handovers/{batchId}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"confirm-", await receiver.GetStringAsync($"/inventory/handovers/{batchId}"), StringComparison.Ordinal);

        var lines = await factory.WithDbAsync(db => db.HandoverLines.Where(h => h.BatchId == batchId).Select(h => h.Id).ToListAsync());
        Assert.NotNull(await As("canbo.hd", s => s.ConfirmLineAsync(lines[0], ReceiptStatus.Received, null)));
        Assert.Equal(ReceiptStatus.Pending, await factory.WithDbAsync(db => db.HandoverLines.Where(h => h.Id == lines[0]).Select(h => h.Receipt).SingleAsync()));
        foreach (var id in lines)
        {
            Assert.Null(await As("nhan.hp", s => s.ConfirmLineAsync(id, ReceiptStatus.Received, null)));
        }

        Assert.Equal(HandoverStatus.Confirmed, await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.Id == batchId).Select(b => b.Status).SingleAsync()));
        var item = await AppClient.GetDocumentAsync(await AppClient.SignedInAsync(factory, "lanhdao"), $"/inventory/items/asset/{line.AssetId}");
        Assert.Contains("Đã rõ kết quả", item.QuerySelector("[data-testid=item-standing]")!.TextContent, StringComparison.Ordinal);
        var history = item.QuerySelector("[data-testid=custody-history]")!.TextContent;
        Assert.Contains("Bàn giao", history, StringComparison.Ordinal);
        Assert.Contains("Bên nhận đã nhận", history, StringComparison.Ordinal);

        var pdf = PdfText.Extract(await receiver.GetByteArrayAsync($"/inventory/handovers/{batchId}/minutes.pdf"));
        Assert.Contains("BIÊN BẢN", pdf, StringComparison.Ordinal);
        Assert.Contains("ĐẠI DIỆN BÊN NHẬN", pdf, StringComparison.Ordinal);
        Assert.Contains("ĐẠI DIỆN BÊN GIAO", pdf, StringComparison.Ordinal);
        Assert.Contains("bằng chữ:", pdf, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Chứng", pdf, StringComparison.Ordinal);

        // Handed over, the representatives were written into the minutes: the one named, and the head of the handing-over
        // unit by the records for the side left empty; no longer to be changed.
        var batch = await factory.WithDbAsync(db => db.HandoverBatches.SingleAsync(b => b.Id == batchId));
        Assert.Equal(("Lê Văn Nhận", "Thiếu tá, Phó Trưởng phòng", "Trung tá, Trưởng phòng"), (batch.ReceivedBy, batch.ReceivedByTitle, batch.WitnessTitle));
        Assert.False(string.IsNullOrEmpty(batch.HandedOverBy));
        Assert.Matches("(Thiếu|Trung|Thượng|Đại) (úy|tá|tướng), ", batch.HandedOverByTitle!);
        Assert.Contains(batch.HandedOverBy!, pdf, StringComparison.Ordinal);
        Assert.Contains("Lê Văn Nhận", pdf, StringComparison.Ordinal);
        Assert.NotEmpty(await As("canbo.hd", s => s.SetRepresentativesAsync(batchId, new("Phạm Văn Giao", "Đại úy"), null, null)));

        // Someone outside both units cannot read the minutes.
        var outsider = await AppClient.SignedInAsync(factory, "canbo.hd");
        var other = await factory.WithDbAsync(db => db.HandoverBatches.Where(b => b.FromUnit!.Code.StartsWith("HPC")).Select(b => b.Id).FirstAsync());
        Assert.True(AppClient.IsRefused(await outsider.GetAsync($"/inventory/handovers/{other}/minutes.pdf")));
    }

    [Fact]
    public async Task InventoryTask_CannotBeDoneWhileAnythingIsUnaccounted()
    {
        var task = await factory.WithDbAsync(async db =>
        {
            var t = await db.MergerTasks.Where(t => t.Workstream == Workstream.AssetsAndInventory).OrderBy(t => t.Id).FirstAsync();
            t.Status = MergerTaskStatus.AwaitingApproval;
            await db.SaveChangesAsync();
            return t.Id;
        });
        var result = await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<MergePlanner.Web.Features.Planning.TaskService>().SetStatusAsync(task, MergerTaskStatus.Done));
        Assert.Equal(MergePlanner.Web.Features.Planning.TaskChange.BlockedByLedger, result.Change);
        Assert.True(result.Unaccounted > 0);
        Assert.NotEqual(MergerTaskStatus.Done, await factory.WithDbAsync(db => db.MergerTasks.Where(t => t.Id == task).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task CustodyHistory_IsAppendOnly()
    {
        using var scope = factory.Services.CreateScope();
        var db = await MergePlannerFactory.ConfineToDemoAsync(scope.ServiceProvider.GetRequiredService<MergePlanner.Data.MergePlannerDbContext>());
        var entry = await db.CustodyEvents.OrderBy(e => e.Id).FirstAsync();
        entry.Reason = "sửa lịch sử";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Ledger_UnitStaff_SeesOnlyOwnUnitAndThePdfReads()
    {
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var page = await AppClient.GetDocumentAsync(staff, "/inventory/ledger?by=unit");
        var units = page.QuerySelectorAll("[data-testid=ledger-table] tbody tr td:first-child").Select(td => td.TextContent.Trim()).Distinct().ToList();
        Assert.Equal(["Phòng Hậu cần"], units);

        var text = PdfText.Extract(await (await AppClient.SignedInAsync(factory, "lanhdao")).GetByteArrayAsync("/inventory/ledger.pdf"));
        Assert.Contains("Đối chiếu kết quả kiểm kê", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Công an tỉnh Hải Dương", text, StringComparison.Ordinal);
    }
}

[Collection(EditableAppCollection.Name)]
public class EvidenceTests(EditableAppFactory factory)
{
    [Fact]
    public async Task Evidence_UploadedByUnitStaff_DownloadsForScopeOnly()
    {
        var asset = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.Asset!.Unit!.Code == "HDG.PH10").Select(l => l.AssetId!.Value).FirstAsync());
        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var line = await factory.WithDbAsync(db => db.InventoryLines.Where(l => l.AssetId == asset).OrderByDescending(l => l.Campaign!.CutoffAt).ThenByDescending(l => l.CampaignId).Select(l => l.Id).FirstAsync());
        Assert.Null(await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().AttachEvidenceAsync(line, new Upload("bien-ban-kiem-dem.pdf", "%PDF-1.4 minh chung"u8.ToArray()))));
        var id = await factory.WithDbAsync(db => db.LineEvidence.Where(e => e.Line!.AssetId == asset).Select(e => e.Id).SingleAsync());

        var download = await staff.GetAsync($"/inventory/evidence/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-1.4 minh chung", await download.Content.ReadAsStringAsync());

        var otherStaff = await AppClient.SignedInAsync(factory, "nhan.hp");
        Assert.True(AppClient.IsRefused(await otherStaff.GetAsync($"/inventory/evidence/{id}")));
    }
}

[Collection(SeededAppCollection.Name)]
public class InventoryReportTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task ResultsReport_PdfXlsxAndPrintView_ReadCorrectly_AndOnlyForScope()
    {
        var campaign = await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HPC").Select(c => c.Id).SingleAsync());
        var leadership = await AppClient.SignedInAsync(factory, "lanhdao");
        var text = PdfText.Extract(await leadership.GetByteArrayAsync($"/inventory/campaigns/{campaign}/report.pdf"));
        Assert.Contains("Kết quả kiểm kê tài sản, hồ sơ tại thời điểm 00 giờ ngày 21/06/2025", text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("CHÊNH LỆCH THỪA, THIẾU", text, StringComparison.Ordinal);
        Assert.Contains("Vũ khí", text, StringComparison.Ordinal);

        var xlsx = await leadership.GetByteArrayAsync($"/inventory/campaigns/{campaign}/report.xlsx");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("Số lượng kiểm kê", cells);
        Assert.Contains("Súng ngắn K54", cells);

        var print = await leadership.GetStringAsync($"/inventory/campaigns/{campaign}/print");
        Assert.Contains("data-testid=\"results-print\"", print, StringComparison.Ordinal);

        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        Assert.True(AppClient.IsRefused(await staff.GetAsync($"/inventory/campaigns/{campaign}/report.pdf")));
        var refused = await staff.GetAsync($"/inventory/campaigns/{campaign}/print");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Không có quyền truy cập", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The handover minutes' print view refuses an outsider the same way: a titled page, not a blank one.
        var minutes = await factory.WithDbAsync(db => db.HandoverBatches.Where(b => !b.FromUnit!.Code.StartsWith("HDG") && !b.ToUnit!.Code.StartsWith("HDG")).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());
        var outsider = await staff.GetAsync($"/inventory/handovers/{minutes}/print");
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Contains("Không có quyền truy cập", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CampaignLines_StateFilterInSql_MatchesTheLineRule_CountsAddUp_StaffSeeOwnLinesOnly()
    {
        var (hpc, hdg, lines) = await factory.WithDbAsync(async db => (
            await db.InventoryCampaigns.Where(c => c.Unit!.Code == "HPC").Select(c => c.Id).SingleAsync(),
            await db.InventoryCampaigns.Where(c => c.Unit!.Code == "HDG").Select(c => c.Id).FirstAsync(),
            await db.InventoryLines.CountAsync(l => l.Campaign!.Unit!.Code == "HPC")));
        Task<T> As<T>(string user, Func<CampaignLinesQuery, Task<T>> call) => ServiceCaller.AsAsync(factory, user, s => call(s.GetRequiredService<CampaignLinesQuery>()));

        var counts = await As("lanhdao", q => q.CountsAsync(hpc, null));
        Assert.Equal(lines, counts.Values.Sum());
        Assert.True(counts[LineState.Found] > 0);
        foreach (var state in Enum.GetValues<LineState>())
        {
            var page = await As("lanhdao", q => q.PageAsync(hpc, new CampaignLineFilter(null, state), 1, 200, null, false));
            Assert.Equal(counts[state], page.Total);
            Assert.All(page.Rows, r => Assert.Equal(state, LineStates.Of(r.Book, r.Counted)));
        }

        var sorted = await As("lanhdao", q => q.PageAsync(hpc, new CampaignLineFilter(null, null), 1, 50, "Book", true));
        Assert.Equal(sorted.Rows.Select(r => r.Book).OrderDescending(), sorted.Rows.Select(r => r.Book));

        // Unit staff: none of another locality's lines, and in their own campaign only their own units' lines.
        Assert.Equal(0, (await As("canbo.hd", q => q.PageAsync(hpc, new CampaignLineFilter(null, null), 1, 50, null, false))).Total);
        var own = await As("canbo.hd", q => q.PageAsync(hdg, new CampaignLineFilter(null, null), 1, 200, null, false));
        var all = await As("lanhdao", q => q.PageAsync(hdg, new CampaignLineFilter(null, null), 1, 200, null, false));
        Assert.InRange(own.Total, 1, all.Total - 1);
        Assert.All(own.Rows, r => Assert.True(r.Writable));
    }

    [Fact]
    public async Task HandoverList_StaffSeeOnlyTheirUnitsMinutes_FiltersInSql_LeadershipSeesAll()
    {
        var foreign = await factory.WithDbAsync(db => db.HandoverBatches.Where(b => !b.FromUnit!.Code.StartsWith("HDG") && !b.ToUnit!.Code.StartsWith("HDG"))
            .OrderBy(b => b.Id).Select(b => new { b.Number, b.Status }).FirstAsync());
        Task<HandoverListPage> ListAsync(string user, HandoverListFilter filter) =>
            ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<HandoverListQuery>().PageAsync(filter, 1, 200, null, false));

        var staff = await ListAsync("canbo.hd", new HandoverListFilter(null, null));
        Assert.DoesNotContain(staff.Rows, r => r.Number == foreign.Number);
        Assert.Empty((await ListAsync("canbo.hd", new HandoverListFilter(foreign.Number, null))).Rows);
        var all = await ListAsync("lanhdao", new HandoverListFilter(null, null));
        Assert.Contains((await ListAsync("lanhdao", new HandoverListFilter(foreign.Number, null))).Rows, r => r.Number == foreign.Number);
        Assert.True(staff.Total < all.Total);
        Assert.Equal(all.Rows.Select(r => r.Id).OrderDescending(), all.Rows.Select(r => r.Id));
        var sameStatus = await ListAsync("lanhdao", new HandoverListFilter(null, foreign.Status));
        Assert.All(sameStatus.Rows, r => Assert.Equal(foreign.Status, r.Status));
        Assert.Contains((await ListAsync("lanhdao", new HandoverListFilter(foreign.Number, foreign.Status))).Rows, r => r.Number == foreign.Number);
        Assert.Empty((await ListAsync("lanhdao", new HandoverListFilter(foreign.Number, foreign.Status == MergePlanner.Data.Inventory.Handover.HandoverStatus.Draft ? MergePlanner.Data.Inventory.Handover.HandoverStatus.Sent : MergePlanner.Data.Inventory.Handover.HandoverStatus.Draft))).Rows);
    }

    [Fact]
    public async Task Refusal_IsSaidInThePersonsLanguage()
    {
        var campaign = await factory.WithDbAsync(db => db.InventoryCampaigns.Where(c => c.Unit!.Code == "HPC").Select(c => c.Id).SingleAsync());
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("Tài khoản của bạn không có quyền với đơn vị này.", await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().CloseCampaignAsync(campaign)));
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
            Assert.Equal("Your account has no rights over this unit.", await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<InventoryService>().CloseCampaignAsync(campaign)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task ConsolidatedResults_Leadership_ReadsBothSources_UnitStaffRefused()
    {
        var text = PdfText.Extract(await (await AppClient.SignedInAsync(factory, "lanhdao")).GetByteArrayAsync("/inventory/results.pdf"));
        Assert.Contains("Tổng hợp kết quả kiểm kê tài sản, hồ sơ", text.Replace("\n", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("CÔNG AN TỈNH HẢI DƯƠNG", text, StringComparison.Ordinal);
        Assert.Contains("CÔNG AN THÀNH PHỐ HẢI PHÒNG (CŨ)", text, StringComparison.Ordinal);
        Assert.Contains("TỔNG HỢP CHUNG", text, StringComparison.Ordinal);
        Assert.True(AppClient.IsRefused(await (await AppClient.SignedInAsync(factory, "canbo.hd")).GetAsync("/inventory/results.pdf")));
    }
}

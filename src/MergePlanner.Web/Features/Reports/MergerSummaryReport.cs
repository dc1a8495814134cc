using MergePlanner.Data;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Dashboard;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Party;
using MergePlanner.Web.Features.Personnel;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Reports;

/// <summary>A part of the summary report: its heading, its text, and a table (the PDF and the print view show them in
/// turn; the spreadsheet has a sheet per part).</summary>
public sealed record SummarySection(string Title, IReadOnlyList<string> Text, IReadOnlyList<ListColumn> Columns, IReadOnlyList<ListRow> Rows);

public sealed record SummaryDocument(DocumentHeader Header, IReadOnlyList<SummarySection> Sections, IReadOnlyList<string> Recipients, SignatureBlock Signature)
{
    /// <summary>Each part as a list of its own (its table into the PDF, its sheet into the workbook).</summary>
    public IEnumerable<ListDocument> Lists => Sections.Select(s => new ListDocument("bao-cao-tong-hop", Header with { DocumentType = s.Title, Summary = string.Empty }, s.Text, s.Columns, s.Rows, [], [], Signature));

    public byte[] ToPdf(PdfFonts fonts)
    {
        using var culture = DocumentCulture.Enter();
        var pdf = new DecreeDocument(fonts, Header, $"{Header.DocumentType} – {Header.Summary}");
        foreach (var (section, list) in Sections.Zip(Lists))
        {
            pdf.Heading(section.Title);
            foreach (var text in section.Text)
            {
                pdf.Paragraph(text, indent: 14, size: 12.5);
            }

            if (section.Rows.Count > 0)
            {
                list.DrawTable(pdf);
            }
        }

        pdf.Closing(Recipients, Signature);
        return pdf.ToBytes();
    }

    /// <summary>A workbook with a sheet per part: the same rows, numbers as numbers.</summary>
    public byte[] ToXlsx() => ListDocument.ToWorkbook(Lists.Select((l, i) => (Sections[i].Title, l)).ToList());
}

/// <summary>
/// "Báo cáo tổng hợp tình hình hợp nhất" (issue 12, point 5): the whole merger on paper — the structure, personnel and
/// selection with the balance between the localities, the inventory and its reconciliation, the handovers, the plan and
/// the Party congresses, the support policies. Every figure comes from the query the dashboard and the pages use
/// (DashboardQuery, UnitFigures, LedgerQuery, BalanceService), so the report and the screens agree; PDF (Decree 30), print
/// view and XLSX from one <see cref="SummaryDocument"/>. For the roles that read the whole merger.
/// </summary>
public sealed class MergerSummaryReport(DashboardQuery query, LedgerQuery ledger, StructureSnapshot structure, BalanceService balance, MergePlannerDbContext db,
    PdfFonts fonts, TimeProvider clock, IStringLocalizer<SharedResource> l, DocumentOptions options, Signatories signatories, Security.CurrentUser current)
{
    public async Task<byte[]?> BuildAsync(CancellationToken cancellationToken = default) => (await DocumentAsync(cancellationToken))?.ToPdf(fonts);

    public async Task<SummaryDocument?> DocumentAsync(CancellationToken cancellationToken = default)
    {
        // The whole merger, support paid and the balance included: only for the roles that read all of it, whoever calls
        // (the page and the endpoints ask for the same policy; a unit's staff get nothing here either).
        if (!Security.Policies.ReadAllRoles.Any(current.Principal.IsInRole))
        {
            return null;
        }

        using var culture = DocumentCulture.Enter();
        var model = await query.LoadAsync(cancellationToken);
        if (model is null)
        {
            return null;
        }

        var merger = model.Merger;
        var target = merger.Target.Name;
        var header = new DocumentHeader("Bộ Công an", target, options.NumberOf("Summary", "BC-PV01"), Signatories.PlaceOf(merger.Target),
            DateOnly.FromDateTime(clock.GetLocalNow().Date), "Báo cáo", $"Tổng hợp tình hình {FirstLower(merger.Name)}");
        var sections = new List<SummarySection>();
        static ListColumn N(string title) => new(title, 1, ListCellKind.Number);

        // I. General.
        var day = $"D{(model.DaysFromEffectiveDate >= 0 ? "+" : string.Empty)}{model.DaysFromEffectiveDate}";
        sections.Add(new("I. THÔNG TIN CHUNG",
        [
            $"Đơn vị hợp nhất: {string.Join("; ", merger.Sources.Select(s => s.Name))}. Đơn vị sau hợp nhất: {target}.",
            $"Ngày có hiệu lực: {Format.Date(merger.EffectiveDate)} (ngày báo cáo là {day}); giai đoạn: {l[$"MergerPhase.{merger.Phase}"].Value.ToLowerInvariant()}.",
            merger.DecisionReference is { } reference ? $"Căn cứ: {reference}." : "Chưa ghi căn cứ pháp lý của việc hợp nhất.",
        ], [], []));

        // II. Structure.
        var snapshot = await structure.LoadAsync(cancellationToken);
        var targetUnits = snapshot?.Units.Where(u => u.OriginId == merger.Target.Id && u.Id != merger.Target.Id && u.Status != Data.Organisation.UnitStatus.Archived).ToList() ?? [];
        sections.Add(new("II. CƠ CẤU TỔ CHỨC",
        [
            $"Sau hợp nhất, {target} có {Format.Number(targetUnits.Count)} đơn vị trực thuộc. Đơn vị tiền thân chưa xác định nơi kế thừa: {Format.Number(snapshot?.LineageIssues.Count(i => i.Kind == Data.Organisation.Lineage.LineageIssueKind.NoLineage) ?? 0)}; vấn đề về kế thừa khác: {Format.Number(snapshot?.LineageIssues.Count(i => i.Kind != Data.Organisation.Lineage.LineageIssueKind.NoLineage) ?? 0)}; vi phạm quy định biên chế: {Format.Number(snapshot?.StaffingIssueCount ?? 0)}.",
        ],
        [new("Loại đơn vị", 3), N("Số đơn vị")],
        [.. targetUnits.GroupBy(u => u.Type).OrderBy(g => g.Key).Select(g => new ListRow([l[$"UnitType.{g.Key}"].Value, g.Count()])), new ListRow(["Cộng", targetUnits.Count], ListRowKind.Total)]));

        // III. Personnel and selection, with the balance.
        var tiers = await balance.TiersAsync(cancellationToken);
        sections.Add(new("III. CÁN BỘ, BỐ TRÍ VÀ LỰA CHỌN CÁN BỘ LÃNH ĐẠO",
        [
            $"Tổng số cán bộ: {Format.Number(model.OfficersTotal)}; đã bố trí vào cơ cấu tổ chức mới {Format.Number(model.OfficersPlaced)} ({Format.Percent(model.PlacedShare)}).",
            $"Chức danh lãnh đạo, chỉ huy của cơ cấu mới: {Format.Number(model.Posts.Total)}; đã bổ nhiệm {Format.Number(model.Posts.Filled)}, đang đề nghị {Format.Number(model.Posts.Proposed)}, còn trống {Format.Number(model.Posts.Vacant)}.",
            "Cân đối giữa các địa phương (số đã bổ nhiệm; tỷ lệ trong nhóm chức danh so với tỷ lệ trước hợp nhất):",
        ],
        [new("Nhóm chức danh", 2.4), .. merger.Sources.Select(s => new ListColumn(s.ShortName, 1.6))],
        tiers.Select(t => new ListRow([l[$"PostTier.{t.Balance.Tier}"].Value, .. merger.Sources.Select(s => (object?)(t.Balance.Origins.FirstOrDefault(o => o.OriginId == s.Id) is { } o
            ? $"{Format.Number(o.Appointed)} ({Format.Percent(o.AppointedShare)} / {Format.Percent(o.PriorPostShare)})" : "–"))])).ToList()));

        // IV. By force: units, officers, assets and what is still unaccounted.
        var totals = await ledger.TotalsAsync(cancellationToken);
        var byOrigin = totals.ByOrigin(unitId => snapshot?.Unit(unitId)?.OriginId ?? unitId);
        sections.Add(new("IV. LỰC LƯỢNG, TÀI SẢN, HỒ SƠ THEO ĐỊA PHƯƠNG",
        [
            $"Tài sản, hồ sơ của các đơn vị trước hợp nhất: {Format.Number(totals.Items)} mục; đã kiểm kê {Format.Number(totals.Counted)}; chưa rõ kết quả {Format.Number(totals.Unaccounted)} mục{(totals.Unaccounted == 0 ? " — đủ điều kiện kết thúc công tác kiểm kê" : string.Empty)}.",
        ],
        [new("Đơn vị", 3), N("Đơn vị đang hoạt động"), N("Cán bộ"), N("Tài sản"), new("Giá trị còn lại (đồng)", 1.6, ListCellKind.Money), N("Hồ sơ đang giải quyết"), N("Mục chưa rõ kết quả")],
        model.Origins.Select(o => new ListRow([
            o.Root.Name + (o.Root.IsTarget ? " (sau hợp nhất)" : string.Empty), o.Units, o.Officers, o.Assets, o.AssetValue, o.OpenCaseFiles,
            o.Root.IsTarget ? null : byOrigin.Where(r => r.UnitId == o.Root.Id).Sum(r => r.OpenItems)])).ToList()));

        // V. Reconciliation by category and unit of measure (quantities never added across units).
        sections.Add(new("V. ĐỐI CHIẾU KIỂM KÊ THEO NHÓM TÀI SẢN, HỒ SƠ",
        ["Số mục và số lượng theo từng đơn vị tính; số lượng chỉ cộng trong cùng một đơn vị tính."],
        [new("Nhóm", 2.2), new("ĐVT", 0.8), N("Số mục"), N("Mục chưa rõ kết quả"), N("Sổ sách"), N("Kiểm kê"), N("Bên nhận xác nhận")],
        [.. totals.Rows.GroupBy(r => (r.Category, r.UnitOfMeasure)).OrderBy(g => l[g.Key.Category].Value, StringComparer.Ordinal).Select(g => new ListRow([
            l[g.Key.Category].Value, g.Key.UnitOfMeasure, g.Sum(r => r.Items), g.Sum(r => r.OpenItems), g.Sum(r => r.Book), g.Sum(r => r.Counted), g.Sum(r => r.ConfirmedReceived)])),
         new ListRow(["Cộng", null, totals.Items, totals.Unaccounted, null, null, null], ListRowKind.Total)]));

        // VI. Handovers.
        var batches = await db.HandoverBatches.AsNoTracking().Where(b => b.MergerId == merger.Id).GroupBy(b => b.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Lines = g.Sum(b => b.Lines.Count) }).ToListAsync(cancellationToken);
        var received = await db.HandoverLines.AsNoTracking().Where(h => h.MergerId == merger.Id).GroupBy(h => h.Receipt).Select(g => new { Receipt = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        sections.Add(new("VI. BÀN GIAO, TIẾP NHẬN",
        [
            $"Dòng bàn giao: bên nhận đã xác nhận {Format.Number(received.Where(r => r.Receipt is ReceiptStatus.Received or ReceiptStatus.ReceivedWithRemarks).Sum(r => r.Count))}, không nhận được {Format.Number(received.Where(r => r.Receipt == ReceiptStatus.NotReceived).Sum(r => r.Count))}, chờ xác nhận {Format.Number(received.Where(r => r.Receipt == ReceiptStatus.Pending).Sum(r => r.Count))}.",
        ],
        [new("Tình trạng biên bản", 3), N("Số biên bản"), N("Số dòng")],
        [.. Enum.GetValues<HandoverStatus>().Select(s => new ListRow([l[$"HandoverStatus.{s}"].Value, batches.Where(b => b.Status == s).Sum(b => b.Count), batches.Where(b => b.Status == s).Sum(b => b.Lines)])),
         new ListRow(["Cộng", batches.Sum(b => b.Count), batches.Sum(b => b.Lines)], ListRowKind.Total)]));

        // VII. Plan.
        sections.Add(new("VII. TIẾN ĐỘ KẾ HOẠCH",
        [$"Hoàn thành {model.TasksDone}/{model.TasksTotal} nhiệm vụ; quá hạn {Format.Number(model.TasksOverdue)}."],
        [new("Nhóm công việc", 3.2), new("Đánh giá", 1.2), N("Số nhiệm vụ"), N("Hoàn thành"), N("Quá hạn")],
        [.. model.Workstreams.Where(w => w.Total > 0).Select(w => new ListRow([l[$"Workstream.{w.Workstream}"].Value, l[$"Rag.{w.Rag}"].Value, w.Total, w.Done, w.Overdue])),
         .. model.Overdue.Count == 0 ? [] : new[] { new ListRow(["Nhiệm vụ quá hạn", null, null, null, null], ListRowKind.Group) }
            .Concat(model.Overdue.Select(t => new ListRow([$"{t.Code} {t.Title} — {t.Unit}", $"hạn {Format.Date(t.Deadline)}", null, null, null])))]));

        // VIII. Party.
        var organisations = await db.PartyOrganisations.AsNoTracking().Where(o => o.MergerId == merger.Id).GroupBy(o => o.Fate).Select(g => new { Fate = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        sections.Add(new("VIII. TỔ CHỨC ĐẢNG VÀ ĐẠI HỘI ĐẢNG BỘ, CHI BỘ",
        [
            $"Đại hội nhiệm kỳ 2025–2030: đã tổ chức {Format.Number(model.Congresses.Held)}/{Format.Number(model.Congresses.Total)}, đang chuẩn bị {Format.Number(model.Congresses.UnderWay)}, đã lên kế hoạch {Format.Number(model.Congresses.Planned)}.",
        ],
        [new("Phương án sắp xếp tổ chức đảng", 3), N("Số tổ chức")],
        [.. organisations.OrderBy(o => o.Fate).Select(o => new ListRow([l[$"PartyOrgFate.{o.Fate}"].Value, o.Count])), new ListRow(["Cộng", organisations.Sum(o => o.Count)], ListRowKind.Total)]));

        // IX. Welfare.
        sections.Add(new("IX. CHẾ ĐỘ, CHÍNH SÁCH HỖ TRỢ",
        [
            model.Support.Lists == 0
                ? "Chưa có danh sách hỗ trợ hằng tháng nào được duyệt chi."
                : $"Đã duyệt chi {Format.Number(model.Support.Lists)} danh sách hỗ trợ hằng tháng cho {Format.Number(model.Support.Officers)} cán bộ, tổng số tiền {Format.Money(model.Support.Amount)} ({VietnameseMoney.InWords(model.Support.Amount)}).",
        ], [], []));

        var signer = await signatories.OfForceAsync(merger.Target.Id, Data.Personnel.Position.Director, cancellationToken);
        return new SummaryDocument(header, sections, ["- Bộ Công an (để báo cáo);", "- Ban Giám đốc;", "- Ban Chỉ đạo hợp nhất;", "- Lưu: VT, PV01."],
            new SignatureBlock("Giám đốc", string.Empty, signer));
    }

    private static string FirstLower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

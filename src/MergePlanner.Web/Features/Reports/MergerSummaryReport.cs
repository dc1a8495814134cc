using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Dashboard;
using MergePlanner.Web.Reporting;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Features.Reports;

/// <summary>"Báo cáo tổng hợp tình hình hợp nhất": the dashboard's figures on paper, in the Decree 30 layout.</summary>
public sealed class MergerSummaryReport(DashboardQuery query, PdfFonts fonts, TimeProvider clock, IStringLocalizer<SharedResource> l, DocumentOptions options, Signatories signatories)
{
    public async Task<byte[]?> BuildAsync(CancellationToken cancellationToken = default)
    {
        using var culture = DocumentCulture.Enter();
        var model = await query.LoadAsync(cancellationToken);
        if (model is null)
        {
            return null;
        }

        var target = model.Merger.Target.Name;
        var header = new DocumentHeader(
            "Bộ Công an",
            target,
            options.NumberOf("Summary", "BC-PV01"),
            Signatories.PlaceOf(model.Merger.Target),
            DateOnly.FromDateTime(clock.GetLocalNow().Date),
            "Báo cáo",
            $"Tổng hợp tình hình {FirstLower(model.Merger.Name)}");
        var pdf = new DecreeDocument(fonts, header, model.Merger.Name);

        pdf.Heading("I. THÔNG TIN CHUNG");
        pdf.Paragraph($"Đơn vị hợp nhất: {string.Join("; ", model.Merger.Sources.Select(s => s.Name))}.", indent: 14);
        pdf.Paragraph($"Đơn vị sau hợp nhất: {target}.", indent: 14);
        pdf.Paragraph($"Ngày có hiệu lực: {Format.Date(model.Merger.EffectiveDate)} (hôm nay là D{(model.DaysFromEffectiveDate >= 0 ? "+" : string.Empty)}{model.DaysFromEffectiveDate}).", indent: 14);
        if (model.Merger.DecisionReference is { } reference)
        {
            pdf.Paragraph($"Căn cứ: {reference}.", indent: 14);
        }

        pdf.Heading("II. ĐƠN VỊ, LỰC LƯỢNG, TÀI SẢN, HỒ SƠ THEO NGUỒN");
        pdf.Table(
            [
                new("Đơn vị", 3.2), new("Đơn vị đang hoạt động", 1.3, XStringAlignment.Far), new("Đơn vị đã giải thể", 1.2, XStringAlignment.Far),
                new("Cán bộ", 1.1, XStringAlignment.Far), new("Tài sản", 1.1, XStringAlignment.Far),
                new("Giá trị còn lại (đồng)", 2.2, XStringAlignment.Far), new("Hồ sơ đang giải quyết", 1.4, XStringAlignment.Far),
            ],
            model.Origins.Select(o => (IReadOnlyList<string>)
            [
                o.Root.Name, Format.Number(o.Units), Format.Number(o.ArchivedUnits), Format.Number(o.Officers),
                Format.Number(o.Assets), Format.Number(o.AssetValue), Format.Number(o.OpenCaseFiles),
            ]));

        pdf.Heading("III. TIẾN ĐỘ NHIỆM VỤ THEO NHÓM CÔNG VIỆC");
        pdf.Table(
            [new("Nhóm công việc", 4), new("Tổng số", 1, XStringAlignment.Far), new("Hoàn thành", 1.2, XStringAlignment.Far), new("Quá hạn", 1, XStringAlignment.Far)],
            model.Workstreams.Where(w => w.Total > 0).Select(w => (IReadOnlyList<string>)
            [
                l[$"Workstream.{w.Workstream}"].Value, Format.Number(w.Total), Format.Number(w.Done), Format.Number(w.Overdue),
            ]));
        pdf.Paragraph($"Tổng cộng: {model.TasksDone}/{model.TasksTotal} nhiệm vụ hoàn thành; {model.TasksOverdue} nhiệm vụ quá hạn.", italic: true, size: 12);

        pdf.Heading("IV. NHIỆM VỤ QUÁ HẠN");
        if (model.Overdue.Count == 0)
        {
            pdf.Paragraph("Không có nhiệm vụ quá hạn.", indent: 14);
        }
        else
        {
            pdf.Table(
                [new("Mã", 1), new("Nhiệm vụ", 4.2), new("Đơn vị chủ trì", 2.4), new("Hạn", 1.3)],
                model.Overdue.Select(t => (IReadOnlyList<string>)[t.Code, t.Title, t.Unit, Format.Date(t.Deadline)]));
        }

        pdf.Closing(
            ["- Bộ Công an (để báo cáo);", "- Ban Giám đốc;", "- Ban Chỉ đạo hợp nhất;", "- Lưu: VT, PV01."],
            new SignatureBlock("Giám đốc", string.Empty, await signatories.OfForceAsync(model.Merger.Target.Id, Data.Personnel.Position.Director, cancellationToken)));
        return pdf.ToBytes();
    }

    private static string FirstLower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

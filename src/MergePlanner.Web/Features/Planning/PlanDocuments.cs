using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Reporting;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Format = MergePlanner.Web.Components.Shared.Format;

namespace MergePlanner.Web.Features.Planning;

public enum PlanList
{
    /// <summary>"ke-hoach": the plan with its progress, workstream by workstream.</summary>
    Plan,

    /// <summary>"lo-trinh": the roadmap (Gantt) and its rows.</summary>
    Roadmap,

    /// <summary>"chi-tieu": the multi-year targets, charted, with their periods.</summary>
    Targets,
}

/// <summary>
/// The plan's printed documents (issue 11, point 6), each one <see cref="ListDocument"/> rendered as PDF (Decree 30),
/// print view and XLSX from the same rows: the plan with its progress, and the roadmap with its Gantt figure. Within the
/// person's unit scope, like the pages.
/// </summary>
public sealed class PlanDocuments(MergePlannerDbContext db, UnitScopeService scopes, MergerContext mergers, RoadmapQuery roadmap, TargetService targets, TimeProvider clock, IStringLocalizer<SharedResource> l, Signatories signatories, DocumentOptions options)
{
    private static readonly string[] Recipients = ["- Ban Chỉ đạo hợp nhất;", "- Ban Giám đốc;", "- Các phòng, đơn vị chủ trì;", "- Lưu: VT, PV01."];

    public static PlanList? Parse(string? slug) => slug switch
    {
        "ke-hoach" => PlanList.Plan,
        "lo-trinh" => PlanList.Roadmap,
        "chi-tieu" => PlanList.Targets,
        _ => null,
    };

    public static string Slug(PlanList list) => list switch { PlanList.Plan => "ke-hoach", PlanList.Roadmap => "lo-trinh", _ => "chi-tieu" };

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<ListDocument?> BuildAsync(PlanList list, CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        using var culture = DocumentCulture.Enter();
        var document = list switch
        {
            PlanList.Plan => await PlanAsync(merger, cancellationToken),
            PlanList.Roadmap => await RoadmapAsync(merger, cancellationToken),
            _ => await TargetsAsync(merger, cancellationToken),
        };

        // The Director heads the merger's steering committee (Ban Chỉ đạo).
        return await Signatories.SignAsync(document, () => signatories.OfForceAsync(merger.Target.Id, Data.Personnel.Position.Director, cancellationToken));
    }

    private DocumentHeader Header(MergerInfo merger, string type, string summary) =>
        new("Bộ Công an", merger.Target.Name, options.NumberOf("Plan", "KH-PV01"), Signatories.PlaceOf(merger.Target), Today, type, summary);

    private static SignatureBlock Signature => new("TM. Ban Chỉ đạo", "Trưởng ban", null);

    private async Task<ListDocument> PlanAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        var tasks = await db.MergerTasks.AsNoTracking().InScope(scope, t => t.ResponsibleUnitId)
            .Select(t => new { t.Code, t.Title, t.Workstream, Unit = t.ResponsibleUnit!.Name, t.ResponsiblePerson, t.Deadline, t.DaysFromEffective, t.BaselineDeadline, t.ExpectedProduct, t.Status })
            .ToListAsync(cancellationToken);
        var today = Today;
        var rows = new List<ListRow>();
        var number = 0;
        foreach (var group in tasks.GroupBy(t => t.Workstream).OrderBy(g => g.Key))
        {
            var counted = group.Where(t => MergerTaskStatusRules.Counts(t.Status)).ToList();
            rows.Add(new ListRow([$"WS{(int)group.Key}. {l[$"Workstream.{group.Key}"].Value} — hoàn thành {counted.Count(t => t.Status == MergerTaskStatus.Done)}/{counted.Count}",
                null, null, null, null, null, null], ListRowKind.Group));
            foreach (var t in group.OrderBy(t => t.Deadline).ThenBy(t => t.Code, StringComparer.Ordinal))
            {
                var late = MergerTaskStatusRules.IsOverdue(t.Deadline, t.Status, today);
                var slip = PlanRules.Slippage(t.BaselineDeadline, t.Deadline);
                rows.Add(new ListRow([
                    ++number, $"{t.Code} {t.Title}", t.Unit + (t.ResponsiblePerson is { } p ? $" ({p})" : string.Empty),
                    Format.Date(t.Deadline) + (t.DaysFromEffective is { } d ? $" ({PlanRules.RelativeLabel(d)})" : string.Empty),
                    slip > 0 ? $"chậm {slip} ngày" : null, t.ExpectedProduct,
                    l[$"MergerTaskStatus.{t.Status}"].Value + (late ? " — quá hạn" : string.Empty),
                ]));
            }
        }

        var open = tasks.Count(t => MergerTaskStatusRules.IsOpen(t.Status));
        var overdue = tasks.Count(t => MergerTaskStatusRules.IsOverdue(t.Deadline, t.Status, today));
        var done = tasks.Count(t => t.Status == MergerTaskStatus.Done);
        return new ListDocument("ke-hoach-hop-nhat", Header(merger, "Kế hoạch", $"{merger.Name} — tiến độ thực hiện đến ngày {Format.Date(today)}"),
            [
                $"Ngày hiệu lực của việc hợp nhất (D): {Format.Date(merger.EffectiveDate)}. Kế hoạch gồm {Format.Number(tasks.Count)} nhiệm vụ: hoàn thành {Format.Number(done)}, đang mở {Format.Number(open)}, trong đó quá hạn {Format.Number(overdue)}.",
                "Mỗi nhiệm vụ ghi rõ đơn vị, người phụ trách, thời hạn (theo ngày hiệu lực D±n khi có), sản phẩm và tình trạng; \"chậm\" là số ngày thời hạn hiện nay lùi so với kế hoạch gốc.",
            ],
            [
                new("STT", 0.65, ListCellKind.Number), new("Nhiệm vụ", 3.3), new("Đơn vị, người phụ trách", 2.1), new("Thời hạn", 1.3), new("So với kế hoạch gốc", 1.0),
                new("Sản phẩm", 1.5), new("Tình trạng", 1.3),
            ],
            [.. rows, new ListRow([null, "Tổng cộng", null, null, null, null, $"Hoàn thành {done}/{tasks.Count(t => MergerTaskStatusRules.Counts(t.Status))}"], ListRowKind.Total)],
            [], Recipients, Signature);
    }

    private async Task<ListDocument?> RoadmapAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        if (await roadmap.LoadAsync(cancellationToken) is not { } chart)
        {
            return null;
        }

        var rows = chart.Rows.Select(r => r.Kind == GanttRowKind.Workstream
            ? new ListRow([$"{r.Code}. {r.Label} — hoàn thành {r.Progress:P0}", null, null, null, null, null], ListRowKind.Group)
            : new ListRow([r.Code, r.Label + (r.Kind == GanttRowKind.Milestone ? " (mốc)" : string.Empty), r.Kind == GanttRowKind.Milestone ? null : r.Start, r.End,
                r.Baseline is { } b && b != r.End ? b : null, l[$"MergerTaskStatus.{r.Status}"].Value + (r.Overdue ? " — quá hạn" : string.Empty)])).ToList();
        return new ListDocument("lo-trinh-hop-nhat", Header(merger, "Lộ trình", $"Thực hiện kế hoạch: {merger.Name}"),
            [
                $"Ngày hiệu lực D: {Format.Date(merger.EffectiveDate)} (vạch đỏ); hôm nay {Format.Date(chart.Today)} (vạch xanh nét đứt). Thanh màu xanh lá: hoàn thành; xanh dương: đang thực hiện; vàng: chờ duyệt; xám: chưa bắt đầu; viền đỏ: quá hạn; vạch tím chấm: thời hạn theo kế hoạch gốc; hình thoi: mốc; mũi tên: phụ thuộc.",
                $"Thanh của một nhiệm vụ bắt đầu khi nhiệm vụ phải xong trước đến hạn, hoặc {PlanRules.DefaultSpanDays} ngày trước thời hạn của nó khi không phụ thuộc nhiệm vụ nào.",
            ],
            [new("Mã", 0.8), new("Nhiệm vụ, mốc", 4.0), new("Bắt đầu", 1.0), new("Thời hạn", 1.0), new("Kế hoạch gốc", 1.0), new("Tình trạng", 1.4)],
            rows, [], Recipients, Signature)
        {
            Figure = pdf => GanttPdf.Draw(pdf, chart),
        };
    }

    private async Task<ListDocument?> TargetsAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        var charts = await targets.ChartsAsync(cancellationToken);
        if (charts.Count == 0)
        {
            return null;
        }

        var rows = new List<ListRow>();
        foreach (var chart in charts)
        {
            rows.Add(new ListRow([$"{chart.Title} (tổng số {Format.Number(chart.Total)} {chart.CountedIn})", null, null, null, null], ListRowKind.Group));
            rows.AddRange(chart.Points.Select(p => new ListRow([p.Label, p.Target, p.Actual, p.Actual is { } a ? a - p.Target : null,
                p.Actual is { } b && p.Target > 0 ? $"{(double)b / p.Target:P0}" : null])));
        }

        return new ListDocument("chi-tieu-nhieu-nam", Header(merger, "Báo cáo", "Kết quả thực hiện chỉ tiêu theo lộ trình nhiều năm"),
            [.. charts.Select(c => c.Source).OfType<string>().Distinct().Select(source => $"Nguồn: {source}")],
            [new("Kỳ", 1.6), new("Chỉ tiêu", 1.0, ListCellKind.Number), new("Thực hiện", 1.0, ListCellKind.Number), new("Chênh lệch", 1.0, ListCellKind.Number), new("Tỷ lệ", 0.9)],
            rows, [], Recipients, Signature)
        {
            Figure = pdf =>
            {
                foreach (var chart in charts)
                {
                    TargetChartPdf.Draw(pdf, chart);
                }
            },
        };
    }
}

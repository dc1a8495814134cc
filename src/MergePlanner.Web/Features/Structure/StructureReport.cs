using MergePlanner.Data.Organisation;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Reporting;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Features.Structure;

/// <summary>"Cơ cấu tổ chức sau hợp nhất": every unit of the target structure with the units it was formed
/// from and its headcount before and after, in the Decree 30 layout. The print view shows the same rows.</summary>
public sealed class StructureReport(StructureSnapshot snapshot, PdfFonts fonts, TimeProvider clock, DocumentOptions options, Signatories signatories)
{
    public sealed record Line(int Number, string Code, string Name, string Predecessors, int Before, int After, int? Authorised, string Issues);

    public async Task<(StructureSnapshot.Model Model, IReadOnlyList<Line> Lines)?> LinesAsync(CancellationToken cancellationToken = default)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        if (model is null)
        {
            return null;
        }

        var staffing = model.Staffing.ToDictionary(s => s.Unit.Id);
        var n = 0;
        var lines = Walk(model, model.Merger.Target.Id)
            .Where(u => u.Id != model.Merger.Target.Id && staffing.ContainsKey(u.Id))
            .Select(u =>
            {
                var s = staffing[u.Id];
                var predecessors = model.Predecessors(u.Id)
                    .Select(p => (Name: $"{model.Unit(p.FromUnitId)?.Name ?? "?"} ({model.Merger.RootOf(model.Unit(p.FromUnitId)?.OriginId)?.ShortName})", p))
                    .OrderBy(x => x.Name, StringComparer.Ordinal)
                    .Select(x => x.p.Kind == LineageKind.Split ? $"{x.Name[..^1]}; {StructureColumns.PortionLabels[x.p.Portion].ToLowerInvariant()} {Format.Number(x.p.SharePercent ?? 0)}%)" : x.Name);
                return new Line(++n, u.Code, u.Name, string.Join("; ", predecessors), s.Staffing.Before, s.Staffing.After, s.Staffing.Authorised, string.Join(" ", s.Issues.Select(i => i.Message)));
            }).ToList();
        return (model, lines);
    }

    public async Task<byte[]?> BuildAsync(CancellationToken cancellationToken = default)
    {
        using var culture = DocumentCulture.Enter();
        if (await LinesAsync(cancellationToken) is not { } data)
        {
            return null;
        }

        var (model, lines) = data;
        var target = model.Merger.Target.Name;
        var header = new DocumentHeader("Bộ Công an", target, options.NumberOf("Structure", "BC-PX01"), Signatories.PlaceOf(target),
            DateOnly.FromDateTime(clock.GetLocalNow().Date), "Báo cáo", $"Cơ cấu tổ chức {target} sau hợp nhất");
        var pdf = new DecreeDocument(fonts, header, $"Cơ cấu tổ chức – {target}");
        pdf.Paragraph($"Căn cứ: {model.Merger.DecisionReference}. Ngày có hiệu lực: {Format.Date(model.Merger.EffectiveDate)}.", indent: 14);
        pdf.Paragraph($"Tổng số: {Format.Number(lines.Count)} đơn vị; số cán bộ trước hợp nhất {Format.Number(lines.Sum(l => l.Before))}, sau hợp nhất {Format.Number(lines.Sum(l => l.After))}, biên chế được giao {Format.Number(lines.Sum(l => l.Authorised ?? 0))}.", indent: 14);
        pdf.Table(
            [
                new("STT", 0.6, XStringAlignment.Far), new("Đơn vị", 2.6), new("Hình thành từ", 4.4),
                new("Trước", 0.9, XStringAlignment.Far), new("Sau", 0.9, XStringAlignment.Far), new("Biên chế", 1, XStringAlignment.Far),
            ],
            lines.Select(l => (IReadOnlyList<string>)
            [
                l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Name, l.Predecessors.Length == 0 ? "(thành lập mới)" : l.Predecessors,
                Format.Number(l.Before), Format.Number(l.After), l.Authorised is { } a ? Format.Number(a) : "–",
            ]),
            size: 10);
        var flagged = lines.Where(l => l.Issues.Length > 0).ToList();
        if (flagged.Count > 0)
        {
            pdf.Heading("Các đơn vị chưa bảo đảm quy định về biên chế");
            pdf.Table([new("Đơn vị", 3), new("Nội dung", 5)], flagged.Select(l => (IReadOnlyList<string>)[l.Name, l.Issues]), size: 10);
        }

        pdf.Closing(["- Bộ Công an (Cục Tổ chức cán bộ);", "- Ban Giám đốc;", "- Lưu: VT, PX01."], new SignatureBlock("Giám đốc", string.Empty, await signatories.OfForceAsync(model.Merger.Target.Id, Data.Personnel.Position.Director, cancellationToken)));
        return pdf.ToBytes();
    }

    private static IEnumerable<MergePlanner.Data.Organisation.Lineage.UnitNode> Walk(StructureSnapshot.Model model, int id)
    {
        if (model.Unit(id) is not { } unit)
        {
            yield break;
        }

        yield return unit;
        foreach (var child in model.Children(id))
        {
            foreach (var below in Walk(model, child.Id))
            {
                yield return below;
            }
        }
    }
}

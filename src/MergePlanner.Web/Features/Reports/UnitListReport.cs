using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PdfSharp.Drawing;

namespace MergePlanner.Web.Features.Reports;

/// <summary>"Danh sách đơn vị": a unit and every unit below it, with officer counts, in the Decree 30 layout.</summary>
public sealed class UnitListReport(MergePlannerDbContext db, PdfFonts fonts, TimeProvider clock, IStringLocalizer<SharedResource> l, Features.Organisation.UnitFigures figures, DocumentOptions options, Signatories signatories)
{
    public async Task<byte[]?> BuildAsync(int unitId, CancellationToken cancellationToken = default)
    {
        using var culture = DocumentCulture.Enter();
        var units = await db.Units.AsNoTracking()
            .Select(u => new Node(u.Id, u.ParentId, u.Code, u.Name, u.Type, u.Status, u.SortOrder, db.Officers.Count(o => o.UnitId == u.Id || o.PlacedUnitId == u.Id)))
            .ToListAsync(cancellationToken);
        var unit = units.FirstOrDefault(u => u.Id == unitId);
        if (unit is null)
        {
            return null;
        }

        var children = units.ToLookup(u => u.ParentId);
        var ordered = new List<(Node Node, int Depth)>();
        void Walk(Node node, int depth)
        {
            ordered.Add((node, depth));
            foreach (var child in children[node.Id].OrderBy(c => c.SortOrder))
            {
                Walk(child, depth + 1);
            }
        }

        Walk(unit, 0);
        var root = units.First(u => u.Id == RootOf(unit, units));
        var header = new DocumentHeader(
            root.Id == unit.Id ? "Bộ Công an" : root.Name,
            unit.Name,
            options.NumberOf("UnitList", "DS-PV01"),
            Signatories.PlaceOf(root.Name),
            DateOnly.FromDateTime(clock.GetLocalNow().Date),
            "Danh sách",
            $"Đơn vị trực thuộc {unit.Name}");
        var pdf = new DecreeDocument(fonts, header, $"Danh sách đơn vị – {unit.Name}");
        // The unit's officers as its page counts them (UnitFigures); the column shows who serves in or is placed in each unit.
        var totals = await figures.OfAsync(unitId, cancellationToken) ?? Features.Organisation.UnitTotals.Empty;
        pdf.Paragraph($"Tổng số: {Format.Number(ordered.Count - 1)} đơn vị trực thuộc; {Format.Number(totals.Officers)} cán bộ, trong đó đã bố trí vào cơ cấu tổ chức mới {Format.Number(totals.Placed)}; {Format.Number(totals.Assets)} tài sản.", italic: true, size: 12);
        var n = 0;
        pdf.Table(
            [new("STT", 0.7, XStringAlignment.Far), new("Mã", 1.6), new("Tên đơn vị", 4.2), new("Loại", 2), new("Trạng thái", 1.4), new("Cán bộ công tác, bố trí tại đơn vị", 1.1, XStringAlignment.Far)],
            ordered.Select(o => (IReadOnlyList<string>)
            [
                (++n).ToString(System.Globalization.CultureInfo.InvariantCulture), o.Node.Code,
                new string(' ', o.Depth * 2) + o.Node.Name, l[$"UnitType.{o.Node.Type}"].Value,
                l[$"UnitStatus.{o.Node.Status}"].Value, Format.Number(o.Node.Officers),
            ]));
        // The force's list is signed by its Director; a unit's by its head, under the head's own title ("Trưởng phòng").
        var signature = root.Id == unit.Id
            ? new SignatureBlock("Giám đốc", string.Empty, await signatories.OfForceAsync(root.Id, Data.Personnel.Position.Director, cancellationToken))
            : await signatories.HeadOfAsync(unit.Id, cancellationToken) is { } head
                ? new SignatureBlock(head.Position ?? "Thủ trưởng đơn vị", string.Empty, head.Signer)
                : new SignatureBlock("Thủ trưởng đơn vị", string.Empty, null);
        pdf.Closing(["- Ban Giám đốc;", "- Phòng Tổ chức cán bộ;", "- Lưu: VT."], signature);
        return pdf.ToBytes();
    }

    private static int RootOf(Node node, List<Node> units)
    {
        var current = node;
        while (current.ParentId is { } parentId)
        {
            current = units.First(u => u.Id == parentId);
        }

        return current.Id;
    }

    private sealed record Node(int Id, int? ParentId, string Code, string Name, UnitType Type, UnitStatus Status, int SortOrder, int Officers);
}

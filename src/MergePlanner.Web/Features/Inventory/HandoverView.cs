using MergePlanner.Data;
using MergePlanner.Data.Inventory.Handover;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>A handover batch as the page, the print view, the PDF minutes and the XLSX annex show it.</summary>
public sealed record HandoverView(
    int Id, string Number, int FromUnitId, string From, string FromOrigin, int ToUnitId, string To, string? Witness, string? WitnessUnit,
    string? HandedOverBy, string? ReceivedBy, DateTime CreatedAtUtc, HandoverStatus Status, bool HasScan, IReadOnlyList<HandoverView.Line> Lines)
{
    public sealed record Line(int Id, string Code, string Name, string UnitOfMeasure, decimal Quantity, decimal Value, string Condition, ReceiptStatus Receipt, string? Remark, string ItemUrl);

    public static async Task<HandoverView?> LoadAsync(MergePlannerDbContext db, int id)
    {
        var b = await db.HandoverBatches.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Number, x.FromUnitId, x.ToUnitId, x.WitnessName, x.WitnessUnit, x.HandedOverBy, x.ReceivedBy, x.CreatedAtUtc, x.Status, HasScan = x.SignedScan != null,
                From = x.FromUnit!.Name, FromOrigin = x.FromUnit.Origin!.Name, FromIsRoot = x.FromUnit.ParentId == null,
                To = x.ToUnit!.Name, ToOrigin = x.ToUnit.Origin!.Name, ToIsRoot = x.ToUnit.ParentId == null,
            })
            .SingleOrDefaultAsync();
        if (b is null)
        {
            return null;
        }

        var lines = await db.HandoverLines.AsNoTracking().Where(l => l.BatchId == id).OrderBy(l => l.Id)
            .Select(l => new
            {
                l.Id, l.Quantity, l.Receipt, l.Remark, l.Disposition!.AssetId, l.Disposition.CaseFileId,
                Code = l.Disposition.AssetId != null ? l.Disposition.Asset!.Code : l.Disposition.CaseFile!.Number,
                Name = l.Disposition.AssetId != null ? l.Disposition.Asset!.Name : l.Disposition.CaseFile!.Title,
                Uom = l.Disposition.AssetId != null ? l.Disposition.Asset!.UnitOfMeasure : "hồ sơ",
                Value = l.Disposition.AssetId != null ? l.Disposition.Asset!.RemainingValue : 0m,
                Quantity0 = l.Disposition.AssetId != null ? l.Disposition.Asset!.Quantity : 1m,
                Condition = l.Disposition.AssetId != null ? l.Disposition.Asset!.Status.ToString() : l.Disposition.CaseFile!.Status.ToString(),
            }).ToListAsync();
        // "Ban Giám đốc" exists on both sides: the locality goes with the name.
        return new HandoverView(b.Id, b.Number, b.FromUnitId, b.FromIsRoot ? b.From : $"{b.From} {b.FromOrigin}", b.FromOrigin, b.ToUnitId, b.ToIsRoot ? b.To : $"{b.To} {b.ToOrigin}", b.WitnessName, b.WitnessUnit, b.HandedOverBy, b.ReceivedBy, b.CreatedAtUtc, b.Status, b.HasScan,
            lines.Select(l => new Line(l.Id, l.Code, l.Name, l.Uom, l.Quantity, l.Quantity0 == 0 ? 0 : Math.Round(l.Value * l.Quantity / l.Quantity0), l.Condition, l.Receipt, l.Remark,
                l.AssetId is { } a ? $"inventory/items/asset/{a}" : $"inventory/items/case/{l.CaseFileId}")).ToList());
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Inventory.Handover;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>A handover batch as the page, the print view, the PDF minutes and the XLSX annex show it.</summary>
public sealed record HandoverView(
    int Id, string Number, int FromUnitId, string From, string FromOrigin, int ToUnitId, string To, string? Witness, string? WitnessUnit,
    string? HandedOverBy, string? ReceivedBy, DateTime CreatedAtUtc, HandoverStatus Status, bool HasScan, IReadOnlyList<HandoverView.Line> Lines)
{
    /// <summary>A line: the item, its identifying numbers (serial, plate, chassis and engine, parcel and certificate), the
    /// quantity handed over, its original cost and remaining value for that quantity, and its condition.</summary>
    public sealed record Line(int Id, string Code, string Name, string UnitOfMeasure, decimal Quantity, decimal Value, string Condition, ReceiptStatus Receipt, string? Remark, string ItemUrl)
    {
        public string Identifiers { get; init; } = string.Empty;

        public decimal OriginalCost { get; init; }

        /// <summary>The condition as the register describes it ("Còn sử dụng tốt"), when it does.</summary>
        public string? ConditionNote { get; init; }
    }

    /// <summary>The plain names of the two units and their forces, for a document's header (the province once).</summary>
    public string FromUnitName { get; init; } = From;

    public bool FromIsForce { get; init; }

    public string? HandedOverByTitle { get; init; }

    public string? ReceivedByTitle { get; init; }

    public string? WitnessTitle { get; init; }

    /// <summary>Money adds up across lines (đồng); quantities only per unit of measure.</summary>
    public decimal TotalValue => Lines.Sum(l => l.Value);

    public decimal TotalOriginalCost => Lines.Sum(l => l.OriginalCost);

    public static async Task<HandoverView?> LoadAsync(MergePlannerDbContext db, int id)
    {
        var b = await db.HandoverBatches.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Number, x.FromUnitId, x.ToUnitId, x.WitnessName, x.WitnessUnit, x.HandedOverBy, x.ReceivedBy, x.CreatedAtUtc, x.Status, HasScan = x.SignedScan != null,
                x.HandedOverByTitle, x.ReceivedByTitle, x.WitnessTitle,
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
                ConditionNote = l.Disposition.AssetId != null ? l.Disposition.Asset!.Condition : null,
                Cost = l.Disposition.AssetId != null ? l.Disposition.Asset!.OriginalCost : 0m,
                l.Disposition.Asset!.Serial, l.Disposition.Asset.Plate, l.Disposition.Asset.ChassisNumber, l.Disposition.Asset.EngineNumber,
                l.Disposition.Asset.Parcel, l.Disposition.Asset.Certificate, l.Disposition.Asset.Lot,
            }).ToListAsync();
        // "Ban Giám đốc" exists on both sides: the locality goes with the name.
        return new HandoverView(b.Id, b.Number, b.FromUnitId, b.FromIsRoot ? b.From : $"{b.From} {b.FromOrigin}", b.FromOrigin, b.ToUnitId, b.ToIsRoot ? b.To : $"{b.To} {b.ToOrigin}", b.WitnessName, b.WitnessUnit, b.HandedOverBy, b.ReceivedBy, b.CreatedAtUtc, b.Status, b.HasScan,
            lines.Select(l => new Line(l.Id, l.Code, l.Name, l.Uom, l.Quantity, Share(l.Value, l.Quantity, l.Quantity0), l.Condition, l.Receipt, l.Remark,
                l.AssetId is { } a ? $"inventory/items/asset/{a}" : $"inventory/items/case/{l.CaseFileId}")
            {
                OriginalCost = Share(l.Cost, l.Quantity, l.Quantity0),
                ConditionNote = l.ConditionNote,
                Identifiers = string.Join("; ", new[]
                {
                    Labelled("Số hiệu", l.Serial), Labelled("BKS", l.Plate), Labelled("Số khung", l.ChassisNumber), Labelled("Số máy", l.EngineNumber),
                    Labelled("Thửa đất", l.Parcel), Labelled("GCN", l.Certificate), Labelled("Lô", l.Lot),
                }.Where(x => x is not null)),
            }).ToList())
        {
            FromUnitName = b.From,
            FromIsForce = b.FromIsRoot,
            HandedOverByTitle = b.HandedOverByTitle,
            ReceivedByTitle = b.ReceivedByTitle,
            WitnessTitle = b.WitnessTitle,
        };
    }

    /// <summary>The part of an item's money that goes with the quantity handed over (the whole when all of it goes).</summary>
    private static decimal Share(decimal money, decimal quantity, decimal whole) => whole == 0 ? 0 : Math.Round(money * quantity / whole);

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : $"{label}: {value}";
}


using MergePlanner.Data.Inventory.Handover;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Inventory.Reconciliation;

/// <summary>One item's standing as the database computes it (see <see cref="LedgerStandingSql"/>).</summary>
public sealed class ItemStandingRow
{
    public int ItemId { get; init; }

    public int MergerId { get; init; }

    public int UnitId { get; init; }

    public bool IsAsset { get; init; }

    /// <summary>The asset's category (null for a case file).</summary>
    public AssetCategory? AssetCategory { get; init; }

    /// <summary>The case file's kind (null for an asset).</summary>
    public Cases.CaseFileKind? Kind { get; init; }

    public double Book { get; init; }

    public double? Counted { get; init; }

    public double Required { get; init; }

    public double Disposed { get; init; }

    public double HandedOver { get; init; }

    public double Received { get; init; }

    public double Accounted { get; init; }

    /// <summary>What is still without a proven outcome (0 when the item is settled): the one place the "unaccounted"
    /// of the ledger, the dashboard and the national overview is decided.</summary>
    public double Unaccounted { get; init; }
}

/// <summary>
/// <see cref="ReconciliationLedger.Standing"/> written as one query, so the totals of a merger are added up where the
/// rows are instead of loading every item: book and counted quantities from the item's latest stocktake line, the sums
/// of its active dispositions, what their handovers sent and what the receiving units confirmed. Only joins and
/// groupings (no subquery inside an aggregate), which SQLite and SQL Server both run. The pure rules remain the
/// reference for one item and for the drill-down; <c>LedgerSqlTests</c> holds both equal on the demo data.
/// </summary>
public static class LedgerStandingSql
{
    /// <summary>Half of the smallest quantity step (0.01): below it, two quantities are equal.</summary>
    public const double Tolerance = 0.005;

    /// <summary>A sum of doubles back to the two-decimal quantity it adds up.</summary>
    public static decimal Quantity(double value) => Math.Round((decimal)value, 2);

    /// <summary>The standing of every asset of the sources (a case file's, with <paramref name="caseFiles"/>); two
    /// queries rather than a union, so each keeps its own category type.</summary>
    public static IQueryable<ItemStandingRow> Standings(MergePlannerDbContext db, IReadOnlyCollection<int?> sourceRoots, bool caseFiles) =>
        (caseFiles ? CaseFileItems(db, sourceRoots) : AssetItems(db, sourceRoots)).Select(i => new
        {
            i.Id, i.MergerId, i.UnitId, i.IsAsset, i.AssetCategory, i.Kind, i.Book, i.Counted, i.Disposed, i.Sent, i.Received,
            Required = i.Counted == null ? i.Book : i.Counted > i.Book ? i.Counted.Value : i.Book,

            // Accounted only once counted, fully disposed and with any shortfall declared missing; never above what is
            // required. Quantities carry two decimals at most (decimal(19,2)): compared within half a hundredth, so the
            // sums of doubles the database adds natively (SQLite's decimal functions are called back row by row,
            // 5 × slower) decide exactly as the decimals would.
            Accounted = i.Counted != null
                && Math.Abs(i.Disposed - (i.Counted > i.Book ? i.Counted.Value : i.Book)) < Tolerance
                && i.Missing > (i.Book - i.Counted > 0 ? i.Book - i.Counted.Value : 0.0) - Tolerance
                ? (i.Final < (i.Counted > i.Book ? i.Counted.Value : i.Book) ? i.Final : (i.Counted > i.Book ? i.Counted.Value : i.Book))
                : 0.0,
        }).Select(i => new ItemStandingRow
        {
            ItemId = i.Id,
            MergerId = i.MergerId,
            UnitId = i.UnitId,
            IsAsset = i.IsAsset,
            AssetCategory = i.AssetCategory,
            Kind = i.Kind,
            Book = i.Book,
            Counted = i.Counted,
            Required = i.Required,
            Disposed = i.Disposed,
            HandedOver = i.Sent,
            Received = i.Received,

            Accounted = i.Accounted,
            Unaccounted = i.Required - i.Accounted > Tolerance ? i.Required - i.Accounted : 0.0,
        });

    private sealed class Item
    {
        public int Id { get; init; }

        public int MergerId { get; init; }

        public int UnitId { get; init; }

        public bool IsAsset { get; init; }

        public AssetCategory? AssetCategory { get; init; }

        public Cases.CaseFileKind? Kind { get; init; }

        public double Book { get; init; }

        public double? Counted { get; init; }

        public double Disposed { get; init; }

        public double Missing { get; init; }

        public double Final { get; init; }

        public double Sent { get; init; }

        public double Received { get; init; }
    }

    private sealed class Figures
    {
        public int ItemId { get; init; }

        public double? Disposed { get; init; }

        public double? Missing { get; init; }

        public double? Final { get; init; }

        public double? Sent { get; init; }

        public double? Received { get; init; }
    }

    private sealed class Line
    {
        public int ItemId { get; init; }

        public double? Book { get; init; }

        public double? Counted { get; init; }
    }

    /// <summary>Per item, its active dispositions: how much is disposed of, declared missing, and settled at once by a
    /// final outcome (anything but a transfer; "missing" only with an incident record).</summary>
    private static IQueryable<Figures> DispositionFigures(MergePlannerDbContext db, bool assets) =>
        (assets
            ? db.ItemDispositions.Where(d => !d.Withdrawn && d.AssetId != null).GroupBy(d => d.AssetId!.Value)
            : db.ItemDispositions.Where(d => !d.Withdrawn && d.CaseFileId != null).GroupBy(d => d.CaseFileId!.Value))
        .Select(g => new Figures
        {
            ItemId = g.Key,
            Disposed = g.Sum(d => (double)d.Quantity),
            Missing = g.Sum(d => d.Outcome == DispositionOutcome.Missing ? (double)d.Quantity : 0.0),
            Final = g.Sum(d => d.Outcome != DispositionOutcome.TransferToUnit && (d.Outcome != DispositionOutcome.Missing || (d.IncidentReference != null && d.IncidentReference != "")) ? (double)d.Quantity : 0.0),
        });

    /// <summary>Per item, the handovers of its active dispositions that left draft: what was sent, what the receiving
    /// units confirmed, and what that settles of a transfer (never more than the transfer — a disposition has at most
    /// one handover line, so the cap can be taken line by line).</summary>
    private static IQueryable<Figures> HandoverFigures(MergePlannerDbContext db, bool assets)
    {
        var lines = db.HandoverLines.Where(h => h.Batch!.Status != HandoverStatus.Draft && !h.Disposition!.Withdrawn);
        return (assets
                ? lines.Where(h => h.Disposition!.AssetId != null).GroupBy(h => h.Disposition!.AssetId!.Value)
                : lines.Where(h => h.Disposition!.CaseFileId != null).GroupBy(h => h.Disposition!.CaseFileId!.Value))
            .Select(g => new Figures
            {
                ItemId = g.Key,
                Sent = g.Sum(h => (double)h.Quantity),
                Received = g.Sum(h => h.Receipt == ReceiptStatus.Received || h.Receipt == ReceiptStatus.ReceivedWithRemarks ? (double)h.Quantity : 0.0),
                Final = g.Sum(h => (h.Receipt == ReceiptStatus.Received || h.Receipt == ReceiptStatus.ReceivedWithRemarks) && h.Disposition!.Outcome == DispositionOutcome.TransferToUnit
                    ? (double)(h.Quantity < h.Disposition.Quantity ? h.Quantity : h.Disposition.Quantity)
                    : 0.0),
            });
    }

    /// <summary>The item's line in its latest stocktake (latest cut-off, then latest campaign).</summary>
    private static IQueryable<Line> LatestLines(MergePlannerDbContext db, bool assets)
    {
        var lines = db.InventoryLines.Where(l => assets ? l.AssetId != null : l.CaseFileId != null)
            .Select(l => new { ItemId = assets ? l.AssetId!.Value : l.CaseFileId!.Value, l.CampaignId, l.Campaign!.CutoffAt, l.BookQuantity, l.CountedQuantity });
        var latestCutoff = lines.GroupBy(l => l.ItemId).Select(g => new { ItemId = g.Key, CutoffAt = g.Max(l => l.CutoffAt) });
        var latestCampaign = from l in lines
                             join c in latestCutoff on new { l.ItemId, l.CutoffAt } equals new { c.ItemId, c.CutoffAt }
                             group l by l.ItemId into g
                             select new { ItemId = g.Key, CampaignId = g.Max(l => l.CampaignId) };
        return from l in lines
               join k in latestCampaign on new { l.ItemId, l.CampaignId } equals new { k.ItemId, k.CampaignId }
               select new Line { ItemId = l.ItemId, Book = (double)l.BookQuantity, Counted = (double?)l.CountedQuantity };
    }

    private static IQueryable<Item> AssetItems(MergePlannerDbContext db, IReadOnlyCollection<int?> sourceRoots) =>
        from a in db.Assets
        where sourceRoots.Contains(a.Unit!.OriginId)
        join l in LatestLines(db, assets: true) on a.Id equals l.ItemId into ls
        from l in ls.DefaultIfEmpty()
        join f in DispositionFigures(db, assets: true) on a.Id equals f.ItemId into fs
        from f in fs.DefaultIfEmpty()
        join h in HandoverFigures(db, assets: true) on a.Id equals h.ItemId into hs
        from h in hs.DefaultIfEmpty()
        select new Item
        {
            Id = a.Id, MergerId = a.MergerId, UnitId = a.UnitId, IsAsset = true, AssetCategory = a.Category, Book = l.Book ?? (double)a.Quantity, Counted = l.Counted,
            Disposed = f.Disposed ?? 0.0, Missing = f.Missing ?? 0.0, Final = (f.Final ?? 0.0) + (h.Final ?? 0.0),
            Sent = h.Sent ?? 0.0, Received = h.Received ?? 0.0,
        };

    private static IQueryable<Item> CaseFileItems(MergePlannerDbContext db, IReadOnlyCollection<int?> sourceRoots) =>
        from c in db.CaseFiles
        where sourceRoots.Contains(c.OwningUnit!.OriginId)
        join l in LatestLines(db, assets: false) on c.Id equals l.ItemId into ls
        from l in ls.DefaultIfEmpty()
        join f in DispositionFigures(db, assets: false) on c.Id equals f.ItemId into fs
        from f in fs.DefaultIfEmpty()
        join h in HandoverFigures(db, assets: false) on c.Id equals h.ItemId into hs
        from h in hs.DefaultIfEmpty()
        select new Item
        {
            Id = c.Id, MergerId = c.MergerId, UnitId = c.OwningUnitId, IsAsset = false, Kind = c.Kind, Book = l.Book ?? 1.0, Counted = l.Counted,
            Disposed = f.Disposed ?? 0.0, Missing = f.Missing ?? 0.0, Final = (f.Final ?? 0.0) + (h.Final ?? 0.0),
            Sent = h.Sent ?? 0.0, Received = h.Received ?? 0.0,
        };
}

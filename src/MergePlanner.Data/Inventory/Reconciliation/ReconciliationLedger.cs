using MergePlanner.Data.Inventory.Handover;

namespace MergePlanner.Data.Inventory.Reconciliation;

/// <summary>An item of a source unit as the ledger sees it: what the books say, what was counted (null while
/// uncounted), its active dispositions and the handover lines of its transfers.</summary>
public sealed record LedgerItem(
    ItemKey Key,
    int UnitId,
    string Category,
    decimal Book,
    decimal? Counted,
    IReadOnlyList<LedgerDisposition> Dispositions,
    IReadOnlyList<LedgerHandover> Handovers,
    string UnitOfMeasure = LedgerItem.CaseFileUnit)
{
    /// <summary>The unit a case file is counted in (a register's own word, like an asset's "chiếc" or "m²").</summary>
    public const string CaseFileUnit = "hồ sơ";
}

/// <summary>An asset or a case file.</summary>
public readonly record struct ItemKey(bool IsAsset, int Id)
{
    public static ItemKey Asset(int id) => new(true, id);

    public static ItemKey CaseFile(int id) => new(false, id);

    public override string ToString() => (IsAsset ? "A" : "C") + Id;
}

public sealed record LedgerDisposition(int Id, DispositionOutcome Outcome, decimal Quantity, bool HasIncident);

public sealed record LedgerHandover(int DispositionId, decimal Quantity, HandoverStatus BatchStatus, ReceiptStatus Receipt);

/// <summary>One item's standing: everything below is a quantity of that item.</summary>
public sealed record ItemStanding(LedgerItem Item, decimal Required, decimal Disposed, decimal HandedOver, decimal ConfirmedReceived, decimal Accounted)
{
    /// <summary>What is not yet proven to have an outcome: never negative.</summary>
    public decimal Unaccounted => Math.Max(0, Required - Accounted);

    public ItemState State => Required == 0 && Disposed == 0 ? ItemState.Accounted
        : Item.Counted is null ? ItemState.Uncounted
        : Disposed != Required || !ReconciliationLedger.ShortfallIsMissing(Item, Required) ? ItemState.NotDisposed
        : Unaccounted > 0 ? ItemState.AwaitingReceipt
        : ItemState.Accounted;
}

public enum ItemState
{
    Uncounted,
    NotDisposed,
    AwaitingReceipt,
    Accounted,
}

/// <summary>One row of the ledger: a source unit and a category.</summary>
/// <summary>A row of the ledger: the items of one unit and category counted in one unit of measure. Items and
/// <see cref="OpenItems"/> add up across rows; the quantities only within rows of the same unit of measure (rounds of
/// ammunition and square metres of land are never added).</summary>
public sealed record LedgerRow(int UnitId, string Category, string UnitOfMeasure, int Items, int OpenItems, decimal Book, decimal Counted, decimal Disposed, decimal HandedOver, decimal ConfirmedReceived, decimal Unaccounted);

/// <summary>The proof that nothing of a source unit is lost. Every quantity of an item — what the books hold, or
/// more if more was found — must end in exactly one outcome: a transfer confirmed by the receiving unit, a hand-over
/// to another agency, surplus for reallocation, a liquidation proposal, or "missing" backed by an incident record
/// (a shortfall against the books can only be "missing"). What lacks such an outcome is unaccounted; the inventory
/// cannot be declared finished while any is.</summary>
public static class ReconciliationLedger
{
    public static ItemStanding Standing(LedgerItem item)
    {
        var counted = item.Counted ?? 0;
        var required = item.Counted is null ? item.Book : Math.Max(item.Book, counted);
        if (item.Dispositions.Count == 0 && item.Handovers.Count == 0)
        {
            // Most items of a large inventory have no outcome yet: nothing to add up.
            return new ItemStanding(item, required, 0, 0, 0, 0);
        }

        var disposed = item.Dispositions.Sum(d => d.Quantity);
        var sent = item.Handovers.Where(h => h.BatchStatus != HandoverStatus.Draft).ToList();
        var handedOver = sent.Sum(h => h.Quantity);
        var received = sent.Where(h => h.Receipt is ReceiptStatus.Received or ReceiptStatus.ReceivedWithRemarks).Sum(h => h.Quantity);

        decimal accounted = 0;
        if (item.Counted is not null && disposed == required && ShortfallIsMissing(item, required))
        {
            // Final outcomes count at once; a transfer counts only for what the receiving unit confirmed, and never
            // more than the transfer itself.
            accounted = item.Dispositions.Where(d => d.Outcome != DispositionOutcome.TransferToUnit && (d.Outcome != DispositionOutcome.Missing || d.HasIncident)).Sum(d => d.Quantity)
                + item.Dispositions.Where(d => d.Outcome == DispositionOutcome.TransferToUnit)
                    .Sum(d => Math.Min(d.Quantity, sent.Where(h => h.DispositionId == d.Id && h.Receipt is ReceiptStatus.Received or ReceiptStatus.ReceivedWithRemarks).Sum(h => h.Quantity)));
        }

        return new ItemStanding(item, required, disposed, handedOver, received, Math.Min(accounted, required));
    }

    /// <summary>What the books hold but the count did not find can only be declared missing.</summary>
    public static bool ShortfallIsMissing(LedgerItem item, decimal required)
    {
        var shortfall = item.Counted is { } c ? Math.Max(0, item.Book - c) : 0;
        return item.Dispositions.Where(d => d.Outcome == DispositionOutcome.Missing).Sum(d => d.Quantity) >= shortfall;
    }

    public static IReadOnlyList<LedgerRow> Rows(IEnumerable<LedgerItem> items) =>
        items.Select(Standing)
            .GroupBy(s => (s.Item.UnitId, s.Item.Category, s.Item.UnitOfMeasure))
            .Select(g => new LedgerRow(
                g.Key.UnitId, g.Key.Category, g.Key.UnitOfMeasure, g.Count(), g.Count(s => s.Unaccounted > 0), g.Sum(s => s.Item.Book), g.Sum(s => s.Item.Counted ?? 0), g.Sum(s => s.Disposed),
                g.Sum(s => s.HandedOver), g.Sum(s => s.ConfirmedReceived), g.Sum(s => s.Unaccounted)))
            .OrderBy(r => r.UnitId).ThenBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.UnitOfMeasure, StringComparer.Ordinal)
            .ToList();

    /// <summary>Checks a proposed set of dispositions for one item before it is saved.</summary>
    public static IReadOnlyList<string> CheckDispositions(decimal book, decimal? counted, IReadOnlyList<(DispositionOutcome Outcome, decimal Quantity, int? TargetUnitId, string? Agency, string? Incident)> parts)
    {
        var errors = new List<string>();
        if (counted is null)
        {
            errors.Add("Tài sản chưa được kiểm đếm: hãy nhập số lượng kiểm kê trước khi xử lý.");
            return errors;
        }

        var required = Math.Max(book, counted.Value);
        if (parts.Any(p => p.Quantity <= 0))
        {
            errors.Add("Số lượng của mỗi phần phải lớn hơn 0.");
        }

        var total = parts.Sum(p => p.Quantity);
        if (total != required)
        {
            errors.Add($"Tổng số lượng các phần ({total:0.###}) phải bằng {required:0.###} (số theo sổ sách hoặc số kiểm kê nếu lớn hơn).");
        }

        var shortfall = Math.Max(0, book - counted.Value);
        if (parts.Where(p => p.Outcome == DispositionOutcome.Missing).Sum(p => p.Quantity) < shortfall)
        {
            errors.Add($"Thiếu {shortfall:0.###} so với sổ sách: phần này phải ghi \"Mất, thiếu\" kèm biên bản.");
        }

        foreach (var p in parts)
        {
            switch (p.Outcome)
            {
                case DispositionOutcome.TransferToUnit when p.TargetUnitId is null:
                    errors.Add("Điều chuyển phải chọn đơn vị nhận.");
                    break;
                case DispositionOutcome.HandToAgency when string.IsNullOrWhiteSpace(p.Agency):
                    errors.Add("Bàn giao cho cơ quan khác phải ghi tên cơ quan nhận.");
                    break;
                case DispositionOutcome.Missing when string.IsNullOrWhiteSpace(p.Incident):
                    errors.Add("Mất, thiếu phải có số, ngày biên bản sự việc.");
                    break;
            }
        }

        return errors;
    }
}

using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Inventory.Reconciliation;

namespace MergePlanner.Tests.Inventory;

public class ReconciliationLedgerTests
{
    private static LedgerItem Item(decimal book, decimal? counted, LedgerDisposition[]? dispositions = null, LedgerHandover[]? handovers = null, int id = 1) =>
        new(ItemKey.Asset(id), 10, "Weapon", book, counted, dispositions ?? [], handovers ?? []);

    [Fact]
    public void Standing_Uncounted_IsWhollyUnaccounted()
    {
        var s = ReconciliationLedger.Standing(Item(5, null));
        Assert.Equal((5m, ItemState.Uncounted), (s.Unaccounted, s.State));
    }

    [Fact]
    public void Standing_TransferNotYetConfirmed_StaysUnaccountedUntilReceived()
    {
        var transfer = new LedgerDisposition(1, DispositionOutcome.TransferToUnit, 3, false);
        var sent = ReconciliationLedger.Standing(Item(3, 3, [transfer], [new(1, 3, HandoverStatus.Sent, ReceiptStatus.Pending)]));
        Assert.Equal((3m, ItemState.AwaitingReceipt, 3m), (sent.Unaccounted, sent.State, sent.HandedOver));

        var received = ReconciliationLedger.Standing(Item(3, 3, [transfer], [new(1, 2, HandoverStatus.Sent, ReceiptStatus.Received), new(1, 1, HandoverStatus.Sent, ReceiptStatus.ReceivedWithRemarks)]));
        Assert.Equal((0m, ItemState.Accounted), (received.Unaccounted, received.State));
    }

    [Fact]
    public void Standing_DraftHandoverOrNotReceived_DoesNotCount()
    {
        var transfer = new LedgerDisposition(1, DispositionOutcome.TransferToUnit, 2, false);
        Assert.Equal(2m, ReconciliationLedger.Standing(Item(2, 2, [transfer], [new(1, 2, HandoverStatus.Draft, ReceiptStatus.Received)])).Unaccounted);
        Assert.Equal(2m, ReconciliationLedger.Standing(Item(2, 2, [transfer], [new(1, 2, HandoverStatus.Confirmed, ReceiptStatus.NotReceived)])).Unaccounted);
    }

    [Fact]
    public void Standing_ShortfallNotDeclaredMissing_IsUnaccounted()
    {
        // 10 on the books, 8 found and all 8 liquidated: the 2 not found have no outcome.
        var s = ReconciliationLedger.Standing(Item(10, 8, [new(1, DispositionOutcome.LiquidationProposal, 8, false)]));
        Assert.Equal(10m, s.Unaccounted);
        var declared = ReconciliationLedger.Standing(Item(10, 8, [new(1, DispositionOutcome.LiquidationProposal, 8, false), new(2, DispositionOutcome.Missing, 2, true)]));
        Assert.Equal(0m, declared.Unaccounted);
    }

    [Fact]
    public void Standing_MissingWithoutIncident_IsUnaccounted() =>
        Assert.Equal(1m, ReconciliationLedger.Standing(Item(1, 0, [new(1, DispositionOutcome.Missing, 1, false)])).Unaccounted);

    [Fact]
    public void Standing_FoundMoreThanBooks_TheExtraNeedsAnOutcomeToo()
    {
        var s = ReconciliationLedger.Standing(Item(2, 3, [new(1, DispositionOutcome.SurplusForReallocation, 2, false)]));
        Assert.Equal((3m, 3m), (s.Required, s.Unaccounted));
    }

    [Fact]
    public void CheckDispositions_PartsNotAddingUp_AreRefusedWithReasons()
    {
        var errors = ReconciliationLedger.CheckDispositions(10, 8, [(DispositionOutcome.TransferToUnit, 8, null, null, null)]);
        Assert.Contains(errors, e => e.Contains("phải bằng 10", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Mất, thiếu", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("đơn vị nhận", StringComparison.Ordinal));
        Assert.Empty(ReconciliationLedger.CheckDispositions(10, 8, [(DispositionOutcome.TransferToUnit, 8, 5, null, null), (DispositionOutcome.Missing, 2, null, null, "BB 01/2025")]));
    }

    /// <summary>Property test: over random items, dispositions and handovers, no quantity is counted twice or lost —
    /// accounted + unaccounted is exactly the required quantity, and the ledger's unaccounted total is zero exactly
    /// when every item is accounted.</summary>
    [Fact]
    public void Ledger_RandomDispositionsAndHandovers_NeverCountsTwiceOrLosesAnything()
    {
        var random = new Random(20250701);
        for (var run = 0; run < 300; run++)
        {
            var items = Enumerable.Range(1, random.Next(1, 30)).Select(i => RandomItem(random, i)).ToList();
            var standings = items.Select(ReconciliationLedger.Standing).ToList();
            foreach (var s in standings)
            {
                Assert.InRange(s.Accounted, 0, s.Required);
                Assert.Equal(s.Required, s.Accounted + s.Unaccounted);
                Assert.True(s.ConfirmedReceived <= s.HandedOver);
                if (s.Item.Counted is null)
                {
                    Assert.Equal(s.Item.Book, s.Unaccounted);
                }

                // Nothing with a quantity is reported settled without an outcome for all of it, and vice versa.
                if (s.State == ItemState.Accounted)
                {
                    Assert.Equal(0m, s.Unaccounted);
                }
                else if (s.Required > 0)
                {
                    Assert.True(s.Unaccounted > 0, $"{s.Item.Key} is {s.State} with nothing unaccounted");
                }
            }

            var rows = ReconciliationLedger.Rows(items);
            Assert.Equal(items.Sum(i => i.Book), rows.Sum(r => r.Book));
            Assert.Equal(items.Count, rows.Sum(r => r.Items));
            Assert.Equal(standings.Sum(s => s.Unaccounted), rows.Sum(r => r.Unaccounted));
            Assert.Equal(standings.Where(s => s.Required > 0).All(s => s.State == ItemState.Accounted), rows.Sum(r => r.Unaccounted) == 0);
        }
    }

    private static LedgerItem RandomItem(Random random, int id)
    {
        decimal book = random.Next(0, 6);
        decimal? counted = random.Next(5) == 0 ? null : Math.Max(0, book + random.Next(-2, 3));
        var required = counted is null ? book : Math.Max(book, counted.Value);
        var dispositions = new List<LedgerDisposition>();
        var handovers = new List<LedgerHandover>();
        var left = required + random.Next(-1, 2);
        var next = id * 100;
        while (left > 0)
        {
            var quantity = Math.Min(left, random.Next(1, 4));
            var outcome = (DispositionOutcome)random.Next(5);
            var d = new LedgerDisposition(++next, outcome, quantity, random.Next(3) > 0);
            dispositions.Add(d);
            if (outcome == DispositionOutcome.TransferToUnit)
            {
                var sentQuantity = Math.Max(0, quantity + random.Next(-1, 2));
                handovers.Add(new LedgerHandover(d.Id, sentQuantity, (HandoverStatus)random.Next(3), (ReceiptStatus)random.Next(4)));
            }

            left -= quantity;
        }

        return new LedgerItem(ItemKey.Asset(id), random.Next(1, 4), random.Next(2) == 0 ? "Weapon" : "Car", book, counted, dispositions, handovers);
    }
}

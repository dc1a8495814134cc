using System.Globalization;

/// <summary>The reconciliation ledger's rules written by hand in SQLite's SQL (the baseline the application's query is
/// measured against): latest stocktake line per item, active dispositions, handovers out of draft, then per unit and
/// category the items, quantities and what is unaccounted. Decimals are stored as text, so they are compared as REAL.</summary>
internal static class BaselineLedgerSql
{
    public static string For(string table, string itemColumn, string unitColumn, string categoryColumn, string defaultBook, int mergerId, IReadOnlyList<int> sources)
    {
        var m = mergerId.ToString(CultureInfo.InvariantCulture);
        var roots = string.Join(",", sources);
        return $"""
            WITH lines AS (
              SELECT ItemId, Book, Counted FROM (
                SELECT l.{itemColumn} AS ItemId, CAST(l.BookQuantity AS REAL) AS Book, CAST(l.CountedQuantity AS REAL) AS Counted,
                       ROW_NUMBER() OVER (PARTITION BY l.{itemColumn} ORDER BY c.CutoffAt DESC, c.Id DESC) AS rn
                FROM InventoryLines l JOIN InventoryCampaigns c ON c.Id = l.CampaignId
                WHERE l.{itemColumn} IS NOT NULL AND l.MergerId = {m}) WHERE rn = 1),
            disp AS (
              SELECT {itemColumn} AS ItemId, SUM(CAST(Quantity AS REAL)) AS Disposed,
                     SUM(CASE WHEN Outcome = 'Missing' THEN CAST(Quantity AS REAL) ELSE 0 END) AS Missing,
                     SUM(CASE WHEN Outcome <> 'TransferToUnit' AND (Outcome <> 'Missing' OR COALESCE(IncidentReference, '') <> '') THEN CAST(Quantity AS REAL) ELSE 0 END) AS Final
              FROM ItemDispositions WHERE Withdrawn = 0 AND {itemColumn} IS NOT NULL AND MergerId = {m} GROUP BY {itemColumn}),
            hand AS (
              SELECT d.{itemColumn} AS ItemId, SUM(CAST(h.Quantity AS REAL)) AS Sent,
                     SUM(CASE WHEN h.Receipt IN ('Received', 'ReceivedWithRemarks') THEN CAST(h.Quantity AS REAL) ELSE 0 END) AS Received,
                     SUM(CASE WHEN h.Receipt IN ('Received', 'ReceivedWithRemarks') AND d.Outcome = 'TransferToUnit' THEN MIN(CAST(h.Quantity AS REAL), CAST(d.Quantity AS REAL)) ELSE 0 END) AS Transfer
              FROM HandoverLines h JOIN HandoverBatches b ON b.Id = h.BatchId JOIN ItemDispositions d ON d.Id = h.DispositionId
              WHERE b.Status <> 'Draft' AND d.Withdrawn = 0 AND d.{itemColumn} IS NOT NULL AND h.MergerId = {m} GROUP BY d.{itemColumn}),
            items AS (
              SELECT a.{unitColumn} AS UnitId, a.{categoryColumn} AS Category, COALESCE(l.Book, CAST({defaultBook} AS REAL)) AS Book, l.Counted AS Counted,
                     COALESCE(d.Disposed, 0) AS Disposed, COALESCE(d.Missing, 0) AS Missing, COALESCE(d.Final, 0) + COALESCE(h.Transfer, 0) AS Final,
                     COALESCE(h.Sent, 0) AS Sent, COALESCE(h.Received, 0) AS Received
              FROM {table} a JOIN Units u ON u.Id = a.{unitColumn}
              LEFT JOIN lines l ON l.ItemId = a.Id LEFT JOIN disp d ON d.ItemId = a.Id LEFT JOIN hand h ON h.ItemId = a.Id
              WHERE a.MergerId = {m} AND u.OriginId IN ({roots})),
            st AS (
              SELECT *, CASE WHEN Counted IS NULL THEN Book WHEN Counted > Book THEN Counted ELSE Book END AS Required FROM items)
            SELECT UnitId, Category, COUNT(*), SUM(Book), SUM(COALESCE(Counted, 0)), SUM(Disposed), SUM(Sent), SUM(Received),
                   SUM(MAX(0, Required - CASE WHEN Counted IS NOT NULL AND Disposed = Required AND Missing >= MAX(0, Book - Counted) THEN MIN(Final, Required) ELSE 0 END))
            FROM st GROUP BY UnitId, Category
            """;
    }
}

using System.Diagnostics;
using MergePlanner.Web.Features.Inventory;
using Microsoft.Data.Sqlite;

/// <summary>One merger's ledger totals through the application against the same rules hand-written in SQL
/// (<see cref="BaselineLedgerSql"/>): each warmed up once (the query compiled, the pages in the cache), then the median
/// of five runs — a single run on two shared cores varies by a third.</summary>
internal static class LedgerMeasure
{
    private const int Runs = 5;

    public static async Task<(double Ledger, double Sql, int Items, int Rows)> CompareAsync(Func<Task<LedgerTotals>> ledger, SqliteConnection connection, int mergerId, IReadOnlyList<int> sources)
    {
        var totals = await ledger();
        var ledgerTime = await MedianAsync(async () => totals = await ledger());
        var sqlRows = 0;
        var sqlTime = await MedianAsync(async () => sqlRows = await BaselineAsync(connection, mergerId, sources));
        if (sqlRows != totals.Rows.Count)
        {
            throw new InvalidOperationException($"The hand-written SQL gave {sqlRows} rows, the ledger {totals.Rows.Count}: they must add up the same rows.");
        }

        return (ledgerTime, sqlTime, totals.Items, totals.Rows.Count);
    }

    public static async Task<double> MedianAsync(Func<Task> run, int runs = Runs)
    {
        await run();
        var samples = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        return samples.Order().ElementAt(samples.Count / 2);
    }

    private static async Task<int> BaselineAsync(SqliteConnection connection, int mergerId, IReadOnlyList<int> sources)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var rows = 0;
        foreach (var sql in new[] { BaselineLedgerSql.For("Assets", "AssetId", "UnitId", "Category", "a.Quantity", mergerId, sources), BaselineLedgerSql.For("CaseFiles", "CaseFileId", "OwningUnitId", "Kind", "1", mergerId, sources) })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        return rows;
    }
}

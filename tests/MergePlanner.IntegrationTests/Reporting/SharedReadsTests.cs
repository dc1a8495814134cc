using System.Data.Common;
using System.Text.RegularExpressions;
using MergePlanner.Data;
using MergePlanner.Data.Common;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Reporting;

/// <summary>
/// The node keeps the units' holdings and the two halves of each ledger until what they read changes, each with the
/// list of what it reads (its version is the newest audit entry of those rows). A list that misses a table would show
/// figures that no longer hold: these tests hold each list to the tables its SQL actually reads, and the shared ledger
/// to the pure rules after a change to what only its second half reads.
/// </summary>
[Collection(EditableAppCollection.Name)]
public partial class SharedReadsTests(EditableAppFactory factory)
{
    [Fact]
    public async Task EachSharedRead_NamesEveryAuditedTableItsQueriesRead()
    {
        var sources = await factory.WithDbAsync(db => db.MergerSources.Select(s => (int?)s.UnitId).ToListAsync());

        var holdings = await TablesReadAsync(db => new UnitHoldings(db, TimeProvider.System).LoadAsync());
        var register = await TablesReadAsync(async db =>
        {
            await LedgerStandingSql.Figures(db, sources, caseFiles: false)[0].ToListAsync();
            await LedgerStandingSql.Figures(db, sources, caseFiles: true)[0].ToListAsync();
        });
        var corrections = await TablesReadAsync(async db =>
        {
            await LedgerStandingSql.Figures(db, sources, caseFiles: false)[1].ToListAsync();
            await LedgerStandingSql.Figures(db, sources, caseFiles: true)[1].ToListAsync();
        });

        // The settled items (the ledger page, the drill-down) are kept at the corrections' version too.
        var items = await TablesReadAsync(async db =>
        {
            var clock = TimeProvider.System;
            var mergers = new MergerContext(db, clock);
            var user = new MergePlanner.Web.Security.CurrentUser(new Microsoft.AspNetCore.Http.HttpContextAccessor());
            await new LedgerQuery(db, mergers, new MergePlanner.Web.Security.UnitScopeService(db, user, clock, mergers), clock).ItemAsync(ItemKey.Asset(1));
        });

        Assert.Subset(UnitHoldings.Reads.ToHashSet(), holdings);
        Assert.Subset(LedgerQuery.CorrectionReads.ToHashSet(), items);
        Assert.Contains(typeof(HandoverBatch), items);
        Assert.Subset(LedgerQuery.RegisterReads.ToHashSet(), register);
        Assert.Subset(LedgerQuery.CorrectionReads.ToHashSet(), corrections);

        // The lists are not padded either: a read kept across a change it does not read is the point of keeping it.
        Assert.DoesNotContain(typeof(HandoverLine), LedgerQuery.RegisterReads);
        Assert.Contains(typeof(HandoverLine), corrections);
    }

    [Fact]
    public async Task TheSharedLedger_AfterAHandoverConfirmedElsewhere_EqualsThePureRules()
    {
        // Read once, so both halves are kept by the node.
        var before = await TotalsAsync();
        var lineId = await factory.WithDbAsync(db => db.HandoverLines
            .Where(h => h.Receipt == ReceiptStatus.Pending && h.Batch!.Status == HandoverStatus.Sent && !h.Disposition!.Withdrawn && h.Disposition.Outcome == DispositionOutcome.TransferToUnit)
            .OrderBy(h => h.Id).Select(h => h.Id).FirstAsync());
        try
        {
            await SetReceiptAsync(lineId, ReceiptStatus.Received);
            var after = await TotalsAsync();
            Assert.Equal(after.Pure.Unaccounted, after.Totals.Unaccounted);
            Assert.Equal(after.Pure.Rows, after.Totals.Rows);
            Assert.NotEqual(before.Totals.Rows, after.Totals.Rows);
        }
        finally
        {
            await SetReceiptAsync(lineId, ReceiptStatus.Pending);
        }

        var back = await TotalsAsync();
        Assert.Equal(before.Totals.Rows, back.Totals.Rows);
        Assert.Equal(back.Pure.Rows, back.Totals.Rows);
    }

    private async Task<(LedgerTotals Totals, (int Unaccounted, IReadOnlyList<LedgerRow> Rows) Pure)> TotalsAsync() =>
        await ServiceCaller.AsAsync(factory, "lanhdao", async s =>
        {
            var ledger = s.GetRequiredService<LedgerQuery>();
            var items = await ledger.ItemsAsync();
            return (await ledger.TotalsAsync(), (items.Count(i => ReconciliationLedger.Standing(i).Unaccounted > 0), ReconciliationLedger.Rows(items)));
        });

    /// <summary>Someone else's change, saved (and audited) on a context of its own.</summary>
    private Task SetReceiptAsync(int lineId, ReceiptStatus receipt) => factory.WithDbAsync(async db =>
    {
        var line = await db.HandoverLines.SingleAsync(h => h.Id == lineId);
        (line.Receipt, line.ConfirmedBy) = (receipt, receipt == ReceiptStatus.Pending ? null : "kiểm thử");
        return await db.SaveChangesAsync();
    });

    /// <summary>The audited entity types whose tables the SQL of <paramref name="read"/> names.</summary>
    private async Task<HashSet<Type>> TablesReadAsync(Func<MergePlannerDbContext, Task> read)
    {
        var commands = new CommandTexts();
        var options = new DbContextOptionsBuilder<MergePlannerDbContext>();
        MergePlanner.Web.Setup.DatabaseSetup.UseProvider(options, "Sqlite", $"Data Source={factory.DatabasePath}");
        options.AddInterceptors(commands);
        await using var db = await MergePlannerFactory.ConfineToDemoAsync(new MergePlannerDbContext(options.Options));
        commands.Texts.Clear();
        await read(db);

        var tables = commands.Texts.SelectMany(t => TableName().Matches(t)).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(tables);
        return db.Model.GetEntityTypes().Where(e => e.GetTableName() is { } table && tables.Contains(table) && typeof(IAudited).IsAssignableFrom(e.ClrType))
            .Select(e => e.ClrType).ToHashSet();
    }

    [GeneratedRegex("""(?:FROM|JOIN)\s+"(\w+)"\s""")]
    private static partial Regex TableName();

    private sealed class CommandTexts : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

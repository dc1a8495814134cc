using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Inventory;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Inventory;

/// <summary>The ledger's totals are added up in the database; the pure rules over every item remain the reference. On
/// the demo data of both mergers (every state of count, outcome and handover), and for a scoped person, both agree.</summary>
[Collection(EditableAppCollection.Name)]
public class LedgerSqlTests(EditableAppFactory factory)
{
    [Theory]
    [InlineData("lanhdao")]
    [InlineData("canbo.hd")]
    [InlineData("lanhdao.nb")]
    [InlineData("canbo.nd")]
    public async Task TotalsInTheDatabase_EqualThePureLedgerRules(string user)
    {
        var (totals, items) = await ServiceCaller.AsAsync(factory, user, async s =>
        {
            var ledger = s.GetRequiredService<LedgerQuery>();
            return (await ledger.TotalsAsync(), await ledger.ItemsAsync());
        });

        Assert.NotEmpty(items);
        Assert.Equal(items.Count, totals.Items);
        Assert.Equal(items.Count(i => i.Counted is not null), totals.Counted);
        Assert.Equal(items.Count(i => ReconciliationLedger.Standing(i).Unaccounted > 0), totals.Unaccounted);
        Assert.Equal(ReconciliationLedger.Rows(items), totals.Rows);
        if (user.StartsWith("lanhdao", StringComparison.Ordinal))
        {
            // The whole merger holds every state the rules distinguish: outcomes, handovers, confirmed and not.
            Assert.Contains(items, i => i.Dispositions.Count > 0);
            Assert.Contains(items, i => i.Handovers.Count > 0);
            Assert.Contains(items, i => ReconciliationLedger.Standing(i) is { Unaccounted: 0, Accounted: > 0 });
        }
    }
}

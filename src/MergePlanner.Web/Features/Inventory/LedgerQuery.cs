using MergePlanner.Data;
using MergePlanner.Data.Inventory.Campaigns;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>Loads every item of the source units (assets and case files) with its latest count, its active
/// dispositions and its handover lines, and hands them to the pure <see cref="ReconciliationLedger"/>. An item
/// never counted still appears, with its book quantity unaccounted: nothing can fall outside the ledger.</summary>
public sealed class LedgerQuery(MergePlannerDbContext db, MergerContext mergers, UnitScopeService scopes, TimeProvider clock, LedgerItemsCache? shared = null, LedgerSumsCache? sums = null,
    Func<MergePlannerDbContext>? another = null)
{
    private readonly Circuits.DrawCache<IReadOnlyList<LedgerItem>> _items = new(clock, db);
    private readonly Circuits.DrawCache<LedgerTotals> _totals = new(clock, db);

    /// <summary>Forgets what this page read: the next read is fresh (a live page redrawn after someone else's change).</summary>
    public void Reset()
    {
        _items.Reset();
        _totals.Reset();
    }

    /// <summary>Shared by the parts of one page as it is drawn, read again for the next (<see cref="Circuits.DrawCache{T}"/>).</summary>
    public Task<IReadOnlyList<LedgerItem>> ItemsAsync(CancellationToken cancellationToken = default) => _items.GetAsync(() => LoadAsync(cancellationToken));

    private async Task<IReadOnlyList<LedgerItem>> LoadAsync(CancellationToken cancellationToken)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return [];
        }

        var scope = await scopes.GetAsync(cancellationToken);
        IReadOnlyList<LedgerItem> all;
        if (shared is null)
        {
            all = await LoadAllAsync(merger, cancellationToken);
        }
        else
        {
            // Every change to what the ledger reads is audited: the newest audit entry of those rows says whether the
            // items settled for someone else a moment ago (on this node) still hold — an officer's change leaves them.
            var version = await Circuits.ChangeFeed.LatestChangeAsync(db, CorrectionReads, cancellationToken);
            all = await shared.GetAsync((merger.Id, version), () => LoadAllAsync(merger, CancellationToken.None));
        }

        return scope.IsAll ? all : all.Where(i => scope.Includes(i.UnitId)).ToList();
    }

    /// <summary>One item of the ledger, read alone (the item page), or null when it is not in the person's scope.</summary>
    public async Task<LedgerItem?> ItemAsync(ItemKey key, CancellationToken cancellationToken = default)
    {
        if (await mergers.CurrentAsync(cancellationToken) is not { } merger)
        {
            return null;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        return (await LoadAllAsync(merger, cancellationToken, key)).FirstOrDefault(i => scope.Includes(i.UnitId));
    }

    private async Task<IReadOnlyList<LedgerItem>> LoadAllAsync(MergerInfo merger, CancellationToken cancellationToken, ItemKey? only = null)
    {
        var sources = merger.Sources.Select(s => (int?)s.Id).ToList();
        int? onlyAsset = only is { IsAsset: true } ? only.Value.Id : only is null ? null : -1;
        int? onlyFile = only is { IsAsset: false } ? only.Value.Id : only is null ? null : -1;
        var categories = Enum.GetValues<Data.Inventory.AssetCategory>().ToDictionary(c => c, LedgerCategories.Of);
        var kinds = Enum.GetValues<Data.Cases.CaseFileKind>().ToDictionary(k => k, LedgerCategories.Of);
        var assets = await db.Assets.AsNoTracking().Where(a => sources.Contains(a.Unit!.OriginId) && (onlyAsset == null || a.Id == onlyAsset))
            .Select(a => new { a.Id, a.UnitId, a.Category, a.Quantity, a.UnitOfMeasure }).ToListAsync(cancellationToken);
        var files = await db.CaseFiles.AsNoTracking().Where(c => sources.Contains(c.OwningUnit!.OriginId) && (onlyFile == null || c.Id == onlyFile))
            .Select(c => new { c.Id, c.OwningUnitId, c.Kind }).ToListAsync(cancellationToken);

        // The latest campaign's line of each item decides its book and counted quantities.
        var lines = await db.InventoryLines.AsNoTracking().Where(l => l.Campaign!.MergerId == merger.Id && (only == null || l.AssetId == onlyAsset || l.CaseFileId == onlyFile))
            .Select(l => new { l.AssetId, l.CaseFileId, l.BookQuantity, l.CountedQuantity, l.Campaign!.CutoffAt, l.CampaignId })
            .ToListAsync(cancellationToken);
        var assetLines = lines.Where(l => l.AssetId is not null).GroupBy(l => l.AssetId!.Value).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.CutoffAt).ThenByDescending(l => l.CampaignId).First());
        var fileLines = lines.Where(l => l.CaseFileId is not null).GroupBy(l => l.CaseFileId!.Value).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.CutoffAt).ThenByDescending(l => l.CampaignId).First());

        var dispositions = await db.ItemDispositions.AsNoTracking().Where(d => !d.Withdrawn && (only == null || d.AssetId == onlyAsset || d.CaseFileId == onlyFile))
            .Select(d => new DispositionRow(d.Id, d.AssetId, d.CaseFileId, d.Outcome, d.Quantity, d.IncidentReference != null && d.IncidentReference != ""))
            .ToListAsync(cancellationToken);
        var handovers = await db.HandoverLines.AsNoTracking().Where(h => only == null || h.Disposition!.AssetId == onlyAsset || h.Disposition.CaseFileId == onlyFile)
            .Select(h => new { h.DispositionId, h.Quantity, h.Batch!.Status, h.Receipt }).ToListAsync(cancellationToken);
        var handoversByDisposition = handovers.ToLookup(h => h.DispositionId, h => new LedgerHandover(h.DispositionId, h.Quantity, h.Status, h.Receipt));
        var byAsset = dispositions.Where(d => d.AssetId is not null).ToLookup(d => d.AssetId!.Value);
        var byFile = dispositions.Where(d => d.CaseFileId is not null).ToLookup(d => d.CaseFileId!.Value);

        LedgerItem Build(ItemKey key, int unitId, string category, string unitOfMeasure, decimal defaultBook, decimal? book, decimal? counted, IEnumerable<DispositionRow> own)
        {
            // Most items of a large inventory have no outcome yet: no lists are built for them.
            var parts = own.Select(d => new LedgerDisposition(d.Id, d.Outcome, d.Quantity, d.HasIncident)).ToArray();
            IReadOnlyList<LedgerHandover> sent = parts.Length == 0 ? [] : parts.SelectMany(p => handoversByDisposition[p.Id]).ToArray();
            return new LedgerItem(key, unitId, category, book ?? defaultBook, counted, parts, sent, unitOfMeasure);
        }

        var items = new List<LedgerItem>(assets.Count + files.Count);
        foreach (var a in assets)
        {
            var line = assetLines.GetValueOrDefault(a.Id);
            items.Add(Build(ItemKey.Asset(a.Id), a.UnitId, categories[a.Category], a.UnitOfMeasure, a.Quantity, line?.BookQuantity, line?.CountedQuantity, byAsset[a.Id]));
        }

        foreach (var f in files)
        {
            var line = fileLines.GetValueOrDefault(f.Id);
            items.Add(Build(ItemKey.CaseFile(f.Id), f.OwningUnitId, kinds[f.Kind], LedgerItem.CaseFileUnit, 1, line?.BookQuantity, line?.CountedQuantity, byFile[f.Id]));
        }

        return items;
    }

    private sealed record DispositionRow(int Id, int? AssetId, int? CaseFileId, DispositionOutcome Outcome, decimal Quantity, bool HasIncident);

    /// <summary>How many items (assets, case files) still lack a proven outcome. Items, not quantities: a round of
    /// ammunition and a building are not added up. Counted in the database (<see cref="TotalsAsync"/>).</summary>
    public async Task<int> UnaccountedAsync(CancellationToken cancellationToken = default) => (await TotalsAsync(cancellationToken)).Unaccounted;

    /// <summary>The ledger of the person's scope in figures — its rows by unit and category, and the item counts the
    /// dashboard, the ledger page and the national overview show — computed in the database: each item's standing is
    /// <see cref="ReconciliationLedger.Standing"/> written as SQL (<see cref="LedgerStandingSql"/>), so a merger of
    /// 200,000 items is added up without reading them. The pure rules stay the reference: a test holds both equal.</summary>
    public Task<LedgerTotals> TotalsAsync(CancellationToken cancellationToken = default) => _totals.GetAsync(() => LoadTotalsAsync(cancellationToken));

    /// <summary>What an item's register standing is read from (<see cref="LedgerStandingSql.Figures"/>, the items as if
    /// untouched): the items themselves and the units they belong to.</summary>
    public static readonly IReadOnlyCollection<Type> RegisterReads =
        [typeof(Data.Inventory.Asset), typeof(Data.Cases.CaseFile), typeof(Data.Organisation.Unit), typeof(Data.Organisation.Merger)];

    /// <summary>What the touched items' corrections are read from: the register and every stocktake, disposition and
    /// handover. A change elsewhere (an officer, a task) leaves both halves as they were (<c>SharedReadsTests</c> holds
    /// these lists to the tables the queries touch).</summary>
    public static readonly IReadOnlyCollection<Type> CorrectionReads =
        [.. RegisterReads, typeof(InventoryCampaign), typeof(InventoryLine), typeof(ItemDisposition), typeof(HandoverBatch), typeof(HandoverLine)];

    /// <summary>What the corrections read beyond the register: their version is the later of the register's and these.</summary>
    private static readonly IReadOnlyCollection<Type> TouchedReads = [.. CorrectionReads.Except(RegisterReads)];

    private async Task<LedgerTotals> LoadTotalsAsync(CancellationToken cancellationToken)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return LedgerTotals.Empty;
        }

        var scope = await scopes.GetAsync(cancellationToken);
        var sources = merger.Sources.Select(s => (int?)s.Id).ToList();

        // Two halves, each read again only when what it reads changed: a handover confirmed adds up the few thousand
        // touched items again, not the two million of the register. Kept by the node unless inside a transaction (its
        // uncommitted changes are nobody else's).
        long? registerVersion = null, correctionsVersion = null;
        if (sums is not null && db.Database.CurrentTransaction is null)
        {
            registerVersion = await Circuits.ChangeFeed.LatestChangeAsync(db, RegisterReads, cancellationToken);
            correctionsVersion = Math.Max(registerVersion.Value, await Circuits.ChangeFeed.LatestChangeAsync(db, TouchedReads, cancellationToken));
        }

        var register = await SharedAsync("register", registerVersion, merger.Id, scope, ct => HalfAsync(sources, scope, 0, ct), cancellationToken);
        var corrections = await SharedAsync("corrections", correctionsVersion, merger.Id, scope, ct => HalfAsync(sources, scope, 1, ct), cancellationToken);
        var added = register.Concat(corrections).GroupBy(r => (r.UnitId, r.Category, r.UnitOfMeasure))
            .Select(g => LedgerSums.Add(g.Key.UnitId, g.Key.Category, g.Key.UnitOfMeasure, g.ToList())).ToList();
        var ledgerRows = added.Select(s => s.Row()).OrderBy(r => r.UnitId).ThenBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.UnitOfMeasure, StringComparer.Ordinal).ToList();
        return new LedgerTotals(ledgerRows, added.Sum(c => c.Items), added.Sum(c => c.Counted), added.Sum(c => c.Open));
    }

    /// <summary>One half of <see cref="LedgerStandingSql.Figures"/> (0: every item as if untouched; 1: the touched items'
    /// corrections), assets and case files, summed per unit and category in the person's scope.</summary>
    private async Task<IReadOnlyList<LedgerSums>> HalfAsync(List<int?> sources, UnitScope scope, int half, CancellationToken cancellationToken)
    {
        static Task<List<GroupSums<TKey>>> Files<TKey>(MergePlannerDbContext on, List<int?> sources, UnitScope scope, int half, System.Linq.Expressions.Expression<Func<StandingFigures, TKey>> key, CancellationToken cancellationToken)
            where TKey : notnull => SumsAsync(LedgerStandingSql.Figures(on, sources, caseFiles: true)[half], scope, key, cancellationToken);

        // With another context to hand (the dashboard's), the case files are added up on it while the assets are on this
        // one: after a handover, the touched items' corrections are the longest read of the page, on a second core.
        var besideFiles = another is null ? null : Task.Run(async () =>
        {
            await using var other = another();
            return await Files(other, sources, scope, half, f => new { f.UnitId, f.Kind, f.UnitOfMeasure }, cancellationToken);
        });
        var assets = await SumsAsync(LedgerStandingSql.Figures(db, sources, caseFiles: false)[half], scope, f => new { f.UnitId, f.AssetCategory, f.UnitOfMeasure }, cancellationToken);
        var files = besideFiles is null ? await Files(db, sources, scope, half, f => new { f.UnitId, f.Kind, f.UnitOfMeasure }, cancellationToken) : await besideFiles;
        return [.. assets.Select(a => a.Sums(a.Key.UnitId, LedgerCategories.Of(a.Key.AssetCategory!.Value), a.Key.UnitOfMeasure)),
            .. files.Select(f => f.Sums(f.Key.UnitId, LedgerCategories.Of(f.Key.Kind!.Value), f.Key.UnitOfMeasure))];
    }

    /// <summary>A half through the node's <see cref="LedgerSumsCache"/> at the version of what it reads; read here when
    /// it is not kept (no version).</summary>
    private async Task<IReadOnlyList<LedgerSums>> SharedAsync(string half, long? version, int mergerId, UnitScope scope,
        Func<CancellationToken, Task<IReadOnlyList<LedgerSums>>> read, CancellationToken cancellationToken)
    {
        if (sums is null || version is null)
        {
            return await read(cancellationToken);
        }

        var key = $"{half}|{mergerId}|{(scope.IsRefused ? "refused" : scope.IsAll ? "all" : string.Join(',', scope.UnitIds.Order()))}";
        return await sums.GetAsync(key, version.Value, () => read(CancellationToken.None));
    }

    /// <summary>The figures of the person's scope summed per key in the database (see <see cref="LedgerStandingSql.Figures"/>).
    /// Assets and case files each have their own category type: a union of both would have to carry the other's category
    /// as an always-null key, which EF cannot group on.</summary>
    private static Task<List<GroupSums<TKey>>> SumsAsync<TKey>(IQueryable<StandingFigures> part, UnitScope scope, System.Linq.Expressions.Expression<Func<StandingFigures, TKey>> key, CancellationToken cancellationToken)
        where TKey : notnull =>
        part.InScope(scope, f => f.UnitId).GroupBy(key).Select(g => new GroupSums<TKey>
        {
            Key = g.Key,
            Items = g.Sum(f => f.Items),
            Counted = g.Sum(f => f.Counted),
            Open = g.Sum(f => f.Open),
            Book = g.Sum(f => f.Book),
            CountedQuantity = g.Sum(f => f.CountedQuantity),
            Disposed = g.Sum(f => f.Disposed),
            HandedOver = g.Sum(f => f.HandedOver),
            Received = g.Sum(f => f.Received),
            Unaccounted = g.Sum(f => f.Unaccounted),
        }).ToListAsync(cancellationToken);

    private sealed class GroupSums<TKey> : LedgerFigures
    {
        public required TKey Key { get; init; }

        public LedgerSums Sums(int unitId, string category, string unitOfMeasure) => LedgerSums.Add(unitId, category, unitOfMeasure, [this]);
    }
}

/// <summary>The figures of a ledger row as the database adds them up, before they are rounded to quantities.</summary>
public class LedgerFigures
{
    public int Items { get; init; }

    public int Counted { get; init; }

    public int Open { get; init; }

    public double Book { get; init; }

    public double CountedQuantity { get; init; }

    public double Disposed { get; init; }

    public double HandedOver { get; init; }

    public double Received { get; init; }

    public double Unaccounted { get; init; }
}

/// <summary>A ledger's sums for one unit, category and unit of measure before they are rounded to quantities: the
/// halves of <see cref="LedgerStandingSql.Figures"/> add up as doubles, then become a <see cref="LedgerRow"/>.</summary>
public sealed class LedgerSums : LedgerFigures
{
    public int UnitId { get; init; }

    public string Category { get; init; } = string.Empty;

    public string UnitOfMeasure { get; init; } = string.Empty;

    /// <summary>The figures of <paramref name="parts"/> added up under one unit, category and unit of measure.</summary>
    public static LedgerSums Add(int unitId, string category, string unitOfMeasure, IReadOnlyCollection<LedgerFigures> parts) => new()
    {
        UnitId = unitId,
        Category = category,
        UnitOfMeasure = unitOfMeasure,
        Items = parts.Sum(p => p.Items),
        Counted = parts.Sum(p => p.Counted),
        Open = parts.Sum(p => p.Open),
        Book = parts.Sum(p => p.Book),
        CountedQuantity = parts.Sum(p => p.CountedQuantity),
        Disposed = parts.Sum(p => p.Disposed),
        HandedOver = parts.Sum(p => p.HandedOver),
        Received = parts.Sum(p => p.Received),
        Unaccounted = parts.Sum(p => p.Unaccounted),
    };

    public LedgerRow Row() => new(UnitId, Category, UnitOfMeasure, Items, Open, LedgerStandingSql.Quantity(Book), LedgerStandingSql.Quantity(CountedQuantity),
        LedgerStandingSql.Quantity(Disposed), LedgerStandingSql.Quantity(HandedOver), LedgerStandingSql.Quantity(Received), LedgerStandingSql.Quantity(Unaccounted));
}

/// <summary>The halves of each merger's ledger sums (per unit scope), kept on this node until what each half reads
/// changes (<see cref="LedgerQuery.RegisterReads"/>, <see cref="LedgerQuery.CorrectionReads"/>).</summary>
public sealed class LedgerSumsCache : Circuits.VersionedCache<IReadOnlyList<LedgerSums>>;

/// <summary>The ledger in figures: rows by unit and category, how many items there are, how many were counted and how
/// many are still unaccounted.</summary>
public sealed record LedgerTotals(IReadOnlyList<LedgerRow> Rows, int Items, int Counted, int Unaccounted)
{
    public static LedgerTotals Empty { get; } = new([], 0, 0, 0);

    /// <summary>The same rows with each unit replaced by the source it belongs to (by origin).</summary>
    public IReadOnlyList<LedgerRow> ByOrigin(Func<int, int> originOf) =>
        Rows.GroupBy(r => (Unit: originOf(r.UnitId), r.Category, r.UnitOfMeasure))
            .Select(g => new LedgerRow(g.Key.Unit, g.Key.Category, g.Key.UnitOfMeasure, g.Sum(r => r.Items), g.Sum(r => r.OpenItems), g.Sum(r => r.Book), g.Sum(r => r.Counted), g.Sum(r => r.Disposed),
                g.Sum(r => r.HandedOver), g.Sum(r => r.ConfirmedReceived), g.Sum(r => r.Unaccounted)))
            .OrderBy(r => r.UnitId).ThenBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.UnitOfMeasure, StringComparer.Ordinal).ToList();
}

/// <summary>Ledger categories: asset categories and case-file kinds in one list ("Asset.Weapon", "Case.Dossier").</summary>
public static class LedgerCategories
{
    public static string Of(Data.Inventory.AssetCategory category) => $"AssetCategory.{category}";

    public static string Of(Data.Cases.CaseFileKind kind) => $"CaseFileKind.{kind}";
}

/// <summary>The settled items of the whole merger, kept on this node until what they are read from changes (the version:
/// the newest audit entry of <see cref="LedgerQuery.CorrectionReads"/>; an officer's or a task's change leaves them). The
/// ledger is the heaviest read of the app (every item of the sources) and, for leadership, the same for everyone: fifty
/// open dashboards share one computation instead of fifty. Each person's unit scope is applied to the copy they get.</summary>
public sealed class LedgerItemsCache
{
    private readonly Lock _lock = new();
    private ((int Merger, long Version) Key, Task<IReadOnlyList<LedgerItem>> Items)? _entry;

    public Task<IReadOnlyList<LedgerItem>> GetAsync((int Merger, long Version) key, Func<Task<IReadOnlyList<LedgerItem>>> load)
    {
        lock (_lock)
        {
            if (_entry is { } entry && entry.Key == key && !entry.Items.IsFaulted && !entry.Items.IsCanceled)
            {
                return entry.Items;
            }

            var items = load();
            _entry = (key, items);
            return items;
        }
    }
}

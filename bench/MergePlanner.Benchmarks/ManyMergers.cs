using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using MergePlanner.Data;
using MergePlanner.Data.Auditing;
using MergePlanner.Data.Common;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Setup;
using MergePlanner.Web.Features.Dashboard;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Mergers;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using MergePlanner.Web.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>One installation serving every merger of 2025: the 21 the demo lacks are set up from the official list by the
/// wizard's own writer, the inventory grows past 2,000,000 items across them, and the national overview, one merger's
/// ledger and its list pages are measured through the application's services, confined as a person's would be.</summary>
internal static class ManyMergers
{
    public static readonly int TargetItems = int.TryParse(Environment.GetEnvironmentVariable("BENCH_TOTAL_ITEMS"), out var n) ? n : 2_000_000;

    public static async Task RunAsync(string path, int haiPhong, List<(string Operation, string Measured, string Baseline, string Target, bool Met)> results)
    {
        await using var provider = Services(path);

        // The list pages of one merger before the other mergers and their items exist (the baseline).
        var listsBefore = await ListsAsync(provider, haiPhong);

        // 1. Set up every merged province the database lacks, each in one transaction, as the wizard does.
        var setUp = new List<(string Name, double Seconds)>();
        await using (var scope = provider.CreateAsyncScope())
        {
            var existing = await scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>().Mergers.IgnoreQueryFilters().Select(m => m.ProvinceCode).ToListAsync();
            foreach (var province in OfficialLists.NewProvinces.Where(p => !p.Unchanged && !existing.Contains(p.Code)))
            {
                await using var one = provider.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var result = await new MergerSetupWriter(one.ServiceProvider.GetRequiredService<MergePlannerDbContext>()).CreateAsync(MergerSetupPlanner.Propose(province.Code)!);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"{province.Name}: {string.Join("; ", result.Errors)}");
                }

                setUp.Add((province.Name, watch.Elapsed.TotalSeconds));
            }
        }

        var slowest = setUp.MaxBy(s => s.Seconds);
        results.Add(($"Set-up of a merger from the official list ({setUp.Count} mergers, one transaction each)", $"slowest {slowest.Seconds:N1} s ({slowest.Name}), mean {setUp.Average(s => s.Seconds):N1} s", "–", "≤ 10 s each", slowest.Seconds <= 10));

        // 2. Items across the mergers until the installation holds at least 2,000,000 (prepared INSERT, as the import's bulk path).
        var total = await InventoryAsync(path);
        Console.WriteLine($"items: {total:N0} across {setUp.Count + 2} mergers");

        // As the application does at start-up and after each import (SqliteStatistics).
        await using (var scope = provider.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            await SqliteStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>());
            Console.WriteLine($"statistics refreshed in {watch.Elapsed.TotalSeconds:N1} s");
        }

        // 3. The national overview: every merger with its ledger and dashboard figures, as a Ministry leader opens it.
        for (var run = 0; run < 2; run++)
        {
            // The first run compiles the queries; the second, measured, is what every later visit costs.
            await using var scope = provider.CreateAsyncScope();
            var services = scope.ServiceProvider;
            services.GetRequiredService<CurrentUser>().Set(Person(Roles.Ministry, haiPhong));
            var watch = Stopwatch.StartNew();
            var rows = await services.GetRequiredService<MergerDirectory>().OverviewAsync() ?? throw new InvalidOperationException("no overview");
            var elapsed = watch.Elapsed.TotalMilliseconds;
            if (run == 1)
            {
                results.Add(($"National overview ({rows.Count} mergers, {rows.Sum(r => r.ItemsTotal):N0} items in their ledgers, {total:N0} in the database)", $"{elapsed:N0} ms", "–", "≤ 2,000 ms", elapsed <= 2000));
            }
        }

        // 4. One merger's ledger and list pages among all of them.
        await using (var scope = provider.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            services.GetRequiredService<CurrentUser>().Set(Person(Roles.Leadership, haiPhong));
            var watch = Stopwatch.StartNew();
            var totals = await services.GetRequiredService<LedgerQuery>().TotalsAsync();
            var elapsed = watch.Elapsed.TotalMilliseconds;
            results.Add(($"Ledger of one merger among {setUp.Count + 2} ({totals.Items:N0} of {total:N0} items)", $"{elapsed:N0} ms", "–", "≤ 1,000 ms", elapsed <= 1000));
        }

        var listsAfter = await ListsAsync(provider, haiPhong);
        foreach (var (name, before) in listsBefore)
        {
            var after = listsAfter[name];
            results.Add(($"{name}, first page of one merger: alone vs among {setUp.Count + 2} mergers", $"{after:N0} ms", $"{before:N0} ms (one merger in the database)", "as fast (≤ 1.5 × alone, or ≤ 50 ms)", after <= Math.Max(1.5 * before, 50)));
        }
    }

    /// <summary>The national overview and the Hải Phòng ledger measured again on a database a full run kept (medians, as
    /// in the full run); prints the figures, writes nothing. With BENCH_SQL=1 the SQL EF Core sends is printed too.</summary>
    public static async Task MeasureAgainAsync(string path)
    {
        await using var provider = Services(path, logSql: Environment.GetEnvironmentVariable("BENCH_SQL") == "1");
        int haiPhong;
        List<int> sources;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>();
            haiPhong = await db.Mergers.IgnoreQueryFilters().Where(m => m.Name == MergePlanner.Data.Seeding.DemoDataSeeder.MergerName).Select(m => m.Id).SingleAsync();
            sources = await db.MergerSources.IgnoreQueryFilters().Where(s => s.MergerId == haiPhong).Select(s => s.UnitId).ToListAsync();
        }

        var items = 0;
        var overview = await LedgerMeasure.MedianAsync(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Person(Roles.Ministry, haiPhong));
            var rows = await scope.ServiceProvider.GetRequiredService<MergerDirectory>().OverviewAsync() ?? throw new InvalidOperationException("no overview");
            items = rows.Sum(r => r.ItemsTotal);
        }, runs: 3);
        Console.WriteLine($"national overview: {overview:N0} ms ({items:N0} items in the ledgers)");

        await using var connection = new SqliteConnection($"Data Source={path}");
        var (ledger, sql, count, rowCount) = await LedgerMeasure.CompareAsync(async () =>
        {
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Person(Roles.Leadership, haiPhong));
            return await scope.ServiceProvider.GetRequiredService<LedgerQuery>().TotalsAsync();
        }, connection, haiPhong, sources);
        Console.WriteLine($"ledger of Hải Phòng: {ledger:N0} ms, hand-written SQL {sql:N0} ms ({ledger / sql:N2} ×; {count:N0} items, {rowCount:N0} rows)");
    }

    /// <summary>The first page of each list of the merger as leadership opens it (median of five, after a warm-up).</summary>
    private static async Task<Dictionary<string, double>> ListsAsync(ServiceProvider provider, int mergerId)
    {
        var lists = new Dictionary<string, Func<IServiceProvider, Task>>
        {
            ["Assets list"] = s => s.GetRequiredService<AssetListQuery>().PageAsync(new AssetListFilter(null, null, null, null, null, null, false), 1, 25, null, false),
            ["Case files list"] = s => s.GetRequiredService<MergePlanner.Web.Features.Cases.CaseFileListQuery>().PageAsync(new MergePlanner.Web.Features.Cases.CaseFileListFilter(null, null, null, null, false, null, false), 1, 25, null, false),
            ["Officers list"] = s => s.GetRequiredService<MergePlanner.Web.Features.Personnel.OfficerListQuery>().PageAsync(new MergePlanner.Web.Features.Personnel.OfficerListFilter(null, null, null, null, null, false), 1, 25, null, false),
            ["Units list"] = s => s.GetRequiredService<UnitListQuery>().PageAsync(new UnitListFilter(null, null, null, null), 1, 25, null, false),
        };
        var times = new Dictionary<string, double>();
        foreach (var (name, call) in lists)
        {
            var samples = new List<double>();
            for (var i = 0; i < 6; i++)
            {
                await using var scope = provider.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Person(Roles.Leadership, mergerId));
                var watch = Stopwatch.StartNew();
                await call(scope.ServiceProvider);
                if (i > 0)
                {
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times[name] = samples.Order().ElementAt(samples.Count / 2);
        }

        return times;
    }

    private static async Task<int> InventoryAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var holders = new List<(int Merger, int Unit)>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT u.MergerId, u.Id FROM Units u JOIN MergerSources s ON s.UnitId = u.OriginId AND s.MergerId = u.MergerId WHERE u.Type IN ('Department', 'CommunePolice', 'WardPolice', 'TownPolice')";
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                holders.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        long existing;
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM Assets";
            existing = (long)(await count.ExecuteScalarAsync())!;
        }

        var mergers = holders.GroupBy(h => h.Merger).Where(g => g.Key != holders.Min(h => h.Merger)).ToList();
        var perMerger = (int)Math.Ceiling((TargetItems - existing) / (double)mergers.Count);
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO Assets (MergerId, Code, Name, Category, UnitOfMeasure, Quantity, OriginalCost, RemainingValue, Status, UnitId, Secrecy, SearchText, Version) VALUES ($m, $c, 'Máy tính để bàn', 'ItEquipment', 'chiếc', 1, 15000000, 9000000, 'InUse', $u, 'None', $s, 0)";
        var merger = insert.Parameters.Add("$m", SqliteType.Integer);
        var code = insert.Parameters.Add("$c", SqliteType.Text);
        var unit = insert.Parameters.Add("$u", SqliteType.Integer);
        var search = insert.Parameters.Add("$s", SqliteType.Text);
        insert.Prepare();
        var added = 0;
        foreach (var group in mergers)
        {
            var units = group.Select(h => h.Unit).ToList();
            for (var i = 0; i < perMerger; i++)
            {
                merger.Value = group.Key;
                code.Value = string.Create(CultureInfo.InvariantCulture, $"CNTT-{i:0000000}");
                unit.Value = units[i % units.Count];
                search.Value = VietnameseText.Join((string)code.Value, "Máy tính để bàn");
                await insert.ExecuteNonQueryAsync();
                added++;
            }
        }

        await transaction.CommitAsync();
        return (int)existing + added;
    }

    private static ClaimsPrincipal Person(string role, int mergerId) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, role), new Claim(MergerSelection.MergerClaim, mergerId.ToString(CultureInfo.InvariantCulture))], "bench"));

    /// <summary>The application's services for a person, over the benchmark's database.</summary>
    private static ServiceProvider Services(string path, bool logSql = false)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logSql)
            {
                logging.AddSimpleConsole().AddFilter((category, level) => category == DbLoggerCategory.Database.Command.Name && level >= LogLevel.Information);
            }
        });
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<IAuditActor, UserAuditActor>();
        services.AddScoped<IMergerSelection, MergerSelection>();
        services.AddDbContext<MergePlannerDbContext>(o => DatabaseSetup.UseProvider(o, DatabaseOptions.Sqlite, $"Data Source={path}"));
        services.AddIdentityCore<AppUser>().AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>().AddEntityFrameworkStores<MergePlannerDbContext>();
        services.AddScoped<UnitScopeService>();
        services.AddFeatureServices();
        return services.BuildServiceProvider();
    }
}

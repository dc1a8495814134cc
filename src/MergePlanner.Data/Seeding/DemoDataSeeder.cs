using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>Seeds the model merger: CA TP Hải Phòng (cũ) + CA tỉnh Hải Dương → CA TP Hải Phòng, effective
/// 1/7/2025. Deterministic (fixed seed), idempotent (a second run finds the merger and does nothing) and
/// written in one transaction, so a failed run leaves nothing half-seeded.</summary>
public sealed class DemoDataSeeder(MergePlannerDbContext db)
{
    public const string MergerName = "Hợp nhất Công an TP Hải Phòng và Công an tỉnh Hải Dương";

    /// <summary>The new TP Hải Phòng in the official 2025 list.</summary>
    public const string HaiPhongProvinceCode = "31";

    public const string CommuneResolution = "Nghị quyết số 1669/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";



    public static readonly DateOnly EffectiveDate = new(2025, 7, 1);


    /// <summary>The three-way demo merger, set up by the wizard's own code from the official lists.</summary>
    public const string ThreeWayMergerName = "Hợp nhất Công an tỉnh Hà Nam, Công an tỉnh Nam Định và Công an tỉnh Ninh Bình";

    public const string NinhBinhProvinceCode = "37";

    /// <summary>Seeds whichever demo merger is missing; true when anything was seeded.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        var seeded = false;
        db.Unconfined();
        if (!await db.Mergers.IgnoreQueryFilters().AnyAsync(m => m.Name == MergerName, cancellationToken))
        {
            await SeedHaiPhongAsync(cancellationToken);
            seeded = true;
        }

        db.Unconfined();
        if (!await db.Mergers.IgnoreQueryFilters().AnyAsync(m => m.Name == ThreeWayMergerName, cancellationToken))
        {
            await SeedThreeWayAsync(cancellationToken);
            seeded = true;
        }

        db.Unconfined();
        return seeded;
    }

    /// <summary>TP Hải Phòng ← TP Hải Phòng + tỉnh Hải Dương, set up as an administrator would in the wizard (the demo's
    /// names and code prefixes, Hải Dương without a waterway police, the new city's four stations), then staffed and
    /// equipped at full demo volumes.</summary>
    private Task SeedHaiPhongAsync(CancellationToken cancellationToken)
    {
        var request = Organisation.Setup.MergerSetupPlanner.Propose(HaiPhongProvinceCode)!;
        request.MergerName = MergerName;
        request.DecisionReference = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội";
        request.CommuneResolution = CommuneResolution;
        (request.TargetName, request.TargetShortName, request.TargetPrefix) = ("Công an thành phố Hải Phòng", "HP mới", "HPM");
        request.TargetStations = [.. DemoStructure.TargetStations];
        var (haiPhong, haiDuong) = (request.Sources[0], request.Sources[1]);
        (haiPhong.Name, haiPhong.ShortName, haiPhong.Prefix) = ("Công an thành phố Hải Phòng (cũ)", "HP cũ", "HPC");
        (haiDuong.Name, haiDuong.ShortName, haiDuong.Prefix) = ("Công an tỉnh Hải Dương", "Hải Dương", "HDG");
        haiDuong.Departments.RemoveAll(d => d.Code == "PC12");
        return SeedThroughSetUpAsync(request, new Random(2025), communesStaffed: 1, inventoryPercent: 100,
            staff: (personnel, tree, i) => i == 0
                ? personnel.Staff(tree, seriesDigit: 1, departmentSize: 62, deputyDirectors: 5)
                : personnel.Staff(tree, seriesDigit: 2, departmentSize: 40, deputyDirectors: 4),
            directorFrom: 1, cancellationToken);
    }

    /// <summary>New Ninh Bình ← Hà Nam + Nam Định + Ninh Bình, exactly as the wizard proposes it, then staffed and equipped
    /// at a quarter of the Hải Phòng volumes (people and items in one commune in four).</summary>
    private Task SeedThreeWayAsync(CancellationToken cancellationToken)
    {
        var request = Organisation.Setup.MergerSetupPlanner.Propose(NinhBinhProvinceCode)!;
        request.CommuneResolution = "Nghị quyết số 1674/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";
        return SeedThroughSetUpAsync(request, new Random(2037), communesStaffed: 4, inventoryPercent: 25,
            staff: (personnel, tree, i) => personnel.Staff(tree, seriesDigit: 3 + i, departmentSize: 10, deputyDirectors: 3),
            directorFrom: 2, cancellationToken);
    }

    /// <summary>The same code path as the set-up wizard (<see cref="Organisation.Setup.MergerSetupWriter"/>), then the demo's
    /// people, items, task progress, placement and inventory work, all in one transaction.</summary>
    private async Task SeedThroughSetUpAsync(Organisation.Setup.MergerSetupRequest request, Random random, int communesStaffed, int inventoryPercent,
        Func<DemoPersonnel, DemoTree, int, IEnumerable<Personnel.Officer>> staff, int directorFrom, CancellationToken cancellationToken)
    {
        var auditWas = db.AuditEnabled;
        db.AuditEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await new Organisation.Setup.MergerSetupWriter(db).CreateAsync(request, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo merger {request.MergerName} did not set up: " + string.Join("; ", result.Errors));
            }

            var merger = await db.Mergers.Include(m => m.Sources).ThenInclude(s => s.Unit).SingleAsync(m => m.Id == result.MergerId, cancellationToken);
            merger.Status = MergerStatus.InProgress;
            var units = await db.Units.Where(u => u.OriginId != null).ToListAsync(cancellationToken);

            // People and items only in old communes the official list names under a new one: an old commune it leaves
            // out waits on the review list, and its officers would have nowhere to go until someone decides.
            var succeeded = (await db.UnitLineages.Select(l => l.FromUnitId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
            var trees = merger.Sources.OrderBy(s => s.Ordinal).Select(s =>
            {
                var own = units.Where(u => u.OriginId == s.UnitId && u.Id != s.UnitId).OrderBy(u => u.SortOrder).ToList();
                return new DemoTree(
                    s.Unit!.Code,
                    s.Unit,
                    own.Single(u => u.Type == UnitType.Directorate),
                    own.Where(u => u.Type is UnitType.Department or UnitType.DetentionCentre).ToList(),
                    own.Where(u => u.Type is UnitType.CommunePolice or UnitType.WardPolice or UnitType.TownPolice && succeeded.Contains(u.Id)).Where((_, i) => i % communesStaffed == 0).ToList());
            }).ToList();

            var personnel = new DemoPersonnel(random, merger.EffectiveDate);
            foreach (var (tree, i) in trees.Select((t, i) => (t, i)))
            {
                db.Officers.AddRange(staff(personnel, tree, i));
            }

            await SaveAsync(cancellationToken);
            var inventory = new DemoInventory(random, merger.EffectiveDate, inventoryPercent);
            foreach (var tree in trees)
            {
                db.Assets.AddRange(inventory.Assets(tree));
                db.CaseFiles.AddRange(inventory.CaseFiles(tree));
            }

            await SaveAsync(cancellationToken);
            foreach (var task in await db.MergerTasks.OrderBy(t => t.Id).ToListAsync(cancellationToken))
            {
                task.Status = DemoTasks.StatusFor(task.Deadline.DayNumber - merger.EffectiveDate.DayNumber, random);
            }

            await SaveAsync(cancellationToken);
            await new DemoPlacement(db, random).PlaceAsync(merger.Id, trees[directorFrom].Root.Id, cancellationToken);
            await new DemoInventoryWorkflow(db, random).RunAsync(merger.Id, cancellationToken);
            // The new seat is in the source the new province is named after ("Công an thành phố Hải Phòng (cũ)").
            var targetName = await db.Units.Where(u => u.Id == merger.TargetRootId).Select(u => u.Name).SingleAsync(cancellationToken);
            var seat = trees.FirstOrDefault(t => t.Root.Name.StartsWith(targetName, StringComparison.Ordinal))?.Root.Id ?? trees[directorFrom].Root.Id;
            await new DemoSelectionRecords(db, new Random(int.Parse(request.ProvinceCode, System.Globalization.CultureInfo.InvariantCulture)))
                .FillAsync(merger.EffectiveDate, DateOnly.FromDateTime(DateTime.Today), seat, cancellationToken);
            await new DemoPosts(db).FillAsync(merger.EffectiveDate, cancellationToken);
            await new DemoStreamlining(db).FillAsync(merger.EffectiveDate, DateOnly.FromDateTime(DateTime.Today), cancellationToken);
            await new DemoSupport(db, new Random(7)).FillAsync(request.ProvinceCode, merger.EffectiveDate, seat, cancellationToken);
            await new DemoPlan(db).FillAsync(merger.Id, merger.EffectiveDate, DateOnly.FromDateTime(DateTime.Today),
                request.ProvinceCode == HaiPhongProvinceCode ? "nhan.hp" : null, cancellationToken);
            await new DemoParty(db, new Random(45)).FillAsync(merger.Id, merger.EffectiveDate, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.AuditEnabled = auditWas;
            db.ChangeTracker.Clear();
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
    }
}

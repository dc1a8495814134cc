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

    public const string MergerDecision = "Quyết định của Bộ trưởng Bộ Công an ngày 22/6/2025 về tổ chức bộ máy Công an thành phố Hải Phòng";

    public const string DistrictPoliceDecision = "Nghị định số 02/2025/NĐ-CP; kết thúc hoạt động Công an cấp huyện từ 01/3/2025";

    public static readonly DateOnly EffectiveDate = new(2025, 7, 1);

    /// <summary>District police stopped operating at the end of 28/2/2025 (abolished from 1/3/2025).</summary>
    public static readonly DateOnly DistrictPoliceLastDay = new(2025, 2, 28);

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

    /// <summary>New Ninh Bình ← Hà Nam + Nam Định + Ninh Bình, exactly as an administrator would set it up in the wizard,
    /// then staffed and equipped at a quarter of the Hải Phòng volumes (people and items in one commune in four).</summary>
    private async Task SeedThreeWayAsync(CancellationToken cancellationToken)
    {
        var random = new Random(2037);
        var auditWas = db.AuditEnabled;
        db.AuditEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var request = Organisation.Setup.MergerSetupPlanner.Propose(NinhBinhProvinceCode)!;
            request.CommuneResolution = "Nghị quyết số 1674/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội";
            var result = await new Organisation.Setup.MergerSetupWriter(db).CreateAsync(request, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo three-way merger did not set up: " + string.Join("; ", result.Errors));
            }

            var merger = await db.Mergers.Include(m => m.Sources).ThenInclude(s => s.Unit).SingleAsync(m => m.Id == result.MergerId, cancellationToken);
            merger.Status = MergerStatus.InProgress;
            var units = await db.Units.Where(u => u.OriginId != null).ToListAsync(cancellationToken);
            var trees = merger.Sources.OrderBy(s => s.Ordinal).Select(s =>
            {
                var own = units.Where(u => u.OriginId == s.UnitId && u.Id != s.UnitId).OrderBy(u => u.SortOrder).ToList();
                return new DemoTree(
                    s.Unit!.Code,
                    s.Unit,
                    own.Single(u => u.Type == UnitType.Directorate),
                    own.Where(u => u.Type is UnitType.Department or UnitType.DetentionCentre).ToList(),
                    own.Where(u => u.Type is UnitType.CommunePolice or UnitType.WardPolice or UnitType.TownPolice).Where((_, i) => i % 4 == 0).ToList());
            }).ToList();

            var personnel = new DemoPersonnel(random, merger.EffectiveDate);
            foreach (var (tree, i) in trees.Select((t, i) => (t, i)))
            {
                db.Officers.AddRange(personnel.Staff(tree, seriesDigit: 3 + i, departmentSize: 10, deputyDirectors: 3));
            }

            var inventory = new DemoInventory(random, merger.EffectiveDate, scalePercent: 25);
            foreach (var tree in trees)
            {
                db.Assets.AddRange(inventory.Assets(tree));
                db.CaseFiles.AddRange(inventory.CaseFiles(tree));
            }

            foreach (var task in await db.MergerTasks.ToListAsync(cancellationToken))
            {
                task.Status = DemoTasks.StatusFor(task.Deadline.DayNumber - merger.EffectiveDate.DayNumber, random);
            }

            await SaveAsync(cancellationToken);
            await new DemoPlacement(db, random).PlaceAsync(merger.Id, trees[^1].Root.Id, cancellationToken);
            await new DemoInventoryWorkflow(db, random).RunAsync(merger.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.AuditEnabled = auditWas;
            db.ChangeTracker.Clear();
        }
    }

    private async Task SeedHaiPhongAsync(CancellationToken cancellationToken)
    {
        var random = new Random(2025);
        var auditWas = db.AuditEnabled;
        db.AuditEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The merger first, then everything else inside it: every row takes its merger from the confined context.
            var merger = new Merger
            {
                Name = MergerName,
                EffectiveDate = EffectiveDate,
                Status = MergerStatus.InProgress,
                DecisionReference = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội",
                ProvinceCode = HaiPhongProvinceCode,
            };
            db.Mergers.Add(merger);
            await SaveAsync(cancellationToken);
            db.ConfineTo(merger.Id);

            var trees = await SeedStructureAsync(cancellationToken);
            merger.TargetUnitId = trees.Target.Root.Id;
            merger.Sources =
            [
                new MergerSource { UnitId = trees.SourceA.Root.Id, Ordinal = 1 },
                new MergerSource { UnitId = trees.SourceB.Root.Id, Ordinal = 2 },
            ];
            await SaveAsync(cancellationToken);

            var communes = AdminCommuneList.HaiPhong2025().Communes.Select(c => new OfficialUnit(c.Code, c.Name, c.FormedFrom)).ToList();
            var loaded = await new CommuneMappingLoader(db).LoadAsync(merger.Id, communes, CommuneResolution, cancellationToken);
            if (!loaded.Succeeded)
            {
                throw new InvalidOperationException("Demo commune list did not load: " + string.Join("; ", loaded.Errors));
            }

            db.ChangeTracker.Clear();
            db.UnitLineages.AddRange(StructuralLineage(trees));
            await SaveAsync(cancellationToken);

            var personnel = new DemoPersonnel(random, EffectiveDate);
            db.Officers.AddRange(personnel.Staff(trees.SourceA.AsDemoTree(), seriesDigit: 1, departmentSize: 62, deputyDirectors: 5));
            db.Officers.AddRange(personnel.Staff(trees.SourceB.AsDemoTree(), seriesDigit: 2, departmentSize: 40, deputyDirectors: 4));
            await SaveAsync(cancellationToken);

            var inventory = new DemoInventory(random, EffectiveDate);
            foreach (var tree in new[] { trees.SourceA.AsDemoTree(), trees.SourceB.AsDemoTree() })
            {
                db.Assets.AddRange(inventory.Assets(tree));
                db.CaseFiles.AddRange(inventory.CaseFiles(tree));
            }

            await SaveAsync(cancellationToken);

            db.MergerTasks.AddRange(DemoTasks.For(merger, trees.Target, random));
            await SaveAsync(cancellationToken);

            await new DemoPlacement(db, random).PlaceAsync(merger.Id, trees.SourceB.Root.Id, cancellationToken);
            await new DemoInventoryWorkflow(db, random).RunAsync(merger.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            db.AuditEnabled = auditWas;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The lineage of everything but the communes: both provincial police into the new one, the
    /// boards and departments into their namesakes, district police into their province on 1/3/2025.</summary>
    private static IEnumerable<UnitLineage> StructuralLineage(DemoTrees trees)
    {
        UnitLineage Merge(Unit from, Unit to, string decision) => new()
        {
            FromUnitId = from.Id, ToUnitId = to.Id, Kind = LineageKind.MergedInto, Portion = LineagePortion.Whole,
            SharePercent = 100, EffectiveDate = EffectiveDate, DecisionReference = decision,
        };

        foreach (var source in new[] { trees.SourceA, trees.SourceB })
        {
            yield return Merge(source.Root, trees.Target.Root, MergerDecision);
            yield return Merge(source.Directorate, trees.Target.Directorate, MergerDecision);
            foreach (var department in source.Departments)
            {
                var code = department.Code[(department.Code.IndexOf('.', StringComparison.Ordinal) + 1)..];
                var namesake = trees.Target.Departments.Single(d => d.Code == $"{trees.Target.Prefix}.{code}");
                yield return Merge(department, namesake, MergerDecision);
            }

            foreach (var district in source.Units.Where(u => u.Type == UnitType.DistrictPolice))
            {
                yield return new UnitLineage
                {
                    FromUnitId = district.Id, ToUnitId = source.Root.Id, Kind = LineageKind.FunctionTransferred, Portion = LineagePortion.Whole,
                    EffectiveDate = DistrictPoliceLastDay.AddDays(1), DecisionReference = DistrictPoliceDecision,
                    Note = "Nhiệm vụ chuyển về Công an cấp tỉnh và Công an cấp xã",
                };
            }
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DemoTrees> SeedStructureAsync(CancellationToken cancellationToken)
    {
        var communes = AdminCommuneList.HaiPhong2025().Communes;

        // In the official codes, the communes of old Hải Dương number below 11,300 and those of old
        // Hải Phòng above: the new commune's code tells which province its predecessors were in.
        bool InHaiDuong(AdminCommune c) => int.Parse(c.Code, System.Globalization.CultureInfo.InvariantCulture) < 11300;

        var sourceA = new TreeBuilder("HPC", "Công an thành phố Hải Phòng (cũ)", "HP cũ");
        var sourceB = new TreeBuilder("HDG", "Công an tỉnh Hải Dương", "Hải Dương");
        var target = new TreeBuilder("HPM", "Công an thành phố Hải Phòng", "HP mới");
        var roots = new[] { sourceA.Root, sourceB.Root, target.Root };
        db.Units.AddRange(roots);
        await SaveAsync(cancellationToken);
        foreach (var root in roots)
        {
            root.OriginId = root.Id;
        }

        sourceA.AddDepartments(DemoStructure.Departments);
        sourceA.AddDistrictPolice(DemoStructure.HaiPhongDistricts, DistrictPoliceLastDay);
        sourceA.AddPredecessorCommunes(communes.Where(c => !InHaiDuong(c)));
        sourceB.AddDepartments(DemoStructure.Departments.Where(d => d.Code != "PC12"));
        sourceB.AddDistrictPolice(DemoStructure.HaiDuongDistricts, DistrictPoliceLastDay);
        sourceB.AddPredecessorCommunes(communes.Where(InHaiDuong));
        target.AddDepartments(DemoStructure.Departments);
        target.AddStations(DemoStructure.TargetStations);
        foreach (var unit in target.Units.Skip(1))
        {
            unit.ValidFrom = EffectiveDate;
        }

        foreach (var tree in new[] { sourceA, sourceB, target })
        {
            tree.AttachToRoot();
            db.Units.AddRange(tree.Units.Skip(1));
        }

        await SaveAsync(cancellationToken);
        return new DemoTrees(sourceA, sourceB, target);
    }

    private sealed record DemoTrees(TreeBuilder SourceA, TreeBuilder SourceB, TreeBuilder Target);
}

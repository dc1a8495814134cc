using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Planning;
using MergePlanner.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Organisation.Setup;

public sealed record MergerSetupResult(int MergerId, int UnitsCreated, int LineageCreated, int ReviewItems, int Tasks, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static MergerSetupResult Failed(IReadOnlyList<string> errors) => new(0, 0, 0, 0, 0, errors);
}

/// <summary>Creates a merger from a set-up request in one transaction: the merger, the source and target trees
/// (roots, Ban Giám đốc, departments, the district police abolished on 1/3/2025 as archived units, every old commune of
/// each source province, the target's stations), the new commune police of the province from the official list with
/// their lineage to the old communes (<see cref="CommuneMappingLoader"/>), the lineage of roots, boards, departments
/// and districts, a review item for every old unit the list leaves without a successor, and the workstream plan with
/// deadlines from the effective date. Nothing is written when any step fails. The context is confined to the new
/// merger afterwards: give it a context of its own.</summary>
public sealed class MergerSetupWriter(MergePlannerDbContext db)
{
    public async Task<MergerSetupResult> CreateAsync(MergerSetupRequest request, CancellationToken cancellationToken = default)
    {
        var errors = MergerSetupPlanner.Validate(request).ToList();
        if (errors.Count == 0 && await db.Mergers.IgnoreQueryFilters().AnyAsync(m => m.Name == request.MergerName.Trim(), cancellationToken))
        {
            errors.Add($"Đã có cuộc hợp nhất tên \"{request.MergerName.Trim()}\".");
        }

        if (errors.Count > 0)
        {
            return MergerSetupResult.Failed(errors);
        }

        var ownsTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var merger = new Merger
        {
            Name = request.MergerName.Trim(),
            EffectiveDate = request.EffectiveDate,
            Status = MergerStatus.Planning,
            DecisionReference = Blank(request.DecisionReference),
            ProvinceCode = request.ProvinceCode.Trim(),
        };
        db.Mergers.Add(merger);
        await db.SaveChangesAsync(cancellationToken);
        db.ConfineTo(merger.Id);

        // Roots first: every unit below records its root as origin.
        var sourceRoots = request.Sources.Select(s => Root(s.Prefix, s.Name, s.ShortName)).ToList();
        var targetRoot = Root(request.TargetPrefix, request.TargetName, request.TargetShortName);
        db.Units.AddRange(sourceRoots.Append(targetRoot));
        await db.SaveChangesAsync(cancellationToken);

        var units = new List<Unit>();
        var boards = new List<Unit>();
        var departments = new Dictionary<int, List<Unit>>();
        var districts = new List<(Unit Unit, Unit Root)>();
        var oldCommunes = new List<Unit>();
        foreach (var (source, root) in request.Sources.Zip(sourceRoots))
        {
            var tree = new Tree(root, source.Prefix.Trim(), units);
            root.OriginId = root.Id;
            boards.Add(tree.Add("BGD", "Ban Giám đốc", UnitType.Directorate));
            departments[root.Id] = source.Departments.Select(d => tree.Add(d.Code.Trim(), d.Name.Trim(), d.Type)).ToList();
            foreach (var (district, n) in source.Districts.Where(d => !string.IsNullOrWhiteSpace(d)).Select((d, i) => (d.Trim(), i + 1)))
            {
                var unit = tree.Add($"H{n:00}", CommuneMappingLoader.PoliceName(district), UnitType.DistrictPolice);
                (unit.Status, unit.ValidTo) = (UnitStatus.Archived, MergerSetupPlanner.DistrictPoliceLastDay);
                districts.Add((unit, root));
            }

            foreach (var commune in OfficialLists.OldProvince(source.OldProvinceCode)!.Communes)
            {
                oldCommunes.Add(tree.Add($"X{commune.Code}", CommuneMappingLoader.PoliceName(commune.Name), CommuneMappingLoader.TypeOf(commune.Name)));
            }
        }

        var target = new Tree(targetRoot, request.TargetPrefix.Trim(), units);
        targetRoot.OriginId = targetRoot.Id;
        targetRoot.ValidFrom = request.EffectiveDate;
        var targetBoard = target.Add("BGD", "Ban Giám đốc", UnitType.Directorate);
        var targetDepartments = request.TargetDepartments.Select(d => target.Add(d.Code.Trim(), d.Name.Trim(), d.Type)).ToList();
        foreach (var (station, n) in request.TargetStations.Where(s => !string.IsNullOrWhiteSpace(s)).Select((s, i) => (s.Trim(), i + 1)))
        {
            target.Add($"DON{n:00}", station, UnitType.Station);
        }

        foreach (var unit in units.Where(u => u.OriginId == targetRoot.Id))
        {
            unit.ValidFrom = request.EffectiveDate;
        }

        db.Units.AddRange(units);
        merger.TargetUnitId = targetRoot.Id;
        merger.Sources = [.. sourceRoots.Select((r, i) => new MergerSource { UnitId = r.Id, Ordinal = i + 1 })];
        await db.SaveChangesAsync(cancellationToken);

        // The communes: new units from the official list, lineage from the old ones it names.
        var official = AdminUnits2025.Official.Communes(merger.ProvinceCode!).Select(c => new OfficialUnit(c.Code, c.Name, c.FormedFrom)).ToList();
        var loaded = await new CommuneMappingLoader(db).LoadAsync(merger.Id, official, Blank(request.CommuneResolution), cancellationToken);
        if (!loaded.Succeeded)
        {
            await RollBackAsync(transaction);
            return MergerSetupResult.Failed(loaded.Errors);
        }

        // Roots, boards and departments into their namesakes; district police into their province on 1/3/2025.
        var lineage = new List<UnitLineage>();
        UnitLineage Merge(Unit from, Unit to) => new()
        {
            FromUnitId = from.Id, ToUnitId = to.Id, Kind = LineageKind.MergedInto, Portion = LineagePortion.Whole, SharePercent = 100,
            EffectiveDate = request.EffectiveDate, DecisionReference = Blank(request.DecisionReference),
        };
        var review = new List<LineageReviewItem>();
        foreach (var (root, board) in sourceRoots.Zip(boards))
        {
            lineage.Add(Merge(root, targetRoot));
            lineage.Add(Merge(board, targetBoard));
            foreach (var department in departments[root.Id])
            {
                var suffix = department.Code[(department.Code.IndexOf('.', StringComparison.Ordinal) + 1)..];
                var namesake = targetDepartments.FirstOrDefault(d => string.Equals(d.Code, $"{targetRoot.Code}.{suffix}", StringComparison.OrdinalIgnoreCase));
                if (namesake is null)
                {
                    review.Add(Review(merger.Id, department.Name + " — " + root.ShortName, "Đơn vị sau hợp nhất không có phòng cùng mã; cần chỉ định đơn vị tiếp nhận."));
                    continue;
                }

                lineage.Add(Merge(department, namesake));
            }
        }

        lineage.AddRange(districts.Select(d => new UnitLineage
        {
            FromUnitId = d.Unit.Id, ToUnitId = d.Root.Id, Kind = LineageKind.FunctionTransferred, Portion = LineagePortion.Whole,
            EffectiveDate = MergerSetupPlanner.DistrictPoliceLastDay.AddDays(1), DecisionReference = MergerSetupPlanner.DistrictPoliceDecision,
            Note = "Nhiệm vụ chuyển về Công an cấp tỉnh và Công an cấp xã",
        }));
        db.UnitLineages.AddRange(lineage);

        // Every old commune the list names under no new commune goes on the review list: nothing silently dropped.
        var oldIds = oldCommunes.Select(c => c.Id).ToList();
        var covered = (await db.UnitLineages.Where(l => oldIds.Contains(l.FromUnitId)).Select(l => l.FromUnitId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        review.AddRange(oldCommunes.Where(c => !covered.Contains(c.Id)).Select(c =>
            Review(merger.Id, $"{c.Name} ({sourceRoots.First(r => r.Id == c.OriginId).ShortName})", "Danh sách chính thức không nêu đơn vị này trong thành phần của đơn vị mới nào; cần xác định nơi tiếp nhận.")));
        db.LineageReviewItems.AddRange(review);

        var tasks = request.PlaybookOrDefault.Select((t, i) => new MergerTask
        {
            MergerId = merger.Id,
            Workstream = t.Workstream,
            Code = $"WS{(int)t.Workstream}-{i + 1:00}",
            Title = t.Title,
            ResponsibleUnitId = (targetDepartments.FirstOrDefault(d => d.Code == $"{targetRoot.Code}.{t.Owner}") ?? targetBoard).Id,
            Deadline = request.EffectiveDate.AddDays(t.DaysFromD),
            DaysFromEffective = t.DaysFromD,
            BaselineDeadline = request.EffectiveDate.AddDays(t.DaysFromD),
            IsMilestone = t.Milestone,
            Status = MergerTaskStatus.NotStarted,
        }).ToList();
        db.MergerTasks.AddRange(tasks);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new MergerSetupResult(merger.Id, units.Count + sourceRoots.Count + 1 + loaded.TargetsCreated, lineage.Count + loaded.LineageCreated,
            review.Count + loaded.ReviewItemsAdded, tasks.Count, []);
    }

    private static async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync();
        }
    }

    private static Unit Root(string prefix, string name, string shortName) =>
        new() { Code = prefix.Trim(), Name = name.Trim(), ShortName = shortName.Trim(), Type = UnitType.ProvincialPolice };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static LineageReviewItem Review(int mergerId, string text, string detail) => new()
    {
        MergerId = mergerId, SourceText = text, Reason = LineageReviewReason.SourceNotCovered, Detail = detail, CreatedUtc = DateTime.UtcNow,
    };

    /// <summary>The units of one tree under its root, in display order.</summary>
    private sealed class Tree(Unit root, string prefix, List<Unit> all)
    {
        private int _order;

        public Unit Add(string suffix, string name, UnitType type)
        {
            var unit = new Unit { Code = $"{prefix}.{suffix}", Name = name, Type = type, ParentId = root.Id, OriginId = root.Id, SortOrder = ++_order };
            all.Add(unit);
            return unit;
        }
    }
}

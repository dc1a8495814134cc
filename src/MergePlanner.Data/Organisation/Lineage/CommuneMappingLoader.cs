using MergePlanner.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Organisation.Lineage;

/// <summary>One new commune-level unit of an official list: its code, name and "formed from" text.</summary>
public sealed record OfficialUnit(string Code, string Name, string FormedFrom);

public sealed record MappingLoadResult(
    int TargetsCreated,
    int TargetsUpdated,
    int LineageCreated,
    int LineageUpdated,
    int LineageRemoved,
    int ReviewItemsAdded,
    int PredecessorsMatched,
    IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Loads an official list of new communes into a merger: creates or updates the target commune police
/// units (by code), turns each "formed from" text into lineage from the matching source units, and records on the
/// review list whatever it cannot settle with certainty. All or nothing; loading the same list again changes
/// nothing.</summary>
public sealed class CommuneMappingLoader(MergePlannerDbContext db)
{
    public async Task<MappingLoadResult> LoadAsync(int mergerId, IReadOnlyList<OfficialUnit> list, string? decisionReference, CancellationToken cancellationToken = default)
    {
        var errors = Validate(list);
        var merger = await db.Mergers.Include(m => m.Sources).Include(m => m.TargetUnit).SingleOrDefaultAsync(m => m.Id == mergerId, cancellationToken);
        if (merger is null)
        {
            errors.Add("Không tìm thấy cuộc hợp nhất.");
        }

        if (errors.Count > 0)
        {
            return new MappingLoadResult(0, 0, 0, 0, 0, 0, 0, errors);
        }

        var target = merger!.TargetUnit!;
        var sourceRoots = merger.Sources.Select(s => s.UnitId).ToList();
        var ownsTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        // 1. Target commune police units, upserted by code.
        var codes = list.Select(u => TargetCode(target.Code, u.Code)).ToList();
        var existing = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, cancellationToken);
        int created = 0, updated = 0;
        var order = await db.Units.Where(u => u.OriginId == target.Id).MaxAsync(u => (int?)u.SortOrder, cancellationToken) ?? 0;
        var targets = new Dictionary<string, Unit>();
        foreach (var official in list.OrderBy(u => VietnameseText.Fold(u.Name), StringComparer.Ordinal))
        {
            var code = TargetCode(target.Code, official.Code);
            var name = PoliceName(official.Name.Trim());
            var type = TypeOf(official.Name.Trim());
            if (!existing.TryGetValue(code, out var unit))
            {
                unit = new Unit { Code = code, Name = name, Type = type, ParentId = target.Id, OriginId = target.Id, ValidFrom = merger.EffectiveDate, SortOrder = ++order };
                db.Units.Add(unit);
                created++;
            }
            else if (unit.Name != name || unit.Type != type)
            {
                unit.Name = name;
                unit.Type = type;
                updated++;
            }

            targets[official.Code] = unit;
        }

        await db.SaveChangesAsync(cancellationToken);

        // 2. Predecessors: parse, match to source units, group by predecessor.
        var candidates = await db.Units.AsNoTracking().Where(u => u.OriginId != null && sourceRoots.Contains(u.OriginId.Value))
            .Select(u => new { u.Id, u.Name, u.OriginId }).ToListAsync(cancellationToken);
        var byName = candidates.ToLookup(c => NameKey(c.Name), c => c.Id);
        var originOf = candidates.ToDictionary(c => c.Id, c => c.OriginId);
        var links = new List<(int From, int To, LineagePortion Portion)>();
        var review = new List<LineageReviewItem>();
        var matched = 0;
        foreach (var official in list)
        {
            var to = targets[official.Code];
            var parsed = FormedFromParser.Parse(official.FormedFrom);
            review.AddRange(parsed.Unparsed.Select(u => Review(mergerId, to.Id, u.Text, LineageReviewReason.Unparsed, u.Reason)));
            List<int> Candidates(PredecessorRef predecessor)
            {
                var ids = byName[predecessor.Key].ToList();
                return ids.Count == 0 && predecessor.Qualifier is not null
                    ? byName[VietnameseText.NameKey($"{predecessor.Kind} {predecessor.Name}")].ToList()
                    : ids;
            }

            // The province the other, unambiguous predecessors of this new commune come from.
            var localOrigins = parsed.Predecessors.Select(Candidates).Where(ids => ids.Count == 1).Select(ids => originOf[ids[0]]).Distinct().ToList();
            foreach (var predecessor in parsed.Predecessors)
            {
                var ids = Candidates(predecessor);

                if (ids.Count == 0)
                {
                    review.Add(Review(mergerId, to.Id, predecessor.DisplayName, LineageReviewReason.PredecessorNotFound, "Không có đơn vị công an tương ứng trong các đơn vị nguồn."));
                    continue;
                }

                if (ids.Count > 1)
                {
                    // Same name in both provinces and no qualifier: take the one in the province of the other
                    // predecessors, if exactly one is, and ask for confirmation; otherwise leave it to review.
                    var local = localOrigins.Count == 1 ? ids.Where(id => originOf[id] == localOrigins[0]).ToList() : [];
                    if (local.Count != 1)
                    {
                        review.Add(Review(mergerId, to.Id, predecessor.DisplayName, LineageReviewReason.AmbiguousPredecessor, $"Trùng tên với {ids.Count} đơn vị nguồn; cần ghi rõ địa bàn."));
                        continue;
                    }

                    review.Add(Review(mergerId, to.Id, predecessor.DisplayName, LineageReviewReason.AmbiguousPredecessor,
                        $"Trùng tên với {ids.Count} đơn vị nguồn; đã tạm chọn {candidates.First(c => c.Id == local[0]).Name} (cùng tỉnh với các đơn vị hợp thành khác), cần xác nhận."));
                    ids = local;
                }

                if (!predecessor.PortionCertain)
                {
                    review.Add(Review(mergerId, to.Id, predecessor.DisplayName, LineageReviewReason.PortionUncertain, $"Đã ghi nhận là \"{PortionText(predecessor.Portion)}\"; cần xác nhận."));
                }

                matched++;
                links.Add((ids[0], to.Id, predecessor.Portion));
            }
        }

        // 3. Lineage rows: one whole predecessor → merged into; named under several new units → split.
        var targetIds = targets.Values.Select(t => t.Id).ToList();
        var current = await db.UnitLineages.Where(l => l.ToUnitId != null && targetIds.Contains(l.ToUnitId.Value)).ToListAsync(cancellationToken);
        int lineageCreated = 0, lineageUpdated = 0, lineageRemoved = 0;
        foreach (var group in links.GroupBy(l => l.From))
        {
            var parts = group.DistinctBy(l => l.To).OrderBy(l => l.To).ToList();
            var rows = current.Where(r => r.FromUnitId == group.Key).ToList();
            var split = parts.Count > 1 || parts[0].Portion != LineagePortion.Whole;
            var keepShares = split && rows.Count == parts.Count && rows.All(r => r.Kind == LineageKind.Split && r.SharePercent is not null && parts.Any(p => p.To == r.ToUnitId))
                && Math.Abs(rows.Sum(r => r.SharePercent!.Value) - 100m) <= LineageRules.ShareTolerance;
            var shares = LineageRules.EqualShares(parts.Count);
            if (split && !keepShares)
            {
                review.Add(Review(mergerId, parts[0].To, candidates.First(c => c.Id == group.Key).Name, LineageReviewReason.SplitShareAssumed,
                    $"Chia cho {parts.Count} đơn vị mới; tỷ lệ tạm chia đều, cần xác nhận."));
            }

            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var kind = split ? LineageKind.Split : LineageKind.MergedInto;
                var portion = split && part.Portion == LineagePortion.Whole ? LineagePortion.Part : part.Portion;
                var share = split ? (keepShares ? rows.Single(r => r.ToUnitId == part.To).SharePercent : shares[i]) : 100m;
                var row = rows.FirstOrDefault(r => r.ToUnitId == part.To);
                if (row is null)
                {
                    db.UnitLineages.Add(new UnitLineage
                    {
                        FromUnitId = group.Key, ToUnitId = part.To, Kind = kind, Portion = portion, SharePercent = share,
                        EffectiveDate = merger.EffectiveDate, DecisionReference = decisionReference,
                    });
                    lineageCreated++;
                }
                else if (row.Kind != kind || row.Portion != portion || row.SharePercent != share || (decisionReference is not null && row.DecisionReference != decisionReference))
                {
                    row.Kind = kind;
                    row.Portion = portion;
                    row.SharePercent = share;
                    row.DecisionReference = decisionReference ?? row.DecisionReference;
                    lineageUpdated++;
                }
            }

            foreach (var stale in rows.Where(r => parts.All(p => p.To != r.ToUnitId)))
            {
                db.UnitLineages.Remove(stale);
                lineageRemoved++;
            }
        }

        // 4. Review items, once each (a resolved item is not raised again by a reload).
        var known = (await db.LineageReviewItems.Where(r => r.MergerId == mergerId)
                .Select(r => new { r.TargetUnitId, r.SourceText, r.Reason }).ToListAsync(cancellationToken))
            .Select(r => (r.TargetUnitId, r.SourceText, r.Reason)).ToHashSet();
        var added = 0;
        foreach (var item in review.DistinctBy(r => (r.TargetUnitId, r.SourceText, r.Reason)))
        {
            if (known.Add((item.TargetUnitId, item.SourceText, item.Reason)))
            {
                db.LineageReviewItems.Add(item);
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new MappingLoadResult(created, updated, lineageCreated, lineageUpdated, lineageRemoved, added, matched, []);
    }

    public static string TargetCode(string targetRootCode, string adminCode) => $"{targetRootCode}.X{adminCode.Trim()}";

    /// <summary>"Phường Ái Quốc" → "Công an phường Ái Quốc"; "Huyện Bạch Long Vĩ" → "Công an huyện Bạch Long Vĩ".</summary>
    public static string PoliceName(string adminName)
    {
        foreach (var kind in new[] { "Thị trấn", "Đặc khu", "Thị xã", "Thành phố", "Phường", "Xã", "Huyện", "Quận" })
        {
            if (adminName.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase))
            {
                return $"Công an {kind.ToLowerInvariant()}{adminName[kind.Length..]}";
            }
        }

        return $"Công an {adminName}";
    }

    public static UnitType TypeOf(string adminName) => VietnameseText.Fold(adminName) switch
    {
        var n when n.StartsWith("phuong ", StringComparison.Ordinal) => UnitType.WardPolice,
        var n when n.StartsWith("thi tran ", StringComparison.Ordinal) => UnitType.TownPolice,
        var n when n.StartsWith("dac khu ", StringComparison.Ordinal) => UnitType.SpecialZonePolice,
        var n when n.StartsWith("huyen ", StringComparison.Ordinal) || n.StartsWith("quan ", StringComparison.Ordinal) => UnitType.DistrictPolice,
        _ => UnitType.CommunePolice,
    };

    /// <summary>The matching key of a police unit's name without "Công an", to compare with an administrative name.</summary>
    public static string NameKey(string unitName)
    {
        var key = VietnameseText.NameKey(unitName);
        return key.StartsWith("công an ", StringComparison.Ordinal) ? key["công an ".Length..] : key;
    }

    private static List<string> Validate(IReadOnlyList<OfficialUnit> list)
    {
        var errors = new List<string>();
        if (list.Count == 0)
        {
            errors.Add("Danh sách không có đơn vị nào.");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var u = list[i];
            if (string.IsNullOrWhiteSpace(u.Code))
            {
                errors.Add($"Mục {i + 1}: thiếu mã đơn vị hành chính.");
            }

            if (string.IsNullOrWhiteSpace(u.Name))
            {
                errors.Add($"Mục {i + 1}: thiếu tên đơn vị hành chính.");
            }
        }

        errors.AddRange(list.Where(u => !string.IsNullOrWhiteSpace(u.Code)).GroupBy(u => u.Code.Trim()).Where(g => g.Count() > 1)
            .Select(g => $"Mã {g.Key} xuất hiện {g.Count()} lần."));
        return errors;
    }

    private static LineageReviewItem Review(int mergerId, int? targetUnitId, string text, LineageReviewReason reason, string? detail) => new()
    {
        MergerId = mergerId,
        TargetUnitId = targetUnitId,
        SourceText = text.Length > 500 ? text[..500] : text,
        Reason = reason,
        Detail = detail,
        CreatedUtc = DateTime.UtcNow,
    };

    private static string PortionText(LineagePortion portion) => portion switch
    {
        LineagePortion.Part => "một phần",
        LineagePortion.Remainder => "phần còn lại",
        _ => "toàn bộ",
    };
}

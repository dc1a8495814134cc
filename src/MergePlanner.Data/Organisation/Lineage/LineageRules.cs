namespace MergePlanner.Data.Organisation.Lineage;

public enum LineageIssueKind
{
    NoLineage,
    SelfLink,
    Cycle,
    SharesDoNotAddUp,
    ShareMissing,
    DissolvedWithSuccessor,
    SuccessorMissing,
    ConflictingWholeTransfer,
    SuccessorNotInTarget,
}

public sealed record LineageIssue(int UnitId, LineageIssueKind Kind, string Message);

/// <summary>The rules a set of lineage rows must satisfy: every source unit has an outcome, no unit flows into
/// itself or in a circle, the shares of a split add up to 100 %, a dissolved unit has no successor, and a unit
/// merged whole into one unit is not also merged somewhere else.</summary>
public static class LineageRules
{
    public const decimal ShareTolerance = 0.01m;

    /// <param name="units">All units (source and target).</param>
    /// <param name="edges">All lineage rows.</param>
    /// <param name="sourceRootIds">The provincial roots of the merging sources.</param>
    /// <param name="targetRootId">The provincial root of the target.</param>
    public static IReadOnlyList<LineageIssue> Check(IReadOnlyCollection<UnitNode> units, IReadOnlyCollection<LineageEdge> edges, IReadOnlyCollection<int> sourceRootIds, int targetRootId)
    {
        var issues = new List<LineageIssue>();
        var byFrom = edges.ToLookup(e => e.FromUnitId);
        var map = new LineageMap(units, edges, targetRootId);

        foreach (var edge in edges)
        {
            if (edge.ToUnitId == edge.FromUnitId)
            {
                issues.Add(new(edge.FromUnitId, LineageIssueKind.SelfLink, "Đơn vị không thể kế thừa chính nó."));
            }

            if (edge.Kind == LineageKind.Dissolved && edge.ToUnitId is not null)
            {
                issues.Add(new(edge.FromUnitId, LineageIssueKind.DissolvedWithSuccessor, "Hình thức \"giải thể\" không có đơn vị kế thừa."));
            }

            if (edge.Kind != LineageKind.Dissolved && edge.ToUnitId is null)
            {
                issues.Add(new(edge.FromUnitId, LineageIssueKind.SuccessorMissing, "Thiếu đơn vị kế thừa."));
            }
        }

        foreach (var group in byFrom)
        {
            var splits = group.Where(e => e.Kind == LineageKind.Split).ToList();
            if (splits.Count > 0)
            {
                if (splits.Any(e => e.SharePercent is null))
                {
                    issues.Add(new(group.Key, LineageIssueKind.ShareMissing, "Chia tách: còn phần chưa có tỷ lệ."));
                }
                else if (Math.Abs(splits.Sum(e => e.SharePercent!.Value) - 100m) > ShareTolerance)
                {
                    issues.Add(new(group.Key, LineageIssueKind.SharesDoNotAddUp, $"Chia tách: tổng tỷ lệ là {splits.Sum(e => e.SharePercent!.Value):0.##}%, phải bằng 100%."));
                }
            }

            var whole = group.Count(e => e.Kind is LineageKind.MergedInto or LineageKind.Renamed && e.Portion == LineagePortion.Whole);
            if (whole > 1 || (whole == 1 && group.Any(e => e.Kind is LineageKind.Split or LineageKind.Dissolved)))
            {
                issues.Add(new(group.Key, LineageIssueKind.ConflictingWholeTransfer, "Đơn vị đã sáp nhập toàn bộ vào một đơn vị thì không thể đồng thời chia tách, giải thể hay sáp nhập nơi khác."));
            }
        }

        var sourceRoots = sourceRootIds.ToHashSet();
        foreach (var unit in units.Where(u => u.OriginId is { } o && sourceRoots.Contains(o)))
        {
            var mapping = map.Resolve(unit.Id);
            if (mapping.Outcome == MappingOutcome.Cycle)
            {
                issues.Add(new(unit.Id, LineageIssueKind.Cycle, "Quan hệ kế thừa tạo thành vòng lặp."));
            }
            else if (mapping.Outcome == MappingOutcome.Unmapped && !byFrom[unit.Id].Any())
            {
                issues.Add(new(unit.Id, LineageIssueKind.NoLineage, "Đơn vị nguồn chưa có đơn vị kế thừa."));
            }
        }

        return issues;
    }

    /// <summary>Would adding from → to close a circle? (Checked before saving a new row.)</summary>
    public static bool WouldCreateCycle(IEnumerable<LineageEdge> edges, int fromUnitId, int toUnitId)
    {
        var next = edges.Where(e => e.ToUnitId is not null).ToLookup(e => e.FromUnitId, e => e.ToUnitId!.Value);
        var seen = new HashSet<int>();
        var pending = new Stack<int>([toUnitId]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == fromUnitId)
            {
                return true;
            }

            if (seen.Add(id))
            {
                foreach (var n in next[id])
                {
                    pending.Push(n);
                }
            }
        }

        return false;
    }

    /// <summary>Equal shares for a split whose proportions the official text does not give: two decimals,
    /// the rounding remainder on the first part, so they add up to exactly 100.</summary>
    public static decimal[] EqualShares(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        var share = Math.Floor(10000m / parts) / 100m;
        var shares = Enumerable.Repeat(share, parts).ToArray();
        shares[0] += 100m - (share * parts);
        return shares;
    }
}

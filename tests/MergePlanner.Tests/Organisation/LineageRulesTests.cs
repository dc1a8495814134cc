using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;

namespace MergePlanner.Tests.Organisation;

public class LineageRulesTests
{
    private static IReadOnlyList<LineageIssue> Check(params LineageEdge[] edges) =>
        LineageRules.Check(LineageMapTests.Units, edges, [1], 100);

    [Fact]
    public void Check_SourceUnitWithoutLineage_IsFlaggedAsOrphan()
    {
        var issues = Check(LineageMapTests.Edges);
        var orphan = Assert.Single(issues);
        Assert.Equal((7, LineageIssueKind.NoLineage), (orphan.UnitId, orphan.Kind));
    }

    [Fact]
    public void Check_TeamWithoutLineage_FollowsItsDepartmentAndIsNotFlagged() =>
        Assert.DoesNotContain(Check(LineageMapTests.Edges), i => i.UnitId == 3);

    [Fact]
    public void Check_SplitSharesNotAddingUp_IsReported()
    {
        var edges = LineageMapTests.Edges.Select(e => e.Id == 5 ? e with { SharePercent = 60 } : e).ToArray();
        Assert.Contains(Check(edges), i => i.UnitId == 5 && i.Kind == LineageIssueKind.SharesDoNotAddUp);
    }

    [Fact]
    public void Check_SplitShareMissing_IsReported()
    {
        var edges = LineageMapTests.Edges.Select(e => e.Id == 5 ? e with { SharePercent = null } : e).ToArray();
        Assert.Contains(Check(edges), i => i.UnitId == 5 && i.Kind == LineageIssueKind.ShareMissing);
    }

    [Fact]
    public void Check_Cycle_IsReported()
    {
        var edges = LineageMapTests.Edges.Append(new(20, 7, 8, LineageKind.MergedInto, LineagePortion.Whole, 100)).Where(e => e.Id != 7)
            .Append(new(21, 8, 7, LineageKind.MergedInto, LineagePortion.Whole, 100)).ToArray();
        Assert.Contains(Check(edges), i => i.Kind == LineageIssueKind.Cycle);
    }

    [Fact]
    public void Check_DissolvedWithSuccessor_AndSuccessorMissing_AreReported()
    {
        var issues = Check([.. LineageMapTests.Edges, new(30, 7, 102, LineageKind.Dissolved, LineagePortion.Whole, null), new(31, 7, null, LineageKind.Renamed, LineagePortion.Whole, null)]);
        Assert.Contains(issues, i => i.Kind == LineageIssueKind.DissolvedWithSuccessor);
        Assert.Contains(issues, i => i.Kind == LineageIssueKind.SuccessorMissing);
    }

    [Fact]
    public void Check_WholeMergeTogetherWithASplit_IsAConflict()
    {
        var issues = Check([.. LineageMapTests.Edges, new(40, 4, 103, LineageKind.Split, LineagePortion.Part, 50)]);
        Assert.Contains(issues, i => i.UnitId == 4 && i.Kind == LineageIssueKind.ConflictingWholeTransfer);
    }

    [Fact]
    public void WouldCreateCycle_BackEdge_IsDetected()
    {
        Assert.True(LineageRules.WouldCreateCycle(LineageMapTests.Edges, fromUnitId: 100, toUnitId: 1));
        Assert.False(LineageRules.WouldCreateCycle(LineageMapTests.Edges, fromUnitId: 7, toUnitId: 103));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void EqualShares_AnyCount_AddUpToExactly100(int parts)
    {
        var shares = LineageRules.EqualShares(parts);
        Assert.Equal(parts, shares.Length);
        Assert.Equal(100m, shares.Sum());
    }
}

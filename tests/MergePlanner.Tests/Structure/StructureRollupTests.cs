using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Tests.Organisation;
using MergePlanner.Web.Features.Structure;

namespace MergePlanner.Tests.Structure;

public class StructureRollupTests
{
    // Holdings of the fixture of LineageMapTests: officers on source units, a task on a target department.
    private static readonly Dictionary<int, Figures> Held = new()
    {
        [2] = new(10, 4, 2, 0), [3] = new(5, 1, 0, 0), [4] = new(12, 2, 7, 0), [5] = new(20, 3, 9, 0),
        [6] = new(0, 1, 3, 0), [7] = new(8, 0, 1, 0), [8] = new(4, 2, 0, 0), [101] = new(0, 0, 0, 3),
    };

    private readonly StructureRollup _rollup = new(LineageMapTests.Units, Held, new LineageMap(LineageMapTests.Units, LineageMapTests.Edges, 100), 100, [1]);

    [Fact]
    public void Total_SourceRoot_SumsEverythingBelow() =>
        Assert.Equal(new Figures(59, 13, 22, 0), _rollup.Total(1).Total);

    [Fact]
    public void Total_TargetDepartment_GetsItsPredecessorsTreeByLineagePlusItsOwnTasks()
    {
        var department = _rollup.Total(101);
        Assert.Equal(new Figures(15, 5, 2, 3), department.Total);
        Assert.Equal(new Figures(15, 5, 2, 0), department.For(1));
    }

    [Fact]
    public void Total_SplitUnit_GoesWholeToItsLargestPart() =>
        Assert.Equal(new Figures(20, 3, 9, 0), _rollup.Total(103).Total);

    [Fact]
    public void Reconciliation_SourceEqualsTargetPlusDissolvedPlusUnmapped()
    {
        var r = Assert.Single(_rollup.Reconciliation);
        Assert.Equal(new Figures(59, 13, 22, 0), r.Source);
        Assert.Equal(new Figures(4, 2, 0, 0), r.Dissolved);
        Assert.Equal(new Figures(8, 0, 1, 0), r.Unmapped);
        Assert.Equal(new Figures(47, 11, 21, 0), r.IntoTarget);
        Assert.True(r.AddsUp);
        Assert.Equal(r.IntoTarget + new Figures(0, 0, 0, 3), _rollup.Total(100).Total);
    }
}

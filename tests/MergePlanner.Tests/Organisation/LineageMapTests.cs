using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;

namespace MergePlanner.Tests.Organisation;

public class LineageMapTests
{
    // Target tree: 100 (root) ─ 101 (department), 102, 103 (communes)
    // Source tree: 1 (root) ─ 2 (department) ─ 3 (team); 4, 5 (communes); 6 (district police); 7 (no lineage); 8 (dissolved)
    internal static readonly UnitNode[] Units =
    [
        new(100, null, 100, UnitType.ProvincialPolice, UnitStatus.Active, "T", "Target"),
        new(101, 100, 100, UnitType.Department, UnitStatus.Active, "T.PV01", "Phòng Tham mưu"),
        new(102, 100, 100, UnitType.WardPolice, UnitStatus.Active, "T.X1", "Công an phường A"),
        new(103, 100, 100, UnitType.WardPolice, UnitStatus.Active, "T.X2", "Công an phường B"),
        new(1, null, 1, UnitType.ProvincialPolice, UnitStatus.Active, "S", "Source"),
        new(2, 1, 1, UnitType.Department, UnitStatus.Active, "S.PV01", "Phòng Tham mưu"),
        new(3, 2, 1, UnitType.Team, UnitStatus.Active, "S.PV01.D1", "Đội 1"),
        new(4, 1, 1, UnitType.WardPolice, UnitStatus.Active, "S.X1", "Công an phường Một"),
        new(5, 1, 1, UnitType.WardPolice, UnitStatus.Active, "S.X2", "Công an phường Hai"),
        new(6, 1, 1, UnitType.DistrictPolice, UnitStatus.Archived, "S.H1", "Công an huyện"),
        new(7, 1, 1, UnitType.WardPolice, UnitStatus.Active, "S.X3", "Công an phường Ba"),
        new(8, 1, 1, UnitType.WardPolice, UnitStatus.Active, "S.X4", "Công an phường Bốn"),
    ];

    internal static readonly LineageEdge[] Edges =
    [
        new(1, 1, 100, LineageKind.MergedInto, LineagePortion.Whole, 100),
        new(2, 2, 101, LineageKind.MergedInto, LineagePortion.Whole, 100),
        new(3, 4, 102, LineageKind.MergedInto, LineagePortion.Whole, 100),
        new(4, 5, 102, LineageKind.Split, LineagePortion.Part, 30),
        new(5, 5, 103, LineageKind.Split, LineagePortion.Remainder, 70),
        new(6, 6, 1, LineageKind.FunctionTransferred, LineagePortion.Whole, null),
        new(7, 8, null, LineageKind.Dissolved, LineagePortion.Whole, null),
    ];

    private readonly LineageMap _map = new(Units, Edges, targetRootId: 100);

    [Theory]
    [InlineData(2, MappingOutcome.Mapped, 101)]
    [InlineData(3, MappingOutcome.Mapped, 101)]
    [InlineData(4, MappingOutcome.Mapped, 102)]
    [InlineData(5, MappingOutcome.Mapped, 103)]
    [InlineData(6, MappingOutcome.Mapped, 100)]
    [InlineData(7, MappingOutcome.Unmapped, null)]
    [InlineData(8, MappingOutcome.Dissolved, null)]
    [InlineData(102, MappingOutcome.Target, 102)]
    public void Resolve_SourceUnit_FollowsLineageToOneTargetUnit(int unitId, MappingOutcome outcome, int? target) =>
        Assert.Equal(new Mapping(outcome, target), _map.Resolve(unitId));

    [Fact]
    public void Resolve_Loop_IsReportedAsACycle()
    {
        var map = new LineageMap(Units, [.. Edges.Where(e => e.FromUnitId != 7), new(9, 7, 8, LineageKind.MergedInto, LineagePortion.Whole, 100), new(10, 8, 7, LineageKind.MergedInto, LineagePortion.Whole, 100)], 100);
        Assert.Equal(MappingOutcome.Cycle, map.Resolve(7).Outcome);
    }
}

using MergePlanner.Data.Organisation;

namespace MergePlanner.Tests.Organisation;

public class MergerLifeTests
{
    private static readonly DateOnly Effective = new(2025, 7, 1);

    [Theory]
    [InlineData(MergerStatus.Planning, "2025-06-30", MergerPhase.Preparing)]
    [InlineData(MergerStatus.Planning, "2025-07-01", MergerPhase.Effective)]
    [InlineData(MergerStatus.InProgress, "2026-12-01", MergerPhase.Effective)]
    [InlineData(MergerStatus.Completed, "2026-12-01", MergerPhase.Closed)]
    [InlineData(MergerStatus.Completed, "2025-01-01", MergerPhase.Closed)]
    public void Phase_FollowsTheEffectiveDateUntilClosed(MergerStatus status, string today, MergerPhase expected) =>
        Assert.Equal(expected, MergerLife.Phase(status, Effective, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(MergerPhase.Preparing, 0, false)]
    [InlineData(MergerPhase.Effective, 1, false)]
    [InlineData(MergerPhase.Effective, 0, true)]
    [InlineData(MergerPhase.Closed, 0, false)]
    public void MayClose_OnlyEffectiveWithNothingUnaccounted(MergerPhase phase, int unaccounted, bool expected) =>
        Assert.Equal(expected, MergerLife.MayClose(phase, unaccounted));

    [Theory]
    [InlineData(MergerPhase.Preparing, true, true)]
    [InlineData(MergerPhase.Effective, true, false)]
    [InlineData(MergerPhase.Effective, false, true)]
    [InlineData(MergerPhase.Closed, false, false)]
    public void StructureMayChange_SourcesFreezeAtTheEffectiveDate_EverythingWhenClosed(MergerPhase phase, bool source, bool expected) =>
        Assert.Equal(expected, MergerLife.StructureMayChange(phase, source));
}

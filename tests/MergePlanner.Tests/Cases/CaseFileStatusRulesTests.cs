using MergePlanner.Data.Cases;

namespace MergePlanner.Tests.Cases;

public class CaseFileStatusRulesTests
{
    [Fact]
    public void AllowedFor_EveryKind_HasAtLeastOneOpenStatus()
    {
        foreach (var kind in Enum.GetValues<CaseFileKind>())
        {
            Assert.Contains(CaseFileStatusRules.AllowedFor(kind), CaseFileStatusRules.IsOpen);
        }
    }

    [Theory]
    [InlineData(CaseFileKind.CriminalCase, CaseFileStatus.UnderInvestigation, true)]
    [InlineData(CaseFileKind.CriminalCase, CaseFileStatus.Received, false)]
    [InlineData(CaseFileKind.CrimeReport, CaseFileStatus.Verifying, true)]
    [InlineData(CaseFileKind.Dossier, CaseFileStatus.UnderInvestigation, false)]
    public void IsAllowed_KindAndStatus_FollowsTheProcedure(CaseFileKind kind, CaseFileStatus status, bool expected) =>
        Assert.Equal(expected, CaseFileStatusRules.IsAllowed(kind, status));

    [Theory]
    [InlineData(CaseFileStatus.SentToProcuracy, false)]
    [InlineData(CaseFileStatus.InvestigationSuspended, true)]
    [InlineData(CaseFileStatus.Archived, false)]
    public void IsOpen_Status_TellsWhetherTheFileStillNeedsAnOwner(CaseFileStatus status, bool expected) =>
        Assert.Equal(expected, CaseFileStatusRules.IsOpen(status));
}

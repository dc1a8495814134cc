using MergePlanner.Data.Personnel.Posts;

namespace MergePlanner.Tests.Personnel;

public class SelectionRulesTests
{
    private static Nomination Pending(string by = "tccb") => new() { ProposedBy = by, Status = NominationStatus.Proposed };

    [Fact]
    public void Proposal_OnlyForAnOpenPost_OfAnUnlockedList()
    {
        Assert.Null(SelectionRules.ProposalRefusal(new Post { Status = PostStatus.Vacant }, false, 7));
        Assert.Equal("Selection.Err.Locked", SelectionRules.ProposalRefusal(new Post { Status = PostStatus.Vacant }, true, 7));
        Assert.Equal("Selection.Err.AlreadyProposed", SelectionRules.ProposalRefusal(new Post { Status = PostStatus.Proposed }, false, 7));
        Assert.Equal("Selection.Err.PostTaken", SelectionRules.ProposalRefusal(new Post { Status = PostStatus.Filled, HolderId = 3 }, false, 7));
        Assert.Equal("Selection.Err.PostTaken", SelectionRules.ProposalRefusal(new Post { Status = PostStatus.Approved, HolderId = 3 }, false, 7));
    }

    [Fact]
    public void Decision_NeverOnOnesOwnProposal_OnlyWhilePending_NotOnALockedList()
    {
        Assert.Null(SelectionRules.DecisionRefusal(Pending(), false, "lanhdao"));
        Assert.Equal("Selection.Err.OwnProposal", SelectionRules.DecisionRefusal(Pending("admin"), false, "ADMIN"));
        Assert.Equal("Selection.Err.NotPending", SelectionRules.DecisionRefusal(new Nomination { ProposedBy = "tccb", Status = NominationStatus.Returned }, false, "lanhdao"));
        Assert.Equal("Selection.Err.Locked", SelectionRules.DecisionRefusal(Pending(), true, "lanhdao"));
    }

    [Theory]
    [InlineData("2025-07-01", "2025-07-01", PostStatus.Filled)]
    [InlineData("2025-07-02", "2025-07-01", PostStatus.Approved)] // takes effect later: approved, not yet filled
    public void Approval_FillsFromTheDecisionsDate(string decision, string today, PostStatus expected) =>
        Assert.Equal(expected, SelectionRules.AfterApproval(DateOnly.Parse(decision), DateOnly.Parse(today)));
}

namespace MergePlanner.Data.Personnel.Posts;

/// <summary>One source's place in a tier: whom it has appointed and proposed, beside its share of officers and of the
/// posts of that tier it held before the merger.</summary>
public sealed record OriginBalance(int OriginId, int Appointed, int Proposed, int Headcount, int PriorPosts,
    double AppointedShare, double WithProposedShare, double HeadcountShare, double PriorPostShare, double GapPoints, bool Warn);

public sealed record TierBalance(string Tier, int Appointed, int Proposed, IReadOnlyList<OriginBalance> Origins)
{
    public bool Warn => Origins.Any(o => o.Warn);
}

/// <summary>
/// "Tương đồng" between the merging localities (issue 10, point 6), pure: for a tier of posts, each source's share of the
/// appointees set beside its share of the posts of that tier before the merger (and of all officers); the gap in
/// percentage points warns past a threshold (data: personnel-rules.json). The appointees counted with the proposals
/// pending show the balance while proposing. No quota: the view informs, the people decide.
/// </summary>
public static class BalanceCalculator
{
    public static TierBalance Compute(string tier, IReadOnlyList<int> sources, IReadOnlyList<int> appointedOrigins, IReadOnlyList<int> proposedOrigins,
        IReadOnlyDictionary<int, int> headcount, IReadOnlyDictionary<int, int> priorPosts, double warnGapPoints)
    {
        var appointed = appointedOrigins.Count;
        var withProposed = appointed + proposedOrigins.Count;
        var officers = sources.Sum(s => headcount.GetValueOrDefault(s));
        var prior = sources.Sum(s => priorPosts.GetValueOrDefault(s));
        static double Share(int part, int whole) => whole == 0 ? 0 : part / (double)whole;
        var origins = sources.Select(s =>
        {
            var a = appointedOrigins.Count(o => o == s);
            var p = proposedOrigins.Count(o => o == s);
            var appointedShare = Share(a, appointed);
            var priorShare = Share(priorPosts.GetValueOrDefault(s), prior);

            // The gap counts once someone is appointed (or proposed): against the posts the source held, or, when the
            // tier had no posts before, against its officers.
            var reference = prior > 0 ? priorShare : Share(headcount.GetValueOrDefault(s), officers);
            var basis = withProposed == 0 ? 0 : Share(a + p, withProposed);
            var gap = withProposed == 0 ? 0 : Math.Round((basis - reference) * 100, 1);
            return new OriginBalance(s, a, p, headcount.GetValueOrDefault(s), priorPosts.GetValueOrDefault(s),
                appointedShare, basis, Share(headcount.GetValueOrDefault(s), officers), priorShare, gap, Math.Abs(gap) > warnGapPoints);
        }).ToList();
        return new TierBalance(tier, appointed, proposedOrigins.Count, origins);
    }
}

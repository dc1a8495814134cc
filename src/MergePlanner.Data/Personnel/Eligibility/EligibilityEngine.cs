using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Data.Personnel.Eligibility;

public enum RuleOutcome
{
    Pass,
    Warn,
    Fail,
}

/// <summary>The selection rules, in the order a comparison shows them (domain.md 4.4).</summary>
public enum EligibilityRule
{
    ServiceLeft,
    TimeInPost,
    Discipline,
    Rank,
    PoliticalTheory,
    Education,
    Health,
    Succession,
    Ratings,
    ConfidenceVote,
}

/// <summary>One rule's outcome for one candidate and post: the reason is a resource key with its figures (the page
/// and the PDF word it in the reader's language), the citation the legal basis from the rule data.</summary>
public sealed record RuleResult(EligibilityRule Rule, RuleOutcome Outcome, string ReasonKey, IReadOnlyList<object> Args, string Citation);

/// <summary>Every rule's outcome for a candidate and a post; the verdict is the worst of them.</summary>
public sealed record EligibilityVerdict(Position Post, string Tier, IReadOnlyList<RuleResult> Results)
{
    public RuleOutcome Outcome => Results.Count == 0 ? RuleOutcome.Pass : Results.Max(r => r.Outcome);

    public int Fails => Results.Count(r => r.Outcome == RuleOutcome.Fail);

    public int Warnings => Results.Count(r => r.Outcome == RuleOutcome.Warn);
}

public readonly record struct DisciplineFact(DisciplineKind Kind, DateOnly DecidedOn, DateOnly? EndsOn, string DecisionNumber);

public readonly record struct RatingFact(int Year, AnnualRatingLevel Level);

public readonly record struct VoteFact(DateOnly HeldOn, int Voters, int Low);

/// <summary>What the rules read of an officer (annulled discipline decisions already left out).</summary>
public sealed record CandidateFacts(
    DateOnly BirthDate, Gender Gender, Rank Rank, Position Position, DateOnly? PostSince, EducationLevel? Education,
    PoliticalTheory PoliticalTheory, int? HealthClass, Position? PlannedFor,
    IReadOnlyList<DisciplineFact> Disciplines, IReadOnlyList<RatingFact> Ratings, IReadOnlyList<VoteFact> Votes);

/// <summary>
/// Judges a candidate for a post on the day of the appointment by the rules of <see cref="PersonnelRuleBook"/>: every
/// threshold is data (personnel-rules.json), dated, per tier of posts. Pure and allocation-light: a merger's 8,000
/// officers against every open post are judged in the benchmark, not in a timed test.
/// </summary>
public sealed class EligibilityEngine(PersonnelRuleBook rules)
{
    public static EligibilityEngine Default { get; } = new(PersonnelRuleBook.Default);

    public PersonnelRuleBook Rules => rules;

    public EligibilityVerdict Evaluate(CandidateFacts c, Position post, DateOnly on)
    {
        var tier = rules.TierFor(post, on);
        var promotion = rules.Level(post) > rules.Level(c.Position);
        var firstAppointment = promotion && rules.Level(c.Position) == 1;
        return new EligibilityVerdict(post, tier.Tier,
        [
            ServiceLeft(c, tier, on, promotion),
            TimeInPost(c, tier, on, promotion, firstAppointment),
            Discipline(c, on, promotion),
            RankFit(c, post),
            PoliticalTheoryLevel(c, tier),
            EducationLevelRule(c, tier),
            Health(c, tier),
            Succession(c, tier, post),
            Ratings(c, tier, on),
            ConfidenceVote(c, tier),
        ]);
    }

    /// <summary>Every candidate judged for every post. The rules read of a post only its position (and the day), so the
    /// posts of one position share their verdicts: each candidate is judged once per distinct position.</summary>
    public IReadOnlyDictionary<Position, EligibilityVerdict[]> EvaluateAll(IReadOnlyList<CandidateFacts> candidates, IEnumerable<Position> posts, DateOnly on) =>
        posts.Distinct().ToDictionary(p => p, p =>
        {
            var verdicts = new EligibilityVerdict[candidates.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                verdicts[i] = Evaluate(candidates[i], p, on);
            }

            return verdicts;
        });

    /// <summary>Whole months from one day to a later one (0 when the later is not later).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }

    private RuleResult Result(EligibilityRule rule, RuleOutcome outcome, string key, params object[] args) =>
        new(rule, outcome, key, args, rules.Citation(rule.ToString()));

    private RuleResult ServiceLeft(CandidateFacts c, PostTier tier, DateOnly on, bool promotion)
    {
        var retirement = rules.RetirementDate(c.BirthDate, c.Rank, c.Gender);
        if (retirement <= on)
        {
            return Result(EligibilityRule.ServiceLeft, RuleOutcome.Fail, "ServiceLeft.Reached", retirement);
        }

        var left = MonthsBetween(on, retirement);
        if (left >= tier.MinMonthsLeft)
        {
            return Result(EligibilityRule.ServiceLeft, RuleOutcome.Pass, "ServiceLeft.Enough", left, tier.MinMonthsLeft, retirement);
        }

        // Short of a full term: a first appointment or promotion is barred, keeping a post of the same level is not.
        return Result(EligibilityRule.ServiceLeft, promotion ? RuleOutcome.Fail : RuleOutcome.Warn,
            promotion ? "ServiceLeft.TooShort" : "ServiceLeft.ShortSameLevel", left, tier.MinMonthsLeft, retirement);
    }

    private RuleResult TimeInPost(CandidateFacts c, PostTier tier, DateOnly on, bool promotion, bool firstAppointment)
    {
        if (firstAppointment)
        {
            return Result(EligibilityRule.TimeInPost, RuleOutcome.Pass, "TimeInPost.FirstAppointment");
        }

        if (!promotion)
        {
            return Result(EligibilityRule.TimeInPost, RuleOutcome.Pass, "TimeInPost.NotHigher");
        }

        if (c.PostSince is not { } since)
        {
            return Result(EligibilityRule.TimeInPost, RuleOutcome.Warn, "TimeInPost.Unknown");
        }

        var months = MonthsBetween(since, on);
        return months >= tier.MinMonthsInPost
            ? Result(EligibilityRule.TimeInPost, RuleOutcome.Pass, "TimeInPost.Enough", months, tier.MinMonthsInPost)
            : Result(EligibilityRule.TimeInPost, RuleOutcome.Fail, "TimeInPost.TooShort", months, tier.MinMonthsInPost, since);
    }

    private RuleResult Discipline(CandidateFacts c, DateOnly on, bool promotion)
    {
        RuleResult? worst = null;
        foreach (var d in c.Disciplines.Where(d => d.DecidedOn <= on).OrderByDescending(d => d.DecidedOn))
        {
            if (d.EndsOn is { } ends && ends >= on)
            {
                return Result(EligibilityRule.Discipline, RuleOutcome.Fail, "Discipline.Running", d.Kind, d.DecisionNumber, d.DecidedOn, ends);
            }

            var wait = rules.DisciplineWaitMonths(d.Kind);
            var since = MonthsBetween(d.DecidedOn, on);
            if (since < wait && worst is null)
            {
                // Inside the waiting window: no higher post; the same level may still be kept, with a warning.
                worst = Result(EligibilityRule.Discipline, promotion ? RuleOutcome.Fail : RuleOutcome.Warn,
                    "Discipline.Waiting", d.Kind, d.DecisionNumber, d.DecidedOn, wait, since);
            }
        }

        return worst ?? (c.Disciplines.Count == 0
            ? Result(EligibilityRule.Discipline, RuleOutcome.Pass, "Discipline.None")
            : Result(EligibilityRule.Discipline, RuleOutcome.Pass, "Discipline.WindowsPassed"));
    }

    private RuleResult RankFit(CandidateFacts c, Position post)
    {
        var (min, max) = rules.RankRange(post);
        return c.Rank < min ? Result(EligibilityRule.Rank, RuleOutcome.Warn, "Rank.BelowFloor", c.Rank, min)
            : c.Rank > max ? Result(EligibilityRule.Rank, RuleOutcome.Warn, "Rank.AboveCeiling", c.Rank, max)
            : Result(EligibilityRule.Rank, RuleOutcome.Pass, "Rank.InRange", c.Rank, min, max);
    }

    private RuleResult PoliticalTheoryLevel(CandidateFacts c, PostTier tier) =>
        Normalise(c.PoliticalTheory) >= Normalise(tier.MinPoliticalTheory)
            ? Result(EligibilityRule.PoliticalTheory, RuleOutcome.Pass, "PoliticalTheory.Enough", c.PoliticalTheory, tier.MinPoliticalTheory)
            : Result(EligibilityRule.PoliticalTheory, RuleOutcome.Fail, "PoliticalTheory.Below", c.PoliticalTheory, tier.MinPoliticalTheory);

    /// <summary>A bachelor's in political science stands level with the advanced course.</summary>
    private static PoliticalTheory Normalise(PoliticalTheory level) => level == PoliticalTheory.Bachelor ? PoliticalTheory.Advanced : level;

    private RuleResult EducationLevelRule(CandidateFacts c, PostTier tier) =>
        c.Education is not { } education ? Result(EligibilityRule.Education, RuleOutcome.Warn, "Education.Unknown", tier.MinEducation)
        : education >= tier.MinEducation ? Result(EligibilityRule.Education, RuleOutcome.Pass, "Education.Enough", education, tier.MinEducation)
        : Result(EligibilityRule.Education, RuleOutcome.Fail, "Education.Below", education, tier.MinEducation);

    private RuleResult Health(CandidateFacts c, PostTier tier) =>
        c.HealthClass is not { } health ? Result(EligibilityRule.Health, RuleOutcome.Warn, "Health.Unknown", tier.MaxHealthClass)
        : health <= tier.MaxHealthClass ? Result(EligibilityRule.Health, RuleOutcome.Pass, "Health.Fit", health, tier.MaxHealthClass)
        : Result(EligibilityRule.Health, RuleOutcome.Fail, "Health.Unfit", health, tier.MaxHealthClass);

    private RuleResult Succession(CandidateFacts c, PostTier tier, Position post)
    {
        if (c.PlannedFor is { } planned)
        {
            return rules.Level(planned) >= rules.Level(post)
                ? Result(EligibilityRule.Succession, RuleOutcome.Pass, "Succession.Planned", planned)
                : Result(EligibilityRule.Succession, RuleOutcome.Warn, "Succession.PlannedLower", planned, post);
        }

        return Result(EligibilityRule.Succession, tier.SuccessionRequired ? RuleOutcome.Fail : RuleOutcome.Warn, "Succession.NotPlanned", post);
    }

    private RuleResult Ratings(CandidateFacts c, PostTier tier, DateOnly on)
    {
        // The last completed years before the appointment (the year of the appointment is not rated yet).
        var years = Enumerable.Range(on.Year - tier.RatingYears, tier.RatingYears).ToList();
        var rated = c.Ratings.Where(r => years.Contains(r.Year)).ToList();
        if (rated.FirstOrDefault(r => r.Level == AnnualRatingLevel.NotCompleted) is { Year: > 0 } failed)
        {
            return Result(EligibilityRule.Ratings, RuleOutcome.Fail, "Ratings.NotCompleted", Year(failed.Year));
        }

        // Levels run best first: a larger value is a lower rating.
        if (rated.FirstOrDefault(r => r.Level > tier.MinRating) is { Year: > 0 } low)
        {
            return Result(EligibilityRule.Ratings, RuleOutcome.Warn, "Ratings.Below", Year(low.Year), low.Level, tier.MinRating);
        }

        var missing = years.Where(y => rated.All(r => r.Year != y)).ToList();
        return missing.Count > 0
            ? Result(EligibilityRule.Ratings, RuleOutcome.Warn, "Ratings.Missing", string.Join(", ", missing))
            : Result(EligibilityRule.Ratings, RuleOutcome.Pass, "Ratings.Enough", tier.RatingYears, tier.MinRating);
    }

    /// <summary>A year is a name, not a quantity: never "2.024".</summary>
    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private RuleResult ConfidenceVote(CandidateFacts c, PostTier tier)
    {
        if (c.Votes.Count == 0)
        {
            return Result(EligibilityRule.ConfidenceVote, RuleOutcome.Pass, "ConfidenceVote.None");
        }

        var last = c.Votes.MaxBy(v => v.HeldOn);
        var share = last.Voters == 0 ? 0 : last.Low / (double)last.Voters;
        var percent = Math.Round(share * 100, 1);
        return share > tier.MaxLowVoteShare ? Result(EligibilityRule.ConfidenceVote, RuleOutcome.Fail, "ConfidenceVote.TooLow", percent, last.HeldOn, tier.MaxLowVoteShare * 100)
            : share > tier.WarnLowVoteShare ? Result(EligibilityRule.ConfidenceVote, RuleOutcome.Warn, "ConfidenceVote.Low", percent, last.HeldOn, tier.WarnLowVoteShare * 100)
            : Result(EligibilityRule.ConfidenceVote, RuleOutcome.Pass, "ConfidenceVote.Fine", percent, last.HeldOn);
    }
}

using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Tests.Personnel;

/// <summary>Each selection rule at its boundary, for a deputy commune chief proposed as commune chief on 1/7/2025
/// (a promotion), with every other fact passing.</summary>
public class EligibilityEngineTests
{
    private static readonly DateOnly On = new(2025, 7, 1);

    private readonly EligibilityEngine _engine = EligibilityEngine.Default;

    /// <summary>Passes every rule for a commune chief post on <see cref="On"/>.</summary>
    private static CandidateFacts Good() => new(
        BirthDate: new DateOnly(1985, 1, 15), Gender.Male, Rank.Major, Position.DeputyCommuneChief, PostSince: new DateOnly(2022, 7, 1),
        EducationLevel.University, PoliticalTheory.Intermediate, HealthClass: 2, PlannedFor: Position.CommuneChief,
        Disciplines: [], Ratings: [new(2023, AnnualRatingLevel.Good), new(2024, AnnualRatingLevel.Excellent)], Votes: []);

    private RuleResult Rule(CandidateFacts c, EligibilityRule rule, Position post = Position.CommuneChief, DateOnly? on = null) =>
        _engine.Evaluate(c, post, on ?? On).Results.Single(r => r.Rule == rule);

    [Fact]
    public void GoodCandidate_PassesEveryRule_WithACitation()
    {
        var verdict = _engine.Evaluate(Good(), Position.CommuneChief, On);
        Assert.Equal(RuleOutcome.Pass, verdict.Outcome);
        Assert.Equal("CommuneChiefs", verdict.Tier);
        Assert.Equal(Enum.GetValues<EligibilityRule>(), verdict.Results.Select(r => r.Rule));
        Assert.All(verdict.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), r.Rule.ToString()));
    }

    [Theory]
    [InlineData("1973-07-01", RuleOutcome.Pass)] // a Major (max 57): retires 1/7/2030 — exactly 60 months left
    [InlineData("1973-06-30", RuleOutcome.Fail)] // 59 months: no promotion
    [InlineData("1968-06-30", RuleOutcome.Fail)] // retired already
    public void ServiceLeft_SixtyMonthsForAPromotion(string birth, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { BirthDate = DateOnly.Parse(birth) }, EligibilityRule.ServiceLeft).Outcome);

    [Fact]
    public void ServiceLeft_ShortOfATermOnTheSameLevel_OnlyWarns()
    {
        var result = Rule(Good() with { BirthDate = new DateOnly(1973, 6, 30), Position = Position.CommuneChief }, EligibilityRule.ServiceLeft);
        Assert.Equal((RuleOutcome.Warn, "ServiceLeft.ShortSameLevel"), (result.Outcome, result.ReasonKey));
        Assert.Equal(59, result.Args[0]);
    }

    [Fact]
    public void ServiceLeft_FemaleSeniorLieutenantColonel_FollowsThePhaseIn()
    {
        // Max 56y8m in 2025, 57y0m in 2026: born 1/11/1969 she reaches the limit on 1/11/2026 (the 2026 row: 57 → 2026-11-01).
        var c = Good() with { Gender = Gender.Female, Rank = Rank.SeniorLieutenantColonel, BirthDate = new DateOnly(1969, 11, 1) };
        var result = Rule(c, EligibilityRule.ServiceLeft, Position.DeputyDepartmentHead);
        Assert.Equal(RuleOutcome.Fail, result.Outcome);
        Assert.Equal(new DateOnly(2026, 11, 1), result.Args[2]);
    }

    [Theory]
    [InlineData("2023-07-01", RuleOutcome.Pass)] // 24 months
    [InlineData("2023-07-02", RuleOutcome.Fail)] // 23 months
    public void TimeInPost_TwentyFourMonthsBeforeAHigherPost(string since, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { PostSince = DateOnly.Parse(since) }, EligibilityRule.TimeInPost).Outcome);

    [Fact]
    public void TimeInPost_FirstAppointment_IsNotAsked() =>
        Assert.Equal((RuleOutcome.Pass, "TimeInPost.FirstAppointment"),
            Rule(Good() with { Position = Position.AreaPolice, PostSince = On.AddMonths(-1) }, EligibilityRule.TimeInPost) is var r ? (r.Outcome, r.ReasonKey) : default);

    [Fact]
    public void TimeInPost_Unknown_Warns() =>
        Assert.Equal(RuleOutcome.Warn, Rule(Good() with { PostSince = null }, EligibilityRule.TimeInPost).Outcome);

    [Theory]
    [InlineData(DisciplineKind.Reprimand, "2023-07-01", RuleOutcome.Pass)] // 24 months after a reprimand
    [InlineData(DisciplineKind.Reprimand, "2023-07-02", RuleOutcome.Fail)]
    [InlineData(DisciplineKind.Warning, "2022-07-01", RuleOutcome.Pass)] // 36 months after a warning
    [InlineData(DisciplineKind.Warning, "2022-07-02", RuleOutcome.Fail)]
    [InlineData(DisciplineKind.RemovalFromPost, "2020-07-01", RuleOutcome.Pass)] // 60 months after removal from post
    [InlineData(DisciplineKind.RemovalFromPost, "2020-07-02", RuleOutcome.Fail)]
    public void Discipline_WaitingWindowByKind(DisciplineKind kind, string decided, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { Disciplines = [new(kind, DateOnly.Parse(decided), DateOnly.Parse(decided).AddMonths(12), "12/QĐ-CAT")] }, EligibilityRule.Discipline).Outcome);

    [Theory]
    [InlineData("2025-07-01", RuleOutcome.Fail)] // still running on the day of the appointment
    [InlineData("2025-06-30", RuleOutcome.Pass)] // ended the day before (and the 24-month window has passed: decided 2022)
    public void Discipline_RunningDiscipline_Bars(string ends, RuleOutcome expected)
    {
        var c = Good() with { Disciplines = [new(DisciplineKind.Reprimand, new DateOnly(2022, 6, 1), DateOnly.Parse(ends), "5/QĐ-CAT")] };
        var result = Rule(c, EligibilityRule.Discipline);
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(expected == RuleOutcome.Fail ? "Discipline.Running" : "Discipline.WindowsPassed", result.ReasonKey);
    }

    [Fact]
    public void Discipline_InsideTheWindow_OnTheSameLevel_Warns() =>
        Assert.Equal(RuleOutcome.Warn, Rule(Good() with { Position = Position.CommuneChief, Disciplines = [new(DisciplineKind.Warning, new DateOnly(2024, 1, 1), null, "7/QĐ")] }, EligibilityRule.Discipline).Outcome);

    [Theory]
    [InlineData(Rank.Captain, RuleOutcome.Warn)] // below the floor (Major)
    [InlineData(Rank.Major, RuleOutcome.Pass)]
    [InlineData(Rank.LieutenantColonel, RuleOutcome.Pass)] // the ceiling of a commune chief
    [InlineData(Rank.SeniorLieutenantColonel, RuleOutcome.Warn)] // above it
    public void Rank_AgainstFloorAndCeiling(Rank rank, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { Rank = rank }, EligibilityRule.Rank).Outcome);

    [Theory]
    [InlineData(PoliticalTheory.Elementary, Position.CommuneChief, RuleOutcome.Fail)]
    [InlineData(PoliticalTheory.Intermediate, Position.CommuneChief, RuleOutcome.Pass)]
    [InlineData(PoliticalTheory.Intermediate, Position.DepartmentHead, RuleOutcome.Fail)]
    [InlineData(PoliticalTheory.Bachelor, Position.DepartmentHead, RuleOutcome.Pass)] // counts as advanced
    public void PoliticalTheory_RequiredByTheTier(PoliticalTheory level, Position post, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { PoliticalTheory = level }, EligibilityRule.PoliticalTheory, post).Outcome);

    [Theory]
    [InlineData(3, RuleOutcome.Pass)]
    [InlineData(4, RuleOutcome.Fail)]
    [InlineData(null, RuleOutcome.Warn)]
    public void Health_ClassAtMostTheTiers(int? health, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { HealthClass = health }, EligibilityRule.Health).Outcome);

    [Theory]
    [InlineData(null, Position.CommuneChief, RuleOutcome.Fail)] // required for commune chiefs
    [InlineData(Position.DeputyCommuneChief, Position.CommuneChief, RuleOutcome.Warn)] // planned for a lower post
    [InlineData(Position.DepartmentHead, Position.CommuneChief, RuleOutcome.Pass)]
    [InlineData(null, Position.DeputyCommuneChief, RuleOutcome.Warn)] // preferred only for deputies
    public void Succession_PlannedForThePostOrHigher(Position? planned, Position post, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { PlannedFor = planned }, EligibilityRule.Succession, post).Outcome);

    [Fact]
    public void Ratings_NotCompletedFails_BelowTheTierWarns_MissingWarns()
    {
        var failed = Rule(Good() with { Ratings = [new(2023, AnnualRatingLevel.Good), new(2024, AnnualRatingLevel.NotCompleted)] }, EligibilityRule.Ratings);
        Assert.Equal((RuleOutcome.Fail, "2024"), (failed.Outcome, failed.Args[0])); // a year, worded as a year (never "2.024")
        Assert.Equal(RuleOutcome.Warn, Rule(Good() with { Ratings = [new(2023, AnnualRatingLevel.Completed), new(2024, AnnualRatingLevel.Good)] }, EligibilityRule.Ratings).Outcome);
        var missing = Rule(Good() with { Ratings = [new(2024, AnnualRatingLevel.Good)] }, EligibilityRule.Ratings);
        Assert.Equal((RuleOutcome.Warn, "2023"), (missing.Outcome, missing.Args[0]));

        // A rating older than the two last years does not count.
        Assert.Equal(RuleOutcome.Pass, Rule(Good() with { Ratings = [.. Good().Ratings, new(2020, AnnualRatingLevel.NotCompleted)] }, EligibilityRule.Ratings).Outcome);
    }

    [Theory]
    [InlineData(30, RuleOutcome.Pass)] // 30 % low confidence
    [InlineData(31, RuleOutcome.Warn)]
    [InlineData(50, RuleOutcome.Warn)]
    [InlineData(51, RuleOutcome.Fail)] // more than half
    public void ConfidenceVote_LowShareOfTheLatestVote(int low, RuleOutcome expected) =>
        Assert.Equal(expected, Rule(Good() with { Votes = [new(new DateOnly(2019, 1, 1), 100, 90), new(new DateOnly(2024, 12, 1), 100, low)] }, EligibilityRule.ConfidenceVote).Outcome);

    [Fact]
    public void Thresholds_AreData_DatedPerTier()
    {
        string json;
        using (var stream = typeof(PersonnelRuleBook).Assembly.GetManifestResourceStream("personnel-rules.json")!)
        using (var reader = new StreamReader(stream))
        {
            json = reader.ReadToEnd();
        }

        // From 1/1/2026 commune chiefs need 12 months in post (a change of law is a change of data).
        const string Tier = "{ \"tier\": \"CommuneChiefs\", ";
        const string From2026 = Tier + "\"positions\": [\"CommuneChief\", \"StationChief\"], \"from\": \"2026-01-01\", \"minMonthsLeft\": 60, "
            + "\"minMonthsInPost\": 12, \"minPoliticalTheory\": \"Intermediate\", \"minEducation\": \"University\", \"maxHealthClass\": 3, "
            + "\"successionRequired\": true, \"ratingYears\": 2, \"minRating\": \"Good\", \"warnLowVoteShare\": 0.3, \"maxLowVoteShare\": 0.5 },\n    ";
        Assert.Contains(Tier, json, StringComparison.Ordinal);
        var changed = json.Replace(Tier, From2026 + Tier, StringComparison.Ordinal);
        var engine = new EligibilityEngine(PersonnelRuleBook.Parse(changed));
        var candidate = Good() with { PostSince = new DateOnly(2025, 1, 1) };
        Assert.Equal(RuleOutcome.Fail, engine.Evaluate(candidate, Position.CommuneChief, new DateOnly(2025, 12, 31)).Results.Single(r => r.Rule == EligibilityRule.TimeInPost).Outcome);
        Assert.Equal(RuleOutcome.Pass, engine.Evaluate(candidate, Position.CommuneChief, new DateOnly(2026, 1, 1)).Results.Single(r => r.Rule == EligibilityRule.TimeInPost).Outcome);
    }

    [Theory]
    [InlineData("2025-07-01", "2030-07-01", 60)]
    [InlineData("2025-07-01", "2030-06-30", 59)]
    [InlineData("2025-01-31", "2025-02-28", 0)]
    [InlineData("2025-07-01", "2025-06-01", 0)]
    public void MonthsBetween_WholeMonths(string from, string to, int months) =>
        Assert.Equal(months, EligibilityEngine.MonthsBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace MergePlanner.Data.Personnel.Rules;

/// <summary>Maximum service ages and position rank ranges, read from personnel-rules.json so a change in
/// the law is a data change, not a code change.</summary>
public sealed class PersonnelRuleBook
{
    private static readonly Lazy<PersonnelRuleBook> Embedded = new(LoadEmbedded);

    private readonly Model _model;

    // Lookups made once: the eligibility engine asks these for every officer and post (8,000 × every open post).
    private readonly Dictionary<(RankGroup, Gender), AgeRow[]> _ages;
    private readonly Dictionary<Position, int> _levels;
    private readonly Dictionary<Position, PostTier[]> _tiers;
    private readonly Dictionary<Position, (Rank, Rank)> _ranges;

    private PersonnelRuleBook(Model model)
    {
        _model = model;
        _ages = model.MaxServiceAge.GroupBy(r => (r.Group, r.Gender)).ToDictionary(g => g.Key, g => g.OrderBy(r => r.FromYear).ToArray());
        _levels = (model.PositionLevels ?? []).ToDictionary(l => l.Position, l => l.Level);
        _ranges = model.PositionRanks.ToDictionary(p => p.Position, p => (p.Min, p.Max));
        _tiers = (model.PostTiers ?? []).SelectMany(t => t.Positions.Select(p => (Position: p, Tier: t)))
            .GroupBy(x => x.Position).ToDictionary(g => g.Key, g => g.Select(x => x.Tier).OrderBy(t => t.From).ToArray());
    }

    public static PersonnelRuleBook Default => Embedded.Value;

    public static PersonnelRuleBook Parse(string json) =>
        new(JsonSerializer.Deserialize<Model>(json, JsonOptions) ?? throw new InvalidDataException("Empty personnel rules."));

    public static RankGroup GroupOf(Rank rank) => rank switch
    {
        <= Rank.PrivateFirstClass => RankGroup.Conscript,
        <= Rank.SeniorSergeant => RankGroup.NonCommissioned,
        <= Rank.Captain => RankGroup.CompanyGrade,
        <= Rank.LieutenantColonel => RankGroup.MajorToLieutenantColonel,
        Rank.SeniorLieutenantColonel => RankGroup.SeniorLieutenantColonel,
        _ => RankGroup.ColonelAndGeneral,
    };

    /// <summary>The highest age at which an officer of this rank and gender may still serve in the given year: the row
    /// of the group and gender with the latest start on or before the year (the earliest row before any).</summary>
    public ServiceAge MaxServiceAge(Rank rank, Gender gender, int year)
    {
        var group = GroupOf(rank);
        if (!_ages.TryGetValue((group, gender), out var rows))
        {
            throw new InvalidOperationException($"No maximum service age for {group}/{gender}.");
        }

        var row = rows[0];
        foreach (var candidate in rows)
        {
            if (candidate.FromYear > year)
            {
                break;
            }

            row = candidate;
        }

        return new ServiceAge(row.Years, row.Months);
    }

    /// <summary>The day an officer reaches the maximum service age for their rank: the first year whose limit they
    /// reach within that year (the phase-in raises the limit a few months a year, so the limit of the year decides —
    /// a woman Thượng tá born 1/11/1969 reaches 57, the 2026 limit, on 1/11/2026, before 2027's 57y4m applies).</summary>
    public DateOnly RetirementDate(DateOnly birthDate, Rank rank, Gender gender)
    {
        for (var year = birthDate.Year + 15; year <= birthDate.Year + 80; year++)
        {
            var age = MaxServiceAge(rank, gender, year);
            var date = birthDate.AddYears(age.Years).AddMonths(age.Months);
            if (date.Year <= year)
            {
                var newYear = new DateOnly(year, 1, 1);
                return date < newYear ? newYear : date;
            }
        }

        throw new InvalidOperationException($"No service age limit reached for {rank}/{gender}.");
    }

    public (Rank Min, Rank Max) RankRange(Position position)
    {
        return _ranges.TryGetValue(position, out var range) ? range : throw new InvalidOperationException($"No rank range for {position}.");
    }

    /// <summary>The level of a post: a post above the officer's own level is a first appointment or a promotion.</summary>
    public int Level(Position position) =>
        _levels.TryGetValue(position, out var level) ? level : throw new InvalidOperationException($"No level for {position}.");

    /// <summary>Months after a discipline decision before a higher post may be considered.</summary>
    public int DisciplineWaitMonths(DisciplineKind kind) =>
        _model.DisciplineWaits?.SingleOrDefault(w => w.Kind == kind)?.Months ?? throw new InvalidOperationException($"No waiting window for {kind}.");

    /// <summary>The thresholds for a post on a day: the tier row naming the post with the latest start on or before it.</summary>
    public PostTier TierFor(Position position, DateOnly on)
    {
        if (!_tiers.TryGetValue(position, out var rows))
        {
            throw new InvalidOperationException($"No selection tier for {position}.");
        }

        var tier = rows[0];
        foreach (var row in rows)
        {
            if (row.From > on)
            {
                break;
            }

            tier = row;
        }

        return tier;
    }

    /// <summary>The positions a tier of posts holds (for lists and the balance view).</summary>
    public IReadOnlyList<PostTier> Tiers => _model.PostTiers ?? [];

    /// <summary>The gap (percentage points) between a source's share of appointees and of the posts it held before, past
    /// which the balance view warns.</summary>
    public double BalanceWarnGapPoints => _model.BalanceWarnGapPoints ?? 15;

    /// <summary>Who is a candidate for early retirement (personnel-rules.json, "streamlining").</summary>
    public StreamliningThresholds Streamlining => _model.Streamlining ?? new StreamliningThresholds(60, 20);

    /// <summary>The committee candidate rules of the 2025–2030 congresses (personnel-rules.json, "congress").</summary>
    public Party.CongressRuleSet Congress => _model.Congress ?? throw new InvalidOperationException("No congress rules.");

    public string Citation(string rule) => _model.Citations?.GetValueOrDefault(rule) ?? string.Empty;

    public int TypicalMinimumAge(Rank rank) =>
        _model.TypicalMinimumAge.Where(r => r.Rank <= rank).Select(r => r.Age).DefaultIfEmpty(18).Max();

    private static PersonnelRuleBook LoadEmbedded()
    {
        using var stream = typeof(PersonnelRuleBook).Assembly.GetManifestResourceStream("personnel-rules.json")
            ?? throw new InvalidOperationException("personnel-rules.json is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record Model(
        List<AgeRow> MaxServiceAge, List<PositionRow> PositionRanks, List<MinimumAgeRow> TypicalMinimumAge,
        List<LevelRow>? PositionLevels, List<WaitRow>? DisciplineWaits, List<PostTier>? PostTiers, Dictionary<string, string>? Citations,
        double? BalanceWarnGapPoints, StreamliningThresholds? Streamlining, Party.CongressRuleSet? Congress);

    private sealed record LevelRow(Position Position, int Level);

    private sealed record WaitRow(DisciplineKind Kind, int Months);

    private sealed record AgeRow(RankGroup Group, Gender Gender, int FromYear, int Years, int Months);

    private sealed record PositionRow(Position Position, Rank Min, Rank Max);

    private sealed record MinimumAgeRow(Rank Rank, int Age);
}

public readonly record struct ServiceAge(int Years, int Months);

/// <summary>The selection thresholds of a tier of posts from a day on (personnel-rules.json, "postTiers").</summary>
public sealed record PostTier(
    string Tier, IReadOnlyList<Position> Positions, DateOnly From, int MinMonthsLeft, int MinMonthsInPost,
    PoliticalTheory MinPoliticalTheory, EducationLevel MinEducation, int MaxHealthClass, bool SuccessionRequired,
    int RatingYears, AnnualRatingLevel MinRating, double WarnLowVoteShare, double MaxLowVoteShare);

/// <summary>Early retirement: at most so many months to the maximum service age, at least so many years of service.</summary>
public sealed record StreamliningThresholds(int EarlyRetirementMaxMonthsLeft, int EarlyRetirementMinServiceYears);

public enum RankGroup
{
    Conscript,
    NonCommissioned,
    CompanyGrade,
    MajorToLieutenantColonel,
    SeniorLieutenantColonel,
    ColonelAndGeneral,
}

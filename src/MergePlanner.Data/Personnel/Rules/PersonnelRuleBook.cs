using System.Text.Json;
using System.Text.Json.Serialization;

namespace MergePlanner.Data.Personnel.Rules;

/// <summary>Maximum service ages and position rank ranges, read from personnel-rules.json so a change in
/// the law is a data change, not a code change.</summary>
public sealed class PersonnelRuleBook
{
    private static readonly Lazy<PersonnelRuleBook> Embedded = new(LoadEmbedded);

    private readonly Model _model;

    private PersonnelRuleBook(Model model) => _model = model;

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

    /// <summary>The highest age at which an officer of this rank and gender may still serve in the given year.</summary>
    public ServiceAge MaxServiceAge(Rank rank, Gender gender, int year)
    {
        var group = GroupOf(rank);
        var row = _model.MaxServiceAge
            .Where(r => r.Group == group && r.Gender == gender && r.FromYear <= year)
            .MaxBy(r => r.FromYear)
            ?? _model.MaxServiceAge.Where(r => r.Group == group && r.Gender == gender).MinBy(r => r.FromYear)
            ?? throw new InvalidOperationException($"No maximum service age for {group}/{gender}.");
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
        var row = _model.PositionRanks.SingleOrDefault(p => p.Position == position)
            ?? throw new InvalidOperationException($"No rank range for {position}.");
        return (row.Min, row.Max);
    }

    /// <summary>The level of a post: a post above the officer's own level is a first appointment or a promotion.</summary>
    public int Level(Position position) =>
        _model.PositionLevels?.SingleOrDefault(p => p.Position == position)?.Level ?? throw new InvalidOperationException($"No level for {position}.");

    /// <summary>Months after a discipline decision before a higher post may be considered.</summary>
    public int DisciplineWaitMonths(DisciplineKind kind) =>
        _model.DisciplineWaits?.SingleOrDefault(w => w.Kind == kind)?.Months ?? throw new InvalidOperationException($"No waiting window for {kind}.");

    /// <summary>The thresholds for a post on a day: the tier row naming the post with the latest start on or before it.</summary>
    public PostTier TierFor(Position position, DateOnly on)
    {
        var rows = (_model.PostTiers ?? []).Where(t => t.Positions.Contains(position)).ToList();
        return rows.Where(t => t.From <= on).MaxBy(t => t.From) ?? rows.MinBy(t => t.From)
            ?? throw new InvalidOperationException($"No selection tier for {position}.");
    }

    /// <summary>The positions a tier of posts holds (for lists and the balance view).</summary>
    public IReadOnlyList<PostTier> Tiers => _model.PostTiers ?? [];

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
        List<LevelRow>? PositionLevels, List<WaitRow>? DisciplineWaits, List<PostTier>? PostTiers, Dictionary<string, string>? Citations);

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

public enum RankGroup
{
    Conscript,
    NonCommissioned,
    CompanyGrade,
    MajorToLieutenantColonel,
    SeniorLieutenantColonel,
    ColonelAndGeneral,
}

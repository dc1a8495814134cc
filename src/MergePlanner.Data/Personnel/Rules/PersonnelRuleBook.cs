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

    /// <summary>The day an officer reaches the maximum service age for their rank (the year of that day decides the phase-in row).</summary>
    public DateOnly RetirementDate(DateOnly birthDate, Rank rank, Gender gender)
    {
        // The phase-in depends on the year the limit is reached; two passes settle it.
        var age = MaxServiceAge(rank, gender, birthDate.Year + 60);
        var date = birthDate.AddYears(age.Years).AddMonths(age.Months);
        age = MaxServiceAge(rank, gender, date.Year);
        return birthDate.AddYears(age.Years).AddMonths(age.Months);
    }

    public (Rank Min, Rank Max) RankRange(Position position)
    {
        var row = _model.PositionRanks.SingleOrDefault(p => p.Position == position)
            ?? throw new InvalidOperationException($"No rank range for {position}.");
        return (row.Min, row.Max);
    }

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

    private sealed record Model(List<AgeRow> MaxServiceAge, List<PositionRow> PositionRanks, List<MinimumAgeRow> TypicalMinimumAge);

    private sealed record AgeRow(RankGroup Group, Gender Gender, int FromYear, int Years, int Months);

    private sealed record PositionRow(Position Position, Rank Min, Rank Max);

    private sealed record MinimumAgeRow(Rank Rank, int Age);
}

public readonly record struct ServiceAge(int Years, int Months);

public enum RankGroup
{
    Conscript,
    NonCommissioned,
    CompanyGrade,
    MajorToLieutenantColonel,
    SeniorLieutenantColonel,
    ColonelAndGeneral,
}

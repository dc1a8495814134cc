using System.Text.Json;
using System.Text.Json.Serialization;
using MergePlanner.Data.Common;

namespace MergePlanner.Data.Personnel.Support;

public enum PolicyStatus
{
    Adopted,
    Draft,
}

public sealed record SupportComponent(string Name, decimal Monthly, decimal OneOff);

/// <summary>A support policy for officers working away from home after the merger (support-policies.json): who (the
/// new province, the former localities), how much (monthly and one-off components), on what conditions (days worked
/// in the month, distance from home, exclusions) and when (validity window).</summary>
public sealed record SupportPolicy(
    string Code, PolicyStatus Status, string Name, string Basis, string? NewProvinceCode, IReadOnlyList<string> OriginNames,
    IReadOnlyList<SupportComponent> Components, int? MinDaysPerMonth, decimal? MinDistanceKm, DateOnly From, DateOnly To,
    bool ExcludeOwnsHouseNearby, bool ExcludeOfficialHousing, bool InInsuranceBase)
{
    public decimal Monthly => Components.Sum(c => c.Monthly);

    public decimal OneOff => Components.Sum(c => c.OneOff);
}

/// <summary>What the calculation reads of an officer for a month.</summary>
public sealed record SupportCase(string OriginName, decimal? CommuteKm, bool OwnsHouseNearby, bool HasOfficialHousing, int DaysWorked, bool PaidBefore);

/// <summary>The month's outcome for one officer: eligible or not, the amount, and why (a resource key with figures).</summary>
public sealed record SupportLine(bool Eligible, decimal Amount, string ReasonKey, IReadOnlyList<object> Args);

/// <summary>The monthly support of an officer under a policy (pure, tested at every edge: 13/14 days, 29.9/30 km, the
/// months either side of the validity window, the exclusions, the one-off amount paid once).</summary>
public static class SupportCalculator
{
    public static SupportLine ForMonth(SupportPolicy policy, SupportCase c, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        if (policy.Status != PolicyStatus.Adopted)
        {
            return No("Support.Draft");
        }

        if (last < policy.From || first > policy.To)
        {
            return No("Support.OutsideWindow", policy.From, policy.To);
        }

        var origin = VietnameseText.Fold(c.OriginName);
        if (!policy.OriginNames.Any(n => origin.Contains(VietnameseText.Fold(n), StringComparison.Ordinal)))
        {
            return No("Support.OtherOrigin", string.Join(", ", policy.OriginNames));
        }

        if (policy.MinDistanceKm is { } min && (c.CommuteKm is not { } km || km < min))
        {
            return No("Support.TooNear", c.CommuteKm?.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) ?? "?", min);
        }

        if (policy.ExcludeOwnsHouseNearby && c.OwnsHouseNearby)
        {
            return No("Support.OwnsHouse");
        }

        if (policy.ExcludeOfficialHousing && c.HasOfficialHousing)
        {
            return No("Support.OfficialHousing");
        }

        if (policy.MinDaysPerMonth is { } days && c.DaysWorked < days)
        {
            return No("Support.TooFewDays", c.DaysWorked, days);
        }

        var amount = policy.Monthly + (c.PaidBefore ? 0 : policy.OneOff);
        return new SupportLine(true, amount, c.PaidBefore || policy.OneOff == 0 ? "Support.Monthly" : "Support.WithOneOff", [policy.Monthly, policy.OneOff]);
    }

    private static SupportLine No(string key, params object[] args) => new(false, 0, key, args);
}

/// <summary>The support policies embedded with the application (support-policies.json).</summary>
public static class SupportPolicies
{
    private static readonly Lazy<IReadOnlyList<SupportPolicy>> Embedded = new(() =>
    {
        using var stream = typeof(SupportPolicies).Assembly.GetManifestResourceStream("support-policies.json")
            ?? throw new InvalidOperationException("support-policies.json is not embedded.");
        return Parse(new StreamReader(stream).ReadToEnd());
    });

    public static IReadOnlyList<SupportPolicy> All => Embedded.Value;

    /// <summary>The policies of a new province (its code in the 2025 list).</summary>
    public static IReadOnlyList<SupportPolicy> For(string? provinceCode) => All.Where(p => p.NewProvinceCode == provinceCode).ToList();

    public static IReadOnlyList<SupportPolicy> Parse(string json) =>
        JsonSerializer.Deserialize<Model>(json, Options)?.Policies ?? throw new InvalidDataException("Empty support policies.");

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    private sealed record Model(List<SupportPolicy> Policies);
}

using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Data.Party;

/// <summary>Congress levels, bottom-up: every cell before its grassroots organisation, every grassroots organisation
/// before the provincial police congress.</summary>
public enum CongressLevel
{
    Cell,
    Grassroots,
    Provincial,
}

public sealed record CongressReferenceDate(CongressLevel Level, DateOnly Date);

/// <summary>The candidate and age-mix thresholds (personnel-rules.json, "congress").</summary>
public sealed record CongressRuleSet(
    int FirstTimeMinMonthsLeft, int ReElectionMinMonthsLeft, IReadOnlyList<CongressReferenceDate> ReferenceDates,
    int YoungUnder, double YoungMinShare, int MiddleFrom, int MiddleTo, double MiddleMinShare, double MiddleMaxShare)
{
    public DateOnly ReferenceDate(CongressLevel level) => ReferenceDates.Single(r => r.Level == level).Date;
}

/// <summary>A candidate checked: months of service left at the reference date against what the rules ask, and why.</summary>
public sealed record CandidateCheck(bool Passes, int MonthsLeft, int Required, DateOnly ReferenceDate, DateOnly RetirementDate, int Age, string Reason);

/// <summary>The age mix of a committee: shares under <see cref="CongressRuleSet.YoungUnder"/>, in the middle band and
/// above, and what falls short of the guidance.</summary>
public sealed record AgeMix(int Count, int Young, int Middle, int Older, double YoungShare, double MiddleShare, IReadOnlyList<string> Warnings);

/// <summary>The rules of the congresses, pure and tested: the level of a congress, the order they are held in, the
/// candidates' service left, the committee's age mix.</summary>
public static class CongressRules
{
    public static CongressLevel LevelOf(PartyOrgKind kind) => kind switch
    {
        PartyOrgKind.UpperCommittee => CongressLevel.Provincial,
        PartyOrgKind.Cell => CongressLevel.Cell,
        _ => CongressLevel.Grassroots,
    };

    /// <summary>Whether a congress may be recorded as held on a day: every congress below it held before (cancelled ones
    /// aside). Returns a resource key or null.</summary>
    public static string? HoldRefusal(DateOnly heldOn, IEnumerable<(CongressStatus Status, DateOnly? HeldOn)> below)
    {
        var children = below.Where(c => c.Status != CongressStatus.Cancelled).ToList();
        if (children.Any(c => c.Status != CongressStatus.Held))
        {
            return "Congress.Err.BelowFirst";
        }

        return children.Any(c => c.HeldOn > heldOn) ? "Congress.Err.BelowLater" : null;
    }

    /// <summary>Whether a deadline breaks the bottom-up order: a congress below due after the one above it.</summary>
    public static bool DeadlineOutOfOrder(DateOnly deadline, IEnumerable<DateOnly> belowDeadlines) => belowDeadlines.Any(d => d > deadline);

    public static CandidateCheck Check(DateOnly birthDate, Rank rank, Gender gender, bool isIncumbent, CongressLevel level, PersonnelRuleBook rules)
    {
        var set = rules.Congress;
        var reference = set.ReferenceDate(level);
        var retirement = rules.RetirementDate(birthDate, rank, gender);
        var left = Math.Max(0, EligibilityEngine.MonthsBetween(reference, retirement));
        var required = isIncumbent ? set.ReElectionMinMonthsLeft : set.FirstTimeMinMonthsLeft;
        var age = AgeOn(birthDate, reference);
        var kind = isIncumbent ? "tái cử" : "tham gia lần đầu";
        var reason = left >= required
            ? $"Còn {left} tháng công tác tại {reference:MM/yyyy} (đến {retirement:dd/MM/yyyy}); {kind} cần ít nhất {required} tháng."
            : $"Chỉ còn {left} tháng công tác tại {reference:MM/yyyy} (hết hạn tuổi phục vụ {retirement:dd/MM/yyyy}); {kind} cần ít nhất {required} tháng.";
        return new CandidateCheck(left >= required, left, required, reference, retirement, age, reason);
    }

    public static int AgeOn(DateOnly birthDate, DateOnly on) =>
        on.Year - birthDate.Year - (on < birthDate.AddYears(on.Year - birthDate.Year) ? 1 : 0);

    public static AgeMix Mix(IReadOnlyList<int> ages, CongressRuleSet set)
    {
        var young = ages.Count(a => a < set.YoungUnder);
        var middle = ages.Count(a => a >= set.MiddleFrom && a <= set.MiddleTo);
        var older = ages.Count - young - middle;
        double Share(int n) => ages.Count == 0 ? 0 : (double)n / ages.Count;
        var warnings = new List<string>();
        if (ages.Count > 0 && Share(young) < set.YoungMinShare)
        {
            warnings.Add($"Cấp ủy viên dưới {set.YoungUnder} tuổi {Share(young):P0}, thấp hơn mức {set.YoungMinShare:P0}.");
        }

        if (ages.Count > 0 && (Share(middle) < set.MiddleMinShare || Share(middle) > set.MiddleMaxShare))
        {
            warnings.Add($"Từ {set.MiddleFrom} đến {set.MiddleTo} tuổi {Share(middle):P0}, ngoài khoảng {set.MiddleMinShare:P0}–{set.MiddleMaxShare:P0}.");
        }

        return new AgeMix(ages.Count, young, middle, older, Share(young), Share(middle), warnings);
    }
}

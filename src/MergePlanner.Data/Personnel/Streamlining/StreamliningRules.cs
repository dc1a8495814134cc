using MergePlanner.Data.Personnel.Rules;

namespace MergePlanner.Data.Personnel.Streamlining;

/// <summary>Where an officer stands against the early-retirement thresholds on a day.</summary>
public sealed record EarlyRetirementCheck(bool Candidate, int MonthsLeft, int? ServiceYears, DateOnly RetirementDate);

/// <summary>The headcount of the merger before and after streamlining, against its target (the biên chế of the new
/// structure): before = every officer of the merging forces; after = those placed minus approved departures.</summary>
public sealed record StreamliningTotals(int Before, int Placed, int DeparturesApproved, int DeparturesProposed, int Target)
{
    public int After => Placed - DeparturesApproved;

    /// <summary>Still above the target (positive) or below it (negative).</summary>
    public int Gap => After - Target;

    /// <summary>The gap if every proposal pending were approved.</summary>
    public int GapIfProposedApproved => Gap - DeparturesProposed;
}

/// <summary>Streamlining rules (issue 10, point 8), pure and tested: who is a candidate for early retirement (thresholds
/// from personnel-rules.json), what a unit's surplus is, and the workflow's refusals.</summary>
public static class StreamliningRules
{
    public static EarlyRetirementCheck EarlyRetirement(DateOnly birthDate, Rank rank, Gender gender, DateOnly? serviceSince, DateOnly on, PersonnelRuleBook rules)
    {
        var retirement = rules.RetirementDate(birthDate, rank, gender);
        var monthsLeft = MonthsBetween(on, retirement);
        int? serviceYears = serviceSince is { } s ? MonthsBetween(s, on) / 12 : null;
        var t = rules.Streamlining;
        var candidate = monthsLeft >= 0 && monthsLeft <= t.EarlyRetirementMaxMonthsLeft && serviceYears >= t.EarlyRetirementMinServiceYears;
        return new EarlyRetirementCheck(candidate, monthsLeft, serviceYears, retirement);
    }

    /// <summary>How many a position group holds above its biên chế (0 when within it or when no biên chế is set).</summary>
    public static int Surplus(int placed, int? authorised) => authorised is { } cap && placed > cap ? placed - cap : 0;

    /// <summary>Why a proposal is refused (a resource key), or null: one open case per officer, and the officer must be on
    /// the list the reason names.</summary>
    public static string? ProposalRefusal(bool hasOpenCase, bool onTheList) =>
        hasOpenCase ? "Streamlining.Err.OpenCase" : !onTheList ? "Streamlining.Err.NotOnList" : null;

    /// <summary>Why a decision is refused: only a pending case, never by the person who proposed it.</summary>
    public static string? DecisionRefusal(StreamliningCase @case, string decidedBy) =>
        @case.Status != StreamliningStatus.Proposed ? "Streamlining.Err.NotPending"
        : string.Equals(@case.ProposedBy, decidedBy, StringComparison.OrdinalIgnoreCase) ? "Streamlining.Err.OwnProposal"
        : null;

    /// <summary>Whole months from one day to another (negative when the second is earlier).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return to.Day < from.Day ? months - 1 : months;
    }
}

namespace MergePlanner.Data.Personnel;

/// <summary>An error in an officer record: the field and a resource key (Officer.Err.*) with its figures.</summary>
public readonly record struct RecordError(string Field, string Key, params object[] Args);

/// <summary>What an officer record must satisfy, as the edit form and the import both check it (pure, tested).</summary>
public static class OfficerRecordRules
{
    public const decimal MaxCommuteKm = 2000;

    /// <summary>Checks the selection fields of a record against the officer's birth date and today.</summary>
    public static IReadOnlyList<RecordError> Check(
        DateOnly birthDate, DateOnly today, int? healthClass, DateOnly? partyJoinedOn, DateOnly? postSince, decimal? commuteKm, DateOnly? serviceSince = null)
    {
        var errors = new List<RecordError>();
        if (healthClass is < 1 or > 6)
        {
            errors.Add(new("HealthClass", "Officer.Err.HealthClass", healthClass));
        }

        // Party membership from 18 years of age (Điều lệ Đảng), never in the future.
        if (partyJoinedOn is { } joined && (joined < birthDate.AddYears(18) || joined > today))
        {
            errors.Add(new("PartyJoinedOn", "Officer.Err.PartyJoinedOn", birthDate.AddYears(18), today));
        }

        if (postSince is { } since && (since < birthDate.AddYears(18) || since > today))
        {
            errors.Add(new("PostSince", "Officer.Err.PostSince", today));
        }

        // Recruited into the People's Public Security from 16 (students of its schools), never in the future.
        if (serviceSince is { } service && (service < birthDate.AddYears(16) || service > today))
        {
            errors.Add(new("ServiceSince", "Officer.Err.ServiceSince", birthDate.AddYears(16), today));
        }

        if (commuteKm is < 0 or > MaxCommuteKm)
        {
            errors.Add(new("CommuteKm", "Officer.Err.CommuteKm", MaxCommuteKm));
        }

        return errors;
    }

    /// <summary>A discipline decision: a number, a date not in the future and after the officer turned 18, an end not
    /// before the decision.</summary>
    public static IReadOnlyList<RecordError> CheckDiscipline(DateOnly birthDate, DateOnly today, string? decisionNumber, DateOnly decidedOn, DateOnly? endsOn)
    {
        var errors = new List<RecordError>();
        if (string.IsNullOrWhiteSpace(decisionNumber))
        {
            errors.Add(new("DecisionNumber", "Officer.Err.DecisionNumber"));
        }

        if (decidedOn > today || decidedOn < birthDate.AddYears(18))
        {
            errors.Add(new("DecidedOn", "Officer.Err.DecidedOn", today));
        }

        if (endsOn is { } ends && ends < decidedOn)
        {
            errors.Add(new("EndsOn", "Officer.Err.EndsOn"));
        }

        return errors;
    }

    /// <summary>A confidence vote: votes add up to no more than the voters, held not in the future.</summary>
    public static IReadOnlyList<RecordError> CheckVote(DateOnly today, DateOnly heldOn, int voters, int high, int low)
    {
        var errors = new List<RecordError>();
        if (voters <= 0 || high < 0 || low < 0 || high + low > voters)
        {
            errors.Add(new("Votes", "Officer.Err.Votes", voters));
        }

        if (heldOn > today)
        {
            errors.Add(new("HeldOn", "Officer.Err.HeldOn", today));
        }

        return errors;
    }

    /// <summary>A yearly rating: a year the officer served (from 18) up to the current year.</summary>
    public static IReadOnlyList<RecordError> CheckRating(DateOnly birthDate, DateOnly today, int year) =>
        year < birthDate.Year + 18 || year > today.Year ? [new("Year", "Officer.Err.RatingYear", today.Year)] : [];
}

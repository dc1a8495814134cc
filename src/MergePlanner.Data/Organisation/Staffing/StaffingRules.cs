using System.Text.Json;
using MergePlanner.Data.Personnel;

namespace MergePlanner.Data.Organisation.Staffing;

public enum StaffingIssueKind
{
    BelowCommuneMinimum,
    NoHead,
    SeveralHeads,
    TooManyDeputies,
    OverQuota,
    MergedExceedsBefore,
    QuotaExceedsBefore,
}

public sealed record StaffingIssue(int? UnitId, StaffingIssueKind Kind, string Message);

/// <summary>Headcount of one target unit: before (officers of its predecessors), after (officers placed in
/// it, by position group) and authorised (biên chế, by position group; empty when none is set).</summary>
public sealed record UnitStaffing(int UnitId, UnitType Type, int Before, int Heads, int Deputies, int Staff, IReadOnlyDictionary<PositionGroup, int> Quota)
{
    public int After => Heads + Deputies + Staff;

    public int? Authorised => Quota.Count == 0 ? null : Quota.Values.Sum();

    public int Placed(PositionGroup group) => group switch
    {
        PositionGroup.Head => Heads,
        PositionGroup.Deputy => Deputies,
        _ => Staff,
    };
}

public sealed record OrganisationRuleSet(int CommuneMinimumOfficers, int CommuneMaximumDeputies, int HeadsPerUnit, IReadOnlyList<LeadershipPostRule>? LeadershipPosts = null)
{
    private static readonly Lazy<OrganisationRuleSet> Embedded = new(() =>
    {
        using var stream = typeof(OrganisationRuleSet).Assembly.GetManifestResourceStream("organisation-rules.json")
            ?? throw new InvalidOperationException("organisation-rules.json is not embedded.");
        return JsonSerializer.Deserialize<OrganisationRuleSet>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })!;
    });

    public static OrganisationRuleSet Default => Embedded.Value;
}

/// <summary>The leadership posts a type of unit has: its head, its deputy and how many deputies when the unit's biên chế
/// does not say (organisation-rules.json, "leadershipPosts").</summary>
public sealed record LeadershipPostRule(UnitType UnitType, Position Head, Position Deputy, int Deputies);

/// <summary>Checks the staffing of the new structure: commune units have at least the minimum number of
/// officers, one chief and at most the maximum of deputies; no unit goes over its biên chế; and the merged
/// force is not larger than the two forces were before.</summary>
public static class StaffingRules
{
    /// <summary>The group a position counts in for its unit. Team leaders head a team inside a department,
    /// so for the department they count with its staff.</summary>
    public static PositionGroup GroupOf(Position position) => position switch
    {
        Position.Director or Position.DepartmentHead or Position.CommuneChief or Position.StationChief => PositionGroup.Head,
        Position.DeputyDirector or Position.DeputyDepartmentHead or Position.DeputyCommuneChief or Position.DeputyStationChief => PositionGroup.Deputy,
        _ => PositionGroup.Staff,
    };

    public static string GroupLabel(PositionGroup group) => group switch
    {
        PositionGroup.Head => "Cấp trưởng",
        PositionGroup.Deputy => "Cấp phó",
        _ => "Cán bộ, chiến sĩ",
    };

    public static bool IsCommuneLevel(UnitType type) =>
        type is UnitType.CommunePolice or UnitType.WardPolice or UnitType.TownPolice or UnitType.SpecialZonePolice;

    public static IReadOnlyList<StaffingIssue> Check(IReadOnlyCollection<UnitStaffing> units, OrganisationRuleSet rules, int totalBefore)
    {
        var issues = new List<StaffingIssue>();
        foreach (var u in units)
        {
            if (IsCommuneLevel(u.Type))
            {
                if (u.After < rules.CommuneMinimumOfficers)
                {
                    issues.Add(new(u.UnitId, StaffingIssueKind.BelowCommuneMinimum, $"Có {u.After} cán bộ, tối thiểu {rules.CommuneMinimumOfficers}."));
                }

                if (u.Deputies > rules.CommuneMaximumDeputies)
                {
                    issues.Add(new(u.UnitId, StaffingIssueKind.TooManyDeputies, $"Có {u.Deputies} cấp phó, tối đa {rules.CommuneMaximumDeputies}."));
                }
            }

            if (IsCommuneLevel(u.Type) || u.Type is UnitType.Department or UnitType.Station or UnitType.DetentionCentre)
            {
                if (u.Heads == 0 && u.After > 0)
                {
                    issues.Add(new(u.UnitId, StaffingIssueKind.NoHead, "Chưa có cấp trưởng."));
                }
                else if (u.Heads > rules.HeadsPerUnit)
                {
                    issues.Add(new(u.UnitId, StaffingIssueKind.SeveralHeads, $"Có {u.Heads} cấp trưởng, chỉ được {rules.HeadsPerUnit}."));
                }
            }

            foreach (var (group, quota) in u.Quota)
            {
                if (u.Placed(group) > quota)
                {
                    issues.Add(new(u.UnitId, StaffingIssueKind.OverQuota, $"{GroupLabel(group)}: có {u.Placed(group)}, vượt biên chế {quota}."));
                }
            }
        }

        var after = units.Sum(u => u.After);
        if (after > totalBefore)
        {
            issues.Add(new(null, StaffingIssueKind.MergedExceedsBefore, $"Tổng số cán bộ sau hợp nhất ({after}) vượt tổng trước hợp nhất ({totalBefore})."));
        }

        var authorised = units.Sum(u => u.Authorised ?? 0);
        if (authorised > totalBefore)
        {
            issues.Add(new(null, StaffingIssueKind.QuotaExceedsBefore, $"Tổng biên chế được giao ({authorised}) vượt tổng số cán bộ trước hợp nhất ({totalBefore})."));
        }

        return issues;
    }
}

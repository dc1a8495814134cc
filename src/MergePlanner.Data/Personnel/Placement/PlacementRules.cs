using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;

namespace MergePlanner.Data.Personnel.Placement;

/// <summary>One officer moving to a place of the new structure (from nowhere when not yet placed).</summary>
public readonly record struct PlacementMove(int? FromUnitId, Position? FromPosition, int ToUnitId, Position ToPosition);

/// <summary>A unit's position group that a placement takes past its biên chế: <paramref name="After"/> officers for
/// <paramref name="Authorised"/> places.</summary>
public sealed record CapExcess(int UnitId, PositionGroup Group, int Authorised, int After);

/// <summary>Placement rules (pure, tested): which positions a unit of the new structure has, and which staffing caps a
/// set of moves goes past. Caps warn, they do not forbid: the personnel staff may go on with a reason (issue 10, point
/// 7) — a merger keeps everyone first and streamlines after.</summary>
public static class PlacementRules
{
    /// <summary>The positions an officer can hold in a unit of this type: its leadership (organisation-rules.json) and
    /// the staff positions of its kind.</summary>
    public static IReadOnlyList<Position> PositionsFor(UnitType type, OrganisationRuleSet rules)
    {
        var staff = type switch
        {
            UnitType.CommunePolice or UnitType.WardPolice or UnitType.TownPolice or UnitType.SpecialZonePolice => [Position.AreaPolice, Position.CommuneOfficer],
            UnitType.Department or UnitType.Team or UnitType.DetentionCentre or UnitType.DistrictPolice => [Position.TeamLeader, Position.DeputyTeamLeader, Position.StaffOfficer],
            UnitType.Station => [Position.StaffOfficer],
            UnitType.Directorate => Array.Empty<Position>(),
            _ => [Position.StaffOfficer],
        };
        var leadership = rules.LeadershipPosts?.FirstOrDefault(r => r.UnitType == type) is { } rule ? new[] { rule.Head, rule.Deputy } : [];
        return [.. leadership, .. staff];
    }

    /// <summary>The position an officer keeps in a "nguyên trạng" transfer: their own where the new unit has it,
    /// otherwise the same level there (a chief stays a chief, a deputy a deputy, the staff its staff position).</summary>
    public static Position Equivalent(Position position, UnitType type, OrganisationRuleSet rules)
    {
        var positions = PositionsFor(type, rules);
        if (positions.Contains(position))
        {
            return position;
        }

        var group = StaffingRules.GroupOf(position);
        var same = positions.Where(p => StaffingRules.GroupOf(p) == group).ToList();
        if (same.Count > 0)
        {
            // The last of a group is its plain one: the staff position, not the team leader.
            return group == PositionGroup.Staff ? same[^1] : same[0];
        }

        // A directorate has no staff positions of its own: a staff officer placed there keeps the title of staff.
        return Position.StaffOfficer;
    }

    /// <summary>The caps the moves go past: every (unit, group) that receives officers and ends above its biên chế. A
    /// group with no biên chế set has no cap; a group the moves only leave is never reported.</summary>
    public static IReadOnlyList<CapExcess> Excess(
        IReadOnlyDictionary<(int UnitId, PositionGroup Group), int> placed,
        IReadOnlyDictionary<(int UnitId, PositionGroup Group), int> authorised,
        IEnumerable<PlacementMove> moves)
    {
        var delta = new Dictionary<(int UnitId, PositionGroup Group), int>();
        foreach (var move in moves)
        {
            if (move.FromUnitId is { } from && move.FromPosition is { } was)
            {
                var key = (from, StaffingRules.GroupOf(was));
                delta[key] = delta.GetValueOrDefault(key) - 1;
            }

            var to = (move.ToUnitId, StaffingRules.GroupOf(move.ToPosition));
            delta[to] = delta.GetValueOrDefault(to) + 1;
        }

        return delta
            .Where(d => d.Value > 0 && authorised.TryGetValue(d.Key, out var cap) && placed.GetValueOrDefault(d.Key) + d.Value > cap)
            .Select(d => new CapExcess(d.Key.UnitId, d.Key.Group, authorised[d.Key], placed.GetValueOrDefault(d.Key) + d.Value))
            .OrderBy(e => e.UnitId).ThenBy(e => e.Group)
            .ToList();
    }
}

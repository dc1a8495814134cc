using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;

namespace MergePlanner.Data.Personnel.Posts;

/// <summary>Where a post stands: vacant, a candidate proposed, approved by leadership, or filled by a decision.</summary>
public enum PostStatus
{
    Vacant,
    Proposed,
    Approved,
    Filled,
}

/// <summary>A leadership post of a unit of the new structure (Giám đốc, Phó Trưởng Công an xã no. 2…). Held by one
/// officer at most, and an officer holds one post at most (a unique index says so to the database as well).</summary>
public class Post : IMergerOwned, IAudited, IVersioned, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public Position Position { get; set; }

    /// <summary>1 for the head; 1…n for the deputies of a unit.</summary>
    public int Ordinal { get; set; }

    public PostStatus Status { get; set; }

    public int? HolderId { get; set; }

    public Officer? Holder { get; set; }

    /// <summary>The appointment decision (number and day) that filled the post.</summary>
    public string? DecisionNumber { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public int Version { get; set; }
}

/// <summary>One post a unit should have.</summary>
public readonly record struct PostSlot(int UnitId, Position Position, int Ordinal);

/// <summary>The leadership posts of the new structure from the organisation rules (pure, tested): one head per unit
/// and the deputies its biên chế allows, or the rule's default; commune-level units never above the legal maximum.</summary>
public static class PostPlanner
{
    public static IReadOnlyList<PostSlot> Plan(IEnumerable<(int UnitId, UnitType Type)> units, IReadOnlyDictionary<int, int> deputyQuota, OrganisationRuleSet rules)
    {
        var slots = new List<PostSlot>();
        foreach (var (unitId, type) in units)
        {
            if (rules.LeadershipPosts?.FirstOrDefault(r => r.UnitType == type) is not { } rule)
            {
                continue;
            }

            slots.Add(new PostSlot(unitId, rule.Head, 1));
            var deputies = deputyQuota.TryGetValue(unitId, out var quota) ? quota : rule.Deputies;
            if (StaffingRules.IsCommuneLevel(type))
            {
                deputies = Math.Min(deputies, rules.CommuneMaximumDeputies);
            }

            for (var i = 1; i <= deputies; i++)
            {
                slots.Add(new PostSlot(unitId, rule.Deputy, i));
            }
        }

        return slots;
    }
}

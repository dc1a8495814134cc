using MergePlanner.Data.Common;

namespace MergePlanner.Data.Organisation;

/// <summary>A police unit in one of the trees: a source province's police (before the merger) or the
/// target's (after). Units are archived, never deleted, so history stays reachable.</summary>
public class Unit : IVersioned, ISearchable, INoHardDelete, IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    /// <summary>Business key, unique within the merger (imports update by it); another merger may use the same code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Short label used where space is tight, e.g. "HP cũ" for a provincial root.</summary>
    public string? ShortName { get; set; }

    public UnitType Type { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public List<Unit> Children { get; set; } = [];

    /// <summary>The provincial police at the top of this unit's tree (itself for a root). Tells which
    /// locality a unit comes from without walking the hierarchy.</summary>
    public int? OriginId { get; set; }

    public Unit? Origin { get; set; }

    public UnitStatus Status { get; set; } = UnitStatus.Active;

    public DateOnly? ValidFrom { get; set; }

    /// <summary>The day a dissolved unit stopped operating (e.g. district police on 1/3/2025).</summary>
    public DateOnly? ValidTo { get; set; }

    public int SortOrder { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Code, Name, ShortName);
}

public enum UnitType
{
    ProvincialPolice,
    Directorate,
    Department,
    Team,
    DistrictPolice,
    CommunePolice,
    WardPolice,
    TownPolice,
    SpecialZonePolice,
    Station,
    DetentionCentre,
}

public enum UnitStatus
{
    Active,
    Archived,
}

using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel;

namespace MergePlanner.Data.Party;

/// <summary>Levels of Party organisation inside a provincial police (domain.md §8), highest first.</summary>
public enum PartyOrgKind
{
    /// <summary>Đảng bộ Công an tỉnh, thành phố: the upper-grassroots committee.</summary>
    UpperCommittee,

    /// <summary>Đảng bộ cơ sở: mostly one per department or large unit.</summary>
    GrassrootsCommittee,

    /// <summary>Chi bộ cơ sở: a grassroots cell directly under the upper committee.</summary>
    GrassrootsCell,

    /// <summary>Chi bộ trực thuộc: a cell under a grassroots committee.</summary>
    Cell,
}

/// <summary>What becomes of a source organisation in the merger: merged with others into a new one, transferred whole
/// under the new committee, or dissolved with its members moving to the successor. Every fate names the organisation
/// of the new police where the members and their records go.</summary>
public enum PartyOrgFate
{
    Merge,
    Transfer,
    Dissolve,
}

/// <summary>A Party committee, grassroots organisation or cell, of a source police (with its fate in the merger) or of
/// the new police. Never deleted: the mapping and the record transfers keep their history.</summary>
public class PartyOrganisation : IMergerOwned, IAudited, INoHardDelete, IVersioned
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public PartyOrgKind Kind { get; set; }

    public int? ParentId { get; set; }

    public PartyOrganisation? Parent { get; set; }

    /// <summary>The root unit of the police it belongs to: a source police, or the new one.</summary>
    public int OriginId { get; set; }

    public Unit? Origin { get; set; }

    /// <summary>The police unit it is organised in (a department, the board), when there is one.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Full and probationary members who belong directly to it before the merger (source organisations): a
    /// committee's members are mostly in its cells, so totals add organisations, never a committee and its cells twice.</summary>
    public int Members { get; set; }

    public PartyOrgFate? Fate { get; set; }

    /// <summary>The organisation of the new police its members (and records) go to.</summary>
    public int? SuccessorId { get; set; }

    public PartyOrganisation? Successor { get; set; }

    public string? FateNote { get; set; }

    /// <summary>Membership records (hồ sơ đảng viên) handed over by this organisation, and received by the successor.</summary>
    public int RecordsSent { get; set; }

    public int RecordsReceived { get; set; }

    public int Version { get; set; }
}

public enum CongressStatus
{
    Planned,
    Preparing,
    DocumentsReady,
    Held,
    Cancelled,
}

/// <summary>The 2025–2030 congress of an organisation of the new police: its deadline in the bottom-up schedule, the day
/// it is planned and held, its documents and the committee it elects.</summary>
public class PartyCongress : IMergerOwned, IAudited, IVersioned
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int OrganisationId { get; set; }

    public PartyOrganisation? Organisation { get; set; }

    public DateOnly Deadline { get; set; }

    public DateOnly? PlannedOn { get; set; }

    public DateOnly? HeldOn { get; set; }

    public CongressStatus Status { get; set; }

    /// <summary>The documents ready (political report, self-criticism report, personnel plan, resolution…), one per line.</summary>
    public string? Documents { get; set; }

    /// <summary>Members of the committee to elect.</summary>
    public int CommitteeSize { get; set; }

    public List<CommitteeCandidate> Candidates { get; set; } = [];

    public int Version { get; set; }
}

public enum CommitteeRole
{
    Secretary,
    DeputySecretary,
    StandingMember,
    Member,
}

/// <summary>An officer proposed for the committee a congress elects: first time or re-election (which changes the
/// service the rules ask for), and the role proposed.</summary>
public class CommitteeCandidate : IMergerOwned, IAudited
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int CongressId { get; set; }

    public PartyCongress? Congress { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public bool IsIncumbent { get; set; }

    public CommitteeRole Role { get; set; }
}

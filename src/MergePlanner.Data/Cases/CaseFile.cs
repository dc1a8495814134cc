using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Cases;

/// <summary>A criminal case, crime report, incident, dossier or inspection file held by a unit.</summary>
public class CaseFile : IVersioned, ISearchable, INoHardDelete, IAudited
{
    public int Id { get; set; }

    public CaseFileKind Kind { get; set; }

    /// <summary>Business key, unique across units.</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    public CaseFileStatus Status { get; set; }

    public int OwningUnitId { get; set; }

    public Unit? OwningUnit { get; set; }

    public DateOnly OpenedOn { get; set; }

    /// <summary>Investigation or verification deadline, where the procedure sets one.</summary>
    public DateOnly? Deadline { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Number, Title);
}

public enum CaseFileKind
{
    CriminalCase,
    CrimeReport,
    Incident,
    Dossier,
    Inspection,
}

/// <summary>Statuses of domain.md §6.2 (Criminal Procedure Code 2015) plus the filing states of dossiers
/// and inspections. Which apply to which kind is <see cref="CaseFileStatusRules"/>.</summary>
public enum CaseFileStatus
{
    Received,
    Verifying,
    Instituted,
    NotInstituted,
    HandlingSuspended,
    TransferredToCompetentAgency,
    UnderInvestigation,
    InvestigationSuspended,
    InvestigationTerminated,
    ClosedProsecutionRecommended,
    InvestigationResumed,
    SentToProcuracy,
    Open,
    Closed,
    Archived,
}

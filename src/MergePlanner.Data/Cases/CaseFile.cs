using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Cases;

/// <summary>A criminal case, crime report, incident, dossier or inspection file held by a unit.</summary>
public class CaseFile : IVersioned, ISearchable, INoHardDelete, IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public CaseFileKind Kind { get; set; }

    /// <summary>Business key, unique within the merger.</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    public CaseFileStatus Status { get; set; }

    public int OwningUnitId { get; set; }

    public Unit? OwningUnit { get; set; }

    public DateOnly OpenedOn { get; set; }

    /// <summary>Investigation or verification deadline, where the procedure sets one.</summary>
    public DateOnly? Deadline { get; set; }

    public Inventory.SecrecyLevel Secrecy { get; set; }

    /// <summary>Loại hồ sơ lưu trữ (dossiers).</summary>
    public DossierType? DossierType { get; set; }

    public int? Boxes { get; set; }

    public int? Volumes { get; set; }

    /// <summary>Số tờ / bút lục.</summary>
    public int? Pages { get; set; }

    /// <summary>Thời hạn bảo quản, e.g. "Vĩnh viễn" or "20 năm".</summary>
    public string? Retention { get; set; }

    /// <summary>Số, ngày quyết định khởi tố (criminal cases).</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>Điều luật áp dụng, e.g. "Điều 173 BLHS".</summary>
    public string? Articles { get; set; }

    /// <summary>Điều tra viên / cán bộ thụ lý.</summary>
    public string? Investigator { get; set; }

    /// <summary>Số vật chứng kèm theo.</summary>
    public int? Exhibits { get; set; }

    /// <summary>Ngày tiếp nhận (crime reports, incidents, complaints).</summary>
    public DateOnly? ReceivedOn { get; set; }

    public string? Location { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(Number, Title);
}

/// <summary>Dossier types of domain.md §6.1.</summary>
public enum DossierType
{
    Operational,
    CaseFile,
    CrimeReport,
    Incident,
    Inspection,
    Personnel,
    Residence,
    Administrative,
    AssetRecords,
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

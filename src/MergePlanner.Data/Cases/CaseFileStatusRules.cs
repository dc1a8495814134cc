namespace MergePlanner.Data.Cases;

public static class CaseFileStatusRules
{
    private static readonly Dictionary<CaseFileKind, CaseFileStatus[]> Allowed = new()
    {
        [CaseFileKind.CrimeReport] =
        [
            CaseFileStatus.Received, CaseFileStatus.Verifying, CaseFileStatus.Instituted,
            CaseFileStatus.NotInstituted, CaseFileStatus.HandlingSuspended, CaseFileStatus.TransferredToCompetentAgency,
        ],
        [CaseFileKind.CriminalCase] =
        [
            CaseFileStatus.Instituted, CaseFileStatus.UnderInvestigation, CaseFileStatus.InvestigationSuspended,
            CaseFileStatus.InvestigationTerminated, CaseFileStatus.ClosedProsecutionRecommended,
            CaseFileStatus.InvestigationResumed, CaseFileStatus.SentToProcuracy, CaseFileStatus.TransferredToCompetentAgency,
        ],
        [CaseFileKind.Incident] = [CaseFileStatus.Received, CaseFileStatus.Verifying, CaseFileStatus.Open, CaseFileStatus.Closed],
        [CaseFileKind.Dossier] = [CaseFileStatus.Open, CaseFileStatus.Closed, CaseFileStatus.Archived],
        [CaseFileKind.Inspection] = [CaseFileStatus.Received, CaseFileStatus.Open, CaseFileStatus.Closed, CaseFileStatus.Archived],
    };

    private static readonly HashSet<CaseFileStatus> Finished =
    [
        CaseFileStatus.NotInstituted, CaseFileStatus.InvestigationTerminated, CaseFileStatus.SentToProcuracy,
        CaseFileStatus.ClosedProsecutionRecommended, CaseFileStatus.TransferredToCompetentAgency,
        CaseFileStatus.Closed, CaseFileStatus.Archived,
    ];

    public static IReadOnlyList<CaseFileStatus> AllowedFor(CaseFileKind kind) => Allowed[kind];

    public static bool IsAllowed(CaseFileKind kind, CaseFileStatus status) => Allowed[kind].Contains(status);

    /// <summary>A file still being handled: it needs an owner and a deadline watch after the merger.</summary>
    public static bool IsOpen(CaseFileStatus status) => !Finished.Contains(status);

    public static IReadOnlyCollection<CaseFileStatus> FinishedStatuses => Finished;
}

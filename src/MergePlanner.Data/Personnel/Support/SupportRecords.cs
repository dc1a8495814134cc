using MergePlanner.Data.Common;

namespace MergePlanner.Data.Personnel.Support;

/// <summary>An officer's month as the support policies read it: days worked at the new centre and the exclusions that
/// month (own house nearby, official housing). One row per officer and month; corrections replace it, audited.</summary>
public class SupportAttendance : IMergerOwned, IAudited, IVersioned, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public int DaysWorked { get; set; }

    public bool OwnsHouseNearby { get; set; }

    public bool HasOfficialHousing { get; set; }

    public int Version { get; set; }
}

/// <summary>A month's support list approved by leadership: frozen with its lines, so what was approved stays what
/// is paid even if attendance is corrected later.</summary>
public class SupportApproval : IMergerOwned, IAudited
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public required string PolicyCode { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public decimal Total { get; set; }

    public required string ApprovedBy { get; set; }

    public DateTime ApprovedAtUtc { get; set; }

    public List<SupportApprovalLine> Lines { get; set; } = [];
}

public class SupportApprovalLine : IMergerOwned
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int ApprovalId { get; set; }

    public int OfficerId { get; set; }

    public decimal Amount { get; set; }
}

using MergePlanner.Data.Common;

namespace MergePlanner.Data.Personnel.Support;

/// <summary>An officer's month as the support policies read it: days worked at the new centre and the exclusions that
/// month (own house nearby, official housing), and what the officer needs there (a bed, meals, a seat on a shuttle) for
/// the welfare plan. One row per officer and month; corrections replace it, audited.</summary>
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

    public bool NeedsHousing { get; set; }

    public bool NeedsMeals { get; set; }

    public bool NeedsTransport { get; set; }

    public int Version { get; set; }
}

/// <summary>A month's draft list returned by leadership for correction, with the reason. Kept as the list's history.</summary>
public class SupportReturn : IMergerOwned, IAudited
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public required string PolicyCode { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public required string Reason { get; set; }

    public required string ReturnedBy { get; set; }

    public DateTime ReturnedAtUtc { get; set; }
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

using MergePlanner.Data.Common;

namespace MergePlanner.Data.Organisation;

/// <summary>Biên chế: the authorised headcount of a unit for one position group.</summary>
public class StaffingQuota : IVersioned, IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public PositionGroup Group { get; set; }

    public int Authorised { get; set; }

    public int Version { get; set; }
}

public enum PositionGroup
{
    /// <summary>Cấp trưởng: Giám đốc, Trưởng phòng, Trưởng Công an xã, Trưởng đồn, Đội trưởng.</summary>
    Head,

    /// <summary>Cấp phó.</summary>
    Deputy,

    /// <summary>Cán bộ, chiến sĩ.</summary>
    Staff,
}

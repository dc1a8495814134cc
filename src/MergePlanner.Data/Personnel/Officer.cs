using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Personnel;

public class Officer : IVersioned, ISearchable, INoHardDelete, IAudited, IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public int Id { get; set; }

    /// <summary>Số hiệu CAND: the business key.</summary>
    public required string OfficerNumber { get; set; }

    public required string FullName { get; set; }

    public DateOnly BirthDate { get; set; }

    public Gender Gender { get; set; }

    public Rank Rank { get; set; }

    public Position Position { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The source provincial police the officer comes from (the locality used for parity).</summary>
    public int OriginId { get; set; }

    public Unit? Origin { get; set; }

    /// <summary>The unit of the new structure the officer is placed in (nguyên trạng transfer or a later
    /// decision); null while not yet placed.</summary>
    public int? PlacedUnitId { get; set; }

    public Unit? PlacedUnit { get; set; }

    /// <summary>The position held in the placed unit.</summary>
    public Position? PlacedPosition { get; set; }

    /// <summary>Trình độ chuyên môn cao nhất.</summary>
    public EducationLevel? Education { get; set; }

    /// <summary>Trained at a school of the People's Public Security (đào tạo trong CAND).</summary>
    public bool PoliceTrained { get; set; }

    public ProfessionalLine? Line { get; set; }

    public PoliticalTheory PoliticalTheory { get; set; }

    /// <summary>Ngày vào Đảng; null for an officer who is not a Party member.</summary>
    public DateOnly? PartyJoinedOn { get; set; }

    /// <summary>Phân loại sức khỏe 1 (best) to 6; null while no examination is on record.</summary>
    public int? HealthClass { get; set; }

    /// <summary>The day the officer was appointed to the current <see cref="Position"/>.</summary>
    public DateOnly? PostSince { get; set; }

    /// <summary>Ngày vào Công an nhân dân: the start of service (the early-retirement rules count years of service
    /// from it).</summary>
    public DateOnly? ServiceSince { get; set; }

    /// <summary>The post the officer is planned for (quy hoạch); null when not in the succession plan.</summary>
    public Position? PlannedFor { get; set; }

    /// <summary>Quê quán / nơi ở: the commune and province the officer lives in.</summary>
    public string? HomeLocality { get; set; }

    /// <summary>Distance from home to the place of work after the merger, in km (support policies use it).</summary>
    public decimal? CommuteKm { get; set; }

    public List<DisciplineRecord> Disciplines { get; set; } = [];

    public List<AnnualRating> Ratings { get; set; } = [];

    public List<ConfidenceVote> Votes { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }

    public string ComposeSearchText() => VietnameseText.Join(OfficerNumber, FullName);

    /// <summary>Placed in the new structure: a unit and a position after the merger. The one rule the dashboard, the
    /// biên chế and the national overview count by.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Officer, bool>> IsPlaced = o => o.PlacedUnitId != null && o.PlacedPosition != null;

    /// <summary>The same rule's other side: still to be placed.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Officer, bool>> IsNotPlaced = o => o.PlacedUnitId == null || o.PlacedPosition == null;
}

public enum Gender
{
    Male,
    Female,
}

/// <summary>Cấp bậc hàm, lowest to highest, so that comparisons follow seniority (Law on CAND 2018, art. 21).</summary>
public enum Rank
{
    Private = 1,
    PrivateFirstClass,
    Corporal,
    Sergeant,
    SeniorSergeant,
    SecondLieutenant,
    Lieutenant,
    SeniorLieutenant,
    Captain,
    Major,
    LieutenantColonel,
    SeniorLieutenantColonel,
    Colonel,
    MajorGeneral,
    LieutenantGeneral,
    ColonelGeneral,
    General,
}

public enum Position
{
    Director,
    DeputyDirector,
    DepartmentHead,
    DeputyDepartmentHead,
    TeamLeader,
    DeputyTeamLeader,
    StaffOfficer,
    CommuneChief,
    DeputyCommuneChief,
    AreaPolice,
    CommuneOfficer,
    StationChief,
    DeputyStationChief,
}

using MergePlanner.Data.Common;

namespace MergePlanner.Data.Personnel;

/// <summary>Trình độ chuyên môn, lowest to highest (a rule may ask for "at least").</summary>
public enum EducationLevel
{
    Intermediate = 1,
    College,
    University,
    Master,
    Doctor,
}

/// <summary>Ngành, lĩnh vực: the vertical line an officer was trained and served in (an ninh, cảnh sát…).</summary>
public enum ProfessionalLine
{
    Security,
    Police,
    Logistics,
    ForceBuilding,
    Other,
}

/// <summary>Trình độ lý luận chính trị, lowest to highest; a bachelor's in political science counts as advanced.</summary>
public enum PoliticalTheory
{
    None = 0,
    Elementary,
    Intermediate,
    Advanced,
    Bachelor,
}

/// <summary>Hình thức kỷ luật. The waiting window before a higher post is data (personnel-rules.json).</summary>
public enum DisciplineKind
{
    Reprimand,
    Warning,
    RankDemotion,
    Demotion,
    RemovalFromPost,
}

/// <summary>Xếp loại chất lượng hằng năm, best first.</summary>
public enum AnnualRatingLevel
{
    Excellent,
    Good,
    Completed,
    NotCompleted,
}

/// <summary>Sensitive: a discipline decision on an officer. Never deleted — a decision annulled or quashed is marked
/// so, with the reason, and stays in the record.</summary>
public class DisciplineRecord : IMergerOwned, IAudited, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public DisciplineKind Kind { get; set; }

    /// <summary>Số quyết định.</summary>
    public required string DecisionNumber { get; set; }

    public DateOnly DecidedOn { get; set; }

    /// <summary>The last day the discipline runs (thời hạn thi hành kỷ luật); null when the decision gives none.</summary>
    public DateOnly? EndsOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Annulled (hủy bỏ) with the reason; the record stays, and no rule counts it.</summary>
    public string? AnnulledReason { get; set; }
}

/// <summary>Sensitive: the yearly rating of an officer (one per year; a correction replaces the rating, audited).</summary>
public class AnnualRating : IMergerOwned, IAudited, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public int Year { get; set; }

    public AnnualRatingLevel Level { get; set; }
}

/// <summary>Sensitive: a confidence vote (lấy phiếu tín nhiệm, Thông tư 45/2015/TT-BCA) on a leader.</summary>
public class ConfidenceVote : IMergerOwned, IAudited, INoHardDelete
{
    public int MergerId { get; set; }

    public int Id { get; set; }

    public int OfficerId { get; set; }

    public Officer? Officer { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>People who voted.</summary>
    public int Voters { get; set; }

    /// <summary>Votes of high confidence (tín nhiệm cao).</summary>
    public int High { get; set; }

    /// <summary>Votes of low confidence (tín nhiệm thấp).</summary>
    public int Low { get; set; }

    public double LowShare => Voters == 0 ? 0 : Low / (double)Voters;
}

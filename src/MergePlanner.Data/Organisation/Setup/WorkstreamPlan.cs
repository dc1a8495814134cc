using MergePlanner.Data.Planning;

namespace MergePlanner.Data.Organisation.Setup;

/// <summary>One task of the merger plan: its workstream, the target department that owns it (code suffix), its
/// deadline in days from the effective date D (domain.md §11), its title, and whether it is a milestone of the roadmap.</summary>
public sealed record PlannedTask(Workstream Workstream, string Owner, int DaysFromD, string Title, bool Milestone = false);

/// <summary>The plan every merger starts from, by workstream, with deadlines relative to the effective date.</summary>
public static class WorkstreamPlan
{
    public static readonly IReadOnlyList<PlannedTask> Template =
    [
        new(Workstream.Governance, "PV01", -36, "Họp liên tịch Ban Thường vụ Đảng ủy, Ban Giám đốc Công an các địa phương"),
        new(Workstream.Governance, "PV01", -35, "Thành lập Ban Chỉ đạo và Tổ giúp việc hợp nhất"),
        new(Workstream.Governance, "PV01", -30, "Ban hành Kế hoạch hợp nhất Công an các địa phương", Milestone: true),
        new(Workstream.Governance, "PV01", 7, "Báo cáo Bộ Công an tiến độ hợp nhất hằng tuần"),
        new(Workstream.SituationAndPlanning, "PV01", -15, "Đánh giá tình hình an ninh, trật tự trên địa bàn các địa phương"),
        new(Workstream.SituationAndPlanning, "PV01", -15, "Rà soát, điều chỉnh chương trình, kế hoạch, chỉ tiêu công tác năm 2025"),
        new(Workstream.SituationAndPlanning, "PV01", 15, "Ban hành lại quy chế làm việc, phân công, phân cấp"),
        new(Workstream.OrganisationAndPersonnel, "PX01", -20, "Rà soát tổ chức bộ máy, biên chế của các đơn vị"),
        new(Workstream.OrganisationAndPersonnel, "PX01", -14, "Đề xuất phương án bố trí lãnh đạo cấp phòng, Công an cấp xã"),
        new(Workstream.OrganisationAndPersonnel, "PX01", -9, "Trình Bộ quyết định điều động nguyên trạng cán bộ", Milestone: true),
        new(Workstream.OrganisationAndPersonnel, "PX01", -2, "Công bố quyết định bổ nhiệm Trưởng Công an cấp xã", Milestone: true),
        new(Workstream.OrganisationAndPersonnel, "PX01", 30, "Lập danh sách cán bộ dôi dư, nghỉ hưu trước tuổi"),
        new(Workstream.PartyAndCongress, "PX03", 1, "Thành lập Đảng bộ Công an thành phố", Milestone: true),
        new(Workstream.PartyAndCongress, "PX03", 20, "Kiện toàn tổ chức cơ sở đảng trực thuộc"),
        new(Workstream.PartyAndCongress, "PX03", 37, "Tổ chức Đại hội đại biểu Đảng bộ Công an thành phố nhiệm kỳ 2025–2030", Milestone: true),
        new(Workstream.AssetsAndInventory, "PH10", -10, "Kiểm kê tài sản tại thời điểm 0 giờ"),
        new(Workstream.AssetsAndInventory, "PH10", -5, "Kiểm đếm, niêm phong vũ khí, vật liệu nổ, công cụ hỗ trợ"),
        new(Workstream.AssetsAndInventory, "PH10", -3, "Đối chiếu sổ sách kế toán với kết quả kiểm kê"),
        new(Workstream.AssetsAndInventory, "PH10", 0, "Lập biên bản bàn giao, tiếp nhận tài sản", Milestone: true),
        new(Workstream.AssetsAndInventory, "PH10", 60, "Xây dựng phương án xử lý trụ sở, nhà đất dôi dư"),
        new(Workstream.DossiersAndCases, "PC01", -7, "Thống kê hồ sơ vụ án, tin báo đang thụ lý"),
        new(Workstream.DossiersAndCases, "PC01", 0, "Bàn giao hồ sơ vụ án, thông báo Viện kiểm sát"),
        new(Workstream.DossiersAndCases, "PV06", 0, "Bàn giao hồ sơ nghiệp vụ, tài liệu lưu trữ"),
        new(Workstream.DossiersAndCases, "PX05", 10, "Bàn giao hồ sơ thanh tra, giải quyết khiếu nại, tố cáo"),
        new(Workstream.LogisticsAndWelfare, "PH10", -7, "Lập danh sách cán bộ hưởng chính sách hỗ trợ đi lại"),
        new(Workstream.LogisticsAndWelfare, "PH10", 0, "Bố trí nơi làm việc, nhà ăn, nhà ở công vụ"),
        new(Workstream.LogisticsAndWelfare, "PX03", -10, "Nắm tình hình tư tưởng cán bộ, chiến sĩ"),
        new(Workstream.GoLive, "PV01", -1, "Công khai địa chỉ trụ sở, nơi tiếp nhận tin báo, thủ tục hành chính"),
        new(Workstream.GoLive, "PV01", 0, "Tổ chức trực ban 24/7 trong thời gian chuyển đổi"),
        new(Workstream.GoLive, "PH10", 3, "Thay con dấu, biển hiệu, chuyển đổi hệ thống công nghệ thông tin"),
        new(Workstream.PostMergerReview, "PV01", 180, "Sơ kết 6 tháng hoạt động sau hợp nhất", Milestone: true),
        new(Workstream.PostMergerReview, "PH10", 184, "Tổng kiểm kê lại tài sản công tại thời điểm 0 giờ ngày 01/01/2026"),
        new(Workstream.PostMergerReview, "PH10", 334, "Báo cáo kết quả tổng kiểm kê tài sản công"),
    ];
}

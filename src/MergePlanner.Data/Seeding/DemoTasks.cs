using MergePlanner.Data.Organisation;
using MergePlanner.Data.Planning;

namespace MergePlanner.Data.Seeding;

/// <summary>Merger tasks per workstream (domain.md §11), deadlines relative to the effective date D.</summary>
internal static class DemoTasks
{
    private static readonly (Workstream Workstream, string Owner, int DaysFromD, string Title)[] Plan =
    [
        (Workstream.Governance, "PV01", -36, "Họp liên tịch Ban Thường vụ Đảng ủy, Ban Giám đốc Công an hai địa phương"),
        (Workstream.Governance, "PV01", -35, "Thành lập Ban Chỉ đạo và Tổ giúp việc hợp nhất"),
        (Workstream.Governance, "PV01", -30, "Ban hành Kế hoạch hợp nhất Công an hai địa phương"),
        (Workstream.Governance, "PV01", 7, "Báo cáo Bộ Công an tiến độ hợp nhất hằng tuần"),
        (Workstream.SituationAndPlanning, "PV01", -15, "Đánh giá tình hình an ninh, trật tự trên địa bàn hai địa phương"),
        (Workstream.SituationAndPlanning, "PV01", -15, "Rà soát, điều chỉnh chương trình, kế hoạch, chỉ tiêu công tác năm 2025"),
        (Workstream.SituationAndPlanning, "PV01", 15, "Ban hành lại quy chế làm việc, phân công, phân cấp"),
        (Workstream.OrganisationAndPersonnel, "PX01", -20, "Rà soát tổ chức bộ máy, biên chế của hai đơn vị"),
        (Workstream.OrganisationAndPersonnel, "PX01", -14, "Đề xuất phương án bố trí lãnh đạo cấp phòng, Công an cấp xã"),
        (Workstream.OrganisationAndPersonnel, "PX01", -9, "Trình Bộ quyết định điều động nguyên trạng cán bộ"),
        (Workstream.OrganisationAndPersonnel, "PX01", -2, "Công bố quyết định bổ nhiệm Trưởng Công an cấp xã"),
        (Workstream.OrganisationAndPersonnel, "PX01", 30, "Lập danh sách cán bộ dôi dư, nghỉ hưu trước tuổi"),
        (Workstream.PartyAndCongress, "PX03", 1, "Thành lập Đảng bộ Công an thành phố"),
        (Workstream.PartyAndCongress, "PX03", 20, "Kiện toàn tổ chức cơ sở đảng trực thuộc"),
        (Workstream.PartyAndCongress, "PX03", 37, "Tổ chức Đại hội đại biểu Đảng bộ Công an thành phố nhiệm kỳ 2025–2030"),
        (Workstream.AssetsAndInventory, "PH10", -10, "Kiểm kê tài sản tại thời điểm 0 giờ"),
        (Workstream.AssetsAndInventory, "PH10", -5, "Kiểm đếm, niêm phong vũ khí, vật liệu nổ, công cụ hỗ trợ"),
        (Workstream.AssetsAndInventory, "PH10", -3, "Đối chiếu sổ sách kế toán với kết quả kiểm kê"),
        (Workstream.AssetsAndInventory, "PH10", 0, "Lập biên bản bàn giao, tiếp nhận tài sản"),
        (Workstream.AssetsAndInventory, "PH10", 60, "Xây dựng phương án xử lý trụ sở, nhà đất dôi dư"),
        (Workstream.DossiersAndCases, "PC01", -7, "Thống kê hồ sơ vụ án, tin báo đang thụ lý"),
        (Workstream.DossiersAndCases, "PC01", 0, "Bàn giao hồ sơ vụ án, thông báo Viện kiểm sát"),
        (Workstream.DossiersAndCases, "PV06", 0, "Bàn giao hồ sơ nghiệp vụ, tài liệu lưu trữ"),
        (Workstream.DossiersAndCases, "PX05", 10, "Bàn giao hồ sơ thanh tra, giải quyết khiếu nại, tố cáo"),
        (Workstream.LogisticsAndWelfare, "PH10", -7, "Lập danh sách cán bộ hưởng chính sách hỗ trợ đi lại"),
        (Workstream.LogisticsAndWelfare, "PH10", 0, "Bố trí nơi làm việc, nhà ăn, nhà ở công vụ"),
        (Workstream.LogisticsAndWelfare, "PX03", -10, "Nắm tình hình tư tưởng cán bộ, chiến sĩ"),
        (Workstream.GoLive, "PV01", -1, "Công khai địa chỉ trụ sở, nơi tiếp nhận tin báo, thủ tục hành chính"),
        (Workstream.GoLive, "PV01", 0, "Tổ chức trực ban 24/7 trong thời gian chuyển đổi"),
        (Workstream.GoLive, "PH10", 3, "Thay con dấu, biển hiệu, chuyển đổi hệ thống công nghệ thông tin"),
        (Workstream.PostMergerReview, "PV01", 180, "Sơ kết 6 tháng hoạt động sau hợp nhất"),
        (Workstream.PostMergerReview, "PH10", 184, "Tổng kiểm kê lại tài sản công tại thời điểm 0 giờ ngày 01/01/2026"),
        (Workstream.PostMergerReview, "PH10", 334, "Báo cáo kết quả tổng kiểm kê tài sản công"),
    ];

    public static IEnumerable<MergerTask> For(Merger merger, TreeBuilder target, Random random)
    {
        var n = 0;
        foreach (var (workstream, owner, days, title) in Plan)
        {
            var deadline = merger.EffectiveDate.AddDays(days);
            var unit = target.Departments.Single(d => d.Code == $"{target.Prefix}.{owner}");

            // Work due before go-live is mostly finished; later work is under way; a few items slip.
            var status = days switch
            {
                <= 0 => random.Next(8) == 0 ? MergerTaskStatus.InProgress : MergerTaskStatus.Done,
                <= 60 => random.Next(3) == 0 ? MergerTaskStatus.AwaitingApproval : MergerTaskStatus.Done,
                <= 200 => MergerTaskStatus.InProgress,
                _ => MergerTaskStatus.NotStarted,
            };
            yield return new MergerTask
            {
                MergerId = merger.Id,
                Workstream = workstream,
                Code = $"WS{(int)workstream}-{++n:00}",
                Title = title,
                ResponsibleUnitId = unit.Id,
                Deadline = deadline,
                Status = status,
            };
        }
    }
}

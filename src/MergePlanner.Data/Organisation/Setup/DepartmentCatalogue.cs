namespace MergePlanner.Data.Organisation.Setup;

/// <summary>One department (or board, centre) of a provincial police: its code suffix ("PH10" → unit code "HDG.PH10"),
/// name and kind.</summary>
public sealed record DepartmentSpec(string Code, string Name, UnitType Type = UnitType.Department);

/// <summary>The department catalogue of a provincial police (domain.md §3.2): what the set-up wizard proposes for every
/// source and for the target, each list then edited for the force at hand (not every province has every department —
/// Hải Dương has no waterway police).</summary>
public static class DepartmentCatalogue
{
    public static readonly IReadOnlyList<DepartmentSpec> Template =
    [
        new("PV01", "Phòng Tham mưu"),
        new("PX01", "Phòng Tổ chức cán bộ"),
        new("PX03", "Phòng Công tác Đảng và công tác chính trị"),
        new("UBKT", "Cơ quan Ủy ban Kiểm tra Đảng ủy Công an"),
        new("PX05", "Thanh tra Công an"),
        new("PH10", "Phòng Hậu cần"),
        new("PV06", "Phòng Hồ sơ nghiệp vụ"),
        new("PA01", "Phòng An ninh đối ngoại"),
        new("PA02", "Phòng An ninh nội địa"),
        new("PA03", "Phòng An ninh chính trị nội bộ"),
        new("PA04", "Phòng An ninh kinh tế"),
        new("PA05", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"),
        new("PA06", "Phòng Kỹ thuật nghiệp vụ"),
        new("PA08", "Phòng Quản lý xuất nhập cảnh"),
        new("PA09", "Phòng An ninh điều tra"),
        new("PC01", "Văn phòng Cơ quan Cảnh sát điều tra"),
        new("PC02", "Phòng Cảnh sát hình sự"),
        new("PC03", "Phòng Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường"),
        new("PC04", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
        new("PC06", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        new("PC07", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        new("PC08", "Phòng Cảnh sát giao thông"),
        new("PC09", "Phòng Kỹ thuật hình sự"),
        new("PC10", "Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp"),
        new("PK02", "Phòng Cảnh sát cơ động"),
        new("PC12", "Phòng Cảnh sát đường thủy"),
        new("TTG", "Trại tạm giam", UnitType.DetentionCentre),
        new("CSCN", "Cơ sở cai nghiện ma túy", UnitType.DetentionCentre),
    ];
}

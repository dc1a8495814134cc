using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Seeding;

/// <summary>The department catalogue of domain.md §3.2 and the district lists of the two source provinces.
/// Codes differ between provinces in reality: here they are editable seed data.</summary>
internal static class DemoStructure
{
    public sealed record DepartmentSpec(string Code, string Name, UnitType Type = UnitType.Department);

    public static readonly DepartmentSpec[] Departments =
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

    /// <summary>The 15 district-level police of old Hải Phòng (1/1/2025), abolished on 1/3/2025.</summary>
    public static readonly string[] HaiPhongDistricts =
    [
        "quận Hồng Bàng", "quận Lê Chân", "quận Ngô Quyền", "quận Kiến An", "quận Hải An", "quận Đồ Sơn", "quận Dương Kinh",
        "quận An Dương", "huyện An Lão", "huyện Kiến Thụy", "huyện Tiên Lãng", "huyện Vĩnh Bảo", "huyện Cát Hải",
        "huyện Bạch Long Vĩ", "thành phố Thủy Nguyên",
    ];

    /// <summary>The 12 district-level police of Hải Dương, abolished on 1/3/2025.</summary>
    public static readonly string[] HaiDuongDistricts =
    [
        "thành phố Hải Dương", "thành phố Chí Linh", "thị xã Kinh Môn", "huyện Bình Giang", "huyện Cẩm Giàng", "huyện Gia Lộc",
        "huyện Kim Thành", "huyện Nam Sách", "huyện Ninh Giang", "huyện Thanh Hà", "huyện Thanh Miện", "huyện Tứ Kỳ",
    ];

    /// <summary>Police stations of the new city ([I]: names illustrative; the city has 4 đồn).</summary>
    public static readonly string[] TargetStations =
    [
        "Đồn Công an Cảng Hải Phòng", "Đồn Công an Đình Vũ", "Đồn Công an Cát Bà", "Đồn Công an Bạch Long Vĩ",
    ];
}

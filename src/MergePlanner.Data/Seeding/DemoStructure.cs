using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Setup;

namespace MergePlanner.Data.Seeding;

/// <summary>The district lists of the two demo source provinces and the new city's stations; the departments are the
/// catalogue every merger starts from.</summary>
internal static class DemoStructure
{
    public static IReadOnlyList<DepartmentSpec> Departments => DepartmentCatalogue.Template;

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

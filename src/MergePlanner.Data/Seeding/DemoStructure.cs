namespace MergePlanner.Data.Seeding;

/// <summary>What the official lists do not say about the demo's Hải Phòng: the new city's police stations.</summary>
internal static class DemoStructure
{
    /// <summary>Police stations of the new city ([I]: names illustrative; the city has 4 đồn).</summary>
    public static readonly string[] TargetStations =
    [
        "Đồn Công an Cảng Hải Phòng", "Đồn Công an Đình Vũ", "Đồn Công an Cát Bà", "Đồn Công an Bạch Long Vĩ",
    ];
}

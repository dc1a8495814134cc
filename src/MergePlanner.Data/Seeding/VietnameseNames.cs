using MergePlanner.Data.Personnel;

namespace MergePlanner.Data.Seeding;

/// <summary>Realistic Vietnamese full names: family names weighted by their real frequency, middle and
/// given names by gender.</summary>
internal sealed class VietnameseNames(Random random)
{
    private static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 4), ("Phan", 4), ("Đặng", 2),
        ("Bùi", 2), ("Đỗ", 2), ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Đoàn", 1),
        ("Mai", 1), ("Cao", 1), ("Lương", 1), ("Tô", 1), ("Hà", 1), ("Lưu", 1), ("Nghiêm", 1), ("Khúc", 1),
    ];

    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân", "Mạnh", "Ngọc", "Tiến", "Trọng", "Công", "Duy", "Hoàng", "Anh"];

    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Thùy", "Kim", "Hải"];

    private static readonly string[] MaleGiven =
    [
        "Anh", "Bình", "Cường", "Dũng", "Đạt", "Định", "Đông", "Giang", "Hải", "Hiếu", "Hoà", "Hùng", "Huy", "Khánh", "Khoa",
        "Kiên", "Lâm", "Linh", "Long", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài",
        "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Hậu", "Đức", "Tiến", "Thái",
    ];

    private static readonly string[] FemaleGiven =
    [
        "Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huyền", "Hương", "Lan", "Liên", "Linh",
        "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thu", "Thủy", "Trang", "Vân", "Yến",
    ];

    private readonly int _totalWeight = FamilyNames.Sum(f => f.Weight);

    public string Next(Gender gender)
    {
        var family = PickFamily();
        return gender == Gender.Male
            ? $"{family} {Pick(MaleMiddle)} {Pick(MaleGiven)}"
            : $"{family} {Pick(FemaleMiddle)} {Pick(FemaleGiven)}";
    }

    private string PickFamily()
    {
        var roll = random.Next(_totalWeight);
        foreach (var (name, weight) in FamilyNames)
        {
            if (roll < weight)
            {
                return name;
            }

            roll -= weight;
        }

        return FamilyNames[0].Name;
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}

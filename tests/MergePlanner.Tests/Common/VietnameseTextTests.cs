using MergePlanner.Data.Common;

namespace MergePlanner.Tests.Common;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Thị Hồng Nhung", "nguyen thi hong nhung")]
    [InlineData("ĐẶNG Văn Đức", "dang van duc")]
    [InlineData("  Công an   phường  Lê Chân ", "cong an phuong le chan")]
    [InlineData("Phường Tân Dân (thị xã Kinh Môn)", "phuong tan dan (thi xa kinh mon)")]
    [InlineData(null, "")]
    public void Fold_VietnameseText_RemovesDiacriticsAndCase(string? input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_DecomposedInput_MatchesComposed()
    {
        var decomposed = "Hải Phòng".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(VietnameseText.Fold("Hải Phòng"), VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void Join_SkipsEmptyParts() =>
        Assert.Equal("pv01 phong tham muu", VietnameseText.Join("PV01", null, " ", "Phòng Tham mưu"));
}

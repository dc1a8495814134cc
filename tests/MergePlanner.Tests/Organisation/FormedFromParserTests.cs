using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Seeding;

namespace MergePlanner.Tests.Organisation;

public class FormedFromParserTests
{
    private static readonly List<AdminCommune> HaiPhong = AdminCommuneList.HaiPhong2025().Communes;

    [Fact]
    public void Parse_RealHaiPhongList_ReadsEveryFragmentOfAll114Communes()
    {
        Assert.Equal(114, HaiPhong.Count);
        var results = HaiPhong.Select(c => FormedFromParser.Parse(c.FormedFrom)).ToList();
        Assert.All(results, r => Assert.Empty(r.Unparsed));
        Assert.Equal(451, results.Sum(r => r.Predecessors.Count));

        // Every comma-separated name of the official text is one predecessor: nothing dropped, nothing invented.
        Assert.Equal(HaiPhong.Sum(c => c.FormedFrom.Split(',').Length), results.Sum(r => r.Predecessors.Count));
    }

    [Fact]
    public void Parse_RealHaiPhongList_NamesSplitAcrossNewCommunesArePartialTransfers()
    {
        var mentions = HaiPhong.SelectMany(c => FormedFromParser.Parse(c.FormedFrom).Predecessors).GroupBy(p => p.Key).ToList();

        // A pre-merger commune named under several new communes was split between them.
        var split = mentions.Where(g => g.Count() > 1).Select(g => g.First().DisplayName).ToList();
        Assert.Contains("Phường Lê Lợi", split);
        Assert.Contains("Phường Tân Tiến", split);
        Assert.Equal(3, mentions.Single(g => g.First().DisplayName == "Phường Lê Lợi").Count());
        Assert.True(split.Count >= 50, $"only {split.Count} split predecessors");
    }

    [Theory]
    [InlineData("Phường Nam Sơn (quận An Dương), Phường An Hải", "Phường", "Nam Sơn", "quận An Dương")]
    [InlineData("Xã Bạch Đằng (thị xã Kinh Môn), Xã Lê Ninh", "Xã", "Bạch Đằng", "thị xã Kinh Môn")]
    [InlineData("Phường Trần Hưng Đạo (thành phố Hải Dương), Phường Nhị Châu", "Phường", "Trần Hưng Đạo", "thành phố Hải Dương")]
    [InlineData("Thị trấn Cát Hải, Thị trấn Cát Bà", "Thị trấn", "Cát Hải", null)]
    public void Parse_DistrictQualifier_IsKeptApartFromTheName(string text, string kind, string name, string? qualifier)
    {
        var first = FormedFromParser.Parse(text).Predecessors[0];
        Assert.Equal((kind, name, qualifier), (first.Kind, first.Name, first.Qualifier));
    }

    [Fact]
    public void Parse_SameNameInTwoDistricts_GivesDifferentKeys()
    {
        var a = FormedFromParser.Parse("Phường Nam Sơn (quận An Dương)").Predecessors[0];
        var b = FormedFromParser.Parse("Phường Nam Sơn (quận Kiến An)").Predecessors[0];
        Assert.NotEqual(a.Key, b.Key);
    }

    [Fact]
    public void Parse_NamesDifferingOnlyInTonePlacement_GiveTheSameKey_ButDifferentTonesDoNot()
    {
        Assert.Equal(FormedFromParser.Parse("Xã Cộng Hòa").Predecessors[0].Key, FormedFromParser.Parse("Xã Cộng Hoà").Predecessors[0].Key);
        Assert.NotEqual(FormedFromParser.Parse("Xã Tự Cường").Predecessors[0].Key, FormedFromParser.Parse("Xã Tứ Cường").Predecessors[0].Key);
    }

    [Fact]
    public void Parse_PartAndRemainderWording_MarksEachPredecessor()
    {
        var result = FormedFromParser.Parse("Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên, Đội Cấn, một phần diện tích TN của phường Thụy Khuê, phần còn lại của phường Cửa Đông, Đồng Xuân");
        var portions = result.Predecessors.ToDictionary(p => p.Name, p => p.Portion);
        Assert.Empty(result.Unparsed);
        Assert.Equal(LineagePortion.Whole, portions["Quán Thánh"]);
        Assert.Equal(LineagePortion.Part, portions["Cửa Nam"]);
        Assert.Equal(LineagePortion.Part, portions["Đội Cấn"]);
        Assert.Equal(LineagePortion.Part, portions["Thụy Khuê"]);
        Assert.Equal(LineagePortion.Remainder, portions["Cửa Đông"]);
        Assert.Equal(LineagePortion.Remainder, portions["Đồng Xuân"]);
        Assert.All(result.Predecessors, p => Assert.Equal("Phường", p.Kind));
    }

    [Fact]
    public void Parse_RemainderInParentheses_IsARemainderNotAQualifier()
    {
        var p = FormedFromParser.Parse("Phường Ngọc Thụy (phần còn lại sau khi sáp nhập vào phường Hồng Hà)").Predecessors.Single();
        Assert.Equal(("Ngọc Thụy", LineagePortion.Remainder, (string?)null), (p.Name, p.Portion, p.Qualifier));
    }

    [Fact]
    public void Parse_ExplicitKindAfterAPartList_IsMarkedUncertain()
    {
        var result = FormedFromParser.Parse("một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Phường Nguyễn Du");
        Assert.False(result.Predecessors.Single(p => p.Name == "Nguyễn Du").PortionCertain);
        Assert.True(result.Predecessors.Single(p => p.Name == "Cửa Nam").PortionCertain);
    }

    [Theory]
    [InlineData("Trường bắn TB1")]
    [InlineData("Xã Xí m Vàng")]
    [InlineData("quy mô dân số của xã Đông Hòa")]
    public void Parse_TextOutsideThePatterns_IsReportedNotDropped(string text)
    {
        var result = FormedFromParser.Parse(text);
        Assert.Empty(result.Predecessors);
        Assert.Equal(text, Assert.Single(result.Unparsed).Text);
    }

    [Fact]
    public void Parse_Unchanged_IsRecognised() => Assert.True(FormedFromParser.Parse("giữ nguyên").Unchanged);
}

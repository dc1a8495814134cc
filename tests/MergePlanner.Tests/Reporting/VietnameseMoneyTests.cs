using MergePlanner.Web.Reporting;

namespace MergePlanner.Tests.Reporting;

public class VietnameseMoneyTests
{
    [Theory]
    [InlineData(0, "Không đồng")]
    [InlineData(5, "Năm đồng")]
    [InlineData(15, "Mười lăm đồng")]
    [InlineData(21, "Hai mươi mốt đồng")]
    [InlineData(105, "Một trăm linh năm đồng")]
    [InlineData(1_005_000, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(1_234_567, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng")]
    [InlineData(2_053_323_374_000, "Hai nghìn không trăm năm mươi ba tỷ ba trăm hai mươi ba triệu ba trăm bảy mươi tư nghìn đồng")]
    [InlineData(10_000_000, "Mười triệu đồng")]
    [InlineData(1_000_000_000, "Một tỷ đồng")]
    public void InWords_Amount_ReadsAsOnVietnameseDocuments(long amount, string expected) =>
        Assert.Equal(expected, VietnameseMoney.InWords(amount));
}

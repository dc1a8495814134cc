using MergePlanner.Data.Personnel.Support;

namespace MergePlanner.Tests.Personnel;

/// <summary>The 2025 support policies (domain.md §9) at their edges.</summary>
public class SupportCalculatorTests
{
    private static SupportPolicy Policy(string code) => SupportPolicies.All.Single(p => p.Code == code);

    private static SupportCase HaiDuong(int days) => new("Công an tỉnh Hải Dương", 42m, false, false, days, PaidBefore: false);

    [Theory]
    [InlineData(13, false, 0)]
    [InlineData(14, true, 3_600_000)] // ≥ 14 days at the new centre: 3.6 million đồng
    [InlineData(22, true, 3_600_000)]
    public void HaiDuongToHaiPhong_FourteenDaysAMonth(int days, bool eligible, decimal amount)
    {
        var line = SupportCalculator.ForMonth(Policy("HD-HP-2025"), HaiDuong(days), 2025, 9);
        Assert.Equal((eligible, amount), (line.Eligible, line.Amount));
        if (!eligible)
        {
            Assert.Equal(("Support.TooFewDays", 13, 14), (line.ReasonKey, line.Args[0], line.Args[1]));
        }
    }

    [Theory]
    [InlineData(2025, 6, false)] // before 1/7/2025
    [InlineData(2025, 7, true)]
    [InlineData(2025, 12, true)]
    [InlineData(2026, 1, false)] // after 31/12/2025
    public void HaiDuongToHaiPhong_OnlyInsideTheValidityWindow(int year, int month, bool eligible) =>
        Assert.Equal(eligible, SupportCalculator.ForMonth(Policy("HD-HP-2025"), HaiDuong(20), year, month).Eligible);

    [Fact]
    public void HaiPhongOfficers_AndDrafts_GetNothing()
    {
        Assert.Equal("Support.OtherOrigin", SupportCalculator.ForMonth(Policy("HD-HP-2025"), HaiDuong(20) with { OriginName = "Công an thành phố Hải Phòng (cũ)" }, 2025, 9).ReasonKey);
        Assert.Equal("Support.Draft", SupportCalculator.ForMonth(Policy("HD-HP-2025-DT"), HaiDuong(20), 2025, 9).ReasonKey);
    }

    [Fact]
    public void ThaiBinhToHungYen_ThreeMillionForTwelveMonths()
    {
        var thaiBinh = new SupportCase("Công an tỉnh Thái Bình", 55m, false, false, 14, false);
        var policy = Policy("TB-HY-2025");
        var months = Enumerable.Range(0, 14).Select(i => new DateOnly(2025, 7, 1).AddMonths(i)).Where(m => SupportCalculator.ForMonth(policy, thaiBinh, m.Year, m.Month).Eligible).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(36_000_000m, months.Sum(m => SupportCalculator.ForMonth(policy, thaiBinh, m.Year, m.Month).Amount));
    }

    [Theory]
    [InlineData(29.9, false)]
    [InlineData(30.0, true)] // ≥ 30 km
    public void QuangNamDaNang_ThirtyKilometres(decimal km, bool eligible)
    {
        var line = SupportCalculator.ForMonth(Policy("QN-DN-2025"), new SupportCase("Công an tỉnh Quảng Nam", km, false, false, 0, false), 2025, 8);
        Assert.Equal(eligible, line.Eligible);
        if (eligible)
        {
            // The first month pays the one-off 5 million besides the 0.4 + 4 million; later months only the monthly.
            Assert.Equal(9_400_000m, line.Amount);
            Assert.Equal(4_400_000m, SupportCalculator.ForMonth(Policy("QN-DN-2025"), new SupportCase("Công an tỉnh Quảng Nam", km, false, false, 0, PaidBefore: true), 2025, 9).Amount);
        }
    }

    [Fact]
    public void QuangNamDaNang_ExcludesOwnHouseAndOfficialHousing_UntilJune2027()
    {
        var policy = Policy("QN-DN-2025");
        var far = new SupportCase("Công an thành phố Đà Nẵng", 45m, false, false, 0, true);
        Assert.Equal("Support.OwnsHouse", SupportCalculator.ForMonth(policy, far with { OwnsHouseNearby = true }, 2026, 1).ReasonKey);
        Assert.Equal("Support.OfficialHousing", SupportCalculator.ForMonth(policy, far with { HasOfficialHousing = true }, 2026, 1).ReasonKey);
        Assert.True(SupportCalculator.ForMonth(policy, far, 2027, 6).Eligible);
        Assert.False(SupportCalculator.ForMonth(policy, far, 2027, 7).Eligible);
    }

    [Fact]
    public void Policies_AreData_AChangedResolutionChangesTheAmount()
    {
        var changed = SupportPolicies.Parse("""
            { "policies": [ { "code": "X", "status": "Adopted", "name": "n", "basis": "b", "newProvinceCode": "31", "originNames": ["Hải Dương"],
              "components": [ { "name": "c", "monthly": 4000000, "oneOff": 0 } ], "minDaysPerMonth": 10, "from": "2025-07-01", "to": "2026-06-30" } ] }
            """);
        var line = SupportCalculator.ForMonth(changed[0], HaiDuong(10), 2026, 3);
        Assert.Equal((true, 4_000_000m), (line.Eligible, line.Amount));
        Assert.Equal(["HD-HP-2025", "HD-HP-2025-DT"], SupportPolicies.For("31").Select(p => p.Code));
    }
}

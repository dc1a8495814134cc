using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Seeding;

namespace MergePlanner.Tests.Structure;

/// <summary>A commune list is checked against the merger's province by the official 2025 list.</summary>
public class OfficialListCheckTests
{
    private static IReadOnlyList<OfficialUnit> Units(IEnumerable<AdminCommune> communes) => communes.Select(c => new OfficialUnit(c.Code, c.Name, c.FormedFrom)).ToList();

    [Fact]
    public void HaiPhongList_IntoHaiPhong_HasNoForeignRow()
    {
        Assert.Empty(OfficialListCheck.Foreign(Units(AdminCommuneList.HaiPhong2025().Communes), "31", AdminUnits2025.Official));
    }

    [Fact]
    public void HungYenList_IntoHaiPhong_EveryRowNamedWithItsProvince()
    {
        var hungYen = AdminUnits2025.Official.Communes("33");
        Assert.Equal(104, hungYen.Count);
        var foreign = OfficialListCheck.Foreign(Units(hungYen), "31", AdminUnits2025.Official);
        Assert.Equal(104, foreign.Count);
        Assert.All(foreign, f => Assert.Equal(("33", "Tỉnh Hưng Yên"), (f.ProvinceCode, f.ProvinceName)));
        Assert.Equal(Enumerable.Range(1, 104), foreign.Select(f => f.Row));
    }

    [Fact]
    public void UnknownCodeAndOneStrayRow_AreNamed_TheRestPasses()
    {
        var list = Units(AdminCommuneList.HaiPhong2025().Communes.Take(3)).Append(new OfficialUnit("99999", "Xã Không Có", string.Empty))
            .Append(Units(AdminUnits2025.Official.Communes("37").Take(1)).Single()).ToList();
        var foreign = OfficialListCheck.Foreign(list, "31", AdminUnits2025.Official);
        Assert.Equal([4, 5], foreign.Select(f => f.Row));
        Assert.Null(foreign[0].ProvinceCode);
        Assert.Equal("37", foreign[1].ProvinceCode);
    }

    [Fact]
    public void OfficialList_KnowsProvincesAndTheirCommunes()
    {
        var provinces = new[] { "31", "33", "37", "01", "79" };
        Assert.All(provinces, p => Assert.NotNull(AdminUnits2025.Official.ProvinceName(p)));
        Assert.Equal(114, AdminUnits2025.Official.Communes("31").Count);
    }
}

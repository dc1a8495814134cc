using MergePlanner.Data.Seeding;

namespace MergePlanner.Data.Organisation.Lineage;

/// <summary>A row of a commune list that does not belong to the merger's province: its row (1-based), the commune and
/// the province the official list puts it in (null when the code is not a commune of the list at all).</summary>
public sealed record ForeignCommune(int Row, string Code, string Name, string? ProvinceCode, string? ProvinceName);

/// <summary>
/// Nothing lands in the wrong merger: every commune of a list loaded into a merger must be, by the official 2025
/// list, a commune of that merger's new province. A pure rule, so the page's message and the tests read the same.
/// </summary>
public static class OfficialListCheck
{
    public static IReadOnlyList<ForeignCommune> Foreign(IReadOnlyList<OfficialUnit> units, string provinceCode, AdminUnits2025 official)
    {
        var foreign = new List<ForeignCommune>();
        for (var i = 0; i < units.Count; i++)
        {
            var province = official.ProvinceOf(units[i].Code);
            if (province != provinceCode)
            {
                foreign.Add(new ForeignCommune(i + 1, units[i].Code, units[i].Name, province, province is null ? null : official.ProvinceName(province)));
            }
        }

        return foreign;
    }
}

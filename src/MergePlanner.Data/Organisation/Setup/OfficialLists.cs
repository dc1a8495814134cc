using MergePlanner.Data.Common;
using MergePlanner.Data.Seeding;

namespace MergePlanner.Data.Organisation.Setup;

/// <summary>One of the 34 provinces of the official 2025 list and the wording of what it was formed from.</summary>
public sealed record NewProvince(string Code, string Name, string FormedFrom)
{
    /// <summary>"giữ nguyên": the province was not merged (11 of the 34).</summary>
    public bool Unchanged => VietnameseText.Fold(FormedFrom).StartsWith("giu nguyen", StringComparison.Ordinal);
}

/// <summary>An old commune-level unit as it stood before 1/7/2025: code, full name ("Xã An Hòa") and its district.</summary>
public sealed record OldCommune(string Code, string Name, int District);

/// <summary>One of the 63 provinces before the 2025 rearrangement, with its districts (whose police were abolished on
/// 1/3/2025) and its commune-level units.</summary>
public sealed record OldProvince(string Code, string Name, string FullName, IReadOnlyList<string> Districts, IReadOnlyList<OldCommune> Communes);

/// <summary>The official lists a merger is set up from, embedded in the app: the 34 new provinces and what each was
/// formed from (provinces-2025.json), and the 63 old provinces with their districts and communes before the
/// rearrangement (old-units-2025-06.json, see Seeding/Resources/LICENSE-admin-units.txt).</summary>
public static class OfficialLists
{
    private static readonly Lazy<IReadOnlyList<NewProvince>> NewList = new(() =>
        EmbeddedData.Read<List<NewProvinceRow>>("provinces-2025.json").Select(r => new NewProvince(r.Code, Tidy(r.Name), r.FormedFrom)).OrderBy(p => VietnameseText.Fold(Bare(p.Name)), StringComparer.Ordinal).ToList());

    private static readonly Lazy<IReadOnlyList<OldProvince>> OldList = new(() =>
        EmbeddedData.Read<List<OldProvinceRow>>("old-units-2025-06.json")
            .Select(r => new OldProvince(r.Code, r.Name, r.FullName, r.Districts, r.Communes.Select(c => new OldCommune(c[0].GetString()!, c[1].GetString()!, c[2].GetInt32())).ToList()))
            .ToList());

    public static IReadOnlyList<NewProvince> NewProvinces => NewList.Value;

    public static IReadOnlyList<OldProvince> OldProvinces => OldList.Value;

    public static NewProvince? NewProvince(string code) => NewProvinces.FirstOrDefault(p => p.Code == code.Trim());

    public static OldProvince? OldProvince(string code) => OldProvinces.FirstOrDefault(p => p.Code == code.Trim());

    /// <summary>The old provinces a new one was formed from, read from its wording ("tỉnh Hà Nam, tỉnh Nam Định và tỉnh
    /// Ninh Bình"; "TPHCM, …"), in the order named. A name that matches no old province is left out (and the wizard
    /// lets the person add it).</summary>
    public static IReadOnlyList<OldProvince> SourcesOf(NewProvince province)
    {
        if (province.Unchanged)
        {
            return [];
        }

        // The wording ends at the first sentence ("… Đồng Nai. Từ ngày 30/04/2026 …" is a later change).
        var text = province.FormedFrom.Split('.')[0];
        var parts = text.Replace(" và ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = new List<OldProvince>();
        foreach (var part in parts)
        {
            var key = VietnameseText.Fold(Bare(part)).Replace(" ", string.Empty, StringComparison.Ordinal);
            key = key == "tphcm" ? "hochiminh" : key;
            var match = OldProvinces.FirstOrDefault(p => VietnameseText.Fold(p.Name).Replace(" ", string.Empty, StringComparison.Ordinal) == key);
            if (match is not null && !found.Contains(match))
            {
                found.Add(match);
            }
        }

        return found;
    }

    /// <summary>"Tỉnh Ninh Bình" → "Ninh Bình"; "Thủ Đô Hà Nội" → "Hà Nội".</summary>
    public static string Bare(string name)
    {
        var trimmed = name.Trim();
        foreach (var kind in new[] { "Thủ đô", "Thành phố", "Tỉnh", "TP" })
        {
            if (trimmed.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[(kind.Length + 1)..].Trim();
            }
        }

        return trimmed;
    }

    /// <summary>"Thành Phố Hải Phòng" (as the list spells it) → "Thành phố Hải Phòng".</summary>
    private static string Tidy(string name) =>
        name.StartsWith("Thành Phố ", StringComparison.Ordinal) ? "Thành phố " + name["Thành Phố ".Length..]
        : name.StartsWith("Thủ Đô ", StringComparison.Ordinal) ? "Thủ đô " + name["Thủ Đô ".Length..]
        : name;

    private sealed record NewProvinceRow(string Code, string Name, string FormedFrom);

    private sealed record OldProvinceRow(string Code, string Name, string FullName, List<string> Districts, List<System.Text.Json.JsonElement[]> Communes);
}

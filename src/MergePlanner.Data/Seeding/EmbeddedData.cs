using System.Text.Json;

namespace MergePlanner.Data.Seeding;

internal static class EmbeddedData
{
    public static T Read<T>(string fileName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(fileName)
            ?? throw new InvalidOperationException($"{fileName} is not embedded in MergePlanner.Data.");
        return JsonSerializer.Deserialize<T>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException($"{fileName} is empty.");
    }
}

/// <summary>One new commune-level unit of 2025 and the official wording of what it was formed from.</summary>
public sealed record AdminCommune(string Code, string Name, string FormedFrom);

public sealed record AdminCommuneList(string Source, List<AdminCommune> Communes)
{
    public static AdminCommuneList HaiPhong2025() => EmbeddedData.Read<AdminCommuneList>("haiphong-communes-2025.json");
}

/// <summary>
/// The whole official list of 2025 as published (34 provinces and 3,321 commune-level units; <c>magoc</c> is a
/// commune's province, "0" for a province), read once. It answers which province a commune code belongs to, so a
/// list loaded into a merger can be checked against the merger's own province.
/// </summary>
public sealed class AdminUnits2025
{
    private static readonly Lazy<AdminUnits2025> Embedded = new(() => new AdminUnits2025(EmbeddedData.Read<List<Row>>("all-units-2025.json")));

    private readonly Dictionary<string, Row> _byCode;

    private AdminUnits2025(List<Row> rows) => _byCode = rows.GroupBy(r => r.Ma).ToDictionary(g => g.Key, g => g.First());

    public static AdminUnits2025 Official => Embedded.Value;

    /// <summary>The province code of a commune-level unit, or null when the code is not a commune of the list.</summary>
    public string? ProvinceOf(string communeCode) =>
        _byCode.TryGetValue(communeCode.Trim(), out var row) && row.Magoc != "0" ? row.Magoc : null;

    /// <summary>A province's name in the list ("Tỉnh Hưng Yên"), or null.</summary>
    public string? ProvinceName(string provinceCode) =>
        _byCode.TryGetValue(provinceCode.Trim(), out var row) && row.Magoc == "0" ? row.Ten : null;

    /// <summary>The commune-level units of a province with what each was formed from, in the list's order.</summary>
    public IReadOnlyList<AdminCommune> Communes(string provinceCode) =>
        _byCode.Values.Where(r => r.Magoc == provinceCode.Trim()).Select(r => new AdminCommune(r.Ma, r.Ten, r.Truocsapnhap ?? string.Empty)).ToList();

    private sealed record Row(string Ma, string Ten, string Magoc, string? Truocsapnhap);
}

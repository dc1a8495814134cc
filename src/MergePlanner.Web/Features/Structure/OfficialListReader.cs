using System.Text.Json;
using MergePlanner.Data.Organisation.Lineage;

namespace MergePlanner.Web.Features.Structure;

/// <summary>Reads an official list of new communes in either published shape: the per-province file
/// ({ "communes": [ { code, name, formedFrom } ] }) or the national list ([ { ma, ten, magoc, truocsapnhap } ],
/// filtered by the province code).</summary>
public static class OfficialListReader
{
    /// <summary>Why nothing was read: a resource key and its arguments, worded in the reader's language by the page.</summary>
    public sealed record Problem(string Key, params object[] Args)
    {
        public string Text(Microsoft.Extensions.Localization.IStringLocalizer l) => string.Format(System.Globalization.CultureInfo.CurrentCulture, l[Key], Args);
    }

    public sealed record Result(IReadOnlyList<OfficialUnit> Units, Problem? Error);

    public static Result Read(Stream json, string? provinceCode)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new Result([], new Problem("Communes.Read.NotJson", (e.LineNumber ?? 0) + 1));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("communes", out var communes) && communes.ValueKind == JsonValueKind.Array)
            {
                return new Result(communes.EnumerateArray().Select(c => new OfficialUnit(Text(c, "code"), Text(c, "name"), Text(c, "formedFrom"))).ToList(), null);
            }

            if (root.ValueKind == JsonValueKind.Array)
            {
                if (string.IsNullOrWhiteSpace(provinceCode))
                {
                    return new Result([], new Problem("Communes.Read.ProvinceNeeded"));
                }

                var units = root.EnumerateArray().Where(u => Text(u, "magoc") == provinceCode.Trim())
                    .Select(u => new OfficialUnit(Text(u, "ma"), Text(u, "ten"), Text(u, "truocsapnhap"))).ToList();
                return units.Count == 0
                    ? new Result([], new Problem("Communes.Read.NoneForProvince", provinceCode.Trim()))
                    : new Result(units, null);
            }

            return new Result([], new Problem("Communes.Read.UnknownShape"));
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}

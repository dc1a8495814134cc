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

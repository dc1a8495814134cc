using System.Globalization;
using System.Resources;

namespace MergePlanner.Web.Features.Personnel;

/// <summary>The Vietnamese labels of an enum, from the same resources the pages use (the neutral culture is
/// Vietnamese), for files: an import reads them and an export writes them whatever the reader's UI language.</summary>
public static class VietnameseLabels
{
    private static readonly ResourceManager Resources = new("MergePlanner.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static IReadOnlyDictionary<T, string> Of<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v, v => Resources.GetString($"{typeof(T).Name}.{v}", CultureInfo.InvariantCulture) ?? v.ToString());
}

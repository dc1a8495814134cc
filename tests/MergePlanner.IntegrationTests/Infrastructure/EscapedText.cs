using System.Text.RegularExpressions;

namespace MergePlanner.IntegrationTests.Infrastructure;

public static partial class EscapedText
{
    /// <summary>An HTML character reference for a character beyond Latin-1, e.g. &amp;#x1EC7; for "ệ":
    /// pages must carry Vietnamese as is.</summary>
    public static Regex NonAscii => NonAsciiPattern();

    [GeneratedRegex("&#x(0*[1-9A-Fa-f][0-9A-Fa-f]{2,});")]
    private static partial Regex NonAsciiPattern();
}

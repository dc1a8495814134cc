using System.Globalization;
using System.Text;

namespace MergePlanner.Data.Common;

public static partial class VietnameseText
{
    /// <summary>Lower case, diacritics removed, đ → d, whitespace collapsed: the form both the search
    /// column and the user's query are reduced to before comparing.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(folded);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Lower case and NFC with the tone mark placed the new way ("hoà" → "hòa", "thuỷ" → "thủy"), keeping
    /// every diacritic: the key for matching official names, where "Tự Cường" and "Tứ Cường" are different
    /// communes but "Cộng Hoà" and "Cộng Hòa" are the same.</summary>
    public static string NameKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lower = string.Join(' ', text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return OldTonePlacement().Replace(lower, m => NewTonePlacement[m.Value]);
    }

    private static readonly Dictionary<string, string> NewTonePlacement = new()
    {
        ["oà"] = "òa", ["oá"] = "óa", ["oả"] = "ỏa", ["oã"] = "õa", ["oạ"] = "ọa",
        ["oè"] = "òe", ["oé"] = "óe", ["oẻ"] = "ỏe", ["oẽ"] = "õe", ["oẹ"] = "ọe",
        ["uỳ"] = "ùy", ["uý"] = "úy", ["uỷ"] = "ủy", ["uỹ"] = "ũy", ["uỵ"] = "ụy",
    };

    // At the end of a syllable only ("hoàng" is right either way), and not after q ("quý" is standard).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!q)(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?!\p{L})")]
    private static partial System.Text.RegularExpressions.Regex OldTonePlacement();

    public static string Join(params string?[] parts) =>
        Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
}

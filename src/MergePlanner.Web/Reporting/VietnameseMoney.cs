namespace MergePlanner.Web.Reporting;

/// <summary>Amounts of money in Vietnamese words, as documents write them under the figures
/// ("Bằng chữ: Một triệu không trăm linh năm nghìn đồng").</summary>
public static class VietnameseMoney
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Scales = ["", " nghìn", " triệu", " tỷ"];

    public static string InWords(decimal amount)
    {
        var value = (long)Math.Round(Math.Abs(amount), MidpointRounding.AwayFromZero);
        var words = value == 0 ? "không" : Read(value);
        var text = $"{(amount < 0 ? "âm " : string.Empty)}{words} đồng";
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Read(long value)
    {
        // Above a thousand billion the scales repeat ("nghìn tỷ", "triệu tỷ").
        if (value >= 1_000_000_000_000)
        {
            var high = value / 1_000_000_000;
            var low = value % 1_000_000_000;
            return low == 0 ? $"{Read(high)} tỷ" : $"{Read(high)} tỷ {Groups(low, full: true)}";
        }

        return Groups(value, full: false);
    }

    private static string Groups(long value, bool full)
    {
        var groups = new List<int>();
        while (value > 0)
        {
            groups.Add((int)(value % 1000));
            value /= 1000;
        }

        var parts = new List<string>();
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (groups[i] == 0)
            {
                continue;
            }

            // Only the leading group may drop its "không trăm" ("năm nghìn", but "một nghìn không trăm linh năm").
            var leading = i == groups.Count - 1 && !full;
            parts.Add(Three(groups[i], leading) + Scales[i]);
        }

        return string.Join(' ', parts);
    }

    private static string Three(int n, bool leading)
    {
        int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
        var words = new List<string>();
        if (hundreds > 0 || !leading)
        {
            words.Add($"{Digits[hundreds]} trăm");
        }

        if (tens == 0 && units > 0 && words.Count > 0)
        {
            words.Add("linh");
        }
        else if (tens == 1)
        {
            words.Add("mười");
        }
        else if (tens > 1)
        {
            words.Add($"{Digits[tens]} mươi");
        }

        if (units > 0)
        {
            words.Add(units switch
            {
                1 when tens > 1 => "mốt",
                4 when tens > 1 => "tư",
                5 when tens > 0 => "lăm",
                _ => Digits[units],
            });
        }

        return string.Join(' ', words);
    }
}

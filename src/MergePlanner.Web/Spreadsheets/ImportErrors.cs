using System.Globalization;

namespace MergePlanner.Web.Spreadsheets;

/// <summary>Keeps the error report of a bad file bounded: 6,000 identical rows used to produce a 210 MB page.</summary>
public static class ImportErrors
{
    /// <summary>Enough to fix a file in one round; the rest are counted, not listed.</summary>
    public const int MaxListed = 200;

    /// <summary>Each error once, in row order, at most <see cref="MaxListed"/>, then one line with the count of the rest.</summary>
    public static IReadOnlyList<ImportError> Bounded(IEnumerable<ImportError> errors)
    {
        var all = errors.Distinct().OrderBy(e => e.RowNumber).ThenBy(e => e.Column, StringComparer.Ordinal).ToList();
        if (all.Count <= MaxListed)
        {
            return all;
        }

        var rest = all.Count - MaxListed;
        var listed = all.Take(MaxListed).ToList();
        listed.Add(new ImportError(0, string.Empty,
            $"Còn {rest.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} lỗi khác không liệt kê ở đây (tổng {all.Count.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} lỗi). Hãy sửa các lỗi trên rồi gửi lại tệp."));
        return listed;
    }
}

/// <summary>Duplicate keys in a file: every repeat names the first row once, so the report grows with the rows,
/// not with their square.</summary>
public static class Duplicates
{
    public static string Message(int firstRow) => $"Trùng với dòng {firstRow.ToString(CultureInfo.InvariantCulture)}.";

    /// <summary>For each row whose key (compared as the database compares codes: case-insensitive) appeared on an
    /// earlier row, the number of that earlier row.</summary>
    public static Dictionary<int, int> RepeatsOf(IEnumerable<TabularRow> rows, string key)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var repeats = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var value = row.Get(key);
            if (value.Length > 0 && !first.TryAdd(value, row.RowNumber))
            {
                repeats[row.RowNumber] = first[value];
            }
        }

        return repeats;
    }
}

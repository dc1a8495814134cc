using System.Globalization;
using MergePlanner.Data.Common;

namespace MergePlanner.Web.Spreadsheets;

/// <summary>Cell parsers shared by every import: each reports a Vietnamese error for its row and column and
/// returns null, so one pass lists every problem of a file.</summary>
public static class Cells
{
    public static string? Optional(TabularRow row, string key) => row.Get(key) is { Length: > 0 } value ? value : null;

    /// <summary>A list value given by its Vietnamese label (any case, with or without diacritics) or its code.</summary>
    public static T? Choice<T>(TabularRow row, string key, string header, IReadOnlyDictionary<T, string> labels, List<ImportError> errors, bool required = false)
        where T : struct, Enum
    {
        var value = row.Get(key);
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(new ImportError(row.RowNumber, header, "Bắt buộc."));
            }

            return null;
        }

        var folded = VietnameseText.Fold(value);
        foreach (var (option, label) in labels)
        {
            if (VietnameseText.Fold(label) == folded || string.Equals(option.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        errors.Add(new ImportError(row.RowNumber, header, $"'{value}' không có trong danh mục ({string.Join(", ", labels.Values)})."));
        return null;
    }

    /// <summary>dd/MM/yyyy (or yyyy-MM-dd, or an Excel date serial).</summary>
    public static DateOnly? Date(TabularRow row, string key, string header, List<ImportError> errors, bool required = false)
    {
        var value = row.Get(key);
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(new ImportError(row.RowNumber, header, "Bắt buộc (dd/MM/yyyy)."));
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // Excel stores dates as serial numbers when a cell is formatted as a date.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        errors.Add(new ImportError(row.RowNumber, header, $"'{value}' không phải ngày dạng dd/MM/yyyy."));
        return null;
    }

    /// <summary>Numbers as Excel and people write them: "1234.5", "1.234.567", "1.234,5" (Vietnamese), "33,33 %".</summary>
    public static decimal? Number(TabularRow row, string key, string header, List<ImportError> errors, bool required = false)
    {
        var value = row.Get(key).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("đ", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(new ImportError(row.RowNumber, header, "Bắt buộc."));
            }

            return null;
        }

        var groupedThousands = value.Count(c => c == '.') > 1 || (value.Contains('.', StringComparison.Ordinal) && value.Split('.')[1].Length == 3 && value.Split('.')[0].Length <= 3 && value.Length > 4);
        var normalised = value.Contains(',', StringComparison.Ordinal)
            ? value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
            : groupedThousands ? value.Replace(".", string.Empty, StringComparison.Ordinal) : value;
        if (decimal.TryParse(normalised, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(new ImportError(row.RowNumber, header, $"'{row.Get(key)}' không phải số."));
        return null;
    }

    public static int? Integer(TabularRow row, string key, string header, List<ImportError> errors)
    {
        var number = Number(row, key, header, errors);
        if (number is { } n && n != decimal.Truncate(n))
        {
            errors.Add(new ImportError(row.RowNumber, header, $"'{row.Get(key)}' không phải số nguyên."));
            return null;
        }

        return (int?)number;
    }
}

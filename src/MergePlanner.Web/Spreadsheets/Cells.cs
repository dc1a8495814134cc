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

    /// <summary>A yes/no cell: "Có"/"Không" (any case, with or without diacritics), x, 1/0; empty is no.</summary>
    public static bool Flag(TabularRow row, string key, string header, List<ImportError> errors)
    {
        var value = VietnameseText.Fold(row.Get(key));
        switch (value)
        {
            case "" or "khong" or "0" or "no":
                return false;
            case "co" or "x" or "1" or "yes":
                return true;
            default:
                errors.Add(new ImportError(row.RowNumber, header, $"'{row.Get(key)}' phải là Có hoặc Không."));
                return false;
        }
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

    /// <summary>Numbers as Excel and people write them: "1234.5", "1.234.567", "1.234,5" (Vietnamese), "33,33 %" —
    /// within the column's range, so one absurd value cannot overflow the sums every page shows.</summary>
    public static decimal? Number(TabularRow row, string key, string header, List<ImportError> errors, NumberRange range, bool required = false)
    {
        var number = ParseNumber(row, key, header, errors, required);
        if (number is { } n && (n < range.Min || n > range.Max))
        {
            errors.Add(new ImportError(row.RowNumber, header, $"'{row.Get(key)}' ngoài khoảng cho phép ({range.Description})."));
            return null;
        }

        return number;
    }

    private static decimal? ParseNumber(TabularRow row, string key, string header, List<ImportError> errors, bool required)
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

    public static int? Integer(TabularRow row, string key, string header, List<ImportError> errors, NumberRange range, bool required = false)
    {
        var number = ParseNumber(row, key, header, errors, required);
        if (number is not { } n)
        {
            return null;
        }

        if (n != decimal.Truncate(n))
        {
            errors.Add(new ImportError(row.RowNumber, header, $"'{row.Get(key)}' không phải số nguyên."));
            return null;
        }

        // Checked before the cast: a whole number above 2,147,483,647 used to throw and answer 500.
        if (n < range.Min || n > range.Max)
        {
            errors.Add(new ImportError(row.RowNumber, header, $"'{row.Get(key)}' ngoài khoảng cho phép ({range.Description})."));
            return null;
        }

        return (int)n;
    }
}

/// <summary>The values a numeric column accepts, with the wording shown when a value falls outside.</summary>
public sealed record NumberRange(decimal Min, decimal Max, string Description);

/// <summary>Sane ranges of the numbers people import. Money stays far below what a decimal(19,2) column holds, so the
/// sum over every item of a merger (hundreds of thousands of rows) still fits; counts stay whole numbers a person
/// could have counted.</summary>
public static class ImportLimits
{
    public static readonly NumberRange Quantity = new(0, 1_000_000_000m, "từ 0 đến 1.000.000.000");
    public static readonly NumberRange Money = new(0, 999_999_999_999_999m, "từ 0 đến 999.999.999.999.999 đồng");
    public static readonly NumberRange Area = new(0, 1_000_000_000m, "từ 0 đến 1.000.000.000 m²");
    public static readonly NumberRange Percent = new(0, 100, "từ 0 đến 100");
    public static readonly NumberRange Year = new(1900, 2100, "năm từ 1900 đến 2100");
    public static readonly NumberRange Floors = new(0, 200, "từ 0 đến 200 tầng");
    public static readonly NumberRange SmallCount = new(0, 100_000, "số nguyên từ 0 đến 100.000");
    public static readonly NumberRange Pages = new(0, 10_000_000, "số nguyên từ 0 đến 10.000.000");
    public static readonly NumberRange SortOrder = new(0, 1_000_000, "số nguyên từ 0 đến 1.000.000");
}

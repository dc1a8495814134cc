using System.Globalization;

namespace MergePlanner.Web.Components.Shared;

/// <summary>vi-VN formats by default: dd/MM/yyyy, 1.234.567, money in đồng.</summary>
public static class Format
{
    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A moment stored in UTC, shown in the server's local time as dd/MM/yyyy HH:mm.</summary>
    public static string DateTime(System.DateTime utc) => System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.CurrentCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Money(decimal value) => $"{value.ToString("N0", CultureInfo.CurrentCulture)} đ";

    /// <summary>A file size as people read it: 980 B, 12,5 KB, 3,2 MB.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString("N0", CultureInfo.CurrentCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024m).ToString("0.#", CultureInfo.CurrentCulture)} KB",
        _ => $"{(bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.CurrentCulture)} MB",
    };

    public static string Percent(double fraction) => fraction.ToString("P0", CultureInfo.CurrentCulture);
}

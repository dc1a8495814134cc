namespace MergePlanner.Web.Reporting;

/// <summary>The header block of an administrative document (Decree 30/2020, Appendix I): agency names,
/// number and symbol, place and date, document type and summary.</summary>
public sealed record DocumentHeader(
    string ParentAgency,
    string IssuingAgency,
    string NumberAndSymbol,
    string Place,
    DateOnly Date,
    string DocumentType,
    string Summary)
{
    /// <summary>A draft (not yet approved, or its data still changing): every page carries "DỰ THẢO".</summary>
    public bool Draft { get; init; }

    /// <summary>A Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" on the right instead of the Quốc hiệu and Tiêu ngữ.</summary>
    public bool Party { get; init; }

    /// <summary>"Hải Phòng, ngày 05 tháng 02 năm 2026" (<see cref="LongDate"/>).</summary>
    public string PlaceAndDate => $"{Place}, {LongDate(Date)}";

    /// <summary>"ngày 05 tháng 02 năm 2026", "ngày 28 tháng 6 năm 2025": days 1–9 and months 1–2 carry a leading zero
    /// (Decree 30/2020, Appendix I) — the one way a document writes a date in words, in its header and its body.</summary>
    public static string LongDate(DateOnly date) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))} năm {date.Year}");
}

/// <summary>The signature block: the authority ("KT. Giám đốc"), the position, the note, and the signer — rank and name
/// ("Đại tá Nguyễn Văn A"); a dotted line for the name when nobody holds the position yet.</summary>
public sealed record SignatureBlock(string Authority, string Position, string? Signer, string? Note = "(Ký, ghi rõ họ tên, đóng dấu)");

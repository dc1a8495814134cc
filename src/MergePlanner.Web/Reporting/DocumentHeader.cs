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

    /// <summary>"Hải Phòng, ngày 05 tháng 02 năm 2026": days 1–9 and months 1–2 carry a leading zero.</summary>
    public string PlaceAndDate => $"{Place}, ngày {Date.Day:00} tháng {(Date.Month <= 2 ? Date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : Date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))} năm {Date.Year}";
}

/// <summary>The signature block: the authority ("KT. Giám đốc"), the position, the note, and the signer — rank and name
/// ("Đại tá Nguyễn Văn A"); a dotted line for the name when nobody holds the position yet.</summary>
public sealed record SignatureBlock(string Authority, string Position, string? Signer, string? Note = "(Ký, ghi rõ họ tên, đóng dấu)");

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
    /// <summary>"Hải Phòng, ngày 05 tháng 02 năm 2026": days 1–9 and months 1–2 carry a leading zero.</summary>
    public string PlaceAndDate => $"{Place}, ngày {Date.Day:00} tháng {(Date.Month <= 2 ? Date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : Date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))} năm {Date.Year}";
}

public sealed record SignatureBlock(string Authority, string Position, string? Name, string? Note = "(Ký, ghi rõ họ tên, đóng dấu)");

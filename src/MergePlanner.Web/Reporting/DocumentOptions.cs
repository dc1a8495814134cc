namespace MergePlanner.Web.Reporting;

/// <summary>
/// The settings of the printed documents ("Documents" in appsettings): the symbol each kind of document carries after its
/// number (Decree 30, Appendix III: the type's abbreviation, then the drafting unit — "BC-PH10"), and the legal bases
/// the handover minutes cite before the merger's own decision. The number itself is the clerk's (văn thư) to give when
/// the signed document is registered: the form leaves it blank, "Số:      /BC-PH10", except on the handover minutes,
/// which are numbered by the app when drawn up.
/// </summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    public Dictionary<string, string> Symbols { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> HandoverBasis { get; init; } = [];

    /// <summary>"Số:      /BC-PH10" for a kind of document; the fallback symbol when the settings name none.</summary>
    public string NumberOf(string kind, string fallbackSymbol) => Blank(Symbols.TryGetValue(kind, out var symbol) ? symbol : fallbackSymbol);

    /// <summary>The number line with room for the clerk's number (non-breaking spaces: the room survives wrapping).</summary>
    public static string Blank(string symbol) => $"Số:{new string('\u00A0', 12)}/{symbol}";
}

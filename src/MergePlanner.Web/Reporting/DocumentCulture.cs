using System.Globalization;

namespace MergePlanner.Web.Reporting;

/// <summary>Documents are always Vietnamese (Decree 30/2020), whatever language the user reads the UI in:
/// labels, numbers and dates in a PDF are produced under vi-VN for the duration of the scope.</summary>
public sealed class DocumentCulture : IDisposable
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    private DocumentCulture()
    {
        CultureInfo.CurrentCulture = Vietnamese;
        CultureInfo.CurrentUICulture = Vietnamese;
    }

    public static DocumentCulture Enter() => new();

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

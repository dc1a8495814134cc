using System.Reflection;
using PdfSharp.Fonts;

namespace MergePlanner.Web.Reporting;

/// <summary>Resolves every font request to Tinos (Times New Roman metrics, as Decree 30/2020 asks), embedded
/// in this assembly at build time. PDFsharp has no font discovery on Linux, and DejaVu loses stacked
/// Vietnamese accents, so the font is fixed here. Registered once per process.</summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "Tinos";

    private static readonly object Gate = new();
    private static bool _installed;

    private readonly Dictionary<string, byte[]> _faces;

    public PdfFonts()
    {
        var assembly = typeof(PdfFonts).Assembly;
        _faces = new[] { "Tinos_400Regular", "Tinos_700Bold", "Tinos_400Regular_Italic", "Tinos_700Bold_Italic" }
            .ToDictionary(face => face, face => Read(assembly, $"Fonts.{face}.ttf"));
        Install(this);
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => new FontResolverInfo("Tinos_700Bold_Italic"),
        (true, false) => new FontResolverInfo("Tinos_700Bold"),
        (false, true) => new FontResolverInfo("Tinos_400Regular_Italic"),
        _ => new FontResolverInfo("Tinos_400Regular"),
    };

    public byte[] GetFont(string faceName) => _faces[faceName];

    private static void Install(PdfFonts fonts)
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            // PDFsharp is AGPL-3.0; MergePlanner is AGPL-3.0 too (LICENSE, docs/decisions/0002).
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = fonts;
            _installed = true;
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Font {name} is not embedded: the build copies it from npm (@expo-google-fonts/tinos).");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

using System.Diagnostics;

namespace MergePlanner.TestSupport;

/// <summary>Extracts a PDF's text with poppler's pdftotext, the check a reader's PDF viewer would make:
/// if a glyph was dropped by the font subsetter, the extracted text loses its diacritics.</summary>
public static class PdfText
{
    public static string Extract(byte[] pdf)
    {
        var input = Path.Combine(Path.GetTempPath(), $"mp-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(input, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", input, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException("pdftotext did not start: install poppler-utils (apt-get install poppler-utils).");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftotext failed: {process.StandardError.ReadToEnd()}");
            }

            return text;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdftotext is missing: install poppler-utils (apt-get install poppler-utils).", e);
        }
        finally
        {
            File.Delete(input);
        }
    }

    public static int PageCount(byte[] pdf) => Extract(pdf).Split('\f', StringSplitOptions.RemoveEmptyEntries).Count(p => p.Trim().Length > 0);
}

namespace MergePlanner.Web.Security;

/// <summary>The kinds of file people may upload as evidence or signed scans.</summary>
public enum UploadKind
{
    Pdf,
    Jpeg,
    Png,
    Webp,
}

/// <summary>Decides what an uploaded file is from its first bytes (its "magic"), never from the name or the type the
/// browser claims: an HTML or SVG page sent as "image/png" is refused, so nothing stored can run script when it is
/// downloaded again.</summary>
public static class UploadContent
{
    public static UploadKind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return UploadKind.Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return UploadKind.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return UploadKind.Png;
        }

        return head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8) ? UploadKind.Webp : null;
    }

    public static string ContentType(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => "application/pdf",
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Png => "image/png",
        _ => "image/webp",
    };

    /// <summary>The stored name keeps the person's file name but always ends in the detected kind's extension.</summary>
    public static string FileName(string uploaded, UploadKind kind)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(uploaded));
        var safe = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|'))]).Trim();
        safe = safe.Length == 0 ? "tep" : safe.Length > 120 ? safe[..120] : safe;
        return safe + kind switch { UploadKind.Pdf => ".pdf", UploadKind.Jpeg => ".jpg", UploadKind.Png => ".png", _ => ".webp" };
    }
}

/// <summary>A file a person sent, read whole (evidence and scans are at most a few megabytes).</summary>
public sealed record Upload(string FileName, byte[] Content);

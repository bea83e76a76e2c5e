using System.Text;

namespace KubeDsl.Cli.Validation;

/// <summary>
/// Turns a file's bytes into text, or says why they are not YAML text: too large, binary (a NUL byte), or not
/// UTF-8. YAML streams are UTF-8, UTF-16 or UTF-32 (YAML 1.2, 5.2); a byte order mark picks the UTF-16/32 forms.
/// </summary>
internal static class TextDecoding
{
    /// <summary>The largest file read; a manifest is kilobytes, so a bigger file is reported instead of parsed.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with <paramref name="problem"/> saying why there is none.</summary>
    public static string? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length > MaxBytes)
        {
            problem = $"it is {bytes.Length / (1024 * 1024)} MiB, more than the {MaxBytes / (1024 * 1024)} MiB a manifest may have";
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }) || span.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }))
        {
            return Strict(new UTF32Encoding(bigEndian: span[0] == 0, byteOrderMark: true, throwOnInvalidCharacters: true), bytes, 4, out problem);
        }

        if (span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Strict(new UnicodeEncoding(bigEndian: span[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true), bytes, 2, out problem);
        }

        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = $"it holds a NUL byte at offset {nul}, so it is binary, not YAML";
            return null;
        }

        var bom = span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        return Strict(StrictUtf8, bytes, bom, out problem);
    }

    /// <summary>
    /// A file's bytes, reading no more than one byte past <see cref="MaxBytes"/>, so that <see cref="Decode"/> reports
    /// an oversized file without it being read whole.
    /// </summary>
    public static byte[] ReadLimited(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.CanSeek && stream.Length > TextDecoding.MaxBytes)
        {
            // Only the size matters for the finding; reading a huge file whole is what the limit avoids.
            return new byte[TextDecoding.MaxBytes + 1];
        }

        return ReadAll(stream);
    }

    /// <summary>A stream's bytes, up to one byte past <see cref="MaxBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > TextDecoding.MaxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static string? Strict(Encoding encoding, byte[] bytes, int skip, out string? problem)
    {
        problem = null;
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"it is not valid {encoding.WebName.ToUpperInvariant()} (byte offset {skip + Math.Max(0, e.Index)})";
            return null;
        }
    }
}

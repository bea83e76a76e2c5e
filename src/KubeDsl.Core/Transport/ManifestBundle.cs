using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace KubeDsl.Documents;

/// <summary>
/// The text that carries all of a project's generated files from the generator to the build task, inside one
/// assembly attribute: the files, deflated, in Base64 broken into lines. Compressed because the compiler's cost
/// grows with the size of generated sources (it parses them, embeds them in the PDB and copies the string into
/// metadata): a thousand manifests take about 1.3 MB as text and about 50 KB here. See
/// docs/adr/0003-one-compressed-bundle.md.
/// </summary>
internal static class ManifestBundle
{
    /// <summary>The first byte of the payload; a reader refuses any other, so a mismatch is an error, not garbage.</summary>
    public const byte FormatVersion = 1;

    /// <summary>The namespace of the assembly attribute that carries the bundle.</summary>
    public const string AttributeNamespace = "KubeDsl";

    /// <summary>The name of the assembly attribute that carries the bundle, <c>KubeDsl.GeneratedManifestsAttribute</c>.</summary>
    public const string AttributeName = "GeneratedManifestsAttribute";

    /// <summary>The attribute's full name.</summary>
    public const string AttributeFullName = AttributeNamespace + "." + AttributeName;

    private const int LineLength = 100;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bundle text for the files, in the order given.</summary>
    /// <remarks>
    /// Payload before compression: the format version byte, the number of files (unsigned LEB128), then for each
    /// file its path, source member, a resource flag byte (1 or 0) and its content; texts are UTF-8 prefixed by
    /// their byte length (unsigned LEB128).
    /// </remarks>
    public static string Encode(IReadOnlyCollection<EmbeddedManifest> files)
    {
        // The payload streams through a small buffer into the compressor: a thousand manifests make a megabyte,
        // and an array that size lands on the large object heap, whose allocation set off a full collection in
        // the compiler's process.
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var payload = new PayloadWriter(deflate);
            payload.Byte(FormatVersion);
            payload.Length(files.Count);
            foreach (var file in files)
            {
                payload.Text(file.Path);
                payload.Text(file.SourceMember);
                payload.Byte(file.IsResource ? (byte)1 : (byte)0);
                payload.Text(file.Content);
            }

            payload.Flush();
        }

        var base64 = Convert.ToBase64String(compressed.GetBuffer(), 0, (int)compressed.Length);
        var lines = new StringBuilder(base64.Length + (base64.Length / LineLength) + 1);
        for (var start = 0; start < base64.Length; start += LineLength)
        {
            lines.Append(base64, start, Math.Min(LineLength, base64.Length - start)).Append('\n');
        }

        return lines.ToString();
    }

    /// <summary>The files in a bundle text; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static List<EmbeddedManifest> Decode(string bundle)
    {
        byte[] compressed;
        try
        {
            // Base64 decoding skips the line breaks.
            compressed = Convert.FromBase64String(bundle);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("the embedded manifests are not valid Base64: " + e.Message, e);
        }

        // Inflated in one go and parsed from the array: reading a DeflateStream in small pieces, as BinaryReader
        // does, took five times longer for a thousand manifests.
        var payload = new MemoryStream();
        using (var deflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            deflate.CopyTo(payload);
        }

        var reader = new PayloadReader(payload.GetBuffer(), (int)payload.Length);
        var version = reader.Byte();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"the embedded manifests use format {version}, this KubeDsl reads format {FormatVersion}; the generator and the build task come from different KubeDsl versions");
        }

        var count = reader.Length();
        var files = new List<EmbeddedManifest>(Math.Min(count, 4096));
        for (var i = 0; i < count; i++)
        {
            var path = reader.Text();
            var sourceMember = reader.Text();
            var isResource = reader.Byte() != 0;
            files.Add(new EmbeddedManifest(path, sourceMember, reader.Text()) { IsResource = isResource });
        }

        return files;
    }

    /// <summary>Writes the payload to a stream through a buffer, encoding texts into it in pieces.</summary>
    private sealed class PayloadWriter(Stream output)
    {
        // Big enough for most manifests in one piece, small enough to stay off the large object heap.
        private const int BufferSize = 16 * 1024;

        // A piece of text of this many chars always fits the buffer as UTF-8 (at most three bytes per char).
        private const int CharsPerPiece = BufferSize / 3;

        private readonly byte[] buffer = new byte[BufferSize];
        private int count;

        public void Byte(byte value)
        {
            Reserve(1);
            buffer[count++] = value;
        }

        public void Length(int length)
        {
            var value = (uint)length;
            while (value >= 0x80)
            {
                Byte((byte)(value | 0x80));
                value >>= 7;
            }

            Byte((byte)value);
        }

        public void Text(string text)
        {
            Length(Utf8.GetByteCount(text));
            for (var start = 0; start < text.Length;)
            {
                var length = Math.Min(CharsPerPiece, text.Length - start);

                // A surrogate pair is encoded whole, so a piece never ends between its halves.
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--;
                }

                Reserve(length * 3);
                count += Utf8.GetBytes(text, start, length, buffer, count);
                start += length;
            }
        }

        public void Flush()
        {
            output.Write(buffer, 0, count);
            count = 0;
        }

        private void Reserve(int more)
        {
            if (count + more > buffer.Length)
            {
                Flush();
            }
        }
    }

    /// <summary>Reads the payload; any read past its end or any bad UTF-8 is corruption.</summary>
    private sealed class PayloadReader(byte[] bytes, int length)
    {
        private int position;

        public byte Byte() => position < length ? bytes[position++] : throw Corrupt("it ends early");

        public int Length()
        {
            var value = 0L;
            for (var shift = 0; ; shift += 7)
            {
                var next = Byte();
                value |= (long)(next & 0x7F) << shift;
                if (value > int.MaxValue || shift > 28)
                {
                    throw Corrupt("a length is out of range");
                }

                if (next < 0x80)
                {
                    return (int)value;
                }
            }
        }

        public string Text()
        {
            var size = Length();
            if (size > length - position)
            {
                throw Corrupt("it ends early");
            }

            try
            {
                var text = Utf8.GetString(bytes, position, size);
                position += size;
                return text;
            }
            catch (DecoderFallbackException e)
            {
                throw Corrupt("a text is not UTF-8: " + e.Message);
            }
        }

        private static InvalidDataException Corrupt(string why) => new("the embedded manifests are corrupt: " + why);
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace KubeDsl.Documents;

/// <summary>
/// Writes document trees as YAML, byte for byte the same on every machine: block style, two-space indent,
/// sequences flush with their key (the layout kubectl prints), keys in tree order, <c>\n</c> line endings and a
/// final newline. Quoting decisions come from <see cref="YamlScalarStyle"/>.
/// </summary>
internal static class YamlEmitter
{
    private const string Indent = "  ";

    /// <summary>Writes one file: the header comment, then each document, separated by <c>---</c>.</summary>
    public static string EmitFile(IReadOnlyList<DocNode> documents, string? sourceMember)
    {
        var builder = new StringBuilder();
        if (sourceMember is not null)
        {
            builder.Append(ManifestHeader.For(sourceMember));
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("---\n");
            }

            WriteDocument(builder, documents[i]);
        }

        return builder.ToString();
    }

    /// <summary>Writes one document without a header.</summary>
    public static string Emit(DocNode document)
    {
        var builder = new StringBuilder();
        WriteDocument(builder, document);
        return builder.ToString();
    }

    private static void WriteDocument(StringBuilder builder, DocNode root)
    {
        switch (root)
        {
            case DocMapping { Entries.Count: > 0 } mapping:
                WriteMappingEntries(builder, mapping, 0, firstLinePrefix: null);
                break;
            case DocSequence { Items.Count: > 0 } sequence:
                WriteSequenceItems(builder, sequence, 0);
                break;
            default:
                WriteInline(builder, root, 0);
                builder.Append('\n');
                break;
        }
    }

    // Writes "key: value" lines at the given indent. When firstLinePrefix is set (a sequence item), the first
    // entry follows it on the same line instead of being indented.
    private static void WriteMappingEntries(StringBuilder builder, DocMapping mapping, int depth, string? firstLinePrefix)
    {
        var first = true;
        foreach (var entry in mapping.Entries)
        {
            if (first && firstLinePrefix is not null)
            {
                builder.Append(firstLinePrefix);
            }
            else
            {
                AppendIndent(builder, depth);
            }

            first = false;
            var key = Key(entry.Key);
            if (key.Length > MaxImplicitKeyLength)
            {
                // YAML readers give up on a "key:" longer than 1024 characters; the explicit form has no limit.
                builder.Append("? ").Append(key).Append('\n');
                AppendIndent(builder, depth);
                builder.Append(':');
            }
            else
            {
                builder.Append(key).Append(':');
            }

            WriteValueAfterIndicator(builder, entry.Value, depth, inSequence: false);
        }
    }

    private static void WriteSequenceItems(StringBuilder builder, DocSequence sequence, int depth)
    {
        foreach (var item in sequence.Items)
        {
            AppendIndent(builder, depth);
            builder.Append('-');
            WriteValueAfterIndicator(builder, item, depth, inSequence: true);
        }
    }

    // Called right after "key:" or "-"; writes the value and the line end.
    private static void WriteValueAfterIndicator(StringBuilder builder, DocNode value, int depth, bool inSequence)
    {
        switch (value)
        {
            case DocMapping { Entries.Count: > 0 } mapping when inSequence:
                // "- key: value" with the following keys aligned under the first.
                builder.Append(' ');
                WriteMappingEntries(builder, mapping, depth + 1, firstLinePrefix: string.Empty);
                break;
            case DocMapping { Entries.Count: > 0 } mapping:
                builder.Append('\n');
                WriteMappingEntries(builder, mapping, depth + 1, firstLinePrefix: null);
                break;
            case DocSequence { Items.Count: > 0 } sequence when inSequence:
                // A sequence inside a sequence starts on the next line, indented.
                builder.Append('\n');
                WriteSequenceItems(builder, sequence, depth + 1);
                break;
            case DocSequence { Items.Count: > 0 } sequence:
                builder.Append('\n');
                WriteSequenceItems(builder, sequence, depth);
                break;
            case DocScalar { Kind: ScalarKind.String } scalar when YamlScalarStyle.ForValue(scalar.Text) == ScalarStyle.Literal:
                WriteLiteral(builder, scalar.Text, depth + 1);
                break;
            default:
                builder.Append(' ');
                WriteInline(builder, value, depth);
                builder.Append('\n');
                break;
        }
    }

    private static void WriteInline(StringBuilder builder, DocNode value, int depth)
    {
        switch (value)
        {
            case DocMapping:
                builder.Append("{}");
                break;
            case DocSequence:
                builder.Append("[]");
                break;
            case DocScalar { Kind: ScalarKind.String } scalar:
                builder.Append(YamlScalarStyle.NeedsQuotes(scalar.Text) ? YamlScalarStyle.DoubleQuote(scalar.Text) : scalar.Text);
                break;
            case DocScalar { Kind: ScalarKind.Null }:
                builder.Append("null");
                break;
            case DocScalar scalar:
                builder.Append(scalar.Text);
                break;
            default:
                throw new ArgumentException("Unknown document node " + value.GetType().Name, nameof(value));
        }
    }

    // "|" keeps a single final newline, "|-" strips a missing one, "|+" keeps several.
    private static void WriteLiteral(StringBuilder builder, string text, int depth)
    {
        var trailing = 0;
        while (trailing < text.Length && text[text.Length - 1 - trailing] == '\n')
        {
            trailing++;
        }

        builder.Append(trailing switch { 0 => " |-", 1 => " |", _ => " |+" }).Append('\n');
        var body = text.Substring(0, text.Length - trailing);
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                AppendIndent(builder, depth);
                builder.Append(line);
            }

            builder.Append('\n');
        }

        for (var i = 1; i < trailing; i++)
        {
            builder.Append('\n');
        }
    }

    // Below YAML's 1024-character limit on implicit keys, counted in UTF-16 units, which are never fewer.
    private const int MaxImplicitKeyLength = 1000;

    private static string Key(string key) => YamlScalarStyle.ForKey(key) == ScalarStyle.Plain ? key : YamlScalarStyle.DoubleQuote(key);

    private static void AppendIndent(StringBuilder builder, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            builder.Append(Indent);
        }
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using KubeDsl.Values;

namespace KubeDsl.Schemas;

/// <summary>
/// One node of a parsed YAML document: a <see cref="YamlMapping"/>, a <see cref="YamlSequence"/> or a
/// <see cref="YamlScalar"/>. Trees are immutable and typed the way Kubernetes reads YAML (see <see cref="YamlScalar"/>).
/// </summary>
public abstract class YamlTree
{
    private protected YamlTree(long line, long column)
    {
        Line = (int)line;
        Column = (int)column;
    }

    /// <summary>1-based line where the node starts in the parsed text.</summary>
    public int Line { get; }

    /// <summary>1-based column where the node starts in the parsed text.</summary>
    public int Column { get; }

    /// <summary>"mapping", "sequence" or "scalar"; used in messages.</summary>
    public abstract string NodeKind { get; }

    /// <summary>
    /// Parses every document of a YAML stream. Documents that are empty or <c>null</c> (a stray <c>---</c>, a file of
    /// comments) are skipped, as kubectl skips them. Duplicate keys are an error; anchors, aliases and merge keys
    /// (<c>&lt;&lt;</c>) are resolved.
    /// </summary>
    /// <exception cref="YamlException">The text is not valid YAML, or it has duplicate or non-scalar keys.</exception>
    public static IReadOnlyList<YamlTree> ParseAll(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = ValuesReader.ParseStream(yaml, "YAML");
        if (stream.Error is { } error)
        {
            throw new YamlException(ToMark(error.Start), ToMark(error.End), error.Problem);
        }

        var documents = new List<YamlTree>(stream.Documents.Count);
        foreach (var document in stream.Documents)
        {
            if (document is not ValuesScalar { IsNull: true })
            {
                documents.Add(FromValues(document));
            }
        }

        return documents;
    }

    private static Mark ToMark(ValuesMark mark) => new(mark.Offset, mark.Line, mark.Column);

    /// <summary>Parses a YAML text that holds exactly one (non-empty) document.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    /// <exception cref="InvalidDataException">The text holds no document or more than one.</exception>
    public static YamlTree Parse(string yaml)
    {
        var documents = ParseAll(yaml);
        return documents.Count == 1
            ? documents[0]
            : throw new InvalidDataException($"Expected one YAML document, found {documents.Count}.");
    }

    /// <summary>
    /// The JSON Kubernetes makes of this tree (keys in document order). NaN and infinities have no JSON form and
    /// throw, as they make kubectl fail.
    /// </summary>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, this);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, YamlTree node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                writer.WriteStartObject();
                foreach (var entry in mapping.Entries)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteJson(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalar scalar:
                switch (scalar.Value)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case bool b:
                        writer.WriteBooleanValue(b);
                        break;
                    case BigInteger i:
                        writer.WriteRawValue(i.ToString(CultureInfo.InvariantCulture));
                        break;
                    case double d when double.IsFinite(d):
                        writer.WriteNumberValue(d);
                        break;
                    case double:
                        throw new InvalidOperationException($"{scalar.Text} (line {scalar.Line}) has no JSON form.");
                    default:
                        writer.WriteStringValue(scalar.Text);
                        break;
                }

                break;
        }
    }

    /// <summary>The tree of a node parsed by <see cref="ValuesReader"/>, typed as Kubernetes reads it.</summary>
    /// <exception cref="YamlException">A scalar's tag contradicts its text, or a key has no JSON form.</exception>
    internal static YamlTree FromValues(ValuesNode node)
    {
        switch (node)
        {
            case ValuesScalar scalar:
                return YamlScalar.Create(scalar.Text, !scalar.IsQuoted, scalar.Tag, scalar.Start, scalar.End);
            case ValuesSequence sequence:
                var items = new YamlTree[sequence.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = FromValues(sequence.Items[i]);
                }

                return new YamlSequence(items, sequence.Start.Line, sequence.Start.Column);
            default:
                var mapping = (ValuesMapping)node;
                var entries = new List<YamlEntry>(mapping.Entries.Count);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (keyNode, value) in mapping.Entries)
                {
                    var key = (YamlScalar)FromValues(keyNode);

                    // Two spellings of one JSON key (yes and true) are one key to Kubernetes: a duplicate.
                    if (!seen.Add(key.KeyName()))
                    {
                        var at = new Mark(keyNode.Start.Offset, keyNode.Start.Line, keyNode.Start.Column);
                        throw new YamlException(at, at, $"key '{keyNode.Text}' is the JSON key '{key.KeyName()}' a second time in this mapping");
                    }

                    entries.Add(new YamlEntry(key.KeyName(), key, FromValues(value)));
                }

                return new YamlMapping(entries.ToArray(), mapping.Start.Line, mapping.Start.Column);
        }
    }
}

/// <summary>One key and value of a <see cref="YamlMapping"/>.</summary>
/// <param name="Key">The key as Kubernetes sees it (a JSON object key; a plain <c>true</c> or <c>on</c> key becomes "true").</param>
/// <param name="KeyNode">The key as written.</param>
/// <param name="Value">The value.</param>
public sealed record YamlEntry(string Key, YamlScalar KeyNode, YamlTree Value);

/// <summary>A YAML mapping. Keeps the keys in document order; looking a key up is by its <see cref="YamlEntry.Key"/>.</summary>
public sealed class YamlMapping : YamlTree
{
    private readonly Dictionary<string, YamlEntry> byKey;

    internal YamlMapping(YamlEntry[] entries, long line, long column)
        : base(line, column)
    {
        Entries = entries;
        byKey = entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>The entries in document order.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; }

    /// <summary>The keys in document order.</summary>
    public IEnumerable<string> Keys => Entries.Select(e => e.Key);

    /// <summary>Number of entries.</summary>
    public int Count => Entries.Count;

    /// <inheritdoc />
    public override string NodeKind => "mapping";

    /// <summary>The value under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">The mapping has no such key.</exception>
    public YamlTree this[string key] =>
        byKey.TryGetValue(key, out var entry) ? entry.Value : throw new KeyNotFoundException($"No key '{key}' in the mapping at line {Line}.");

    /// <summary>Whether the mapping has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => byKey.ContainsKey(key);

    /// <summary>Looks up the value under <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out YamlTree value)
    {
        var found = byKey.TryGetValue(key, out var entry);
        value = entry?.Value;
        return found;
    }

    /// <summary>The entry (with the key as written) under <paramref name="key"/>, or null.</summary>
    public YamlEntry? Entry(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The text of the scalar under <paramref name="key"/>, or null when the key is absent or not a scalar.</summary>
    public string? ScalarText(string key) => TryGetValue(key, out var value) && value is YamlScalar scalar ? scalar.Text : null;

    /// <inheritdoc />
    public override string ToString() => Count == 1 ? "mapping (1 key)" : $"mapping ({Count} keys)";
}

/// <summary>A YAML sequence.</summary>
public sealed class YamlSequence : YamlTree
{
    internal YamlSequence(YamlTree[] items, long line, long column)
        : base(line, column) => Items = items;

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlTree> Items { get; }

    /// <summary>Number of items.</summary>
    public int Count => Items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public YamlTree this[int index] => Items[index];

    /// <inheritdoc />
    public override string NodeKind => "sequence";

    /// <inheritdoc />
    public override string ToString() => Count == 1 ? "sequence (1 item)" : $"sequence ({Count} items)";
}

/// <summary>The type a scalar has once Kubernetes has read it (JSON's types, with integers kept apart from floats).</summary>
public enum YamlScalarType
{
    /// <summary><c>null</c>, <c>~</c>, or nothing.</summary>
    Null,

    /// <summary>A YAML 1.1 boolean: <c>true/false</c>, <c>yes/no</c>, <c>on/off</c>, <c>y/n</c> in their spellings.</summary>
    Bool,

    /// <summary>An integer: decimal, <c>0x</c>, <c>0o</c>, <c>0b</c>, or a leading-zero octal such as <c>0755</c>.</summary>
    Int,

    /// <summary>A floating point number: <c>1.5</c>, <c>1e3</c>, <c>.inf</c>, <c>.nan</c>.</summary>
    Float,

    /// <summary>Anything else, and every quoted or block (<c>|</c>, <c>&gt;</c>) scalar.</summary>
    String,
}

/// <summary>
/// A YAML scalar with its text and the type Kubernetes gives it. Kubernetes (sigs.k8s.io/yaml, i.e. go-yaml v2)
/// reads plain scalars by YAML 1.1 rules: <c>yes</c>, <c>on</c>, <c>y</c> are booleans, <c>0755</c> is octal,
/// <c>1_000</c> is 1000, <c>1e3</c> is a float. Quoted and block scalars, and scalars tagged <c>!!str</c> or
/// <c>!</c>, are strings. Timestamps stay strings (go-yaml v2 keeps them as text when the target is untyped).
/// </summary>
public sealed class YamlScalar : YamlTree
{
    private YamlScalar(string text, bool isPlain, YamlScalarType type, object? value, long line, long column)
        : base(line, column)
    {
        Text = text;
        IsPlain = isPlain;
        Type = type;
        Value = value;
    }

    /// <summary>The scalar's text after YAML unescaping (the content of a quoted scalar, without the quotes).</summary>
    public string Text { get; }

    /// <summary>True for a plain (unquoted, non-block) scalar.</summary>
    public bool IsPlain { get; }

    /// <summary>The resolved type.</summary>
    public YamlScalarType Type { get; }

    /// <summary>The resolved value: null, <see cref="bool"/>, <see cref="BigInteger"/>, <see cref="double"/> or <see cref="string"/>.</summary>
    public object? Value { get; }

    /// <inheritdoc />
    public override string NodeKind => "scalar";

    /// <summary>True for an integer, and for a float with an integral value in the int64 range (JSON cannot tell them apart).</summary>
    public bool IsIntegral => Type == YamlScalarType.Int
        || (Type == YamlScalarType.Float && Value is double d && double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 9.2e18);

    /// <summary>
    /// Whether two scalars read the same in Kubernetes: same type and value, except that an integer and a float are
    /// compared as numbers (<c>1</c> equals <c>1.0</c>; JSON has one number type). <c>1</c> and <c>"1"</c> differ.
    /// </summary>
    public bool ValueEquals(YamlScalar other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsNumber && other.IsNumber)
        {
            return CompareNumbers(this, other) == 0;
        }

        return Type == other.Type && Type switch
        {
            YamlScalarType.Null => true,
            YamlScalarType.Bool => (bool)Value! == (bool)other.Value!,
            _ => string.Equals(Text, other.Text, StringComparison.Ordinal),
        };
    }

    /// <summary>The scalar with its type for messages, such as <c>1 (int)</c> or <c>"1" (string)</c>.</summary>
    public override string ToString() => Type switch
    {
        YamlScalarType.String => Quote(Text) + " (string)",
        YamlScalarType.Null => "null",
        _ => Text + " (" + Type.ToString().ToLowerInvariant() + ")",
    };

    internal bool IsNumber => Type is YamlScalarType.Int or YamlScalarType.Float;

    /// <summary>Compares two numeric scalars; NaN sorts with NaN as equal.</summary>
    internal static int CompareNumbers(YamlScalar a, YamlScalar b)
    {
        if (a.Value is BigInteger x && b.Value is BigInteger y)
        {
            return x.CompareTo(y);
        }

        return ToDouble(a).CompareTo(ToDouble(b));
    }

    internal static double ToDouble(YamlScalar s) => s.Value switch
    {
        BigInteger i => (double)i,
        double d => d,
        _ => double.NaN,
    };

    internal static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    /// <summary>A scalar as parsed: its text, whether it was plain, its tag, and where it starts and ends.</summary>
    internal static YamlScalar Create(string text, bool plain, string? tag, ValuesMark start, ValuesMark end)
    {
        var line = start.Line;
        var column = start.Column;

        // Quoted and block scalars without a tag, and !!str or the non-specific '!' tag: strings.
        if ((tag is null && !plain) || tag is "tag:yaml.org,2002:str" or "!" || (tag is not null && !CoreTags.Contains(tag)))
        {
            return new YamlScalar(text, plain, YamlScalarType.String, text, line, column);
        }

        var (kind, value) = KubeDsl.Schemas.KubernetesScalars.ResolveValue(text);
        var type = kind switch
        {
            KubeDsl.Documents.ScalarKind.Boolean => YamlScalarType.Bool,
            KubeDsl.Documents.ScalarKind.Integer => YamlScalarType.Int,
            KubeDsl.Documents.ScalarKind.Float => YamlScalarType.Float,
            KubeDsl.Documents.ScalarKind.Null => YamlScalarType.Null,
            _ => YamlScalarType.String,
        };
        if (tag is not null)
        {
            var wanted = tag[CoreTagPrefix.Length..] switch
            {
                "int" => YamlScalarType.Int,
                "float" => YamlScalarType.Float,
                "bool" => YamlScalarType.Bool,
                "null" => YamlScalarType.Null,
                _ => type,
            };
            if (wanted == YamlScalarType.Float && type == YamlScalarType.Int)
            {
                (type, value) = (YamlScalarType.Float, (double)(BigInteger)value!);
            }

            if (wanted != type)
            {
                throw new YamlException(new Mark(start.Offset, start.Line, start.Column), new Mark(end.Offset, end.Line, end.Column), $"Cannot read '{text}' as {tag}.");
            }
        }

        return new YamlScalar(text, plain, type, value, line, column);
    }

    /// <summary>The name a key gets as a JSON object key, as sigs.k8s.io/yaml converts it.</summary>
    internal string KeyName() => Type switch
    {
        YamlScalarType.String => Text,
        YamlScalarType.Bool => (bool)Value! ? "true" : "false",
        YamlScalarType.Int => ((BigInteger)Value!).ToString(CultureInfo.InvariantCulture),

        // Go formats float keys with 32-bit precision; close enough for keys nobody should write.
        YamlScalarType.Float => ((float)(double)Value!).ToString("R", CultureInfo.InvariantCulture),
        _ => throw new YamlException(Start(), Start(), $"A null mapping key (line {Line}) has no JSON form."),
    };

    private Mark Start() => new(0, Line, Column);

    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        CoreTagPrefix + "int", CoreTagPrefix + "float", CoreTagPrefix + "bool", CoreTagPrefix + "null", CoreTagPrefix + "timestamp",
    };
}

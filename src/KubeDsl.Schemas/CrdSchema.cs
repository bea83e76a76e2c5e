using System.Collections.Concurrent;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace KubeDsl.Schemas;

/// <summary>
/// One node of an openAPIV3Schema, read once from the CRD. Keywords the validator does not check (description,
/// default values except for "may be omitted", x-kubernetes-map-type, x-kubernetes-validations CEL rules, formats
/// other than int32/int64) are ignored.
/// </summary>
internal sealed class CrdSchema
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private CrdSchema(YamlMapping node, string location)
    {
        Location = location;
        Type = Text(node, "type");
        Format = Text(node, "format");
        Nullable = Flag(node, "nullable");
        IntOrString = Flag(node, "x-kubernetes-int-or-string");
        PreserveUnknownFields = Flag(node, "x-kubernetes-preserve-unknown-fields");
        EmbeddedResource = Flag(node, "x-kubernetes-embedded-resource");
        Default = node.TryGetValue("default", out var defaultValue) ? defaultValue : null;
        ListType = Text(node, "x-kubernetes-list-type");
        ListMapKeys = Strings(node, "x-kubernetes-list-map-keys");
        Required = Strings(node, "required");
        Enum = node.TryGetValue("enum", out var e) && e is YamlSequence values ? values.Items : null;
        Minimum = Number(node, "minimum");
        Maximum = Number(node, "maximum");
        ExclusiveMinimum = Flag(node, "exclusiveMinimum");
        ExclusiveMaximum = Flag(node, "exclusiveMaximum");
        MinLength = Integer(node, "minLength");
        MaxLength = Integer(node, "maxLength");
        MinItems = Integer(node, "minItems");
        MaxItems = Integer(node, "maxItems");
        MinProperties = Integer(node, "minProperties");
        MaxProperties = Integer(node, "maxProperties");
        Pattern = Text(node, "pattern");

        if (node.TryGetValue("properties", out var p) && p is YamlMapping properties)
        {
            Properties = properties.Entries.ToDictionary(
                x => x.Key,
                x => Read(x.Value, location + ".properties." + x.Key),
                StringComparer.Ordinal);
        }

        if (node.TryGetValue("additionalProperties", out var additional))
        {
            if (additional is YamlScalar { Type: YamlScalarType.Bool } allowed)
            {
                AdditionalPropertiesAllowed = (bool)allowed.Value!;
            }
            else
            {
                AdditionalProperties = Read(additional, location + ".additionalProperties");
            }
        }

        if (node.TryGetValue("items", out var items))
        {
            Items = Read(items, location + ".items");
        }

        AnyOf = List(node, "anyOf", location);
        AllOf = List(node, "allOf", location);
        OneOf = List(node, "oneOf", location);
        if (node.TryGetValue("not", out var not))
        {
            Not = Read(not, location + ".not");
        }
    }

    /// <summary>Where in the CRD this schema sits, for error messages about the CRD itself.</summary>
    public string Location { get; }

    public string? Type { get; }

    public string? Format { get; }

    public bool Nullable { get; }

    public bool IntOrString { get; }

    public bool PreserveUnknownFields { get; }

    public bool EmbeddedResource { get; }

    /// <summary>The schema's default value, which the API server fills in when the field is left out.</summary>
    public YamlTree? Default { get; }

    public bool HasDefault => Default is not null;

    public string? ListType { get; }

    public IReadOnlyList<string> ListMapKeys { get; }

    public IReadOnlyList<string> Required { get; }

    public IReadOnlyList<YamlTree>? Enum { get; }

    public YamlScalar? Minimum { get; }

    public YamlScalar? Maximum { get; }

    public bool ExclusiveMinimum { get; }

    public bool ExclusiveMaximum { get; }

    public long? MinLength { get; }

    public long? MaxLength { get; }

    public long? MinItems { get; }

    public long? MaxItems { get; }

    public long? MinProperties { get; }

    public long? MaxProperties { get; }

    public string? Pattern { get; }

    public IReadOnlyDictionary<string, CrdSchema>? Properties { get; }

    public CrdSchema? AdditionalProperties { get; }

    /// <summary>additionalProperties given as a boolean; null when not given that way.</summary>
    public bool? AdditionalPropertiesAllowed { get; }

    public CrdSchema? Items { get; }

    public IReadOnlyList<CrdSchema> AnyOf { get; }

    public IReadOnlyList<CrdSchema> AllOf { get; }

    public IReadOnlyList<CrdSchema> OneOf { get; }

    public CrdSchema? Not { get; }

    public static CrdSchema Read(YamlTree node, string location) =>
        node is YamlMapping mapping
            ? new CrdSchema(mapping, location)
            : throw new InvalidDataException($"{location}: a schema must be a mapping, found a {node.NodeKind} (line {node.Line}).");

    /// <summary>
    /// The pattern as a .NET regex with ECMAScript semantics and a timeout. Kubernetes anchors <c>$</c> at the very
    /// end of the text (Go regexp), while .NET's <c>$</c> also matches before a final newline; each unescaped
    /// <c>$</c> outside a character class is therefore narrowed to "end, not before a newline".
    /// </summary>
    public Regex PatternRegex() => Patterns.GetOrAdd(Pattern!, static pattern =>
    {
        var rewritten = StrictEnd(pattern);
        try
        {
            return new Regex(rewritten, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // A construct ECMAScript mode rejects (for example a Unicode class); .NET's own syntax is a superset.
            return new Regex(rewritten, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    });

    private static string StrictEnd(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '$')
            {
                result.Append(@"(?!\n)$");
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static string? Text(YamlMapping node, string key) => node.ScalarText(key);

    private static bool Flag(YamlMapping node, string key) =>
        node.TryGetValue(key, out var value) && value is YamlScalar { Type: YamlScalarType.Bool, Value: true };

    private static IReadOnlyList<string> Strings(YamlMapping node, string key) =>
        node.TryGetValue(key, out var value) && value is YamlSequence list
            ? list.Items.OfType<YamlScalar>().Select(s => s.Text).ToArray()
            : [];

    private static YamlScalar? Number(YamlMapping node, string key) =>
        node.TryGetValue(key, out var value) && value is YamlScalar { IsNumber: true } number ? number : null;

    private static long? Integer(YamlMapping node, string key) =>
        node.TryGetValue(key, out var value) && value is YamlScalar { Value: BigInteger n } ? (long)n : null;

    private static IReadOnlyList<CrdSchema> List(YamlMapping node, string key, string location) =>
        node.TryGetValue(key, out var value) && value is YamlSequence list
            ? list.Items.Select((item, i) => Read(item, $"{location}.{key}[{i}]")).ToArray()
            : [];
}

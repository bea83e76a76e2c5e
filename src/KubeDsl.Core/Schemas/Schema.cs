using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Schemas;

/// <summary>
/// One node of an OpenAPI schema: a CRD's openAPIV3Schema or a definition of the Kubernetes OpenAPI v2 document,
/// read once. Keywords the validator does not check (descriptions, x-kubernetes-map-type, x-kubernetes-validations
/// CEL rules) are not kept. A <c>$ref</c> is resolved through the definitions it was read with.
/// </summary>
internal sealed class Schema
{
    private static readonly string[] None = Array.Empty<string>();
    private static readonly IReadOnlyList<Schema> NoSchemas = Array.Empty<Schema>();

    private readonly IReadOnlyDictionary<string, Schema>? definitions;
    private readonly string? reference;
    private Regex? pattern;

    private Schema(DocMapping node, IReadOnlyDictionary<string, Schema>? definitions)
    {
        this.definitions = definitions;
        reference = Text(node, "$ref") is { } r ? r.Substring(r.LastIndexOf('/') + 1) : null;
        Type = Text(node, "type");
        Format = Text(node, "format");
        Nullable = Flag(node, "nullable");
        IntOrString = Flag(node, "x-kubernetes-int-or-string") || (Type == "string" && Format == "int-or-string");
        PreserveUnknownFields = Flag(node, "x-kubernetes-preserve-unknown-fields");
        EmbeddedResource = Flag(node, "x-kubernetes-embedded-resource");
        Default = node["default"];
        ListType = Text(node, "x-kubernetes-list-type");
        ListMapKeys = Strings(node, "x-kubernetes-list-map-keys");
        Required = Strings(node, "required");
        Enum = node["enum"] is DocSequence values ? values.Items : null;
        Minimum = node["minimum"] as DocScalar;
        Maximum = node["maximum"] as DocScalar;
        ExclusiveMinimum = Flag(node, "exclusiveMinimum");
        ExclusiveMaximum = Flag(node, "exclusiveMaximum");
        MinLength = Integer(node, "minLength");
        MaxLength = Integer(node, "maxLength");
        MinItems = Integer(node, "minItems");
        MaxItems = Integer(node, "maxItems");
        MinProperties = Integer(node, "minProperties");
        MaxProperties = Integer(node, "maxProperties");
        UniqueItems = Flag(node, "uniqueItems");
        Pattern = Text(node, "pattern");

        if (node["properties"] is DocMapping properties)
        {
            var map = new Dictionary<string, Schema>(StringComparer.Ordinal);
            foreach (var entry in properties.Entries)
            {
                if (entry.Value is DocMapping property)
                {
                    map[entry.Key] = new Schema(property, definitions);
                }
            }

            Properties = map;
        }

        switch (node["additionalProperties"])
        {
            case DocScalar { Kind: ScalarKind.Boolean } allowed:
                AdditionalPropertiesAllowed = allowed.Text is "true" or "True" or "TRUE";
                break;
            case DocMapping additional:
                AdditionalProperties = new Schema(additional, definitions);
                break;
        }

        Items = node["items"] is DocMapping items ? new Schema(items, definitions) : null;
        AnyOf = List(node, "anyOf", definitions);
        AllOf = List(node, "allOf", definitions);
        OneOf = List(node, "oneOf", definitions);
        Not = node["not"] is DocMapping not ? new Schema(not, definitions) : null;
    }

    public string? Type { get; }

    public string? Format { get; }

    public bool Nullable { get; }

    /// <summary>x-kubernetes-int-or-string, or the Kubernetes document's <c>string</c> with format <c>int-or-string</c>.</summary>
    public bool IntOrString { get; }

    public bool PreserveUnknownFields { get; }

    public bool EmbeddedResource { get; }

    /// <summary>The value the API server fills in when the field is left out; such a field may be left out.</summary>
    public DocNode? Default { get; }

    public string? ListType { get; }

    public IReadOnlyList<string> ListMapKeys { get; }

    public IReadOnlyList<string> Required { get; }

    public IReadOnlyList<DocNode>? Enum { get; }

    public DocScalar? Minimum { get; }

    public DocScalar? Maximum { get; }

    public bool ExclusiveMinimum { get; }

    public bool ExclusiveMaximum { get; }

    public long? MinLength { get; }

    public long? MaxLength { get; }

    public long? MinItems { get; }

    public long? MaxItems { get; }

    public long? MinProperties { get; }

    public long? MaxProperties { get; }

    public bool UniqueItems { get; }

    public string? Pattern { get; }

    public IReadOnlyDictionary<string, Schema>? Properties { get; }

    public Schema? AdditionalProperties { get; }

    /// <summary>additionalProperties given as a boolean; null when not given that way.</summary>
    public bool? AdditionalPropertiesAllowed { get; }

    public Schema? Items { get; }

    public IReadOnlyList<Schema> AnyOf { get; }

    public IReadOnlyList<Schema> AllOf { get; }

    public IReadOnlyList<Schema> OneOf { get; }

    public Schema? Not { get; }

    /// <summary>The definition a <c>$ref</c> names (its last path segment), or null when this schema is no reference.</summary>
    public string? Reference => reference;

    /// <summary>Reads a schema node; <paramref name="definitions"/> resolves its references.</summary>
    public static Schema Read(DocMapping node, IReadOnlyDictionary<string, Schema>? definitions = null) => new(node, definitions);

    /// <summary>The schema a reference stands for (itself when it is none; null when the definition is missing).</summary>
    public Schema? Resolve()
    {
        if (reference is null)
        {
            return this;
        }

        return definitions is not null && definitions.TryGetValue(reference, out var target) ? target.Resolve() : null;
    }

    /// <summary>
    /// The pattern as a .NET regex with ECMAScript semantics and a timeout, made once. Kubernetes anchors <c>$</c> at
    /// the very end of the text (Go regexp), while .NET's <c>$</c> also matches before a final newline; each unescaped
    /// <c>$</c> outside a character class is therefore narrowed to "end, not before a newline".
    /// </summary>
    public Regex PatternRegex()
    {
        if (pattern is { } made)
        {
            return made;
        }

        var rewritten = StrictEnd(Pattern!);
        Regex regex;
        try
        {
            regex = new Regex(rewritten, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // A construct ECMAScript mode rejects (a Unicode class); .NET's own syntax is a superset.
            regex = new Regex(rewritten, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return pattern = regex;
    }

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

    private static string? Text(DocMapping node, string key) => node[key] is DocScalar { Kind: not ScalarKind.Null } s ? s.Text : null;

    private static bool Flag(DocMapping node, string key) => node[key] is DocScalar { Kind: ScalarKind.Boolean } s && s.Text is "true" or "True" or "TRUE";

    private static IReadOnlyList<string> Strings(DocMapping node, string key)
    {
        if (node[key] is not DocSequence list)
        {
            return None;
        }

        var strings = new List<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is DocScalar s)
            {
                strings.Add(s.Text);
            }
        }

        return strings;
    }

    private static long? Integer(DocMapping node, string key) =>
        node[key] is DocScalar s && KubernetesScalars.TryNumber(s, out var integer, out _) && integer is { } n ? (long)n : null;

    private static IReadOnlyList<Schema> List(DocMapping node, string key, IReadOnlyDictionary<string, Schema>? definitions)
    {
        if (node[key] is not DocSequence list)
        {
            return NoSchemas;
        }

        var schemas = new List<Schema>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is DocMapping mapping)
            {
                schemas.Add(new Schema(mapping, definitions));
            }
        }

        return schemas;
    }
}

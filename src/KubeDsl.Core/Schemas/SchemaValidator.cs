using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using KubeDsl.Documents;

namespace KubeDsl.Schemas;

/// <summary>
/// Checks a document tree against a schema, the way the API server reads the object, in one of two modes:
/// <list type="bullet">
/// <item><b>custom resources</b> (a CRD's openAPIV3Schema): types, properties, <c>required</c> (a field with a
/// <c>default</c> may be left out), <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>minimum</c>/<c>maximum</c>
/// (and exclusive), <c>pattern</c>, <c>minLength</c>/<c>maxLength</c>, <c>minItems</c>/<c>maxItems</c>,
/// <c>minProperties</c>/<c>maxProperties</c>, <c>uniqueItems</c>, <c>anyOf</c>/<c>allOf</c>/<c>oneOf</c>/<c>not</c>,
/// <c>nullable</c>, <c>x-kubernetes-int-or-string</c>, <c>x-kubernetes-list-type</c> set and map uniqueness,
/// <c>format</c> (<see cref="CheckFormat"/>). Unknown fields are errors unless
/// <c>x-kubernetes-preserve-unknown-fields</c>: the API server refuses them under kubectl's strict field validation,
/// or prunes them without a word. <c>metadata</c> (at the root and in embedded resources) is read as ObjectMeta;</item>
/// <item><b>Kubernetes kinds</b> (definitions of the Kubernetes OpenAPI document): the API server decodes these into
/// Go structs, so a null is an absent field, an object without properties is free-form, and a Quantity takes a
/// number as well as a string; the rest as above.</item>
/// </list>
/// Not checked: CEL rules (<c>x-kubernetes-validations</c>), and what the API server's Go validation checks beyond
/// the schema (the rules check some of that).
/// </summary>
internal sealed class SchemaValidator
{
    /// <summary>The Kubernetes definition of a quantity: a string in the document, but the decoder takes numbers too.</summary>
    public const string QuantityDefinition = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private const string ObjectMetaDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    private static readonly Regex DateTime = new(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|[+-][0-9]{2}:?[0-9]{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex Date = new(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$", RegexOptions.CultureInvariant);
    private static readonly Regex Base64 = new(@"^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Uuid = new(@"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant);
    private static readonly Regex Ipv4 = new(@"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", RegexOptions.CultureInvariant);

    private readonly KubernetesDefinitions kubernetes;
    private readonly string schemaName;
    private readonly IReadOnlyDictionary<string, string> templates;
    private readonly Schema? waivedPodSpec;
    private readonly List<SchemaProblem> problems;

    private SchemaValidator(KubernetesDefinitions kubernetes, string schemaName, IReadOnlyDictionary<string, string> templates, bool merged, List<SchemaProblem> problems)
    {
        this.kubernetes = kubernetes;
        this.schemaName = schemaName;
        this.templates = templates;
        waivedPodSpec = merged ? kubernetes.Definition("io.k8s.api.core.v1.PodSpec") : null;
        this.problems = problems;
    }

    /// <summary>Checks a custom resource against the schema of its served version.</summary>
    /// <param name="schema">The version's openAPIV3Schema.</param>
    /// <param name="document">The resource.</param>
    /// <param name="kubernetes">The Kubernetes definitions, for metadata and pod templates.</param>
    /// <param name="schemaName">Names the schema in messages.</param>
    /// <param name="templates">
    /// Paths (<c>spec.driver.template</c>) where the CRD keeps a free-form value the operator reads as a Kubernetes
    /// definition (a PodTemplateSpec), with that definition's name; these are checked as that definition, merged.
    /// </param>
    public static List<SchemaProblem> CustomResource(Schema schema, DocMapping document, KubernetesDefinitions kubernetes, string schemaName, IReadOnlyDictionary<string, string> templates)
    {
        var problems = new List<SchemaProblem>();
        new SchemaValidator(kubernetes, schemaName, templates, merged: true, problems).Check(schema, document, string.Empty, builtIn: false, root: true);
        return problems;
    }

    /// <summary>Checks a value against a Kubernetes definition.</summary>
    /// <param name="definition">The definition (<c>io.k8s.api.core.v1.Pod</c>).</param>
    /// <param name="document">The value.</param>
    /// <param name="kubernetes">The definitions.</param>
    /// <param name="schemaName">Names the schema in messages.</param>
    /// <param name="merged">
    /// True for a pod its consumer merges with its own before creating it (Spark's and Flink's pod templates): the
    /// consumer adds the main container, so <c>spec.containers</c> may be absent.
    /// </param>
    public static List<SchemaProblem> Kubernetes(string definition, DocNode document, KubernetesDefinitions kubernetes, string schemaName, bool merged)
    {
        var problems = new List<SchemaProblem>();
        if (kubernetes.Definition(definition) is { } schema)
        {
            new SchemaValidator(kubernetes, schemaName, new Dictionary<string, string>(), merged, problems).Check(schema, document, string.Empty, builtIn: true, root: true);
        }

        return problems;
    }

    /// <summary>A path for messages: <c>spec.driver.cores</c>, <c>spec.volumes[0]</c>, <c>metadata.labels["app/name"]</c>.</summary>
    public static string Key(string parent, string key)
    {
        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '$') || c > 127)
            {
                return parent + "[\"" + key.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";
            }
        }

        return parent.Length == 0 ? key : parent + "." + key;
    }

    private static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private void Report(SchemaProblemKind kind, DocNode at, string path, string message, SourceOrigin? keyOrigin = null) =>
        problems.Add(new SchemaProblem(kind, at, path, message) { KeyOrigin = keyOrigin, Schema = schemaName });

    private void Check(Schema declared, DocNode node, string path, bool builtIn, bool root = false)
    {
        if (builtIn && declared.Reference == QuantityDefinition)
        {
            if (node is not DocScalar { Kind: ScalarKind.String or ScalarKind.Integer or ScalarKind.Float or ScalarKind.Null })
            {
                Report(SchemaProblemKind.WrongType, node, path, $"expected a quantity (a string or a number), got {Describe(node)}");
            }

            return;
        }

        if (declared.Resolve() is not { } schema)
        {
            return;
        }

        if (node is DocScalar { Kind: ScalarKind.Null })
        {
            // Go structs read a null as the absent field; a CRD's structural schema keeps nulls only where nullable.
            if (!builtIn && !schema.Nullable)
            {
                Report(SchemaProblemKind.WrongType, node, path, "null is not allowed here (the schema is not nullable; the API server drops or refuses it)");
            }

            return;
        }

        if (schema.IntOrString)
        {
            if (!(node is DocScalar { Kind: ScalarKind.String } || IsIntegral(node)))
            {
                Report(SchemaProblemKind.WrongType, node, path, $"expected an integer or a string, got {Describe(node)}");
                return;
            }
        }
        else if (schema.Type is { } type && !HasType(node, type))
        {
            Report(SchemaProblemKind.WrongType, node, path, $"expected {type}, got {Describe(node)}{QuotedNumberHint(node, type)}");
            return;
        }

        switch (node)
        {
            case DocScalar scalar:
                CheckScalar(schema, scalar, path);
                break;
            case DocMapping mapping:
                CheckObject(schema, mapping, path, builtIn, root);
                break;
            case DocSequence sequence:
                CheckArray(schema, sequence, path, builtIn);
                break;
        }

        // An int-or-string schema's anyOf only restates "integer or string".
        if (schema.AnyOf.Count > 0 && !schema.IntOrString && !schema.AnyOf.Any(branch => Passes(branch, node, builtIn)))
        {
            Report(SchemaProblemKind.Alternatives, node, path, $"matches none of the {schema.AnyOf.Count} anyOf schemas");
        }

        foreach (var branch in schema.AllOf)
        {
            Check(branch, node, path, builtIn);
        }

        if (schema.OneOf.Count > 0 && schema.OneOf.Count(branch => Passes(branch, node, builtIn)) is var matches && matches != 1)
        {
            Report(SchemaProblemKind.Alternatives, node, path, $"must match exactly one of the {schema.OneOf.Count} oneOf schemas, matches {matches}");
        }

        if (schema.Not is { } not && Passes(not, node, builtIn))
        {
            Report(SchemaProblemKind.Alternatives, node, path, "matches the schema under 'not'");
        }
    }

    private bool Passes(Schema schema, DocNode node, bool builtIn)
    {
        var trial = new SchemaValidator(kubernetes, schemaName, templates, waivedPodSpec is not null, new List<SchemaProblem>());
        trial.CheckBranch(schema, node, builtIn);
        return trial.problems.Count == 0;
    }

    // A branch of anyOf/oneOf/not is a constraint on the value, not a structural schema: it knows no fields.
    private void CheckBranch(Schema schema, DocNode node, bool builtIn)
    {
        var branch = schema.Resolve();
        if (branch is null)
        {
            return;
        }

        if (branch.Type is { } type && !(node is DocScalar { Kind: ScalarKind.Null }) && !HasType(node, type))
        {
            Report(SchemaProblemKind.WrongType, node, string.Empty, type);
            return;
        }

        if (node is DocScalar scalar)
        {
            CheckScalar(branch, scalar, string.Empty);
        }
        else if (node is DocMapping mapping)
        {
            foreach (var required in branch.Required)
            {
                if (mapping[required] is null)
                {
                    Report(SchemaProblemKind.MissingRequired, node, required, required);
                }
            }
        }

        foreach (var all in branch.AllOf)
        {
            CheckBranch(all, node, builtIn);
        }
    }

    private static bool IsIntegral(DocNode node) => node is DocScalar scalar && KubernetesScalars.TryNumber(scalar, out var integer, out _) && integer is not null;

    private static bool HasType(DocNode node, string type) => type switch
    {
        "object" => node is DocMapping,
        "array" => node is DocSequence,
        "string" => node is DocScalar { Kind: ScalarKind.String },
        "boolean" => node is DocScalar { Kind: ScalarKind.Boolean },

        // JSON has one number type: 2.0 reaches the API server as 2 and passes as an integer.
        "integer" => IsIntegral(node),
        "number" => node is DocScalar scalar && KubernetesScalars.TryNumber(scalar, out _, out _),
        _ => true,
    };

    private void CheckScalar(Schema schema, DocScalar scalar, string path)
    {
        if (schema.Enum is { } allowed && !allowed.Any(option => option is DocScalar o && Identity(o) == Identity(scalar)))
        {
            Report(SchemaProblemKind.NotInEnum, scalar, path, $"{Describe(scalar)} is not one of the allowed values: {string.Join(", ", allowed.Select(a => a is DocScalar s ? s.Text : "(an object)"))}");
        }

        if (scalar.Kind == ScalarKind.String)
        {
            var length = CodePoints(scalar.Text);
            if (schema.MinLength is { } min && length < min)
            {
                Report(SchemaProblemKind.Length, scalar, path, $"{Describe(scalar)} is shorter than minLength {min}");
            }

            if (schema.MaxLength is { } max && length > max)
            {
                Report(SchemaProblemKind.Length, scalar, path, $"{Describe(scalar)} is longer than maxLength {max} ({length} characters)");
            }

            if (schema.Pattern is { } pattern)
            {
                try
                {
                    if (!schema.PatternRegex().IsMatch(scalar.Text))
                    {
                        Report(SchemaProblemKind.Pattern, scalar, path, $"{Describe(scalar)} does not match the pattern {pattern}");
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    Report(SchemaProblemKind.Pattern, scalar, path, $"matching the pattern {pattern} timed out");
                }
                catch (ArgumentException)
                {
                    // A pattern .NET cannot read is left unchecked rather than refusing every value.
                }
            }

            if (schema.Format is { } format && !schema.IntOrString && CheckFormat(format, scalar.Text) is { } problem)
            {
                Report(SchemaProblemKind.Format, scalar, path, $"{Describe(scalar)} is not {problem} (format {format})");
            }

            return;
        }

        if (!KubernetesScalars.TryNumber(scalar, out var integer, out var value))
        {
            return;
        }

        if (schema.Minimum is { } minimum && KubernetesScalars.TryNumber(minimum, out var minInteger, out var minValue)
            && Compare(integer, value, minInteger, minValue) is var low && (low < 0 || (low == 0 && schema.ExclusiveMinimum)))
        {
            Report(SchemaProblemKind.Range, scalar, path, $"{scalar.Text} is less than the {(schema.ExclusiveMinimum ? "exclusive " : string.Empty)}minimum {minimum.Text}");
        }

        if (schema.Maximum is { } maximum && KubernetesScalars.TryNumber(maximum, out var maxInteger, out var maxValue)
            && Compare(integer, value, maxInteger, maxValue) is var high && (high > 0 || (high == 0 && schema.ExclusiveMaximum)))
        {
            Report(SchemaProblemKind.Range, scalar, path, $"{scalar.Text} is greater than the {(schema.ExclusiveMaximum ? "exclusive " : string.Empty)}maximum {maximum.Text}");
        }

        if (schema.Format is "int32" or "int64" && integer is { } whole)
        {
            var (lowest, highest) = schema.Format == "int32" ? ((BigInteger)int.MinValue, (BigInteger)int.MaxValue) : (long.MinValue, long.MaxValue);
            if (whole < lowest || whole > highest)
            {
                Report(SchemaProblemKind.Range, scalar, path, $"{scalar.Text} is out of range for format {schema.Format} ({lowest} to {highest})");
            }
        }
    }

    /// <summary>
    /// What a string is not, for the string formats the API server checks (null when it is in its format or the
    /// format is not checked): <c>byte</c> (base64, Go's decoder), <c>date-time</c> (RFC 3339), <c>date</c>,
    /// <c>uuid</c>, <c>ipv4</c>, <c>ipv6</c>.
    /// </summary>
    public static string? CheckFormat(string format, string text)
    {
        switch (format)
        {
            case "byte":
                return Base64.IsMatch(text.Replace("\n", string.Empty).Replace("\r", string.Empty)) ? null : "base64 text";
            case "date-time":
                var time = DateTime.Match(text);
                return time.Success && ValidDate(time) && int.Parse(time.Groups[4].Value, CultureInfo.InvariantCulture) < 24
                       && int.Parse(time.Groups[5].Value, CultureInfo.InvariantCulture) < 60 && int.Parse(time.Groups[6].Value, CultureInfo.InvariantCulture) < 61
                    ? null
                    : "an RFC 3339 date and time such as 2024-05-01T12:00:00Z";
            case "date":
                var date = Date.Match(text);
                return date.Success && ValidDate(date) ? null : "a date such as 2024-05-01";
            case "uuid":
                return Uuid.IsMatch(text) ? null : "a UUID";
            case "ipv4":
                return Ipv4.IsMatch(text) ? null : "an IPv4 address";
            case "ipv6":
                return text.IndexOf(':') >= 0 && System.Net.IPAddress.TryParse(text, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? null : "an IPv6 address";
            default:
                return null;
        }
    }

    private static bool ValidDate(Match match)
    {
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month);
    }

    private static int Compare(BigInteger? integer, double value, BigInteger? otherInteger, double otherValue) =>
        integer is { } a && otherInteger is { } b ? a.CompareTo(b) : value.CompareTo(otherValue);

    private void CheckObject(Schema schema, DocMapping mapping, string path, bool builtIn, bool root)
    {
        if (builtIn && schema.Properties is null && schema.AdditionalProperties is null)
        {
            return; // A free-form object of the Kubernetes API (RawExtension, FieldsV1).
        }

        foreach (var required in schema.Required)
        {
            var present = mapping[required] is { } value && !(builtIn && value is DocScalar { Kind: ScalarKind.Null });
            var waived = ReferenceEquals(schema, waivedPodSpec) && required == "containers";
            var defaulted = schema.Properties is { } declared && declared.TryGetValue(required, out var property) && property.Default is not null;
            if (!present && !waived && !defaulted)
            {
                Report(SchemaProblemKind.MissingRequired, mapping, Key(path, required), "required field is missing");
            }
        }

        foreach (var entry in mapping.Entries)
        {
            var childPath = Key(path, entry.Key);
            if (root && !builtIn && entry.Key is "apiVersion" or "kind")
            {
                // The catalogue checks these against the CRD's group, versions and kind; the API server knows them
                // whether or not the schema lists them (the Flink operator's CRDs do not).
                continue;
            }

            if (!builtIn && (root || schema.EmbeddedResource) && entry.Key == "metadata" && kubernetes.Definition(ObjectMetaDefinition) is { } meta)
            {
                AsKubernetes().Check(meta, entry.Value, childPath, builtIn: true);
            }
            else if (!builtIn && templates.TryGetValue(childPath, out var definition) && kubernetes.Definition(definition) is { } template)
            {
                AsKubernetes().Check(template, entry.Value, childPath, builtIn: true);
            }
            else if (schema.Properties is { } properties && properties.TryGetValue(entry.Key, out var property))
            {
                Check(property, entry.Value, childPath, builtIn);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Check(additional, entry.Value, childPath, builtIn);
            }
            else if (schema.EmbeddedResource && entry.Key is "apiVersion" or "kind")
            {
                if (entry.Value is not DocScalar { Kind: ScalarKind.String })
                {
                    Report(SchemaProblemKind.WrongType, entry.Value, childPath, $"expected string, got {Describe(entry.Value)}");
                }
            }
            else if (!schema.PreserveUnknownFields && schema.AdditionalPropertiesAllowed != true)
            {
                Report(SchemaProblemKind.UnknownField, entry.Value, childPath, "unknown field: the schema has no such field (the API server refuses it under strict field validation, or drops it)", entry.KeyOrigin);
            }
        }

        var count = mapping.Entries.Count;
        if (schema.MinProperties is { } min && count < min)
        {
            Report(SchemaProblemKind.Count, mapping, path, $"has {count} entries, fewer than minProperties {min}");
        }

        if (schema.MaxProperties is { } max && count > max)
        {
            Report(SchemaProblemKind.Count, mapping, path, $"has {count} entries, more than maxProperties {max}");
        }
    }

    // Metadata and pod templates inside a custom resource are judged by the Kubernetes definitions, and say so.
    private SchemaValidator AsKubernetes() => new(kubernetes, KnownSchemas.KubernetesName, templates, waivedPodSpec is not null, problems);

    private void CheckArray(Schema schema, DocSequence sequence, string path, bool builtIn)
    {
        var items = sequence.Items;
        if (schema.Items is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], Index(path, i), builtIn);
            }
        }

        if (schema.MinItems is { } min && items.Count < min)
        {
            Report(SchemaProblemKind.Count, sequence, path, $"has {items.Count} items, fewer than minItems {min}");
        }

        if (schema.MaxItems is { } max && items.Count > max)
        {
            Report(SchemaProblemKind.Count, sequence, path, $"has {items.Count} items, more than maxItems {max}");
        }

        var unique = schema.ListType is "set" or "map" ? schema.ListType : schema.UniqueItems ? "uniqueItems" : null;
        if (unique is null)
        {
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var identity = unique == "map" ? MapListKey(schema, items[i]) : Identity(items[i]);
            if (identity is not null && !TryAdd(seen, identity, i))
            {
                // A list keyed by one field reports at that field, where the duplicated name is written.
                var at = unique == "map" && schema.ListMapKeys.Count == 1 && items[i] is DocMapping m && m[schema.ListMapKeys[0]] is { } keyNode ? keyNode : items[i];
                var what = unique == "uniqueItems" ? "the schema's uniqueItems" : "a list of type " + unique;
                Report(SchemaProblemKind.Duplicate, at, Index(path, i), $"duplicate entry ({identity}) in {what}; the first is [{seen[identity]}]");
            }
        }
    }

    private static bool TryAdd(Dictionary<string, int> seen, string key, int index)
    {
        if (seen.ContainsKey(key))
        {
            return false;
        }

        seen[key] = index;
        return true;
    }

    /// <summary>The values of the list-map keys, with a schema default standing in for a missing key.</summary>
    private static string? MapListKey(Schema schema, DocNode item)
    {
        if (item is not DocMapping mapping)
        {
            return null;
        }

        var itemSchema = schema.Items?.Resolve();
        var parts = schema.ListMapKeys.Select(key =>
            mapping[key] is { } value ? key + "=" + Identity(value)
            : itemSchema?.Properties is { } properties && properties.TryGetValue(key, out var property) && property.Default is { } fallback ? key + "=" + Identity(fallback)
            : key + "=(unset)");
        return string.Join(", ", parts);
    }

    /// <summary>A value's identity as JSON compares it: numbers by value, strings by text, objects by their entries.</summary>
    private static string Identity(DocNode node)
    {
        switch (node)
        {
            case DocScalar { Kind: ScalarKind.Null }:
                return "null";
            case DocScalar { Kind: ScalarKind.Boolean } b:
                return b.Text is "true" or "True" or "TRUE" or "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" ? "true" : "false";
            case DocScalar s when KubernetesScalars.TryNumber(s, out var integer, out var value):
                return integer is { } whole ? whole.ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
            case DocScalar s:
                return Quote(s.Text);
            case DocSequence sequence:
                return "[" + string.Join(",", sequence.Items.Select(Identity)) + "]";
            default:
                var entries = ((DocMapping)node).Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => Quote(e.Key) + ":" + Identity(e.Value));
                return "{" + string.Join(",", entries) + "}";
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    private static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A value for messages: <c>"1" (string)</c>, <c>2.5 (float)</c>, <c>an object</c>.</summary>
    public static string Describe(DocNode node) => node switch
    {
        DocScalar { Kind: ScalarKind.Null } => "null",
        DocScalar { Kind: ScalarKind.String } s => Quote(s.Text) + " (string)",
        DocScalar { Kind: ScalarKind.Boolean } s => s.Text + " (bool)",
        DocScalar { Kind: ScalarKind.Integer } s => s.Text + " (int)",
        DocScalar s => s.Text + " (float)",
        DocMapping => "an object",
        _ => "an array",
    };

    private static string QuotedNumberHint(DocNode node, string type) =>
        node is DocScalar { Kind: ScalarKind.String } s && type is "integer" or "number" && s.Text.Length > 0
        && KubernetesScalars.Resolve(s.Text) is ScalarKind.Integer or ScalarKind.Float
            ? " (a quoted number is a string; leave out the quotes)"
            : string.Empty;
}

using System.Numerics;
using System.Text.RegularExpressions;

namespace KubeDsl.Schemas;

/// <summary>
/// Validates documents against the openAPIV3Schema of an apiextensions.k8s.io/v1 CustomResourceDefinition, the way
/// the API server would, and stricter where the API server would silently change the object:
/// <list type="bullet">
/// <item>types (object, array, string, integer, number, boolean); values are typed as Kubernetes reads YAML, so
/// <c>"1"</c> is not an integer and a plain <c>yes</c> is not a string;</item>
/// <item><c>properties</c>, <c>required</c> (a field with a <c>default</c> may be left out), <c>additionalProperties</c>
/// (schema or boolean), <c>items</c>, <c>enum</c>, <c>minimum</c>/<c>maximum</c> (and exclusive), <c>pattern</c>,
/// <c>minLength</c>/<c>maxLength</c>, <c>minItems</c>/<c>maxItems</c>, <c>minProperties</c>/<c>maxProperties</c>,
/// <c>anyOf</c>/<c>allOf</c>/<c>oneOf</c>/<c>not</c>, <c>nullable</c>, <c>x-kubernetes-int-or-string</c>,
/// <c>x-kubernetes-list-type</c> map/set uniqueness, <c>format</c> int32/int64 ranges;</item>
/// <item>unknown fields are errors unless <c>x-kubernetes-preserve-unknown-fields: true</c>: structural pruning
/// would drop them without a word, which for a generator is a bug;</item>
/// <item><c>null</c> where the schema is not nullable is an error (the API server prunes or rejects it);</item>
/// <item>top-level <c>metadata</c> is checked as ObjectMeta (known fields, name and label syntax, string label and
/// annotation values), since the CRD schema leaves it to the API server;</item>
/// <item><c>apiVersion</c> must be the CRD group with a served version and <c>kind</c> the CRD kind.</item>
/// </list>
/// Not checked: CEL rules (<c>x-kubernetes-validations</c>), string formats such as date-time, and the operator's
/// own admission webhook. Messages look like <c>spec.driver.cores: expected integer, got "1" (string) (line 21)</c>.
/// </summary>
public sealed class CrdSchemaValidator
{
    private const string Dns1123Label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static readonly Regex SubdomainName = new("^" + Dns1123Label + @"(\." + Dns1123Label + ")*$", RegexOptions.CultureInvariant);
    private static readonly Regex LabelName = new("^" + Dns1123Label + "$", RegexOptions.CultureInvariant);
    private static readonly Regex QualifiedNamePart = new("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex LabelValue = new("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> ObjectMetaFields = new(StringComparer.Ordinal)
    {
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
        "managedFields",
    };

    private readonly IReadOnlyDictionary<string, CrdSchema> schemas;

    private CrdSchemaValidator(string group, string kind, IReadOnlyList<string> servedVersions, string preferredVersion, IReadOnlyDictionary<string, CrdSchema> schemas)
    {
        Group = group;
        Kind = kind;
        ServedVersions = servedVersions;
        ApiVersion = group + "/" + preferredVersion;
        this.schemas = schemas;
    }

    /// <summary>The CRD's API group, such as <c>sparkoperator.k8s.io</c>.</summary>
    public string Group { get; }

    /// <summary>The CRD's kind (<c>spec.names.kind</c>), such as <c>SparkApplication</c>.</summary>
    public string Kind { get; }

    /// <summary>The names of the served versions.</summary>
    public IReadOnlyList<string> ServedVersions { get; }

    /// <summary>group/version of the storage version (or the first served one): <c>sparkoperator.k8s.io/v1beta2</c>.</summary>
    public string ApiVersion { get; }

    /// <summary>Reads the CRD file at <paramref name="path"/>.</summary>
    public static CrdSchemaValidator Load(string path) => FromYaml(File.ReadAllText(path), path);

    /// <summary>Reads a CRD from YAML text (the first CustomResourceDefinition document in it).</summary>
    /// <param name="crdYaml">The CRD as YAML.</param>
    /// <param name="source">Names the text in error messages.</param>
    public static CrdSchemaValidator FromYaml(string crdYaml, string source = "CRD")
    {
        var crd = YamlTree.ParseAll(crdYaml).OfType<YamlMapping>().FirstOrDefault(d => d.ScalarText("kind") == "CustomResourceDefinition")
            ?? throw new InvalidDataException($"{source}: no CustomResourceDefinition document.");
        if (crd.ScalarText("apiVersion") != "apiextensions.k8s.io/v1")
        {
            throw new InvalidDataException($"{source}: only apiextensions.k8s.io/v1 CRDs are supported, found {crd.ScalarText("apiVersion")}.");
        }

        var spec = crd["spec"] as YamlMapping ?? throw new InvalidDataException($"{source}: spec is not a mapping.");
        var group = spec.ScalarText("group") ?? throw new InvalidDataException($"{source}: spec.group is missing.");
        var kind = (spec["names"] as YamlMapping)?.ScalarText("kind") ?? throw new InvalidDataException($"{source}: spec.names.kind is missing.");
        var served = new Dictionary<string, CrdSchema>(StringComparer.Ordinal);
        var order = new List<string>();
        string? storage = null;
        foreach (var version in ((YamlSequence)spec["versions"]).Items.Cast<YamlMapping>())
        {
            var name = version.ScalarText("name")!;
            if (version.TryGetValue("served", out var s) && s is YamlScalar { Value: true })
            {
                var schema = (version["schema"] as YamlMapping)?["openAPIV3Schema"]
                    ?? throw new InvalidDataException($"{source}: version {name} has no schema.openAPIV3Schema.");
                served[name] = CrdSchema.Read(schema, $"versions[{name}].schema.openAPIV3Schema");
                order.Add(name);
                if (version.TryGetValue("storage", out var st) && st is YamlScalar { Value: true })
                {
                    storage = name;
                }
            }
        }

        return order.Count == 0
            ? throw new InvalidDataException($"{source}: no served version.")
            : new CrdSchemaValidator(group, kind, order, storage ?? order[0], served);
    }

    /// <summary>Every error in <paramref name="document"/>, each as <c>path: message (line n)</c>; empty when valid.</summary>
    public IReadOnlyList<string> Validate(YamlTree document) => Errors(document).Select(e => e.ToString()).ToList();

    /// <summary>Every error in <paramref name="document"/>, with its kind and position; empty when valid.</summary>
    public IReadOnlyList<SchemaError> Errors(YamlTree document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = new Run();
        if (document is not YamlMapping root)
        {
            run.Error(SchemaErrorKind.WrongType, YamlPath.Root, document, $"expected a mapping (an object), got {Describe(document)}");
            return run.Errors;
        }

        var version = ApiVersion[(Group.Length + 1)..];
        switch (root.TryGetValue("apiVersion", out var apiVersionNode) ? apiVersionNode : null)
        {
            case null:
                run.Error(SchemaErrorKind.ApiVersion, "apiVersion", root, $"required field is missing (expected {ExpectedApiVersions()})");
                break;
            case YamlScalar { Type: YamlScalarType.String } s when s.Text.StartsWith(Group + "/", StringComparison.Ordinal)
                                                                  && ServedVersions.Contains(s.Text[(Group.Length + 1)..]):
                version = s.Text[(Group.Length + 1)..];
                break;
            case var other:
                run.Error(SchemaErrorKind.ApiVersion, "apiVersion", other, $"expected {ExpectedApiVersions()}, got {Describe(other)}");
                break;
        }

        switch (root.TryGetValue("kind", out var kindNode) ? kindNode : null)
        {
            case null:
                run.Error(SchemaErrorKind.ApiVersion, "kind", root, $"required field is missing (expected {Kind})");
                break;
            case YamlScalar { Type: YamlScalarType.String } s when s.Text == Kind:
                break;
            case var other:
                run.Error(SchemaErrorKind.ApiVersion, "kind", other, $"expected {Kind}, got {Describe(other)}");
                break;
        }

        Check(schemas[version], root, YamlPath.Root, run, structural: true);
        return run.Errors;
    }

    private string ExpectedApiVersions() => string.Join(" or ", ServedVersions.Select(v => Group + "/" + v));

    private static void Check(CrdSchema schema, YamlTree node, string path, Run run, bool structural)
    {
        if (node is YamlScalar { Type: YamlScalarType.Null })
        {
            if (!schema.Nullable)
            {
                run.Error(SchemaErrorKind.WrongType, path, node, "null is not allowed here (the schema is not nullable; the API server would drop or reject it)");
            }

            return;
        }

        if (schema.IntOrString)
        {
            if (node is not YamlScalar { IsIntegral: true } and not YamlScalar { Type: YamlScalarType.String })
            {
                run.Error(SchemaErrorKind.WrongType, path, node, $"expected an integer or a string, got {Describe(node)}");
                return;
            }
        }
        else if (schema.Type is { } type && !HasType(node, type))
        {
            var hint = node is YamlScalar { Type: YamlScalarType.String, IsPlain: false } quoted && type is "integer" or "number"
                       && KubernetesScalars.Resolve(quoted.Text).Type is YamlScalarType.Int or YamlScalarType.Float
                ? " (a quoted number is a string; leave out the quotes)"
                : string.Empty;
            run.Error(SchemaErrorKind.WrongType, path, node, $"expected {type}, got {Describe(node)}{hint}");
            return;
        }

        switch (node)
        {
            case YamlScalar scalar:
                CheckScalar(schema, scalar, path, run);
                break;
            case YamlMapping mapping:
                CheckObject(schema, mapping, path, run, structural);
                break;
            case YamlSequence sequence:
                CheckArray(schema, sequence, path, run, structural);
                break;
        }

        // An int-or-string schema's anyOf only restates "integer or string".
        if (schema.AnyOf.Count > 0 && !schema.IntOrString && !schema.AnyOf.Any(branch => Passes(branch, node)))
        {
            run.Error(SchemaErrorKind.Constraint, path, node, $"matches none of the {schema.AnyOf.Count} anyOf schemas");
        }

        foreach (var branch in schema.AllOf)
        {
            Check(branch, node, path, run, structural: false);
        }

        if (schema.OneOf.Count > 0 && schema.OneOf.Count(branch => Passes(branch, node)) is var matches && matches != 1)
        {
            run.Error(SchemaErrorKind.Constraint, path, node, $"must match exactly one oneOf schema, matches {matches}");
        }

        if (schema.Not is { } not && Passes(not, node))
        {
            run.Error(SchemaErrorKind.Constraint, path, node, "matches the schema under 'not'");
        }
    }

    private static bool Passes(CrdSchema schema, YamlTree node)
    {
        var trial = new Run();
        Check(schema, node, YamlPath.Root, trial, structural: false);
        return trial.Errors.Count == 0;
    }

    private static bool HasType(YamlTree node, string type) => type switch
    {
        "object" => node is YamlMapping,
        "array" => node is YamlSequence,
        "string" => node is YamlScalar { Type: YamlScalarType.String },
        "boolean" => node is YamlScalar { Type: YamlScalarType.Bool },

        // JSON has one number type: 2.0 reaches the API server as 2 and passes as an integer.
        "integer" => node is YamlScalar { IsIntegral: true },
        "number" => node is YamlScalar { IsNumber: true } n && double.IsFinite(YamlScalar.ToDouble(n)),
        _ => true,
    };

    private static void CheckScalar(CrdSchema schema, YamlScalar scalar, string path, Run run)
    {
        if (schema.Enum is { } allowed && !allowed.Any(a => a is YamlScalar option && option.ValueEquals(scalar)))
        {
            run.Error(SchemaErrorKind.NotInEnum, path, scalar, $"{Describe(scalar)} is not one of the allowed values: {string.Join(", ", allowed.Select(a => a is YamlScalar s ? s.Text : a.NodeKind))}");
        }

        if (scalar.Type == YamlScalarType.String)
        {
            var length = scalar.Text.EnumerateRunes().Count();
            if (schema.MinLength is { } min && length < min)
            {
                run.Error(SchemaErrorKind.Constraint, path, scalar, $"{Describe(scalar)} is shorter than minLength {min}");
            }

            if (schema.MaxLength is { } max && length > max)
            {
                run.Error(SchemaErrorKind.Constraint, path, scalar, $"{Describe(scalar)} is longer than maxLength {max} ({length} characters)");
            }

            if (schema.Pattern is { } pattern)
            {
                try
                {
                    if (!schema.PatternRegex().IsMatch(scalar.Text))
                    {
                        run.Error(SchemaErrorKind.Constraint, path, scalar, $"{Describe(scalar)} does not match the pattern {pattern}");
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    run.Error(SchemaErrorKind.Constraint, path, scalar, $"matching the pattern {pattern} timed out");
                }
            }

            return;
        }

        if (!scalar.IsNumber)
        {
            return;
        }

        if (schema.Minimum is { } minimum && YamlScalar.CompareNumbers(scalar, minimum) is var low && (low < 0 || (low == 0 && schema.ExclusiveMinimum)))
        {
            run.Error(SchemaErrorKind.Constraint, path, scalar, $"{scalar.Text} is less than the {(schema.ExclusiveMinimum ? "exclusive " : string.Empty)}minimum {minimum.Text}");
        }

        if (schema.Maximum is { } maximum && YamlScalar.CompareNumbers(scalar, maximum) is var high && (high > 0 || (high == 0 && schema.ExclusiveMaximum)))
        {
            run.Error(SchemaErrorKind.Constraint, path, scalar, $"{scalar.Text} is greater than the {(schema.ExclusiveMaximum ? "exclusive " : string.Empty)}maximum {maximum.Text}");
        }

        if (schema.Format is "int32" or "int64" && scalar.IsIntegral)
        {
            var value = scalar.Value is BigInteger i ? i : new BigInteger((double)scalar.Value!);
            var (lowest, highest) = schema.Format == "int32" ? ((BigInteger)int.MinValue, (BigInteger)int.MaxValue) : (long.MinValue, long.MaxValue);
            if (value < lowest || value > highest)
            {
                run.Error(SchemaErrorKind.Constraint, path, scalar, $"{scalar.Text} is out of range for format {schema.Format}");
            }
        }
    }

    private static void CheckObject(CrdSchema schema, YamlMapping mapping, string path, Run run, bool structural)
    {
        foreach (var required in schema.Required)
        {
            var hasDefault = schema.Properties?.GetValueOrDefault(required)?.HasDefault == true;
            if (!mapping.ContainsKey(required) && !hasDefault)
            {
                run.Error(SchemaErrorKind.MissingRequired, YamlPath.Key(path, required), mapping, "required field is missing");
            }
        }

        foreach (var entry in mapping.Entries)
        {
            var childPath = YamlPath.Key(path, entry.Key);
            if (path.Length == 0 && entry.Key == "metadata" && structural)
            {
                CheckObjectMeta(entry.Value, childPath, run, requireName: true);
            }
            else if (path.Length == 0 && entry.Key is "apiVersion" or "kind" && structural)
            {
                // Checked against the CRD's group, versions and kind in Validate. The API server always knows these
                // root fields, whether or not the schema lists them (the Flink operator's CRDs do not).
            }
            else if (schema.Properties?.GetValueOrDefault(entry.Key) is { } property)
            {
                Check(property, entry.Value, childPath, run, structural);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Check(additional, entry.Value, childPath, run, structural);
            }
            else if (schema.EmbeddedResource && entry.Key is "apiVersion" or "kind" or "metadata")
            {
                if (entry.Key == "metadata")
                {
                    CheckObjectMeta(entry.Value, childPath, run, requireName: false);
                }
                else if (entry.Value is not YamlScalar { Type: YamlScalarType.String })
                {
                    run.Error(SchemaErrorKind.WrongType, childPath, entry.Value, $"expected string, got {Describe(entry.Value)}");
                }
            }
            else if (structural && !schema.PreserveUnknownFields && schema.AdditionalPropertiesAllowed != true)
            {
                run.Error(SchemaErrorKind.UnknownField, childPath, entry.KeyNode, "unknown field (not in the CRD schema; the API server would silently drop it)");
            }
        }

        if (schema.MinProperties is { } min && mapping.Count < min)
        {
            run.Error(SchemaErrorKind.Constraint, path, mapping, $"has {mapping.Count} properties, fewer than minProperties {min}");
        }

        if (schema.MaxProperties is { } max && mapping.Count > max)
        {
            run.Error(SchemaErrorKind.Constraint, path, mapping, $"has {mapping.Count} properties, more than maxProperties {max}");
        }
    }

    private static void CheckArray(CrdSchema schema, YamlSequence sequence, string path, Run run, bool structural)
    {
        if (schema.Items is { } items)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                Check(items, sequence[i], YamlPath.Index(path, i), run, structural);
            }
        }

        if (schema.MinItems is { } min && sequence.Count < min)
        {
            run.Error(SchemaErrorKind.Constraint, path, sequence, $"has {sequence.Count} items, fewer than minItems {min}");
        }

        if (schema.MaxItems is { } max && sequence.Count > max)
        {
            run.Error(SchemaErrorKind.Constraint, path, sequence, $"has {sequence.Count} items, more than maxItems {max}");
        }

        if (schema.ListType is "set" or "map")
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < sequence.Count; i++)
            {
                var identity = schema.ListType == "set" ? Identity(sequence[i]) : MapListKey(schema, sequence[i]);
                if (identity is not null && !seen.TryAdd(identity, i))
                {
                    run.Error(SchemaErrorKind.Constraint, YamlPath.Index(path, i), sequence[i], $"duplicate entry ({identity}) in a list of type {schema.ListType}; the first is [{seen[identity]}]");
                }
            }
        }
    }

    /// <summary>The values of the list-map keys, with a schema default standing in for a missing key.</summary>
    private static string? MapListKey(CrdSchema schema, YamlTree item)
    {
        if (item is not YamlMapping mapping)
        {
            return null;
        }

        var parts = schema.ListMapKeys.Select(key =>
            mapping.TryGetValue(key, out var value) ? key + "=" + Identity(value)
            : schema.Items?.Properties?.GetValueOrDefault(key)?.Default is { } fallback ? key + "=" + Identity(fallback)
            : key + "=(unset)");
        return string.Join(", ", parts);
    }

    private static string Identity(YamlTree node) => node switch
    {
        YamlScalar { IsNumber: true } n => YamlScalar.ToDouble(n).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        YamlScalar { Type: YamlScalarType.String } s => YamlScalar.Quote(s.Text),
        YamlScalar { Value: bool b } => b ? "true" : "false",
        YamlScalar => "null",
        _ => System.Text.Json.JsonSerializer.Serialize(node.ToPlainObject()),
    };

    private static void CheckObjectMeta(YamlTree node, string path, Run run, bool requireName)
    {
        if (node is not YamlMapping meta)
        {
            run.Error(SchemaErrorKind.WrongType, path, node, $"expected object, got {Describe(node)}");
            return;
        }

        if (requireName && !meta.ContainsKey("name") && !meta.ContainsKey("generateName"))
        {
            run.Error(SchemaErrorKind.MissingRequired, YamlPath.Key(path, "name"), meta, "required field is missing (or set generateName)");
        }

        foreach (var entry in meta.Entries)
        {
            var childPath = YamlPath.Key(path, entry.Key);
            var value = entry.Value;

            // ObjectMeta is decoded into Go structs, where a null field is the same as an absent one.
            if (value is YamlScalar { Type: YamlScalarType.Null } && ObjectMetaFields.Contains(entry.Key))
            {
                continue;
            }

            switch (entry.Key)
            {
                case "name" or "generateName":
                    if (ExpectString(value, childPath, run) is { } name
                        && !(SubdomainName.IsMatch(entry.Key == "name" ? name : name.TrimEnd('-') + "x") && name.Length <= 253))
                    {
                        run.Error(SchemaErrorKind.InvalidName, childPath, value, $"{Describe(value)} is not a valid name (lowercase DNS subdomain: a-z, 0-9, '-', '.', at most 253 characters)");
                    }

                    break;
                case "namespace":
                    if (ExpectString(value, childPath, run) is { } ns && !(LabelName.IsMatch(ns) && ns.Length <= 63))
                    {
                        run.Error(SchemaErrorKind.Constraint, childPath, value, $"{Describe(value)} is not a valid namespace (lowercase DNS label: a-z, 0-9, '-', at most 63 characters)");
                    }

                    break;
                case "labels" or "annotations":
                    CheckStringMap(value, childPath, run, isLabels: entry.Key == "labels");
                    break;
                case "finalizers":
                    if (value is YamlSequence finalizers)
                    {
                        for (var i = 0; i < finalizers.Count; i++)
                        {
                            ExpectString(finalizers[i], YamlPath.Index(childPath, i), run);
                        }
                    }
                    else
                    {
                        run.Error(SchemaErrorKind.WrongType, childPath, value, $"expected array, got {Describe(value)}");
                    }

                    break;
                default:
                    if (!ObjectMetaFields.Contains(entry.Key))
                    {
                        run.Error(SchemaErrorKind.UnknownField, childPath, entry.KeyNode, "unknown field (ObjectMeta has no such field; the API server would drop it)");
                    }

                    break;
            }
        }
    }

    private static void CheckStringMap(YamlTree node, string path, Run run, bool isLabels)
    {
        if (node is not YamlMapping map)
        {
            run.Error(SchemaErrorKind.WrongType, path, node, $"expected object, got {Describe(node)}");
            return;
        }

        foreach (var entry in map.Entries)
        {
            var childPath = YamlPath.Key(path, entry.Key);
            if (!IsQualifiedName(entry.Key))
            {
                run.Error(isLabels ? SchemaErrorKind.InvalidLabel : SchemaErrorKind.Constraint, childPath, entry.KeyNode, $"{YamlScalar.Quote(entry.Key)} is not a valid {(isLabels ? "label" : "annotation")} key ([prefix/]name; name up to 63 of A-Z a-z 0-9 - _ . starting and ending alphanumeric)");
            }

            if (ExpectString(entry.Value, childPath, run) is { } text && isLabels && !(LabelValue.IsMatch(text) && text.Length <= 63))
            {
                run.Error(SchemaErrorKind.InvalidLabel, childPath, entry.Value, $"{Describe(entry.Value)} is not a valid label value (up to 63 of A-Z a-z 0-9 - _ . starting and ending alphanumeric)");
            }
        }
    }

    private static bool IsQualifiedName(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var prefix = slash < 0 ? null : key[..slash];
        var name = slash < 0 ? key : key[(slash + 1)..];
        return name.Length <= 63 && QualifiedNamePart.IsMatch(name)
            && (prefix is null || (prefix.Length <= 253 && SubdomainName.IsMatch(prefix)));
    }

    private static string? ExpectString(YamlTree node, string path, Run run)
    {
        if (node is YamlScalar { Type: YamlScalarType.String } s)
        {
            return s.Text;
        }

        run.Error(SchemaErrorKind.WrongType, path, node, $"expected string, got {Describe(node)}");
        return null;
    }

    private static string Describe(YamlTree node) => node switch
    {
        YamlScalar scalar => scalar.ToString(),
        YamlMapping => "an object",
        _ => "an array",
    };

    private sealed class Run
    {
        public List<SchemaError> Errors { get; } = [];

        public void Error(SchemaErrorKind kind, string path, YamlTree at, string message) =>
            Errors.Add(new SchemaError(kind, path, at.Line, at.Column, message));
    }
}

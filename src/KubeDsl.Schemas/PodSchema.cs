using System.Text.Json;
using System.Reflection;

namespace KubeDsl.Schemas;

/// <summary>
/// Validates pods and pod template specs against the Kubernetes OpenAPI definitions vendored in
/// tests/fixtures/kubernetes/pod-openapi.json (Kubernetes v1.28.0, see its SOURCE.md; embedded in this assembly):
/// unknown fields, required fields, enums and the type of every value, as the API server's decoder reads the YAML.
/// </summary>
public static class PodSchema
{
    private const string Prefix = "io.k8s.api.core.v1.";
    private const string Quantity = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    private static readonly Lazy<JsonElement> Definitions = new(Load);

    /// <summary>Errors of <paramref name="document"/> read as a Pod (apiVersion v1, kind Pod), each "path: message".</summary>
    /// <param name="document">The pod.</param>
    /// <param name="merged">
    /// True for a template its consumer merges with its own pod before creating it (Spark's and Flink's pod templates):
    /// the consumer adds the main container, so <c>spec.containers</c> may be absent; every other rule holds.
    /// </param>
    public static IReadOnlyList<string> ValidatePod(YamlTree document, bool merged = false) => Validate(document, Prefix + "Pod", merged);

    /// <summary>Errors of <paramref name="document"/> read as a PodTemplateSpec (metadata, spec).</summary>
    /// <param name="document">The pod template spec.</param>
    /// <param name="merged">As for <see cref="ValidatePod"/>.</param>
    public static IReadOnlyList<string> ValidatePodTemplateSpec(YamlTree document, bool merged = false) => Validate(document, Prefix + "PodTemplateSpec", merged);

    /// <summary>Errors of <paramref name="document"/> read as <paramref name="definition"/>, with kinds and positions.</summary>
    /// <param name="document">The pod or template.</param>
    /// <param name="definition"><c>Pod</c> or <c>PodTemplateSpec</c>.</param>
    /// <param name="merged">As for <see cref="ValidatePod"/>.</param>
    public static IReadOnlyList<SchemaError> Errors(YamlTree document, string definition, bool merged)
    {
        var errors = new List<SchemaError>();
        new Walk(errors, merged).Definition(document, Prefix + definition, string.Empty);
        return errors;
    }

    // The pod messages name their path but, unlike the CRD ones, not their line.
    private static IReadOnlyList<string> Validate(YamlTree document, string definition, bool merged) =>
        Errors(document, definition[Prefix.Length..], merged).Select(e => Where(e.Path) + ": " + e.Message).ToList();

    private sealed record Walk(List<SchemaError> Errors, bool Merged)
    {
        public void Definition(YamlTree node, string name, string path)
        {
            if (name == Quantity)
            {
                // A string in the document; the API server's decoder also takes a number (cpu: 1).
                Scalar(node, path, "a quantity", YamlScalarType.String, YamlScalarType.Int, YamlScalarType.Float);
                return;
            }

            if (!Definitions.Value.TryGetProperty(name, out var schema))
            {
                Errors.Add(new SchemaError(SchemaErrorKind.Constraint, path, node.Line, node.Column, $"the schema has no definition {name}"));
                return;
            }

            Check(node, schema, path, ShortName(name));
        }

        private void Check(YamlTree node, JsonElement schema, string path, string typeName)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                Definition(node, reference.GetString()!.Split('/')[^1], path);
                return;
            }

            var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
            var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
            switch (type)
            {
                case "object":
                    Object(node, schema, path, typeName);
                    break;
                case "array":
                    if (node is not YamlSequence sequence)
                    {
                        Errors.Add(new SchemaError(SchemaErrorKind.WrongType, path, node.Line, node.Column, $"expected a list, got {node}"));
                        return;
                    }

                    for (var i = 0; i < sequence.Count; i++)
                    {
                        Check(sequence[i], schema.GetProperty("items"), path + "[" + i + "]", typeName);
                    }

                    break;
                case "string" when format == "int-or-string":
                    Scalar(node, path, "a string or an integer", YamlScalarType.String, YamlScalarType.Int);
                    break;
                case "string":
                    if (Scalar(node, path, "a string", YamlScalarType.String) && schema.TryGetProperty("enum", out var values))
                    {
                        var allowed = values.EnumerateArray().Select(v => v.GetString()!).ToList();
                        var text = ((YamlScalar)node).Text;
                        if (!allowed.Contains(text, StringComparer.Ordinal))
                        {
                            Errors.Add(new SchemaError(SchemaErrorKind.NotInEnum, path, node.Line, node.Column, $"'{text}' is not one of {string.Join(", ", allowed)}"));
                        }
                    }

                    break;
                case "integer":
                    Scalar(node, path, "an integer", YamlScalarType.Int);
                    break;
                case "number":
                    Scalar(node, path, "a number", YamlScalarType.Float, YamlScalarType.Int);
                    break;
                case "boolean":
                    Scalar(node, path, "a boolean", YamlScalarType.Bool);
                    break;
            }
        }

        private void Object(YamlTree node, JsonElement schema, string path, string typeName)
        {
            if (node is not YamlMapping mapping)
            {
                Errors.Add(new SchemaError(SchemaErrorKind.WrongType, path, node.Line, node.Column, $"expected a {typeName} mapping, got {node}"));
                return;
            }

            if (schema.TryGetProperty("additionalProperties", out var values))
            {
                foreach (var entry in mapping.Entries)
                {
                    Check(entry.Value, values, Join(path, entry.Key), typeName);
                }

                return;
            }

            if (!schema.TryGetProperty("properties", out var properties))
            {
                return; // A free-form object (RawExtension, FieldsV1).
            }

            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var field in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    var waived = Merged && typeName == "PodSpec" && field == "containers";
                    if (!mapping.ContainsKey(field) && !waived)
                    {
                        Errors.Add(new SchemaError(SchemaErrorKind.MissingRequired, Join(path, field), mapping.Line, mapping.Column, $"required field is missing ({typeName})"));
                    }
                }
            }

            foreach (var entry in mapping.Entries)
            {
                if (properties.TryGetProperty(entry.Key, out var property))
                {
                    Check(entry.Value, property, Join(path, entry.Key), typeName);
                }
                else
                {
                    Errors.Add(new SchemaError(SchemaErrorKind.UnknownField, Join(path, entry.Key), entry.KeyNode.Line, entry.KeyNode.Column, $"unknown field ({typeName} has no such field)"));
                }
            }
        }

        private bool Scalar(YamlTree node, string path, string expected, params YamlScalarType[] allowed)
        {
            if (node is YamlScalar scalar && allowed.Contains(scalar.Type))
            {
                return true;
            }

            Errors.Add(new SchemaError(SchemaErrorKind.WrongType, path, node.Line, node.Column, $"expected {expected}, got {node}"));
            return false;
        }
    }

    private static string ShortName(string definition) => definition[(definition.LastIndexOf('.') + 1)..];

    private static string Where(string path) => path.Length == 0 ? "(root)" : path;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static JsonElement Load()
    {
        using var stream = typeof(PodSchema).Assembly.GetManifestResourceStream("pod-openapi.json")
            ?? throw new InvalidOperationException("pod-openapi.json is not embedded in " + typeof(PodSchema).Assembly.GetName().Name);
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("definitions").Clone();
    }
}

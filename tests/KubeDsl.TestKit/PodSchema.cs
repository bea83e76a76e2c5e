using System.Text.Json;
using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>
/// Validates pods and pod template specs against the Kubernetes OpenAPI definitions vendored in
/// tests/fixtures/kubernetes/pod-openapi.json (see its SOURCE.md): unknown fields, required fields, enums and the
/// type of every value, as the API server's decoder reads the YAML.
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

    /// <summary>Fails with every error when <paramref name="yaml"/> is not a valid Pod.</summary>
    public static void AssertValidPod(string yaml)
    {
        var errors = ValidatePod(YamlTree.Parse(yaml));
        if (errors.Count > 0)
        {
            throw new XunitException($"{errors.Count} schema error(s):\n  " + string.Join("\n  ", errors));
        }
    }

    private static IReadOnlyList<string> Validate(YamlTree document, string definition, bool merged)
    {
        var errors = new List<string>();
        new Walk(errors, merged).Definition(document, definition, string.Empty);
        return errors;
    }

    private sealed record Walk(List<string> Errors, bool Merged)
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
                Errors.Add($"{Where(path)}: the schema has no definition {name}");
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
                        Errors.Add($"{Where(path)}: expected a list, got {node}");
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
                            Errors.Add($"{Where(path)}: '{text}' is not one of {string.Join(", ", allowed)}");
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
                Errors.Add($"{Where(path)}: expected a {typeName} mapping, got {node}");
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
                        Errors.Add($"{Join(path, field)}: required field is missing ({typeName})");
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
                    Errors.Add($"{Join(path, entry.Key)}: unknown field ({typeName} has no such field)");
                }
            }
        }

        private bool Scalar(YamlTree node, string path, string expected, params YamlScalarType[] allowed)
        {
            if (node is YamlScalar scalar && allowed.Contains(scalar.Type))
            {
                return true;
            }

            Errors.Add($"{Where(path)}: expected {expected}, got {node}");
            return false;
        }
    }

    private static string ShortName(string definition) => definition[(definition.LastIndexOf('.') + 1)..];

    private static string Where(string path) => path.Length == 0 ? "(root)" : path;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static JsonElement Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("kubernetes", "pod-openapi.json")));
        return json.RootElement.GetProperty("definitions").Clone();
    }
}

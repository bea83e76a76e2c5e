using System.Text.Json;
using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>
/// Validates pods and pod template specs against the Kubernetes API schema vendored in
/// tests/fixtures/kubernetes/pod-schema.json (see its SOURCE.md): unknown fields, required fields, and the JSON type
/// of every value, as Kubernetes' decoder reads the YAML.
/// </summary>
public static class PodSchema
{
    private static readonly Lazy<Dictionary<string, Definition>> Definitions = new(Load);

    /// <summary>Errors of <paramref name="document"/> read as a Pod (apiVersion v1, kind Pod), each "path: message".</summary>
    /// <param name="document">The pod.</param>
    /// <param name="merged">
    /// True for a template its consumer merges with its own pod before creating it (Spark's and Flink's pod templates):
    /// the consumer adds the main container, so <c>spec.containers</c> may be absent; every other rule holds.
    /// </param>
    public static IReadOnlyList<string> ValidatePod(YamlTree document, bool merged = false) => Validate(document, "V1Pod", merged);

    /// <summary>Errors of <paramref name="document"/> read as a PodTemplateSpec (metadata, spec).</summary>
    /// <param name="document">The pod template spec.</param>
    /// <param name="merged">As for <see cref="ValidatePod"/>.</param>
    public static IReadOnlyList<string> ValidatePodTemplateSpec(YamlTree document, bool merged = false) => Validate(document, "V1PodTemplateSpec", merged);

    /// <summary>Fails with every error when <paramref name="yaml"/> is not a valid Pod.</summary>
    public static void AssertValidPod(string yaml)
    {
        var errors = ValidatePod(YamlTree.Parse(yaml));
        if (errors.Count > 0)
        {
            throw new XunitException($"{errors.Count} schema error(s):\n  " + string.Join("\n  ", errors));
        }
    }

    private static IReadOnlyList<string> Validate(YamlTree document, string type, bool merged)
    {
        var errors = new List<string>();
        new Walk(errors, merged).Check(document, type, string.Empty);
        return errors;
    }

    private sealed record Walk(List<string> Errors, bool Merged)
    {
        public void Check(YamlTree node, string type, string path)
        {
            var errors = Errors;
            var where = path.Length == 0 ? "(root)" : path;
            if (type.StartsWith("list[", StringComparison.Ordinal))
            {
                if (node is not YamlSequence sequence)
                {
                    errors.Add($"{where}: expected a list, got {node}");
                    return;
                }

                for (var i = 0; i < sequence.Count; i++)
                {
                    Check(sequence[i], type[5..^1], path + "[" + i + "]");
                }

                return;
            }

            if (type.StartsWith("dict(str, ", StringComparison.Ordinal))
            {
                if (node is not YamlMapping map)
                {
                    errors.Add($"{where}: expected a mapping, got {node}");
                    return;
                }

                foreach (var entry in map.Entries)
                {
                    Check(entry.Value, type["dict(str, ".Length..^1], Join(path, entry.Key));
                }

                return;
            }

            switch (type)
            {
                case "object":
                    return; // IntOrString, Quantity and free-form values: any scalar or structure.
                case "str" when IsQuantity(path):
                    // The generated client types quantities as strings; Kubernetes' decoder also takes numbers (cpu: 1).
                    Scalar(node, where, errors, YamlScalarType.String, YamlScalarType.Int, YamlScalarType.Float);
                    return;
                case "str" or "datetime":
                    Scalar(node, where, errors, YamlScalarType.String);
                    return;
                case "int":
                    Scalar(node, where, errors, YamlScalarType.Int);
                    return;
                case "bool":
                    Scalar(node, where, errors, YamlScalarType.Bool);
                    return;
                case "float":
                    Scalar(node, where, errors, YamlScalarType.Float, YamlScalarType.Int);
                    return;
            }

            if (!Definitions.Value.TryGetValue(type, out var definition))
            {
                errors.Add($"{where}: the schema has no type {type}");
                return;
            }

            if (node is not YamlMapping mapping)
            {
                errors.Add($"{where}: expected a {type} mapping, got {node}");
                return;
            }

            foreach (var required in definition.Required.Where(r => !mapping.ContainsKey(r) && !(Merged && type == "V1PodSpec" && r == "containers")))
            {
                errors.Add($"{Join(path, required)}: required field is missing ({type})");
            }

            foreach (var entry in mapping.Entries)
            {
                if (definition.Properties.TryGetValue(entry.Key, out var fieldType))
                {
                    Check(entry.Value, fieldType, Join(path, entry.Key));
                }
                else
                {
                    errors.Add($"{Join(path, entry.Key)}: unknown field ({type} has no such field)");
                }
            }
        }
    }

    /// <summary>The fields of the Pod schema whose type is resource.Quantity.</summary>
    private static bool IsQuantity(string path)
    {
        var parent = path[..Math.Max(0, path.LastIndexOf('.'))];
        return path.EndsWith(".sizeLimit", StringComparison.Ordinal)
            || parent.EndsWith(".limits", StringComparison.Ordinal)
            || parent.EndsWith(".requests", StringComparison.Ordinal)
            || parent.EndsWith(".overhead", StringComparison.Ordinal);
    }

    private static void Scalar(YamlTree node, string where, List<string> errors, params YamlScalarType[] allowed)
    {
        if (node is not YamlScalar scalar || !allowed.Contains(scalar.Type))
        {
            errors.Add($"{where}: expected {string.Join(" or ", allowed).ToLowerInvariant()}, got {node}");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static Dictionary<string, Definition> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("kubernetes", "pod-schema.json")));
        var definitions = new Dictionary<string, Definition>(StringComparer.Ordinal);
        foreach (var type in json.RootElement.GetProperty("definitions").EnumerateObject())
        {
            definitions[type.Name] = new Definition(
                type.Value.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
                type.Value.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToList());
        }

        return definitions;
    }

    private sealed record Definition(Dictionary<string, string> Properties, List<string> Required);
}

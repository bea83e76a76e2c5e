using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// Checks a document against a CRD's openAPIV3Schema the way the API server's structural schema does: types,
/// required fields, enums, bounds, patterns, and unknown fields (which the server would silently prune, so for us
/// they are errors unless the schema preserves unknown fields).
/// </summary>
public sealed class CrdSchemaValidator
{
    private readonly YamlMappingNode schema;

    private CrdSchemaValidator(string group, string version, string kind, YamlMappingNode schema)
    {
        ApiVersion = group + "/" + version;
        Kind = kind;
        this.schema = schema;
    }

    public string ApiVersion { get; }

    public string Kind { get; }

    public static CrdSchemaValidator Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var spec = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["spec"];
        var version = (YamlMappingNode)((YamlSequenceNode)spec["versions"]).Children[0];
        return new CrdSchemaValidator(
            Text(spec["group"]),
            Text(version["name"]),
            Text(((YamlMappingNode)spec["names"])["kind"]),
            (YamlMappingNode)((YamlMappingNode)version["schema"])["openAPIV3Schema"]);
    }

    public List<string> Validate(YamlNode document)
    {
        var errors = new List<string>();
        if (document is YamlMappingNode root)
        {
            if (Scalar(root, "apiVersion") != ApiVersion)
            {
                errors.Add($"apiVersion: expected {ApiVersion}");
            }

            if (Scalar(root, "kind") != Kind)
            {
                errors.Add($"kind: expected {Kind}");
            }
        }

        Check(schema, document, string.Empty, errors);
        return errors;
    }

    // The CRD declares metadata as a bare object: the API server checks ObjectMeta with its own rules.
    private static void Check(YamlMappingNode schema, YamlNode node, string path, List<string> errors)
    {
        if (Flag(schema, "x-kubernetes-int-or-string"))
        {
            if (node is not YamlScalarNode)
            {
                errors.Add($"{path}: expected an int or a string");
            }

            return;
        }

        var type = Scalar(schema, "type");
        switch (type)
        {
            case "object":
                if (node is not YamlMappingNode mapping)
                {
                    errors.Add($"{path}: expected an object");
                    return;
                }

                var properties = schema.Children.TryGetValue(new YamlScalarNode("properties"), out var p) ? (YamlMappingNode)p : null;
                var additional = schema.Children.TryGetValue(new YamlScalarNode("additionalProperties"), out var a) ? a as YamlMappingNode : null;
                if (schema.Children.TryGetValue(new YamlScalarNode("required"), out var r))
                {
                    foreach (var required in ((YamlSequenceNode)r).Children.Select(Text))
                    {
                        if (!mapping.Children.ContainsKey(new YamlScalarNode(required)))
                        {
                            errors.Add($"{path}.{required}: required field is missing");
                        }
                    }
                }

                foreach (var (key, entry) in mapping.Children)
                {
                    var name = Text(key);
                    if (properties is not null && properties.Children.TryGetValue(new YamlScalarNode(name), out var child))
                    {
                        Check((YamlMappingNode)child, entry, path + "." + name, errors);
                    }
                    else if (additional is not null)
                    {
                        Check(additional, entry, path + "." + name, errors);
                    }
                    else if (!Flag(schema, "x-kubernetes-preserve-unknown-fields") && path != ".metadata")
                    {
                        errors.Add($"{path}.{name}: unknown field (the API server would drop it)");
                    }
                }

                break;
            case "array":
                if (node is not YamlSequenceNode sequence)
                {
                    errors.Add($"{path}: expected an array");
                    return;
                }

                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Check((YamlMappingNode)schema["items"], sequence.Children[i], $"{path}[{i}]", errors);
                }

                break;
            case "string" or "integer" or "number" or "boolean":
                if (node is not YamlScalarNode scalar)
                {
                    errors.Add($"{path}: expected a {type}");
                    return;
                }

                var value = YamlTreeCompare.Typed(scalar);
                var ok = type switch
                {
                    "string" => value is string,
                    "integer" => value is long,
                    "number" => value is long or double,
                    _ => value is bool,
                };
                if (!ok)
                {
                    errors.Add($"{path}: expected a {type}, got {scalar.Value}");
                    return;
                }

                if (schema.Children.TryGetValue(new YamlScalarNode("enum"), out var e) && !((YamlSequenceNode)e).Children.Select(Text).Contains(scalar.Value))
                {
                    errors.Add($"{path}: '{scalar.Value}' is not one of {string.Join(", ", ((YamlSequenceNode)e).Children.Select(Text))}");
                }

                if (value is long number)
                {
                    if (Scalar(schema, "minimum") is { } min && number < long.Parse(min))
                    {
                        errors.Add($"{path}: {number} is below the minimum {min}");
                    }

                    if (Scalar(schema, "maximum") is { } max && number > long.Parse(max))
                    {
                        errors.Add($"{path}: {number} is above the maximum {max}");
                    }
                }

                if (value is string text && Scalar(schema, "pattern") is { } pattern
                    && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                }

                break;
        }
    }

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;

    private static bool Flag(YamlMappingNode node, string key) => Scalar(node, key) == "true";
}

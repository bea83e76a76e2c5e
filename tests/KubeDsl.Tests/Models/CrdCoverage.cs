using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Tests.Models;

/// <summary>
/// Walks an OpenAPI v3 schema alongside a C# model type and lists every disagreement: a schema field without a
/// property (or with a property not named as the PascalCase of the field), a property the schema does not have,
/// a required field that is not a C# required member (or the reverse), and enum values that differ.
/// Descends into KubeDsl types; for k8s.Models types it checks one level of field names, since their depth is
/// KubernetesClient's business.
/// </summary>
public static class CrdCoverage
{
    public static YamlMappingNode Schema(string crdPath, string? version = null)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(crdPath)));
        var versions = (YamlSequenceNode)Child((YamlMappingNode)stream.Documents[0].RootNode, "spec", "versions");
        var chosen = versions.Children.Cast<YamlMappingNode>().First(v => version is null || ((YamlScalarNode)v["name"]).Value == version);
        return (YamlMappingNode)Child(chosen, "schema", "openAPIV3Schema");
    }

    /// <summary>Asserts that the type's [KubernetesEntity] names the CRD's group, first version, kind and plural.</summary>
    public static void AssertEntityMatches(string crdPath, Type type)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(crdPath)));
        var spec = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["spec"];
        var entity = (k8s.Models.KubernetesEntityAttribute)Attribute.GetCustomAttribute(type, typeof(k8s.Models.KubernetesEntityAttribute))!;
        Xunit.Assert.Equal(((YamlScalarNode)spec["group"]).Value, entity.Group);
        Xunit.Assert.Equal(((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)spec["versions"]).Children[0])["name"]).Value, entity.ApiVersion);
        Xunit.Assert.Equal(((YamlScalarNode)((YamlMappingNode)spec["names"])["kind"]).Value, entity.Kind);
        Xunit.Assert.Equal(((YamlScalarNode)((YamlMappingNode)spec["names"])["plural"]).Value, entity.PluralName);
    }

    public static List<string> Compare(YamlMappingNode schema, Type type, string path, ISet<string>? skip = null)
    {
        var problems = new List<string>();
        Walk(schema, type, path, problems, skip ?? new HashSet<string>());
        return problems;
    }

    private static void Walk(YamlMappingNode schema, Type type, string path, List<string> problems, ISet<string> skip)
    {
        var properties = schema.Children.TryGetValue(new YamlScalarNode("properties"), out var p) ? (YamlMappingNode)p : new YamlMappingNode();
        var required = schema.Children.TryGetValue(new YamlScalarNode("required"), out var r)
            ? ((YamlSequenceNode)r).Children.Select(c => ((YamlScalarNode)c).Value!).ToHashSet()
            : new HashSet<string>();
        var byKey = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(pi => pi.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .ToDictionary(pi => pi.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name);
        var isKubeDsl = type.Namespace?.StartsWith("KubeDsl", StringComparison.Ordinal) == true;

        foreach (var (keyNode, valueNode) in properties.Children)
        {
            var field = ((YamlScalarNode)keyNode).Value!;
            var fieldPath = path + "." + field;
            if (skip.Contains(fieldPath))
            {
                continue;
            }

            if (!byKey.TryGetValue(field, out var property))
            {
                problems.Add($"{fieldPath}: no property of {type.Name} has [JsonPropertyName(\"{field}\")] (expected {Pascal(field)})");
                continue;
            }

            if (!isKubeDsl)
            {
                continue;
            }

            if (!string.Equals(property.Name, Pascal(field), StringComparison.Ordinal))
            {
                problems.Add($"{fieldPath}: property is named {property.Name}, expected {Pascal(field)}");
            }

            var isRequired = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            if (required.Contains(field) != isRequired)
            {
                problems.Add($"{fieldPath}: the CRD {(required.Contains(field) ? "requires" : "does not require")} it but the C# property is {(isRequired ? "" : "not ")}'required'");
            }

            var fieldSchema = (YamlMappingNode)valueNode;
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            CheckEnum(fieldSchema, propertyType, fieldPath, problems);
            var (elementSchema, elementType) = Element(fieldSchema, propertyType);
            if (elementSchema is not null && elementType is not null && IsObjectType(elementType))
            {
                Walk(elementSchema, elementType, fieldPath + (elementSchema == fieldSchema ? string.Empty : "[]"), problems, skip);
            }
        }

        if (isKubeDsl)
        {
            foreach (var key in byKey.Keys.Where(k => !properties.Children.ContainsKey(new YamlScalarNode(k))))
            {
                if (!skip.Contains(path + "." + key))
                {
                    problems.Add($"{path}.{key}: {type.Name}.{byKey[key].Name} is not in the CRD schema");
                }
            }
        }
    }

    private static (YamlMappingNode? Schema, Type? Type) Element(YamlMappingNode schema, Type type)
    {
        var schemaType = (schema.Children.TryGetValue(new YamlScalarNode("type"), out var t) ? ((YamlScalarNode)t).Value : null);
        if (schemaType == "array" && type.IsGenericType)
        {
            return ((YamlMappingNode)schema["items"], type.GetGenericArguments()[0]);
        }

        if (schemaType == "object" && type.IsGenericType && typeof(IDictionary).IsAssignableFrom(type)
            && schema.Children.TryGetValue(new YamlScalarNode("additionalProperties"), out var additional) && additional is YamlMappingNode a)
        {
            return (a, type.GetGenericArguments()[1]);
        }

        return schemaType == "object" ? (schema, type) : (null, null);
    }

    private static bool IsObjectType(Type type) => type.IsClass && type != typeof(string) && !type.IsGenericType;

    private static void CheckEnum(YamlMappingNode schema, Type type, string path, List<string> problems)
    {
        if (!schema.Children.TryGetValue(new YamlScalarNode("enum"), out var e) || !type.IsEnum)
        {
            return;
        }

        var expected = ((YamlSequenceNode)e).Children.Select(c => ((YamlScalarNode)c).Value!).ToHashSet();
        var actual = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? f.Name).ToHashSet();
        foreach (var missing in expected.Except(actual))
        {
            problems.Add($"{path}: enum {type.Name} lacks the CRD value '{missing}'");
        }
    }

    public static string Pascal(string field) => char.ToUpperInvariant(field[0]) + field.Substring(1);

    private static YamlNode Child(YamlMappingNode node, params string[] keys)
    {
        YamlNode current = node;
        foreach (var key in keys)
        {
            current = ((YamlMappingNode)current)[key];
        }

        return current;
    }
}

using k8s.Models;

namespace KubeDsl.Cli.Import;

/// <summary>
/// Writes the common shapes with the helpers the package adds to every project (docs/helpers.md):
/// <c>Meta.Of("etl", "data")</c> for metadata of a name and namespace, <c>EnvVar.Of</c>, <c>EnvVar.FromSecret</c>,
/// <c>EnvVar.FromConfigMap</c> and <c>EnvVar.FromField</c> for the usual variables. Anything else stays an initializer.
/// </summary>
internal static class Helpers
{
    /// <summary>The helper call that builds the same object, or null when none does.</summary>
    public static Code? Shorten(Type type, IReadOnlyList<KeyValuePair<string, Code>> properties)
    {
        // A commented value keeps its initializer, where the comment has a line to stand on.
        if (properties.Any(p => p.Value is CodeCommented))
        {
            return null;
        }

        var byName = properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (type == typeof(V1ObjectMeta) && byName.TryGetValue(nameof(V1ObjectMeta.Name), out var name) && name is CodeString
            && byName.Keys.All(k => k is nameof(V1ObjectMeta.Name) or nameof(V1ObjectMeta.NamespaceProperty)))
        {
            return Call("Meta.Of", name, byName.GetValueOrDefault(nameof(V1ObjectMeta.NamespaceProperty)));
        }

        if (type != typeof(V1EnvVar) || !byName.TryGetValue(nameof(V1EnvVar.Name), out var variable) || variable is not CodeString)
        {
            return null;
        }

        if (byName.Count == 2 && byName.TryGetValue(nameof(V1EnvVar.Value), out var value) && value is CodeString)
        {
            return Call("EnvVar.Of", variable, value);
        }

        if (byName.Count != 2 || byName.GetValueOrDefault(nameof(V1EnvVar.ValueFrom)) is not CodeObject { Properties: [var (source, selector)] }
            || selector is not CodeObject selectorObject)
        {
            return null;
        }

        var fields = selectorObject.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        switch (source)
        {
            case nameof(V1EnvVarSource.SecretKeyRef) or nameof(V1EnvVarSource.ConfigMapKeyRef)
                when fields.Keys.All(k => k is "Name" or "Key" or "Optional") && fields.ContainsKey("Name") && fields.ContainsKey("Key"):
                return Call(source == nameof(V1EnvVarSource.SecretKeyRef) ? "EnvVar.FromSecret" : "EnvVar.FromConfigMap",
                    variable, fields["Name"], fields["Key"], fields.GetValueOrDefault("Optional"));
            case nameof(V1EnvVarSource.FieldRef) when fields.Count == 1 && fields.ContainsKey(nameof(V1ObjectFieldSelector.FieldPath)):
                return Call("EnvVar.FromField", variable, fields[nameof(V1ObjectFieldSelector.FieldPath)]);
            default:
                return null;
        }
    }

    private static CodeText Call(string method, params Code?[] arguments)
    {
        var given = arguments.Reverse().SkipWhile(a => a is null).Reverse().Select(a => a?.Signature ?? "null");
        return new CodeText(method + "(" + string.Join(", ", given) + ")");
    }
}

using System;
using System.Collections.Generic;
using KubeDsl.Documents;
using KubeDsl.Values;
using KubeDsl.Yaml;

namespace KubeDsl.Schemas;

/// <summary>
/// The schema of one custom resource kind: an apiextensions.k8s.io/v1 CustomResourceDefinition's group, kind and
/// the openAPIV3Schema of each served version.
/// </summary>
internal sealed class CustomResourceSchema
{
    private readonly Dictionary<string, Schema> versions;

    private CustomResourceSchema(string name, string group, string kind, IReadOnlyList<string> served, string storage, Dictionary<string, Schema> versions)
    {
        Name = name;
        Group = group;
        Kind = kind;
        ServedVersions = served;
        StorageVersion = storage;
        this.versions = versions;
    }

    /// <summary>The CRD's metadata.name (<c>widgets.example.com</c>).</summary>
    public string Name { get; }

    /// <summary>The API group (<c>sparkoperator.k8s.io</c>).</summary>
    public string Group { get; }

    /// <summary>spec.names.kind (<c>SparkApplication</c>).</summary>
    public string Kind { get; }

    /// <summary>The served versions, in the CRD's order.</summary>
    public IReadOnlyList<string> ServedVersions { get; }

    /// <summary>The storage version (or the first served one).</summary>
    public string StorageVersion { get; }

    /// <summary>The schema of a served version, or null.</summary>
    public Schema? For(string version) => versions.TryGetValue(version, out var schema) ? schema : null;

    /// <summary>
    /// Every CustomResourceDefinition of a YAML stream, read as <see cref="YamlResources.Read"/> reads resources (the
    /// items of a <c>kind: List</c> included, as the CRD import takes them; other documents are skipped), and what
    /// kept a CRD document from being read: not apiextensions.k8s.io/v1, no group or kind, no served version with a
    /// schema.
    /// </summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="path">The file's path, for the problems.</param>
    public static (IReadOnlyList<CustomResourceSchema> Schemas, IReadOnlyList<string> Problems) Read(string yaml, string path)
    {
        var schemas = new List<CustomResourceSchema>();
        var problems = new List<string>();
        var read = YamlResources.Read(yaml, path);
        if (read.Error is { } error)
        {
            problems.Add($"not valid YAML at line {read.Line}, column {read.Column}: {error}");
        }

        foreach (var crd in read.Resources)
        {
            if (Text(crd["kind"]) != "CustomResourceDefinition")
            {
                continue;
            }

            var name = Text((crd["metadata"] as DocMapping)?["name"]) ?? "(unnamed)";
            if (Text(crd["apiVersion"]) != "apiextensions.k8s.io/v1")
            {
                problems.Add($"{name}: only apiextensions.k8s.io/v1 CRDs are read, not {Text(crd["apiVersion"]) ?? "(no apiVersion)"}");
                continue;
            }

            var spec = crd["spec"] as DocMapping;
            var group = Text(spec?["group"]);
            var kind = Text((spec?["names"] as DocMapping)?["kind"]);
            if (group is null || kind is null)
            {
                problems.Add($"{name}: spec.group or spec.names.kind is missing");
                continue;
            }

            var served = new List<string>();
            var versions = new Dictionary<string, Schema>(StringComparer.Ordinal);
            string? storage = null;
            foreach (var item in (spec?["versions"] as DocSequence)?.Items ?? (IReadOnlyList<DocNode>)Array.Empty<DocNode>())
            {
                if (item is not DocMapping version || Text(version["name"]) is not { } versionName || !IsTrue(version["served"]))
                {
                    continue;
                }

                if ((version["schema"] as DocMapping)?["openAPIV3Schema"] is not DocMapping schema)
                {
                    problems.Add($"{name}: version {versionName} has no schema.openAPIV3Schema");
                    continue;
                }

                served.Add(versionName);
                versions[versionName] = Schema.Read(schema);
                if (IsTrue(version["storage"]))
                {
                    storage = versionName;
                }
            }

            if (served.Count == 0)
            {
                problems.Add($"{name}: no served version with a schema");
                continue;
            }

            schemas.Add(new CustomResourceSchema(name, group, kind, served, storage ?? served[0], versions));
        }

        return (schemas, problems);
    }

    private static string? Text(DocNode? node) => node is DocScalar { Kind: not ScalarKind.Null } s ? s.Text : null;

    private static bool IsTrue(DocNode? node) => node is DocScalar { Kind: ScalarKind.Boolean } s && s.Text is "true" or "True" or "TRUE";
}

/// <summary>
/// The definitions of a Kubernetes OpenAPI v2 document (kubernetes-openapi.json), and the definition of each
/// kind by its <c>x-kubernetes-group-version-kind</c>.
/// </summary>
internal sealed class KubernetesDefinitions
{
    private readonly Dictionary<string, Schema> definitions;
    private readonly Dictionary<string, string> kinds;

    private KubernetesDefinitions(Dictionary<string, Schema> definitions, Dictionary<string, string> kinds)
    {
        this.definitions = definitions;
        this.kinds = kinds;
    }

    /// <summary>The definition of <paramref name="name"/> (<c>io.k8s.api.core.v1.PodTemplateSpec</c>), or null.</summary>
    public Schema? Definition(string name) => definitions.TryGetValue(name, out var schema) ? schema : null;

    /// <summary>The definition name for a kind of an apiVersion (<c>v1</c>, <c>rbac.authorization.k8s.io/v1</c>), or null.</summary>
    public string? DefinitionOf(string apiVersion, string kind) => kinds.TryGetValue(apiVersion + " " + kind, out var name) ? name : null;

    /// <summary>Reads the document (JSON, read as the YAML it also is).</summary>
    public static KubernetesDefinitions Read(string json)
    {
        var root = (DocMapping)YamlResources.ToDoc(ValuesReader.Parse(json, "kubernetes-openapi.json"), "kubernetes-openapi.json");
        var definitions = new Dictionary<string, Schema>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in ((DocMapping)root["definitions"]!).Entries)
        {
            var definition = (DocMapping)entry.Value;
            definitions[entry.Key] = Schema.Read(definition, definitions);
            foreach (var gvk in (definition["x-kubernetes-group-version-kind"] as DocSequence)?.Items ?? (IReadOnlyList<DocNode>)Array.Empty<DocNode>())
            {
                if (gvk is DocMapping m && m["group"] is DocScalar g && m["version"] is DocScalar v && m["kind"] is DocScalar k)
                {
                    var apiVersion = g.Text.Length == 0 ? v.Text : g.Text + "/" + v.Text;
                    kinds[apiVersion + " " + k.Text] = entry.Key;
                }
            }
        }

        return new KubernetesDefinitions(definitions, kinds);
    }
}

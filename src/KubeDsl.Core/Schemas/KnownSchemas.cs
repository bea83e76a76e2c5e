using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using KubeDsl.Documents;

namespace KubeDsl.Schemas;

/// <summary>
/// The schemas KubeDsl judges resources by, picked by a document's apiVersion and kind: the Spark operator's CRDs
/// (release v2.5.2), the Flink operator's (release 1.15.0 or its main branch), the Kubernetes v1.36 OpenAPI
/// definitions for the Kubernetes kinds (and for the pod templates the Spark CRDs leave free-form), and the
/// project's own CRDs. The built-in ones are the vendored files under tests/fixtures (each folder's SOURCE.md
/// names release, commit and licence), embedded in this assembly as one zip; each is read the first time a
/// resource needs it and kept for the process.
/// </summary>
internal static class KnownSchemas
{
    /// <summary>The API group of the Spark operator's resources.</summary>
    public const string SparkOperatorGroup = "sparkoperator.k8s.io";

    /// <summary>The API group of the Flink operator's resources.</summary>
    public const string FlinkOperatorGroup = "flink.apache.org";

    /// <summary>Names the Kubernetes definitions in messages.</summary>
    public const string KubernetesName = "Kubernetes v1.36 schema";

    private const string ResourceName = "KubeDsl.Schemas.zip";
    private const string PodTemplateSpec = "io.k8s.api.core.v1.PodTemplateSpec";

    private static readonly Dictionary<string, string> SparkFiles = new(StringComparer.Ordinal)
    {
        ["SparkApplication"] = "sparkoperator.k8s.io_sparkapplications.yaml",
        ["ScheduledSparkApplication"] = "sparkoperator.k8s.io_scheduledsparkapplications.yaml",
        ["SparkConnect"] = "sparkoperator.k8s.io_sparkconnects.yaml",
    };

    private static readonly Dictionary<string, string> FlinkFiles = new(StringComparer.Ordinal)
    {
        ["FlinkDeployment"] = "flinkdeployments.flink.apache.org-v1.yml",
        ["FlinkSessionJob"] = "flinksessionjobs.flink.apache.org-v1.yml",
        ["FlinkStateSnapshot"] = "flinkstatesnapshots.flink.apache.org-v1.yml",
    };

    // The Spark CRDs keep pod templates free-form (x-kubernetes-preserve-unknown-fields); the operator reads them
    // as PodTemplateSpecs (the Flink CRDs spell the Pod schema out, so theirs are checked by the CRD).
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Templates = new(StringComparer.Ordinal)
    {
        ["SparkApplication"] = Paths("spec.driver.template", "spec.executor.template"),
        ["ScheduledSparkApplication"] = Paths("spec.template.driver.template", "spec.template.executor.template"),
        ["SparkConnect"] = Paths("spec.server.template", "spec.executor.template"),
    };

    private static readonly IReadOnlyDictionary<string, string> NoTemplates = new Dictionary<string, string>(StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<string, byte[]>> Files = new(ReadZip);
    private static readonly Lazy<KubernetesDefinitions> KubernetesDocument = new(() => KubernetesDefinitions.Read(Text("kubernetes-openapi.json")));
    private static readonly ConcurrentDictionary<string, Lazy<CustomResourceSchema>> Operators = new(StringComparer.Ordinal);
    private const int CustomFilesKept = 64;
    private static readonly ConcurrentDictionary<string, Lazy<CustomSchemaFile>> Custom = new(StringComparer.Ordinal);

    /// <summary>The Kubernetes definitions, read on first use.</summary>
    public static KubernetesDefinitions Kubernetes => KubernetesDocument.Value;

    /// <summary>The built-in CRD of an operator kind, or null for a kind the operator does not have.</summary>
    /// <param name="group">The operator's group.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="flinkMainBranch">True for the Flink operator's main-branch CRDs instead of release 1.15.0's.</param>
    public static CustomResourceSchema? Operator(string group, string kind, bool flinkMainBranch)
    {
        var (files, folder) = group == SparkOperatorGroup ? (SparkFiles, "spark-operator")
            : group == FlinkOperatorGroup ? (FlinkFiles, flinkMainBranch ? "flink-operator-main" : "flink-operator-1.15.0")
            : (null, string.Empty);
        if (files is null || !files.TryGetValue(kind, out var file))
        {
            return null;
        }

        var name = folder + "/" + file;
        return Operators.GetOrAdd(name, n => new Lazy<CustomResourceSchema>(() => CustomResourceSchema.Read(Text(n), n).Schemas[0])).Value;
    }

    /// <summary>Which release of which schema refused a value, for messages.</summary>
    public static string NameOf(string group, bool flinkMainBranch) => group switch
    {
        SparkOperatorGroup => "Spark operator v2.5.2 CRD",
        FlinkOperatorGroup => flinkMainBranch ? "Flink operator main-branch CRD" : "Flink operator 1.15.0 CRD",
        _ => KubernetesName,
    };

    /// <summary>True for a document of one of the operators' API groups.</summary>
    public static bool IsOperatorGroup(string? apiVersion) =>
        apiVersion is not null && (apiVersion.StartsWith(SparkOperatorGroup + "/", StringComparison.Ordinal) || apiVersion.StartsWith(FlinkOperatorGroup + "/", StringComparison.Ordinal));

    /// <summary>True when a built-in schema judges <paramref name="kind"/> of <paramref name="apiVersion"/>.</summary>
    public static bool Covers(string? apiVersion, string? kind) =>
        apiVersion is not null && kind is not null && (IsOperatorGroup(apiVersion) || Kubernetes.DefinitionOf(apiVersion, kind) is not null);

    /// <summary>
    /// The CRDs of one file of the project's (an AdditionalFiles item with KubeDslCrd="true"), read once per
    /// content: <paramref name="hash"/> identifies the text (the caller's checksum of it), which is asked for only
    /// when this content was not read before.
    /// </summary>
    public static CustomSchemaFile CustomFile(string hash, Func<string> text, string path)
    {
        // Each edit of a CRD file in the IDE is a new text: past a bound, the old versions are dropped together
        // (the next read of a current file parses it once more). The path is part of the key because problems name it.
        if (Custom.Count >= CustomFilesKept)
        {
            Custom.Clear();
        }

        return Custom.GetOrAdd(path + "\n" + hash, _ => new Lazy<CustomSchemaFile>(() =>
        {
            var (schemas, problems) = CustomResourceSchema.Read(text(), path);
            return new CustomSchemaFile(path, schemas, problems);
        })).Value;
    }

    /// <summary>
    /// Every schema problem of one resource: against the project's CRD of its kind, the operator's CRD (a kind of
    /// an operator's group that has none is one problem at <c>kind</c>), or the Kubernetes definition of its kind
    /// (a v1 Pod is read as a pod template its consumer completes). Other kinds give none.
    /// </summary>
    public static List<SchemaProblem> Check(DocMapping resource, bool flinkMainBranch, IReadOnlyList<CustomResourceSchema> custom)
    {
        var apiVersion = Text(resource["apiVersion"]);
        var kind = Text(resource["kind"]);
        if (apiVersion is null || kind is null)
        {
            return new List<SchemaProblem>();
        }

        var slash = apiVersion.IndexOf('/');
        var group = slash < 0 ? string.Empty : apiVersion.Substring(0, slash);
        var version = apiVersion.Substring(slash + 1);
        CustomResourceSchema? crd = null;
        var groupKinds = new List<string>();
        foreach (var schema in custom)
        {
            if (schema.Group == group)
            {
                groupKinds.Add(schema.Kind);
                if (schema.Kind == kind)
                {
                    crd = schema;
                }
            }
        }

        string name;
        if (crd is not null)
        {
            name = "CRD " + crd.Name;
        }
        else if (groupKinds.Count == 0 && (group == SparkOperatorGroup || group == FlinkOperatorGroup))
        {
            name = NameOf(group, flinkMainBranch);
            crd = Operator(group, kind, flinkMainBranch);
            groupKinds.AddRange((group == SparkOperatorGroup ? SparkFiles : FlinkFiles).Keys);
        }
        else if (groupKinds.Count == 0)
        {
            return Kubernetes.DefinitionOf(apiVersion, kind) is { } definition
                ? WithName(SchemaValidator.Kubernetes(definition, resource, Kubernetes, KubernetesName, merged: kind == "Pod"), resource, kind, KubernetesName)
                : new List<SchemaProblem>();
        }
        else
        {
            name = "CRDs of " + group;
        }

        if (crd is null)
        {
            return new List<SchemaProblem>
            {
                new(SchemaProblemKind.ApiVersion, resource["kind"]!, "kind", $"{apiVersion} has no kind '{kind}'; its kinds are {string.Join(", ", groupKinds)}") { Schema = name },
            };
        }

        if (crd.For(version) is not { } versionSchema)
        {
            var served = new List<string>();
            foreach (var v in crd.ServedVersions)
            {
                served.Add(crd.Group + "/" + v);
            }

            return new List<SchemaProblem>
            {
                new(SchemaProblemKind.ApiVersion, resource["apiVersion"]!, "apiVersion", $"expected {string.Join(" or ", served)}, got {SchemaValidator.Describe(resource["apiVersion"]!)}") { Schema = name },
            };
        }

        var templates = crd.Group == SparkOperatorGroup && Templates.TryGetValue(kind, out var paths) ? paths : NoTemplates;
        return WithName(SchemaValidator.CustomResource(versionSchema, resource, Kubernetes, name, templates), resource, kind, name);
    }

    // Every object needs a name (or generateName), which no schema says; a Pod here is a template its consumer names.
    private static List<SchemaProblem> WithName(List<SchemaProblem> problems, DocMapping resource, string kind, string name)
    {
        var metadata = resource["metadata"] as DocMapping;
        if (kind != "Pod" && Text(metadata?["name"]) is null && Text(metadata?["generateName"]) is null)
        {
            problems.Add(new SchemaProblem(SchemaProblemKind.MissingRequired, (DocNode?)metadata ?? resource, "metadata.name", "required field is missing (or set generateName)")
            {
                Schema = name,
            });
        }

        return problems;
    }

    private static IReadOnlyDictionary<string, string> Paths(params string[] paths)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            map[path] = PodTemplateSpec;
        }

        return map;
    }

    private static string? Text(DocNode? node) => node is DocScalar { Kind: not ScalarKind.Null } s ? s.Text : null;

    private static string Text(string entry) =>
        Files.Value.TryGetValue(entry, out var bytes)
            ? Encoding.UTF8.GetString(bytes)
            : throw new InvalidOperationException(entry + " is not in " + ResourceName);

    private static Dictionary<string, byte[]> ReadZip()
    {
        using var stream = typeof(KnownSchemas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded in " + typeof(KnownSchemas).Assembly.GetName().Name);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            files[entry.FullName.Replace('\\', '/')] = copy.ToArray();
        }

        return files;
    }
}

/// <summary>The CRDs read from one of the project's files, and what kept parts of it from being read.</summary>
/// <param name="Path">The file.</param>
/// <param name="Schemas">Its CRDs.</param>
/// <param name="Problems">Its problems, each a sentence.</param>
internal sealed record CustomSchemaFile(string Path, IReadOnlyList<CustomResourceSchema> Schemas, IReadOnlyList<string> Problems);

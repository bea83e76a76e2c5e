using System.Collections.Concurrent;

namespace KubeDsl.Schemas;

/// <summary>
/// The schemas built into this assembly, picked by a document's kind: the Spark operator's CRDs (release v2.5.2),
/// the Flink operator's (release 1.15.0, or its main branch), and the Kubernetes Pod schema (v1.28.0) for Pods and
/// for the pod templates inside the operators' resources, whose CRDs leave them unchecked.
/// </summary>
public sealed class SchemaCatalog
{
    /// <summary>The API group of the Spark operator's resources.</summary>
    public const string SparkOperatorGroup = "sparkoperator.k8s.io";

    /// <summary>The API group of the Flink operator's resources.</summary>
    public const string FlinkOperatorGroup = "flink.apache.org";

    private static readonly ConcurrentDictionary<string, CrdSchemaValidator> Loaded = new(StringComparer.Ordinal);

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

    private readonly string flinkFolder;

    /// <summary>Schemas for the Flink operator release <paramref name="flinkMainBranch"/> says.</summary>
    /// <param name="flinkMainBranch">True to take the Flink operator's main-branch CRDs instead of release 1.15.0's.</param>
    public SchemaCatalog(bool flinkMainBranch) => flinkFolder = flinkMainBranch ? "flink-operator-main" : "flink-operator-1.15.0";

    /// <summary>Which schema release refused a value, for messages: <c>Spark operator v2.5.2 CRD</c>.</summary>
    public string NameFor(string kind) => kind switch
    {
        _ when SparkFiles.ContainsKey(kind) => "Spark operator v2.5.2 CRD",
        _ when FlinkFiles.ContainsKey(kind) => flinkFolder == "flink-operator-main" ? "Flink operator main-branch CRD" : "Flink operator 1.15.0 CRD",
        _ => PodSchemaName,
    };

    private const string PodSchemaName = "Kubernetes v1.28 Pod schema";

    /// <summary>True for a document of one of the operators' API groups.</summary>
    public static bool IsOperatorGroup(string? apiVersion) =>
        apiVersion is not null && (apiVersion.StartsWith(SparkOperatorGroup + "/", StringComparison.Ordinal) || apiVersion.StartsWith(FlinkOperatorGroup + "/", StringComparison.Ordinal));

    /// <summary>True when a schema is built in for <paramref name="kind"/> of <paramref name="apiVersion"/>.</summary>
    public static bool Covers(string? apiVersion, string? kind) =>
        (kind == "Pod" && apiVersion == "v1") || (IsOperatorGroup(apiVersion) && kind is not null && (SparkFiles.ContainsKey(kind) || FlinkFiles.ContainsKey(kind)));

    /// <summary>
    /// Every schema error of one resource: against its CRD (a resource of an operator's group whose kind has no CRD
    /// is one error at <c>kind</c>), or the Pod schema for a v1 Pod; the pod templates inside Spark and Flink
    /// resources are checked as PodTemplateSpecs. Other kinds give none.
    /// </summary>
    public IReadOnlyList<SchemaError> Validate(YamlMapping document)
    {
        var kind = document.ScalarText("kind");
        var apiVersion = document.ScalarText("apiVersion");
        if (kind == "Pod" && apiVersion == "v1")
        {
            // A pod template file (Spark native mode, Flink) is merged with the main container, so containers may be absent.
            return PodSchema.Errors(document, "Pod", merged: true).Select(e => e with { Schema = PodSchemaName }).ToList();
        }

        if (!IsOperatorGroup(apiVersion))
        {
            return [];
        }

        var group = apiVersion!.StartsWith(SparkOperatorGroup + "/", StringComparison.Ordinal) ? SparkFiles : FlinkFiles;
        if (kind is null || !group.TryGetValue(kind, out var file))
        {
            var at = document.Entry("kind")?.Value ?? (YamlTree)document;
            return [new SchemaError(SchemaErrorKind.ApiVersion, "kind", at.Line, at.Column, $"{apiVersion} has no kind {(kind is null ? "(none given)" : "'" + kind + "'")}; its kinds are {string.Join(", ", group.Keys)}") { Schema = NameFor(group == SparkFiles ? "SparkApplication" : "FlinkDeployment") }];
        }

        var folder = group == SparkFiles ? "spark-operator" : flinkFolder;
        var errors = Load(folder + "/" + file).Errors(document).Select(e => e with { Schema = NameFor(kind) }).ToList();
        foreach (var (path, template) in PodTemplates(kind, document))
        {
            // Spark's CRDs embed a PodTemplateSpec (metadata, spec); Flink's a whole Pod (apiVersion, kind, metadata, spec).
            var definition = kind.StartsWith("Flink", StringComparison.Ordinal) ? "Pod" : "PodTemplateSpec";
            foreach (var error in PodSchema.Errors(template, definition, merged: true))
            {
                errors.Add(error with { Path = path + (error.Path.Length == 0 ? string.Empty : "." + error.Path), Schema = PodSchemaName });
            }
        }

        return errors;
    }

    // The pod templates the CRDs take as free-form objects (x-kubernetes-preserve-unknown-fields).
    private static IEnumerable<(string Path, YamlTree Template)> PodTemplates(string kind, YamlMapping document)
    {
        var spec = document.TryGetValue("spec", out var s) ? s as YamlMapping : null;
        string[][] paths = kind switch
        {
            "SparkApplication" => [["driver", "template"], ["executor", "template"]],
            "ScheduledSparkApplication" => [["template", "driver", "template"], ["template", "executor", "template"]],
            "FlinkDeployment" => [["podTemplate"], ["jobManager", "podTemplate"], ["taskManager", "podTemplate"]],
            _ => [],
        };
        foreach (var path in paths)
        {
            YamlTree? node = spec;
            foreach (var key in path)
            {
                node = node is YamlMapping mapping && mapping.TryGetValue(key, out var child) ? child : null;
            }

            if (node is YamlMapping template)
            {
                yield return ("spec." + string.Join(".", path), template);
            }
        }
    }

    private static CrdSchemaValidator Load(string name) => Loaded.GetOrAdd(name, static n =>
    {
        using var stream = typeof(SchemaCatalog).Assembly.GetManifestResourceStream("crds/" + n)
            ?? throw new InvalidOperationException("crds/" + n + " is not embedded in " + typeof(SchemaCatalog).Assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        return CrdSchemaValidator.FromYaml(reader.ReadToEnd(), n);
    });
}

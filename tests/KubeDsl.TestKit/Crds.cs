using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>
/// The operator CRDs vendored under tests/fixtures/upstream (Spark operator v2.5.2; Flink operator main branch, the
/// version the upstream Flink examples target; and the CRDs users import as C#, the Hazelcast Platform Operator's
/// v5.12.0 and Strimzi's 1.2.0), loaded once on first use, with validation that picks the CRD by a document's kind.
/// </summary>
public static class Crds
{
    /// <summary>The API group of the Spark operator's resources.</summary>
    public const string SparkOperatorGroup = "sparkoperator.k8s.io";

    /// <summary>The API group of the Flink operator's resources.</summary>
    public const string FlinkOperatorGroup = "flink.apache.org";

    /// <summary>The API group of the Hazelcast Platform Operator's resources.</summary>
    public const string HazelcastGroup = "hazelcast.com";

    /// <summary>The API group of Strimzi's Kafka resources.</summary>
    public const string StrimziGroup = "kafka.strimzi.io";

    private static readonly string[] OperatorGroups = [SparkOperatorGroup, FlinkOperatorGroup, HazelcastGroup, StrimziGroup];

    /// <summary>
    /// The CRDs of operators KubeDsl has no models for (samples/Hazelcast imports them with KubeDslCrd items), by
    /// kind: the 16 Hazelcast CRDs and Strimzi's Kafka and KafkaNodePool.
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, CrdSchemaValidator>> ImportedCrds = new(() =>
        Directory.GetFiles(Fixtures.Path("upstream", "hazelcast-operator", "crds"), "*.yaml")
            .Concat(Directory.GetFiles(Fixtures.Path("upstream", "strimzi"), "*-Crd-*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(CrdSchemaValidator.Load)
            .ToDictionary(v => v.Kind, StringComparer.Ordinal));

    /// <summary>The imported operators' CRDs (Hazelcast's and Strimzi's), by kind.</summary>
    public static IReadOnlyDictionary<string, CrdSchemaValidator> Imported => ImportedCrds.Value;

    private static readonly Lazy<CrdSchemaValidator> SparkApplicationCrd = new(() => LoadSpark("sparkoperator.k8s.io_sparkapplications.yaml"));
    private static readonly Lazy<CrdSchemaValidator> ScheduledSparkApplicationCrd = new(() => LoadSpark("sparkoperator.k8s.io_scheduledsparkapplications.yaml"));

    /// <summary>The SparkApplication CRD.</summary>
    public static CrdSchemaValidator SparkApplication => SparkApplicationCrd.Value;

    /// <summary>The ScheduledSparkApplication CRD.</summary>
    public static CrdSchemaValidator ScheduledSparkApplication => ScheduledSparkApplicationCrd.Value;

    private static readonly Lazy<CrdSchemaValidator> FlinkDeploymentCrd = new(() => LoadFlink(null, "flinkdeployments.flink.apache.org-v1.yml"));
    private static readonly Lazy<CrdSchemaValidator> FlinkSessionJobCrd = new(() => LoadFlink(null, "flinksessionjobs.flink.apache.org-v1.yml"));
    private static readonly Lazy<CrdSchemaValidator> FlinkStateSnapshotCrd = new(() => LoadFlink(null, "flinkstatesnapshots.flink.apache.org-v1.yml"));
    private static readonly Lazy<CrdSchemaValidator> FlinkDeployment115Crd = new(() => LoadFlink("release-1.15.0", "flinkdeployments.flink.apache.org-v1.yml"));

    /// <summary>The FlinkDeployment CRD of the Flink operator's main branch (adds <c>resources</c> to release 1.15.0's).</summary>
    public static CrdSchemaValidator FlinkDeployment => FlinkDeploymentCrd.Value;

    /// <summary>The FlinkDeployment CRD of Flink operator release 1.15.0.</summary>
    public static CrdSchemaValidator FlinkDeploymentRelease115 => FlinkDeployment115Crd.Value;

    /// <summary>The FlinkSessionJob CRD (the same in release 1.15.0 and on main).</summary>
    public static CrdSchemaValidator FlinkSessionJob => FlinkSessionJobCrd.Value;

    /// <summary>The FlinkStateSnapshot CRD (the same in release 1.15.0 and on main).</summary>
    public static CrdSchemaValidator FlinkStateSnapshot => FlinkStateSnapshotCrd.Value;

    /// <summary>Every loaded CRD.</summary>
    public static IReadOnlyList<CrdSchemaValidator> All => [SparkApplication, ScheduledSparkApplication, FlinkDeployment, FlinkSessionJob, FlinkStateSnapshot];

    /// <summary>The CRD for <paramref name="kind"/>, or null when none is loaded for it.</summary>
    public static CrdSchemaValidator? ForKind(string? kind) => kind switch
    {
        "SparkApplication" => SparkApplication,
        "ScheduledSparkApplication" => ScheduledSparkApplication,
        "FlinkDeployment" => FlinkDeployment,
        "FlinkSessionJob" => FlinkSessionJob,
        "FlinkStateSnapshot" => FlinkStateSnapshot,
        null => null,
        _ => Imported.GetValueOrDefault(kind),
    };

    /// <summary>
    /// Validates one document against the CRD of its kind. Documents of other kinds (ConfigMap, Secret, ...) give no
    /// errors, except a document of an operator's group whose kind has no loaded CRD (a misspelt kind would
    /// otherwise pass unchecked).
    /// </summary>
    public static IReadOnlyList<string> Validate(YamlTree document)
    {
        var mapping = document as YamlMapping;
        var kind = mapping?.ScalarText("kind");
        if (ForKind(kind) is { } validator)
        {
            return validator.Validate(document);
        }

        var apiVersion = mapping?.ScalarText("apiVersion");
        return apiVersion is not null && OperatorGroups.Any(g => apiVersion.StartsWith(g + "/", StringComparison.Ordinal))
            ? [$"kind: no CRD is loaded for {kind ?? "(missing kind)"} of {apiVersion} (known: {string.Join(", ", All.Concat(Imported.Values).Select(v => v.Kind))})"]
            : [];
    }

    /// <summary>
    /// Validates every document of a YAML stream. With more than one document, each error starts with the
    /// document's index: <c>[4].spec.driver.cores: ...</c>.
    /// </summary>
    public static IReadOnlyList<string> ValidateAll(string yaml)
    {
        var documents = YamlTree.ParseAll(yaml);
        var errors = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var prefix = documents.Count > 1 ? $"[{i}]" : string.Empty;
            errors.AddRange(Validate(documents[i]).Select(e => Prefixed(prefix, e)));
        }

        return errors;
    }

    /// <summary>Throws an xunit failure listing the errors when any document of <paramref name="yaml"/> is invalid.</summary>
    public static void AssertValid(string yaml)
    {
        var errors = ValidateAll(yaml);
        if (errors.Count > 0)
        {
            throw new XunitException($"{errors.Count} schema error(s):\n  " + string.Join("\n  ", errors));
        }
    }

    private static string Prefixed(string prefix, string error) =>
        prefix.Length == 0 ? error
        : error.StartsWith("(root)", StringComparison.Ordinal) ? prefix + error["(root)".Length..]
        : error.StartsWith('[') ? prefix + error
        : prefix + "." + error;

    private static CrdSchemaValidator LoadFlink(string? release, string file) => CrdSchemaValidator.Load(release is null
        ? Fixtures.Path("upstream", "flink-operator", "crds", file)
        : Fixtures.Path("upstream", "flink-operator", "crds", release, file));

    private static CrdSchemaValidator LoadSpark(string file) => CrdSchemaValidator.Load(Fixtures.Path("upstream", "spark-operator", "crds", file));
}

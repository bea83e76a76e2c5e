using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>
/// The Spark operator CRDs vendored under tests/fixtures/upstream/spark-operator/crds, loaded once on first use,
/// with validation that picks the CRD by a document's kind.
/// </summary>
public static class Crds
{
    /// <summary>The API group of the Spark operator's resources.</summary>
    public const string SparkOperatorGroup = "sparkoperator.k8s.io";

    private static readonly Lazy<CrdSchemaValidator> SparkApplicationCrd = new(() => LoadSpark("sparkoperator.k8s.io_sparkapplications.yaml"));
    private static readonly Lazy<CrdSchemaValidator> ScheduledSparkApplicationCrd = new(() => LoadSpark("sparkoperator.k8s.io_scheduledsparkapplications.yaml"));

    /// <summary>The SparkApplication CRD.</summary>
    public static CrdSchemaValidator SparkApplication => SparkApplicationCrd.Value;

    /// <summary>The ScheduledSparkApplication CRD.</summary>
    public static CrdSchemaValidator ScheduledSparkApplication => ScheduledSparkApplicationCrd.Value;

    /// <summary>Every loaded CRD.</summary>
    public static IReadOnlyList<CrdSchemaValidator> All => [SparkApplication, ScheduledSparkApplication];

    /// <summary>The CRD for <paramref name="kind"/>, or null when none is loaded for it.</summary>
    public static CrdSchemaValidator? ForKind(string? kind) => kind switch
    {
        "SparkApplication" => SparkApplication,
        "ScheduledSparkApplication" => ScheduledSparkApplication,
        _ => null,
    };

    /// <summary>
    /// Validates one document against the CRD of its kind. Documents of other kinds (ConfigMap, Secret, ...) give no
    /// errors, except a document of the sparkoperator.k8s.io group whose kind has no loaded CRD (a misspelt kind
    /// would otherwise pass unchecked).
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
        return apiVersion is not null && apiVersion.StartsWith(SparkOperatorGroup + "/", StringComparison.Ordinal)
            ? [$"kind: no CRD is loaded for {kind ?? "(missing kind)"} of {apiVersion} (known: {string.Join(", ", All.Select(v => v.Kind))})"]
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

    private static CrdSchemaValidator LoadSpark(string file) => CrdSchemaValidator.Load(Fixtures.Path("upstream", "spark-operator", "crds", file));
}

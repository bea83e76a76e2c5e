using KubeDsl.Documents;
using KubeDsl.Schemas;
using KubeDsl.Yaml;
using Xunit.Sdk;

namespace KubeDsl.TestKit;

/// <summary>
/// Schema validation for tests, through the one validator the rules run (<see cref="KnownSchemas"/>): the
/// operators' CRDs (Spark operator v2.5.2; the Flink operator's main branch by default, the version the upstream
/// Flink examples target), the Kubernetes definitions, the CRDs users import as C# (<see cref="Imported"/>) and
/// CRDs a test passes. Errors read <c>path: message (line n)</c>.
/// </summary>
public static class Crds
{
    /// <summary>The API group of the Spark operator's resources.</summary>
    public const string SparkOperatorGroup = KnownSchemas.SparkOperatorGroup;

    /// <summary>The API group of the Flink operator's resources.</summary>
    public const string FlinkOperatorGroup = KnownSchemas.FlinkOperatorGroup;

    /// <summary>
    /// The CRDs of operators KubeDsl has no models for, which samples/Hazelcast imports with KubeDslCrd items: the
    /// Hazelcast Platform Operator's 16 (v5.12.0) and Strimzi's Kafka and KafkaNodePool (1.2.0). Resources of their
    /// kinds are validated against them as a project with those items would be.
    /// </summary>
    internal static IReadOnlyList<CustomResourceSchema> Imported => ImportedCrds.Value;

    private static readonly Lazy<IReadOnlyList<CustomResourceSchema>> ImportedCrds = new(() =>
        Directory.GetFiles(Fixtures.Path("upstream", "hazelcast-operator", "crds"), "*.yaml")
            .Concat(Directory.GetFiles(Fixtures.Path("upstream", "strimzi"), "*-Crd-*.yaml"))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => CustomResourceSchema.Read(File.ReadAllText(path), path).Schemas)
            .ToList());

    /// <summary>True when <paramref name="kind"/> is one of the operators' kinds (those KubeDsl models and the imported ones).</summary>
    public static bool IsOperatorKind(string? kind) =>
        kind is not null && ((KnownSchemas.Operator(SparkOperatorGroup, kind, true) ?? KnownSchemas.Operator(FlinkOperatorGroup, kind, true)) is not null
            || Imported.Any(s => s.Kind == kind));

    /// <summary>The kinds of the resources of a YAML stream, in order.</summary>
    public static IReadOnlyList<string?> Kinds(string yaml) =>
        YamlResources.Read(yaml).Resources.Select(r => r["kind"] is DocScalar s ? s.Text : null).ToList();

    /// <summary>
    /// Validates every resource of a YAML stream against its schema. With more than one resource, each error starts
    /// with the resource's index: <c>[4].spec.driver.cores: ...</c>. A stream YAML cannot read is one error.
    /// </summary>
    /// <param name="yaml">The stream.</param>
    /// <param name="flinkMainBranch">False to judge Flink resources by operator release 1.15.0's CRDs.</param>
    /// <param name="custom">CRD YAML the resources may be of (as a project's KubeDslCrd files).</param>
    public static IReadOnlyList<string> ValidateAll(string yaml, bool flinkMainBranch = true, string? custom = null)
    {
        var schemas = custom is null ? Imported : [.. Imported, .. CustomResourceSchema.Read(custom, "custom.yaml").Schemas];
        var read = YamlResources.Read(yaml, "test.yaml");
        var lines = new LineStarts(yaml);
        var errors = new List<string>();
        for (var i = 0; i < read.Resources.Count; i++)
        {
            var prefix = read.Resources.Count > 1 ? $"[{i}]" : string.Empty;
            foreach (var problem in KnownSchemas.Check(read.Resources[i], flinkMainBranch, schemas))
            {
                var origin = problem.KeyOrigin ?? problem.At.Origin;
                var line = origin is null ? string.Empty : $" (line {lines.LineOf(origin.Start)})";
                var path = problem.Path.Length == 0 ? "(root)" : problem.Path;
                errors.Add(Prefixed(prefix, path) + ": " + problem.Message + line);
            }
        }

        if (read.Error is { } error)
        {
            errors.Add($"(stream): not valid YAML at line {read.Line}: {error}");
        }

        return errors;
    }

    /// <summary>Throws an xunit failure listing the errors when any resource of <paramref name="yaml"/> is invalid.</summary>
    public static void AssertValid(string yaml)
    {
        var errors = ValidateAll(yaml);
        if (errors.Count > 0)
        {
            throw new XunitException($"{errors.Count} schema error(s):\n  " + string.Join("\n  ", errors));
        }
    }

    private static string Prefixed(string prefix, string path) =>
        prefix.Length == 0 ? path
        : path == "(root)" ? prefix
        : path.StartsWith('[') ? prefix + path
        : prefix + "." + path;

    private sealed class LineStarts(string text)
    {
        private readonly List<int> starts = Starts(text);

        public int LineOf(int offset)
        {
            var index = starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}

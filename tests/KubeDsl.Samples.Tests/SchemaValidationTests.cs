using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// Every generated resource validates against its schema: the operators' vendored CRDs, the Kubernetes definitions
/// for Kubernetes kinds and the pod templates inside Spark resources (the validator's own rules are tested in
/// KubeDsl.Tests/TestKit and, as rules, in KubeDsl.Analyzers.Tests).
/// </summary>
public class SchemaValidationTests
{
    [Theory]
    [MemberData(nameof(SampleCatalog.YamlCases), MemberType = typeof(SampleCatalog))]
    public void Sample_validates_against_the_CRD(SampleManifest sample)
    {
        var yaml = File.ReadAllText(sample.ManifestPath);
        Assert.Equal(sample.HasOperatorResource, Crds.Kinds(yaml).Any(Crds.IsOperatorKind));
        var errors = Crds.ValidateAll(yaml);
        Assert.True(errors.Count == 0, sample + ":\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// The imported operators' samples are checked by their own CRDs: a value outside an enum of the Hazelcast or
    /// Strimzi schema is refused, so the validation above can fail for them.
    /// </summary>
    [Theory]
    [InlineData("hazelcast/map-store.yaml", "  mapStore:\n", "  inMemoryFormat: TEXT\n  mapStore:\n", "spec.inMemoryFormat")]
    [InlineData("strimzi/kafka-persistent.yaml", "  - broker\n", "  - brokers\n", "[1].spec.roles[0]")]
    public void Imported_operator_samples_are_refused_with_a_value_their_crd_does_not_allow(string file, string from, string to, string path)
    {
        var sample = SampleCatalog.All.Single(s => s.Project == "Hazelcast" && s.File == file);
        var yaml = File.ReadAllText(sample.ManifestPath);
        Assert.Contains(from, yaml, StringComparison.Ordinal);

        var errors = Crds.ValidateAll(yaml.Replace(from, to, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    /// <summary>
    /// The upstream Flink examples, and so the samples, size JobManager and TaskManagers with <c>resources</c>,
    /// which exists only on the operator's main branch: operator release 1.15.0's CRD has no such field, and the
    /// API server would drop it there. This pins down that it is the only difference.
    /// </summary>
    [Fact]
    public void Flink_samples_use_main_branch_resources_which_release_1_15_0_does_not_have()
    {
        var yaml = File.ReadAllText(SampleCatalog.All.Single(s => s.File == "basic.yaml" && s.Project == "Flink").ManifestPath);
        var errors = Crds.ValidateAll(yaml, flinkMainBranch: false);
        Assert.Equal(["spec.jobManager.resources", "spec.taskManager.resources"], errors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Empty(Crds.ValidateAll(yaml));
    }
}

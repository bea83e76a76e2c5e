using KubeDsl.Spark;
using KubeDsl.TestKit;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Tests.Models;

/// <summary>The Spark models cover every field of the vendored operator v2.5.2 CRDs, named as the CRD names them.</summary>
public class SparkModelCoverageTests
{
    // status is written by the operator, never by a manifest author, so the models leave it out; apiVersion and
    // kind come from [KubernetesEntity], checked against the CRD below.
    private static readonly HashSet<string> Skipped = [".status", ".apiVersion", ".kind"];

    [Theory]
    [InlineData("sparkoperator.k8s.io_sparkapplications.yaml", typeof(SparkApplication))]
    [InlineData("sparkoperator.k8s.io_scheduledsparkapplications.yaml", typeof(ScheduledSparkApplication))]
    public void KubernetesEntity_attribute_matches_the_CRD_group_version_and_kind(string crd, Type type)
    {
        CrdCoverage.AssertEntityMatches(Fixtures.Path("upstream", "spark-operator", "crds", crd), type);
    }

    [Fact]
    public void SparkApplication_covers_the_CRD_schema()
    {
        var schema = CrdCoverage.Schema(Fixtures.Path("upstream", "spark-operator", "crds", "sparkoperator.k8s.io_sparkapplications.yaml"));
        var problems = CrdCoverage.Compare(schema, typeof(SparkApplication), string.Empty, Skipped);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ScheduledSparkApplication_covers_the_CRD_schema()
    {
        var schema = CrdCoverage.Schema(Fixtures.Path("upstream", "spark-operator", "crds", "sparkoperator.k8s.io_scheduledsparkapplications.yaml"));
        var problems = CrdCoverage.Compare(schema, typeof(ScheduledSparkApplication), string.Empty, Skipped);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Walker_reports_missing_misnamed_invented_and_required_mismatches()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("""
            type: object
            required: [name]
            properties:
              name: {type: string}
              sizeMb: {type: integer}
              extra: {type: string}
            """));
        var problems = CrdCoverage.Compare((YamlMappingNode)stream.Documents[0].RootNode, typeof(Incomplete), string.Empty);
        Assert.Contains(problems, p => p.StartsWith(".name:", StringComparison.Ordinal) && p.Contains("'required'"));
        Assert.Contains(problems, p => p.StartsWith(".sizeMb:", StringComparison.Ordinal) && p.Contains("expected SizeMb"));
        Assert.Contains(problems, p => p.StartsWith(".extra:", StringComparison.Ordinal) && p.Contains("no property"));
        Assert.Contains(problems, p => p.StartsWith(".invented:", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    private sealed record Incomplete
    {
        [System.Text.Json.Serialization.JsonPropertyName("name")] public string? Name { get; init; }
        [System.Text.Json.Serialization.JsonPropertyName("sizeMb")] public int? SizeMB { get; init; }
        [System.Text.Json.Serialization.JsonPropertyName("invented")] public int? Invented { get; init; }
    }
}

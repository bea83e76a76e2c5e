using KubeDsl.Flink;
using KubeDsl.TestKit;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Tests.Models;

/// <summary>
/// The Flink models cover every field of the vendored operator CRDs, release 1.15.0 (the target) and main (which
/// only adds fields), named as the CRDs name them.
/// </summary>
public class FlinkModelCoverageTests
{
    private static readonly string[] PodTemplates = [".spec.podTemplate", ".spec.jobManager.podTemplate", ".spec.taskManager.podTemplate"];

    // status is the operator's; apiVersion and kind come from [KubernetesEntity] (checked below). Kubernetes needs
    // metadata.name on every object although these CRDs do not list metadata as required, so the models keep
    // Metadata 'required'. A pod template is a V1PodTemplateSpec: the CRD also allows apiVersion, kind and status
    // there, which the operator ignores.
    private static readonly HashSet<string> Skipped =
    [
        ".status", ".apiVersion", ".kind", ".metadata",
        .. PodTemplates.SelectMany(t => new[] { t + ".apiVersion", t + ".kind", t + ".status" }),
    ];

    // Fields the models have from the operator's main branch, documented as such, that release 1.15.0 lacks.
    private static readonly HashSet<string> MainBranchOnly = [".spec.jobManager.resources", ".spec.taskManager.resources"];

    public static TheoryData<string, string, Type> Crds => new()
    {
        { "release-1.15.0", "flinkdeployments.flink.apache.org-v1.yml", typeof(FlinkDeployment) },
        { "release-1.15.0", "flinksessionjobs.flink.apache.org-v1.yml", typeof(FlinkSessionJob) },
        { "release-1.15.0", "flinkstatesnapshots.flink.apache.org-v1.yml", typeof(FlinkStateSnapshot) },
        { "main", "flinkdeployments.flink.apache.org-v1.yml", typeof(FlinkDeployment) },
        { "main", "flinksessionjobs.flink.apache.org-v1.yml", typeof(FlinkSessionJob) },
        { "main", "flinkstatesnapshots.flink.apache.org-v1.yml", typeof(FlinkStateSnapshot) },
    };

    private static string CrdPath(string release, string file) => release == "main"
        ? Fixtures.Path("upstream", "flink-operator", "crds", file)
        : Fixtures.Path("upstream", "flink-operator", "crds", release, file);

    [Theory]
    [MemberData(nameof(Crds))]
    public void Model_covers_the_CRD_schema(string release, string file, Type type)
    {
        var skip = release == "main" ? Skipped : [.. Skipped, .. MainBranchOnly];
        var problems = CrdCoverage.Compare(CrdCoverage.Schema(CrdPath(release, file)), type, string.Empty, skip);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Crds))]
    public void KubernetesEntity_attribute_matches_the_CRD_group_version_and_kind(string release, string file, Type type)
    {
        CrdCoverage.AssertEntityMatches(CrdPath(release, file), type);
    }

    [Fact]
    public void Main_branch_fields_are_really_absent_from_release_1_15_0()
    {
        // Guards the skip list above: if a later vendored 1.15.x CRD had these fields, the skips would hide nothing.
        var problems = CrdCoverage.Compare(CrdCoverage.Schema(CrdPath("release-1.15.0", "flinkdeployments.flink.apache.org-v1.yml")), typeof(FlinkDeployment), string.Empty, Skipped);
        Assert.Equal(
            ["spec.jobManager.resources", "spec.taskManager.resources"],
            problems.Select(p => p.Substring(1, p.IndexOf(':', StringComparison.Ordinal) - 1)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Enum_values_are_the_exact_CRD_strings()
    {
        Assert.Equal("v1_20", KubeDslYaml.Serialize(FlinkVersion.V1_20).TrimEnd());
        Assert.Equal("last-state", KubeDslYaml.Serialize(UpgradeMode.LastState).TrimEnd());
        Assert.Equal("CANONICAL", KubeDslYaml.Serialize(SavepointFormatType.Canonical).TrimEnd());
    }
}

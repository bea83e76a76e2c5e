namespace KubeDsl.Generators.Tests;

/// <summary>[assembly: CommonLabel/CommonAnnotation] add metadata to every resource, never to files a tool reads.</summary>
public class CommonMetadataTests
{
    private const string Source = GeneratorHarness.Usings + """
        using KubeDsl.Airflow;

        [assembly: CommonLabel("team", "data-platform")]
        [assembly: CommonLabel("app.kubernetes.io/managed-by", "kubedsl")]
        [assembly: CommonAnnotation("example.com/repository", "github.com/acme/jobs")]

        public static class Defs
        {
            [Manifest("settings.yaml")]
            public static V1ConfigMap Settings => new() { Metadata = new() { Name = "settings", Labels = new Dictionary<string, string> { ["team"] = "ml" } } };

            [Manifest("airflow/task.yaml")]
            public static AirflowPodTemplate Task => new() { Base = new V1Container { Image = "task:1" } };
        }
        """;

    [Fact]
    public void Resources_get_the_common_labels_and_annotations_and_keep_their_own_values()
    {
        var run = GeneratorHarness.Run(Source);
        Assert.Empty(run.Diagnostics);
        var yaml = run.Manifests["settings.yaml"];
        Assert.True(yaml.EndsWith("metadata:\n  labels:\n    team: ml\n    app.kubernetes.io/managed-by: kubedsl\n  name: settings\n  annotations:\n    example.com/repository: github.com/acme/jobs\n", StringComparison.Ordinal), yaml);
        Assert.DoesNotContain("managed-by", run.Manifests["airflow/task.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_serializer_adds_them_from_the_definitions_assembly()
    {
        var map = new k8s.Models.V1ConfigMap { Metadata = new k8s.Models.V1ObjectMeta { Name = "settings" } };
        var files = KubeDslYaml.SerializeFiles(map, "settings.yaml", "Defs.Settings", typeof(CommonMetadataTests).Assembly);
        Assert.Contains("  labels:\n    app.kubernetes.io/managed-by: kubedsl-tests\n", Assert.Single(files).Value, StringComparison.Ordinal);
        Assert.DoesNotContain("labels", Assert.Single(KubeDslYaml.SerializeFiles(map, "settings.yaml", "Defs.Settings")).Value, StringComparison.Ordinal);
    }
}

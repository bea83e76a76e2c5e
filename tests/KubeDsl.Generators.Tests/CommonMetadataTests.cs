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

    private const string WithNamespace = GeneratorHarness.Usings + """
        [assembly: DefaultNamespace("data")]

        public static class Defs
        {
            [Manifest("all.yaml")]
            public static object[] All =>
            [
                new V1ConfigMap { Metadata = new() { Name = "settings", Labels = new Dictionary<string, string> { ["a"] = "b" } } },
                new V1ConfigMap { Metadata = new() { Name = "own", NamespaceProperty = "other" } },
                new V1ClusterRole { Metadata = new() { Name = "reader" } },
            ];
        }
        """;

    [Fact]
    public void A_default_namespace_goes_to_namespaced_resources_that_set_none()
    {
        var run = GeneratorHarness.Run(WithNamespace);

        Assert.Empty(run.Diagnostics);
        var documents = run.Single().Split("---\n");
        Assert.EndsWith("metadata:\n  labels:\n    a: b\n  name: settings\n  namespace: data\n", documents[0], StringComparison.Ordinal);
        Assert.EndsWith("  name: own\n  namespace: other\n", documents[1], StringComparison.Ordinal);
        Assert.DoesNotContain("namespace", documents[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_serializer_applies_the_default_namespace_of_the_definitions_assembly()
    {
        var map = new k8s.Models.V1ConfigMap { Metadata = new k8s.Models.V1ObjectMeta { Name = "settings" } };

        var yaml = Assert.Single(KubeDslYaml.SerializeFiles(map, "settings.yaml", "Defs.Settings", typeof(CommonMetadataTests).Assembly)).Value;

        Assert.Contains("  name: settings\n  namespace: tests\n", yaml, StringComparison.Ordinal);
    }

    private const string WithClassNamespaces = GeneratorHarness.Usings + """
        [assembly: DefaultNamespace("data")]

        [DefaultNamespace("ingest")]
        public static class Ingest
        {
            [Manifest("ingest.yaml")]
            public static V1ConfigMap Settings => new() { Metadata = new() { Name = "settings" } };

            public static class Nested
            {
                [Manifest("nested.yaml")]
                public static V1ConfigMap Settings => new() { Metadata = new() { Name = "nested" } };
            }

            [DefaultNamespace("audit")]
            public static class Audit
            {
                [Manifest("audit.yaml")]
                public static V1ConfigMap Settings => new() { Metadata = new() { Name = "audit" } };
            }
        }

        public static class Rest
        {
            [Manifest("rest.yaml")]
            public static V1ConfigMap Settings => new() { Metadata = new() { Name = "rest" } };
        }
        """;

    [Fact]
    public void A_class_default_namespace_wins_over_the_assembly_for_the_members_inside_it_and_the_nearest_class_wins()
    {
        var run = GeneratorHarness.Run(WithClassNamespaces);

        Assert.Empty(run.Diagnostics);
        Assert.EndsWith("  name: settings\n  namespace: ingest\n", run.Manifests["ingest.yaml"], StringComparison.Ordinal);
        Assert.EndsWith("  name: nested\n  namespace: ingest\n", run.Manifests["nested.yaml"], StringComparison.Ordinal);
        Assert.EndsWith("  name: audit\n  namespace: audit\n", run.Manifests["audit.yaml"], StringComparison.Ordinal);
        Assert.EndsWith("  name: rest\n  namespace: data\n", run.Manifests["rest.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_serializer_applies_the_default_namespace_of_the_members_class()
    {
        var map = new k8s.Models.V1ConfigMap { Metadata = new k8s.Models.V1ObjectMeta { Name = "settings" } };
        var assembly = typeof(CommonMetadataTests).Assembly;

        string Yaml(string member) => Assert.Single(KubeDslYaml.SerializeFiles(map, "settings.yaml", member, assembly)).Value;

        Assert.Contains("  namespace: platform\n", Yaml("KubeDsl.Generators.Tests.ClassNamespaceDefinitions.Settings"), StringComparison.Ordinal);
        Assert.Contains("  namespace: platform\n", Yaml("KubeDsl.Generators.Tests.ClassNamespaceDefinitions.Inner.Settings for environment dev"), StringComparison.Ordinal);
        Assert.Contains("  namespace: tests\n", Yaml("KubeDsl.Generators.Tests.CommonMetadataTests.Settings"), StringComparison.Ordinal);
    }
}

/// <summary>A class with its own default namespace, for the runtime serializer's lookup.</summary>
[DefaultNamespace("platform")]
internal static class ClassNamespaceDefinitions
{
    /// <summary>A nested class, which takes the namespace of the class around it.</summary>
    internal static class Inner
    {
    }
}

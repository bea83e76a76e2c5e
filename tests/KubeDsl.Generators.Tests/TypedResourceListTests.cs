using k8s;
using k8s.Models;
using KubeDsl.Spark;

namespace KubeDsl.Generators.Tests;

/// <summary>
/// A multi-document file can be typed as <c>List&lt;IKubernetesObject&lt;V1ObjectMeta&gt;&gt;</c>: KubeDsl models
/// implement the interface with their [KubernetesEntity] identity, and the file is the one <c>List&lt;object&gt;</c> writes.
/// </summary>
public class TypedResourceListTests
{
    private static string Source(string elementType) => GeneratorHarness.Usings + "using k8s;\nusing KubeDsl.Spark;\nusing KubeDsl.Flink;\n" + $$"""
        public static class Defs
        {
            [Manifest("all.yaml")]
            public static List<{{elementType}}> All =>
            [
                new V1ServiceAccount { Metadata = new() { Name = "spark", NamespaceProperty = "data" } },
                new SparkApplication
                {
                    Metadata = new() { Name = "etl", NamespaceProperty = "data" },
                    Spec = new SparkApplicationSpec { Type = SparkApplicationType.Python, SparkVersion = "3.5.3", MainApplicationFile = "local:///opt/etl.py", Image = "spark:3.5.3", Driver = new DriverSpec { Cores = 1 }, Executor = new ExecutorSpec { Instances = 1 } },
                },
                new FlinkSessionJob { Metadata = new() { Name = "job", NamespaceProperty = "data" }, Spec = new FlinkSessionJobSpec { DeploymentName = "session" } },
            ];
        }
        """;

    [Fact]
    public void A_typed_list_writes_the_same_file_as_a_list_of_objects()
    {
        var typed = GeneratorHarness.Run(Source("IKubernetesObject<V1ObjectMeta>"));
        var untyped = GeneratorHarness.Run(Source("object"));

        Assert.Empty(typed.Diagnostics);
        Assert.Empty(untyped.Diagnostics);
        Assert.Contains("kind: SparkApplication\n", typed.Manifests["all.yaml"], StringComparison.Ordinal);
        Assert.Equal(untyped.Manifests["all.yaml"], typed.Manifests["all.yaml"]);
    }

    [Fact]
    public void Models_report_their_identity_and_refuse_changes_through_the_interface()
    {
        IKubernetesObject<V1ObjectMeta> app = new SparkApplication
        {
            Metadata = new V1ObjectMeta { Name = "etl" },
            Spec = new SparkApplicationSpec { Type = SparkApplicationType.Python, SparkVersion = "3.5.3", MainApplicationFile = "local:///opt/etl.py", Driver = new DriverSpec { Cores = 1 }, Executor = new ExecutorSpec { Instances = 1 } },
        };

        Assert.Equal("sparkoperator.k8s.io/v1beta2", app.ApiVersion);
        Assert.Equal("SparkApplication", app.Kind);
        Assert.Equal("etl", app.Metadata.Name);
        var refused = Assert.Throws<NotSupportedException>(() => app.Kind = "Other");
        Assert.Contains("with { ... }", refused.Message, StringComparison.Ordinal);
        Assert.Equal("flink.apache.org/v1beta1", ((IKubernetesObject)new KubeDsl.Flink.FlinkDeployment { Metadata = new V1ObjectMeta(), Spec = new KubeDsl.Flink.FlinkDeploymentSpec() }).ApiVersion);
    }

    [Fact]
    public void The_runtime_serializer_writes_a_typed_list_as_the_build_does()
    {
        var resources = new List<IKubernetesObject<V1ObjectMeta>>
        {
            new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = "spark" } },
            new ScheduledSparkApplication
            {
                Metadata = new V1ObjectMeta { Name = "nightly" },
                Spec = new ScheduledSparkApplicationSpec { Schedule = "@daily", Template = new SparkApplicationSpec { Type = SparkApplicationType.Python, SparkVersion = "3.5.3", MainApplicationFile = "local:///opt/etl.py", Driver = new DriverSpec { Cores = 1 }, Executor = new ExecutorSpec { Instances = 1 } } },
            },
        };

        var yaml = KubeDslYaml.Serialize(resources);

        Assert.Contains("kind: ServiceAccount\n", yaml, StringComparison.Ordinal);
        Assert.Contains("---\napiVersion: sparkoperator.k8s.io/v1beta2\nkind: ScheduledSparkApplication\n", yaml, StringComparison.Ordinal);
    }
}

using KubeDsl.Documents;
using KubeDsl.TestKit;

namespace KubeDsl.Generators.Tests;

/// <summary>The generator's complete output for representative definitions, kept as committed golden files.</summary>
public class GoldenOutputTests
{
    private static string GoldenPath(string name) => Path.Combine(Fixtures.RepoRoot, "tests", "KubeDsl.Generators.Tests", "Golden", name);

    private static readonly string SparkPi = Definitions.SparkPi(
        "spark/spark-pi.yaml",
        """

                    SparkConf = new() { ["spark.ui.enabled"] = "false", ["spark.eventLog.dir"] = "s3a://logs/spark" },
                    Monitoring = new MonitoringSpec { ExposeDriverMetrics = true, ExposeExecutorMetrics = false, MetricsProperties = "*.sink.jmx.class=org.apache.spark.metrics.sink.JmxSink\n" },
        """);

    [Fact]
    public void SparkPi_generated_source()
    {
        var run = GeneratorHarness.Run(SparkPi);
        Assert.Empty(run.Diagnostics);
        var source = Assert.Single(run.Sources);
        Golden.AssertMatches(GoldenPath("SparkPi.g.cs.txt"), source.HintName + "\n" + Readable(source.SourceText.ToString()));
    }

    /// <summary>
    /// The generated source with its compressed bundle replaced by the files it decodes to: the bytes of the
    /// compression belong to the runtime's zlib, the files to us.
    /// </summary>
    private static string Readable(string source)
    {
        var start = source.IndexOf("(@\"\n", StringComparison.Ordinal) + 4;
        var end = source.IndexOf("\")]", start, StringComparison.Ordinal);
        Assert.True(start > 3 && end > start, "expected the bundle as a verbatim string");
        var files = ManifestBundle.Decode(source[start..end]);
        var decoded = string.Concat(files.Select(f => $"<<< {f.Path} from {f.SourceMember}{(f.IsResource ? string.Empty : " (not a resource)")}\n{f.Content}>>>\n"));
        return source[..start] + decoded + source[end..];
    }

    [Fact]
    public void SparkPi_yaml()
    {
        var run = GeneratorHarness.Run(SparkPi);
        Golden.AssertMatches(GoldenPath("SparkPi.yaml"), run.Single());
    }

    private const string FlinkAndNative = GeneratorHarness.Usings + """
        using KubeDsl.Flink;
        using KubeDsl.Spark;

        public static class Streaming
        {
            [Manifest("flink/orders.yaml")]
            public static FlinkDeployment Orders => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders", NamespaceProperty = "streaming" },
                Spec = new FlinkDeploymentSpec
                {
                    Image = "flink:2.2",
                    FlinkVersion = FlinkVersion.V2_2,
                    ServiceAccount = "flink",
                    FlinkConfiguration = new() { ["taskmanager.numberOfTaskSlots"] = "2", ["execution.checkpointing.interval"] = "30s" },
                    PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Env = [new V1EnvVar { Name = "TZ", Value = "UTC" }] }] } },
                    JobManager = new JobManagerSpec { Resource = new Resource { Cpu = 0.5, Memory = "1600m" } },
                    TaskManager = new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = "2g" }, Replicas = 2 },
                    Job = new JobSpec { JarURI = "local:///opt/flink/usrlib/orders.jar", Parallelism = 4, UpgradeMode = UpgradeMode.LastState },
                },
            };
        }

        public static class Native
        {
            [Manifest("native/etl.properties")]
            public static SparkSubmit Etl => new()
            {
                Master = "k8s://https://kubernetes.default.svc:443",
                AppName = "etl",
                Namespace = "batch",
                Image = "apache/spark:4.0.1",
                ServiceAccount = "spark",
                Driver = new SparkSubmitDriver { Cores = 1, Memory = "2g" },
                Executor = new SparkSubmitExecutor
                {
                    Instances = 3,
                    Memory = "4g",
                    Template = new V1Pod { Spec = new V1PodSpec { NodeSelector = new Dictionary<string, string> { ["pool"] = "spot" } } },
                },
            };
        }
        """;

    [Fact]
    public void Flink_deployment_and_spark_submit_generated_files()
    {
        var run = GeneratorHarness.Run(FlinkAndNative);
        Assert.Empty(run.Diagnostics);
        var all = string.Concat(run.Manifests.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => "=== " + m.Key + "\n" + m.Value));
        Golden.AssertMatches(GoldenPath("FlinkAndNative.txt"), all);
    }
}

/// <summary>The same definitions give the same bytes whatever the order of the project's files.</summary>
public class DeterminismTests
{
    [Fact]
    public void Output_does_not_depend_on_file_order()
    {
        string[] files =
        [
            "public static class Shared { public static readonly Dictionary<string, string> Labels = new() { [\"team\"] = \"data\" }; }",
            "public static class A { [Manifest(\"a.yaml\")] public static V1ConfigMap Map => new() { Metadata = new() { Name = \"a\", Labels = Shared.Labels } }; }",
            "public static class B { [Manifest(\"b.yaml\")] public static V1ConfigMap Map => new() { Metadata = new() { Name = \"b\", Labels = Shared.Labels } }; }",
        ];
        var forward = GeneratorHarness.Run(files);
        var backward = GeneratorHarness.Run(files.Reverse().ToArray());
        Assert.Empty(forward.Diagnostics);
        Assert.Equal(forward.Manifests, backward.Manifests);
        Assert.Equal(forward.Sources.Select(s => s.HintName + s.SourceText), backward.Sources.Select(s => s.HintName + s.SourceText));
    }
}

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
        Golden.AssertMatches(GoldenPath("SparkPi.g.cs.txt"), source.HintName + "\n" + source.SourceText);
    }

    [Fact]
    public void SparkPi_yaml()
    {
        var run = GeneratorHarness.Run(SparkPi);
        Golden.AssertMatches(GoldenPath("SparkPi.yaml"), run.Single());
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

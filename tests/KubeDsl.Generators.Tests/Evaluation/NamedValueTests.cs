using System.Reflection;
using System.Runtime.Serialization;
using KubeDsl.Spark;

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>
/// ImagePullPolicy and BatchScheduler: named values with an implicit conversion from text. Both forms write the
/// same YAML, on both front ends, at build and run time, and the rules still judge the text.
/// </summary>
public class NamedValueTests
{
    private static string App(string pullPolicy, string scheduler) => GeneratorHarness.Usings + "using KubeDsl.Spark;\n" + $$"""
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new() { Name = "etl", NamespaceProperty = "data" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Python,
                    SparkVersion = "3.5.3",
                    MainApplicationFile = "local:///opt/etl.py",
                    Image = "spark:3.5.3",
                    ImagePullPolicy = {{pullPolicy}},
                    BatchScheduler = {{scheduler}},
                    Driver = new DriverSpec { Cores = 1 },
                    Executor = new ExecutorSpec { Instances = 1 },
                },
            };
        }
        """;

    [Fact]
    public void Named_values_and_text_write_the_same_yaml()
    {
        var named = GeneratorHarness.Run(App("ImagePullPolicy.IfNotPresent", "BatchScheduler.KubeScheduler"));
        var text = GeneratorHarness.Run(App("\"IfNotPresent\"", "\"kube-scheduler\""));

        Assert.Empty(named.Diagnostics);
        Assert.Empty(text.Diagnostics);
        Assert.Contains("  imagePullPolicy: IfNotPresent\n", named.Single(), StringComparison.Ordinal);
        Assert.Contains("  batchScheduler: kube-scheduler\n", named.Single(), StringComparison.Ordinal);
        Assert.Equal(text.Single(), named.Single());
    }

    [Fact]
    public void The_runtime_serializer_writes_the_text()
    {
        var app = new SparkApplication
        {
            Metadata = new k8s.Models.V1ObjectMeta { Name = "etl" },
            Spec = new SparkApplicationSpec
            {
                Type = SparkApplicationType.Python,
                SparkVersion = "3.5.3",
                MainApplicationFile = "local:///opt/etl.py",
                ImagePullPolicy = ImagePullPolicy.Never,
                BatchScheduler = "yunikorn",
                Driver = new DriverSpec { Cores = 1 },
                Executor = new ExecutorSpec { Instances = 1 },
            },
        };

        var yaml = KubeDslYaml.Serialize(app);

        Assert.Contains("  imagePullPolicy: Never\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  batchScheduler: yunikorn\n", yaml, StringComparison.Ordinal);
        Assert.Equal(BatchScheduler.YuniKorn, app.Spec.BatchScheduler);
    }

    [Theory]
    [InlineData(typeof(ImagePullPolicy))]
    [InlineData(typeof(BatchScheduler))]
    public void Each_named_value_carries_its_own_text_for_the_evaluator(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static);

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(f.GetCustomAttribute<EnumMemberAttribute>()!.Value, f.GetValue(null)!.ToString()));
        Assert.Contains(type.FullName!, KubeDsl.Documents.ModelConventions.TextTypes);
    }

    [Fact]
    public void Comparing_named_values_evaluates()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Usings + """
            public static class Defs
            {
                private static readonly ImagePullPolicy Policy = "Always";

                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["same"] = (Policy == ImagePullPolicy.Always).ToString(), ["other"] = (Policy == ImagePullPolicy.Never).ToString() } };
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.EndsWith("data:\n  same: \"True\"\n  other: \"False\"\n", run.Single(), StringComparison.Ordinal);
    }
}

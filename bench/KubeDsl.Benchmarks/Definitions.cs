using System.Text;

namespace KubeDsl.Benchmarks;

/// <summary>Writes a project's worth of realistic Spark definitions: shared defaults, helpers, with-variants.</summary>
public static class Definitions
{
    public static string Defaults => """
        using System.Collections.Generic;
        using k8s.Models;
        using KubeDsl.Spark;

        [assembly: KubeDsl.ExternalServiceAccount("spark")]

        public static class Defaults
        {
            public const string Image = "docker.io/apache/spark:4.0.4";

            // Executors never call the Kubernetes API: no token in their pods (KD6107).
            public static readonly V1PodTemplateSpec ExecutorPod = new() { Spec = new V1PodSpec { AutomountServiceAccountToken = false } };

            public static readonly V1SecurityContext Restricted = new()
            {
                Capabilities = new V1Capabilities { Drop = ["ALL"] },
                RunAsUser = 185,
                RunAsNonRoot = true,
                AllowPrivilegeEscalation = false,
            };

            public static SparkApplicationSpec Spec(string main, int executors, string memory) => new()
            {
                Type = SparkApplicationType.Scala,
                Mode = DeployMode.Cluster,
                Image = Image,
                MainClass = main,
                MainApplicationFile = "local:///opt/spark/jobs/jobs.jar",
                SparkVersion = "4.0.4",
                SparkConf = new() { ["spark.eventLog.enabled"] = "true", ["spark.sql.shuffle.partitions"] = $"{executors * 4}" },
                Driver = new DriverSpec { Cores = 1, Memory = "1g", ServiceAccount = "spark", SecurityContext = Restricted },
                Executor = new ExecutorSpec { Instances = executors, Cores = 2, Memory = memory, SecurityContext = Restricted, Template = ExecutorPod },
            };
        }
        """;

    /// <summary>One file per 50 definitions, each a distinct SparkApplication.</summary>
    public static IEnumerable<(string Name, string Source)> Files(int count)
    {
        for (var file = 0; file * 50 < count; file++)
        {
            var builder = new StringBuilder();
            builder.AppendLine("using System.Collections.Generic;\nusing k8s.Models;\nusing KubeDsl;\nusing KubeDsl.Spark;\n");
            builder.AppendLine($"public static class Jobs{file}\n{{");
            for (var i = file * 50; i < Math.Min(count, (file + 1) * 50); i++)
            {
                builder.AppendLine($$"""
                        [Manifest("jobs/job-{{i}}.yaml")]
                        public static SparkApplication Job{{i}} => new()
                        {
                            Metadata = new V1ObjectMeta { Name = "job-{{i}}", NamespaceProperty = "etl", Labels = new Dictionary<string, string> { ["team"] = "data", ["job"] = "{{i}}" } },
                            Spec = Defaults.Spec("com.example.Job{{i}}", {{1 + (i % 8)}}, "{{2 + (i % 4)}}g") with { Arguments = ["--date", "2026-01-01", "--shard", "{{i}}"] },
                        };

                    """);
            }

            builder.AppendLine("}");
            yield return ($"Jobs{file}.cs", builder.ToString());
        }
    }
}

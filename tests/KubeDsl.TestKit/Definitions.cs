namespace KubeDsl.TestKit;

/// <summary>C# definitions used by more than one test project.</summary>
public static class Definitions
{
    /// <summary>The Spark Pi job of the README, written to <paramref name="path"/>.</summary>
    public static string SparkPi(string path, string extraSpec = "") => $$"""
        using k8s.Models;
        using KubeDsl;
        using KubeDsl.Spark;

        public static class Jobs
        {
            [Manifest("{{path}}")]
            public static SparkApplication Pi => new()
            {
                Metadata = new V1ObjectMeta { Name = "spark-pi", NamespaceProperty = "default" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala,
                    Mode = DeployMode.Cluster,
                    Image = "spark:3.5.3",
                    MainClass = "org.apache.spark.examples.SparkPi",
                    MainApplicationFile = "local:///opt/spark/examples/jars/spark-examples.jar",
                    SparkVersion = "3.5.3",{{extraSpec}}
                    Driver = new DriverSpec { Cores = 1, Memory = "512m", ServiceAccount = "spark-operator-spark" },
                    Executor = new ExecutorSpec { Instances = 1, Cores = 1, Memory = "512m" },
                },
            };
        }
        """;
}

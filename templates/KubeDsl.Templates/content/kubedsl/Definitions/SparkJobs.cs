using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace KubeDslProject.Definitions;

/// <summary>Spark applications, run by the Spark operator.</summary>
public static class SparkJobs
{
    [Manifest("spark/spark-pi.yaml")]
    public static SparkApplication SparkPi => new()
    {
        Metadata = Meta.Of("spark-pi"),
        Spec = new SparkApplicationSpec
        {
            Type = SparkApplicationType.Scala,
            Mode = DeployMode.Cluster,
            Image = "docker.io/apache/spark:4.0.4",
            ImagePullPolicy = ImagePullPolicy.IfNotPresent,
            MainClass = "org.apache.spark.examples.SparkPi",
            MainApplicationFile = "local:///opt/spark/examples/jars/spark-examples.jar",
            SparkVersion = "4.0.4",
            Driver = new DriverSpec { Cores = 1, Memory = "512m", ServiceAccount = Defaults.SparkServiceAccount },
            Executor = new ExecutorSpec { Instances = 2, Cores = 1, Memory = "1g" },
        },
    };
}

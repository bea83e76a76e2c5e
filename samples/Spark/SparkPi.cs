using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace Samples.Spark;

/// <summary>The Spark operator's spark-pi example (examples/spark-pi.yaml, operator v2.5.2).</summary>
public static class SparkPi
{
#pragma warning disable KD0016 // upstream names all its spark-pi examples spark-pi; apply one at a time
    [Manifest("spark-pi.yaml")]
#pragma warning restore KD0016
    public static SparkApplication Application => new()
    {
        Metadata = new V1ObjectMeta { Name = "spark-pi", NamespaceProperty = "default" },
        Spec = new SparkApplicationSpec
        {
            Type = SparkApplicationType.Scala,
            Mode = DeployMode.Cluster,
            Image = Common.Image,
            ImagePullPolicy = "IfNotPresent",
            MainClass = Common.PiMainClass,
            MainApplicationFile = Common.ExamplesJar,
            Arguments = ["5000"],
            SparkVersion = Common.SparkVersion,
            Driver = new DriverSpec
            {
                Labels = new() { ["version"] = "4.0.0" },
                Cores = 1,
                Memory = "512m",
                ServiceAccount = Common.ServiceAccount,
                SecurityContext = Common.RestrictedContainer,
            },
            Executor = new ExecutorSpec
            {
                Labels = new() { ["version"] = "4.0.0" },
                Instances = 1,
                Cores = 1,
                Memory = "512m",
                SecurityContext = Common.RestrictedContainer,
            },
        },
    };
}

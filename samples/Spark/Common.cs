using k8s.Models;

namespace Samples.Spark;

/// <summary>Values the upstream examples share, written once.</summary>
public static class Common
{
    public const string SparkVersion = "4.0.4";
    public const string Image = "docker.io/apache/spark:" + SparkVersion;
    public const string ServiceAccount = "spark-operator-spark";
    public const string ExamplesJar = "local:///opt/spark/examples/jars/spark-examples.jar";
    public const string PiMainClass = "org.apache.spark.examples.SparkPi";

    /// <summary>The restricted container security context every upstream example uses (uid/gid 185 is Spark's user).</summary>
    public static readonly V1SecurityContext RestrictedContainer = new()
    {
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        RunAsGroup = 185,
        RunAsUser = 185,
        RunAsNonRoot = true,
        AllowPrivilegeEscalation = false,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };
}

using k8s.Models;
using KubeDsl.Spark;

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

    /// <summary>The driver most examples use: one core, 512m, the operator's Spark service account.</summary>
    public static readonly DriverSpec Driver = new()
    {
        Cores = 1,
        Memory = "512m",
        ServiceAccount = ServiceAccount,
        SecurityContext = RestrictedContainer,
    };

    /// <summary>One executor with one core and 512m.</summary>
    public static readonly ExecutorSpec Executor = new()
    {
        Instances = 1,
        Cores = 1,
        Memory = "512m",
        SecurityContext = RestrictedContainer,
    };

    /// <summary>The SparkPi job in cluster mode, the starting point of most examples.</summary>
    public static readonly SparkApplicationSpec PiSpec = new()
    {
        Type = SparkApplicationType.Scala,
        Mode = DeployMode.Cluster,
        Image = Image,
        ImagePullPolicy = "IfNotPresent",
        MainClass = PiMainClass,
        MainApplicationFile = ExamplesJar,
        SparkVersion = SparkVersion,
        Driver = Driver,
        Executor = Executor,
    };

    /// <summary>A SparkApplication in the default namespace.</summary>
    public static SparkApplication Application(string name, SparkApplicationSpec spec) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        Spec = spec,
    };
}

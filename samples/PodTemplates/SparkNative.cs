using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace Samples.PodTemplates;

/// <summary>
/// Spark's native Kubernetes mode: spark-submit talks to the API server itself, with settings from a properties
/// file and pod templates next to it. Run in manifests/spark-native:
/// <c>spark-submit --properties-file spark-pi.properties --class org.apache.spark.examples.SparkPi local:///opt/spark/examples/jars/spark-examples.jar</c>.
/// </summary>
public static class SparkNative
{
    private const string Image = "docker.io/apache/spark:4.0.4";

    /// <summary>
    /// Cluster mode with the driver and executor pod templates of Spark's own Kubernetes integration tests: a
    /// label on each pod and a named main container (Spark replaces the image).
    /// </summary>
    [Manifest("spark-native/spark-pi.properties")]
    public static SparkSubmit Cluster => new()
    {
        Master = "k8s://https://kubernetes.default.svc:443",
        DeployMode = DeployMode.Cluster,
        AppName = "spark-pi",
        Namespace = "spark-jobs",
        Image = Image,
        ImagePullPolicy = "IfNotPresent",
        ServiceAccount = "spark-driver",
        Driver = new SparkSubmitDriver { Cores = 1, Memory = "1g", Template = Template("driver-template-label-value", "test-driver-container") },
        Executor = new SparkSubmitExecutor { Instances = 2, Cores = 1, Memory = "2g", Template = Template("executor-template-label-value", "test-executor-container") },
        SparkConf = new Dictionary<string, string> { ["spark.eventLog.enabled"] = "false" },
    };

    /// <summary>A pod template with one label and a named container whose image Spark overwrites.</summary>
    public static V1Pod Template(string label, string container) => new()
    {
        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["template-label-key"] = label } },
        Spec = new V1PodSpec { Containers = [new V1Container { Name = container, Image = "will-be-overwritten" }] },
    };

    /// <summary>
    /// Client mode from a notebook pod: the driver runs in the pod <c>notebook-0</c>, so the executors reach it
    /// through a headless service that selects that pod; the executors get their own template.
    /// </summary>
    [Manifest("spark-native/notebook.properties")]
    public static SparkSubmit Notebook => new()
    {
        Master = "k8s://https://kubernetes.default.svc:443",
        DeployMode = DeployMode.Client,
        AppName = "notebook",
        Namespace = "analytics",
        Image = Image,
        Driver = new SparkSubmitDriver
        {
            Memory = "2g",
            PodName = "notebook-0",
            ServiceSelector = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "notebook" },
        },
        Executor = new SparkSubmitExecutor
        {
            Instances = 3,
            Cores = 2,
            Memory = "4g",
            Template = new V1Pod
            {
                Spec = new V1PodSpec
                {
                    Containers = [new V1Container { Name = "executor" }],
                    Tolerations = [new V1Toleration { Key = "workload", OperatorProperty = "Equal", Value = "spark", Effect = "NoSchedule" }],
                },
            },
        },
    };
}

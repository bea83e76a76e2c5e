using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Spark;

/// <summary>
/// A <c>spark-submit</c> against Kubernetes without the operator (Spark's native mode). A <c>[Manifest]</c> member
/// of this type names a <c>.properties</c> file, written with every <c>spark.*</c> setting, sorted, for
/// <c>spark-submit --properties-file</c>. Next to it go the pod templates
/// (<c>&lt;name&gt;.driver-template.yaml</c>, <c>&lt;name&gt;.executor-template.yaml</c>), which the properties
/// point at, and in client mode the headless service the executors reach the driver through
/// (<c>&lt;name&gt;.driver-service.yaml</c>).
/// </summary>
public sealed record SparkSubmit
{
    /// <summary>
    /// The API server, <c>spark.master</c>: <c>k8s://https://host:port</c>. The port is required, even 443; without a
    /// scheme Spark assumes https.
    /// </summary>
    [JsonPropertyName("master")]
    public required string Master { get; init; }

    /// <summary>
    /// <c>spark.submit.deployMode</c>: <see cref="Spark.DeployMode.Cluster"/> (the default; Spark creates the driver
    /// pod) or <see cref="Spark.DeployMode.Client"/> (the driver runs in the submitting pod).
    /// </summary>
    [JsonPropertyName("deployMode")]
    public DeployMode? DeployMode { get; init; }

    /// <summary>
    /// <c>spark.app.name</c>. Spark derives pod and service names from it, so keep it a lower-case DNS label
    /// (letters, digits, <c>-</c>).
    /// </summary>
    [JsonPropertyName("appName")]
    public required string AppName { get; init; }

    /// <summary><c>spark.kubernetes.namespace</c>: where the driver and executor pods run (Spark's default: <c>default</c>).</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary><c>spark.kubernetes.container.image</c>: the image of driver and executors.</summary>
    [JsonPropertyName("image")]
    public required string Image { get; init; }

    /// <summary><c>spark.kubernetes.container.image.pullPolicy</c>: <c>Always</c>, <c>IfNotPresent</c> or <c>Never</c>.</summary>
    [JsonPropertyName("imagePullPolicy")]
    public ImagePullPolicy? ImagePullPolicy { get; init; }

    /// <summary>
    /// <c>spark.kubernetes.authenticate.driver.serviceAccountName</c>: the driver's service account, which needs RBAC
    /// to create and delete executor pods, services and config maps in <see cref="Namespace"/>.
    /// </summary>
    [JsonPropertyName("serviceAccount")]
    public string? ServiceAccount { get; init; }

    /// <summary>The driver: resources, pod template, and in client mode how executors reach it.</summary>
    [JsonPropertyName("driver")]
    public SparkSubmitDriver? Driver { get; init; }

    /// <summary>The executors: count, resources and pod template.</summary>
    [JsonPropertyName("executor")]
    public SparkSubmitExecutor? Executor { get; init; }

    /// <summary>
    /// Further <c>spark.*</c> settings, written as given. A key that a typed property above sets is an error (say it
    /// once), and so is a key that does not start with <c>spark.</c>, which spark-submit would ignore.
    /// </summary>
    [JsonPropertyName("sparkConf")]
    public Dictionary<string, string>? SparkConf { get; init; }

    /// <summary>
    /// Where spark-submit finds the pod templates: a folder on the submitting machine or a Hadoop URI such as
    /// <c>s3a://bucket/templates</c>. Unset, the properties name the template files alone, which spark-submit reads
    /// relative to its working folder: run it in the folder of the properties file.
    /// </summary>
    [JsonPropertyName("podTemplateDirectory")]
    public string? PodTemplateDirectory { get; init; }
}

/// <summary>The driver of a <see cref="SparkSubmit"/>.</summary>
public sealed record SparkSubmitDriver
{
    /// <summary><c>spark.driver.cores</c>: CPU request of the driver pod (cluster mode).</summary>
    [JsonPropertyName("cores")]
    public int? Cores { get; init; }

    /// <summary><c>spark.driver.memory</c>, in JVM format: <c>2g</c>, <c>512m</c>.</summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    /// <summary><c>spark.driver.memoryOverhead</c>, in JVM format; Spark's default is max(384m, 10% of memory, 40% for Python).</summary>
    [JsonPropertyName("memoryOverhead")]
    public string? MemoryOverhead { get; init; }

    /// <summary>
    /// <c>spark.kubernetes.driver.pod.name</c>. In client mode, the name of the pod the driver runs in, so that
    /// executors are owned by it and deleted with it; required there.
    /// </summary>
    [JsonPropertyName("podName")]
    public string? PodName { get; init; }

    /// <summary>
    /// The driver's pod template (cluster mode only: in client mode Spark creates no driver pod). Spark overwrites
    /// the image, namespace, restart policy and the main container's resources; see the Spark docs' table.
    /// </summary>
    [JsonPropertyName("template")]
    public V1Pod? Template { get; init; }

    /// <summary>
    /// Client mode: the labels of the pod the driver runs in. They select it in the headless service that executors
    /// connect to; required in client mode.
    /// </summary>
    [JsonPropertyName("serviceSelector")]
    public Dictionary<string, string>? ServiceSelector { get; init; }

    /// <summary>Client mode: <c>spark.driver.port</c>, fixed so the service can expose it. Default 7078.</summary>
    [JsonPropertyName("port")]
    public int? Port { get; init; }

    /// <summary>Client mode: <c>spark.driver.blockManager.port</c>, fixed so the service can expose it. Default 7079.</summary>
    [JsonPropertyName("blockManagerPort")]
    public int? BlockManagerPort { get; init; }
}

/// <summary>The executors of a <see cref="SparkSubmit"/>.</summary>
public sealed record SparkSubmitExecutor
{
    /// <summary><c>spark.executor.instances</c>: the number of executors (without dynamic allocation).</summary>
    [JsonPropertyName("instances")]
    public int? Instances { get; init; }

    /// <summary><c>spark.executor.cores</c>: cores, and so CPU request, of each executor.</summary>
    [JsonPropertyName("cores")]
    public int? Cores { get; init; }

    /// <summary><c>spark.executor.memory</c>, in JVM format: <c>4g</c>, <c>512m</c>.</summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    /// <summary><c>spark.executor.memoryOverhead</c>, in JVM format.</summary>
    [JsonPropertyName("memoryOverhead")]
    public string? MemoryOverhead { get; init; }

    /// <summary>The executors' pod template. Spark overwrites the same fields as for the driver.</summary>
    [JsonPropertyName("template")]
    public V1Pod? Template { get; init; }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Spark;

/// <summary>Everything the operator turns into a spark-submit: code, image, configuration, driver and executors.</summary>
public sealed record SparkApplicationSpec
{
    /// <summary>When true the operator does not submit, and deletes running pods of a suspended application.</summary>
    [JsonPropertyName("suspend")]
    public bool? Suspend { get; init; }

    /// <summary>Application language.</summary>
    [JsonPropertyName("type")]
    public required SparkApplicationType Type { get; init; }

    /// <summary>Spark version of the application, e.g. <c>3.5.3</c>; should match the image.</summary>
    [JsonPropertyName("sparkVersion")]
    public required string SparkVersion { get; init; }

    /// <summary>Deploy mode; the operator defaults it to <c>cluster</c> (webhook defaulter).</summary>
    [JsonPropertyName("mode")]
    public DeployMode? Mode { get; init; }

    /// <summary>User to impersonate at submission (<c>--proxy-user</c>).</summary>
    [JsonPropertyName("proxyUser")]
    public string? ProxyUser { get; init; }

    /// <summary>Container image for driver and executors unless they set their own.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>Image pull policy: <see cref="KubeDsl.ImagePullPolicy.Always"/>, <c>IfNotPresent</c> or <c>Never</c> (text converts).</summary>
    [JsonPropertyName("imagePullPolicy")]
    public ImagePullPolicy? ImagePullPolicy { get; init; }

    /// <summary>Names of image-pull secrets in the application's namespace.</summary>
    [JsonPropertyName("imagePullSecrets")]
    public List<string>? ImagePullSecrets { get; init; }

    /// <summary>Fully qualified main class; required in practice for Java and Scala applications.</summary>
    [JsonPropertyName("mainClass")]
    public string? MainClass { get; init; }

    /// <summary>The application's jar, Python or R file, e.g. <c>local:///opt/spark/examples/jars/app.jar</c>.</summary>
    [JsonPropertyName("mainApplicationFile")]
    public required string MainApplicationFile { get; init; }

    /// <summary>Arguments passed to the main class or file.</summary>
    [JsonPropertyName("arguments")]
    public List<string>? Arguments { get; init; }

    /// <summary>Spark properties, as <c>--conf key=value</c>.</summary>
    [JsonPropertyName("sparkConf")]
    public Dictionary<string, string>? SparkConf { get; init; }

    /// <summary>Hadoop properties; the operator prefixes each key with <c>spark.hadoop.</c>.</summary>
    [JsonPropertyName("hadoopConf")]
    public Dictionary<string, string>? HadoopConf { get; init; }

    /// <summary>ConfigMap with Spark configuration files; mounted and pointed to by <c>SPARK_CONF_DIR</c>.</summary>
    [JsonPropertyName("sparkConfigMap")]
    public string? SparkConfigMap { get; init; }

    /// <summary>ConfigMap with Hadoop configuration files; mounted and pointed to by <c>HADOOP_CONF_DIR</c>.</summary>
    [JsonPropertyName("hadoopConfigMap")]
    public string? HadoopConfigMap { get; init; }

    /// <summary>Volumes that driver and executors can mount with <c>volumeMounts</c>.</summary>
    [JsonPropertyName("volumes")]
    public List<V1Volume>? Volumes { get; init; }

    /// <summary>The driver pod.</summary>
    [JsonPropertyName("driver")]
    public required DriverSpec Driver { get; init; }

    /// <summary>The executor pods.</summary>
    [JsonPropertyName("executor")]
    public required ExecutorSpec Executor { get; init; }

    /// <summary>Extra jars, files, Python files and packages.</summary>
    [JsonPropertyName("deps")]
    public Dependencies? Deps { get; init; }

    /// <summary>Whether and when the operator reruns the application; defaults to Never.</summary>
    [JsonPropertyName("restartPolicy")]
    public RestartPolicy? RestartPolicy { get; init; }

    /// <summary>Node selector for driver and executors; mutually exclusive with the pod-level selectors.</summary>
    [JsonPropertyName("nodeSelector")]
    public Dictionary<string, string>? NodeSelector { get; init; }

    /// <summary>Retries of a failed application (best effort).</summary>
    [JsonPropertyName("failureRetries")]
    public int? FailureRetries { get; init; }

    /// <summary>Seconds between submission retries.</summary>
    [JsonPropertyName("retryInterval")]
    public long? RetryInterval { get; init; }

    /// <summary>Major Python version of the image, <c>"2"</c> or <c>"3"</c> (the CRD accepts only these).</summary>
    [JsonPropertyName("pythonVersion")]
    public string? PythonVersion { get; init; }

    /// <summary>Share of memory added as non-heap overhead, e.g. <c>"0.2"</c>; Spark uses 0.1 for JVM and 0.4 for other apps.</summary>
    [JsonPropertyName("memoryOverheadFactor")]
    public string? MemoryOverheadFactor { get; init; }

    /// <summary>Metrics exposure for driver and executors.</summary>
    [JsonPropertyName("monitoring")]
    public MonitoringSpec? Monitoring { get; init; }

    /// <summary>Batch scheduler to use: <see cref="Spark.BatchScheduler.Volcano"/>, <c>YuniKorn</c> or <c>KubeScheduler</c> (text converts).</summary>
    [JsonPropertyName("batchScheduler")]
    public BatchScheduler? BatchScheduler { get; init; }

    /// <summary>Seconds after termination before the operator deletes the application.</summary>
    [JsonPropertyName("timeToLiveSeconds")]
    public long? TimeToLiveSeconds { get; init; }

    /// <summary>Options for the batch scheduler (queue, priority class, resources).</summary>
    [JsonPropertyName("batchSchedulerOptions")]
    public BatchSchedulerConfiguration? BatchSchedulerOptions { get; init; }

    /// <summary>Service and ingress for the Spark UI.</summary>
    [JsonPropertyName("sparkUIOptions")]
    public SparkUIConfiguration? SparkUIOptions { get; init; }

    /// <summary>Services and ingresses for other driver ports.</summary>
    [JsonPropertyName("driverIngressOptions")]
    public List<DriverIngressConfiguration>? DriverIngressOptions { get; init; }

    /// <summary>Dynamic allocation of executors (Spark 3.0 and later).</summary>
    [JsonPropertyName("dynamicAllocation")]
    public DynamicAllocation? DynamicAllocation { get; init; }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Spark;

/// <summary>Extra dependencies passed to spark-submit.</summary>
public sealed record Dependencies
{
    /// <summary>Jars added to the classpath (<c>--jars</c>).</summary>
    [JsonPropertyName("jars")]
    public List<string>? Jars { get; init; }

    /// <summary>Files placed in each executor's working directory (<c>--files</c>).</summary>
    [JsonPropertyName("files")]
    public List<string>? Files { get; init; }

    /// <summary>Python files added to the Python path (<c>--py-files</c>).</summary>
    [JsonPropertyName("pyFiles")]
    public List<string>? PyFiles { get; init; }

    /// <summary>Maven coordinates of packages to resolve (<c>--packages</c>).</summary>
    [JsonPropertyName("packages")]
    public List<string>? Packages { get; init; }

    /// <summary>Coordinates to exclude while resolving packages.</summary>
    [JsonPropertyName("excludePackages")]
    public List<string>? ExcludePackages { get; init; }

    /// <summary>Extra Maven repositories.</summary>
    [JsonPropertyName("repositories")]
    public List<string>? Repositories { get; init; }

    /// <summary>Archives extracted into each executor's working directory (<c>--archives</c>).</summary>
    [JsonPropertyName("archives")]
    public List<string>? Archives { get; init; }
}

/// <summary>When and how often the operator reruns the application.</summary>
public sealed record RestartPolicy
{
    /// <summary>The policy; Never when unset.</summary>
    [JsonPropertyName("type")]
    public RestartPolicyType? Type { get; init; }

    /// <summary>Resubmissions after failed submissions (needed for OnFailure); at least 0.</summary>
    [JsonPropertyName("onSubmissionFailureRetries")]
    public int? OnSubmissionFailureRetries { get; init; }

    /// <summary>Reruns after failed runs; at least 0.</summary>
    [JsonPropertyName("onFailureRetries")]
    public int? OnFailureRetries { get; init; }

    /// <summary>Seconds between submission retries; at least 1.</summary>
    [JsonPropertyName("onSubmissionFailureRetryInterval")]
    public long? OnSubmissionFailureRetryInterval { get; init; }

    /// <summary>Seconds between run retries; at least 1.</summary>
    [JsonPropertyName("onFailureRetryInterval")]
    public long? OnFailureRetryInterval { get; init; }
}

/// <summary>Batch-scheduler options, used by Volcano and YuniKorn.</summary>
public sealed record BatchSchedulerConfiguration
{
    /// <summary>Scheduler queue of the application.</summary>
    [JsonPropertyName("queue")]
    public string? Queue { get; init; }

    /// <summary>PriorityClass of the application's pod group.</summary>
    [JsonPropertyName("priorityClassName")]
    public string? PriorityClassName { get; init; }

    /// <summary>Resources the scheduler reserves for the application, as Kubernetes quantities.</summary>
    [JsonPropertyName("resources")]
    public Dictionary<string, ResourceQuantity>? Resources { get; init; }
}

/// <summary>Service and ingress for the Spark UI.</summary>
public sealed record SparkUIConfiguration
{
    /// <summary>Service port; the target port is <c>spark.ui.port</c> (4040 by default).</summary>
    [JsonPropertyName("servicePort")]
    public int? ServicePort { get; init; }

    /// <summary>Service port name; defaults to <c>spark-driver-ui-port</c>.</summary>
    [JsonPropertyName("servicePortName")]
    public string? ServicePortName { get; init; }

    /// <summary>Service type; defaults to ClusterIP.</summary>
    [JsonPropertyName("serviceType")]
    public string? ServiceType { get; init; }

    /// <summary>Annotations of the UI service.</summary>
    [JsonPropertyName("serviceAnnotations")]
    public Dictionary<string, string>? ServiceAnnotations { get; init; }

    /// <summary>Labels of the UI service.</summary>
    [JsonPropertyName("serviceLabels")]
    public Dictionary<string, string>? ServiceLabels { get; init; }

    /// <summary>Annotations of the UI ingress.</summary>
    [JsonPropertyName("ingressAnnotations")]
    public Dictionary<string, string>? IngressAnnotations { get; init; }

    /// <summary>TLS settings of the UI ingress.</summary>
    [JsonPropertyName("ingressTLS")]
    public List<V1IngressTLS>? IngressTLS { get; init; }
}

/// <summary>A service and ingress for one more driver port.</summary>
public sealed record DriverIngressConfiguration
{
    /// <summary>Port of the service.</summary>
    [JsonPropertyName("servicePort")]
    public required int ServicePort { get; init; }

    /// <summary>Name of the service port.</summary>
    [JsonPropertyName("servicePortName")]
    public required string ServicePortName { get; init; }

    /// <summary>Service type; defaults to ClusterIP.</summary>
    [JsonPropertyName("serviceType")]
    public string? ServiceType { get; init; }

    /// <summary>Annotations of the service.</summary>
    [JsonPropertyName("serviceAnnotations")]
    public Dictionary<string, string>? ServiceAnnotations { get; init; }

    /// <summary>Labels of the service.</summary>
    [JsonPropertyName("serviceLabels")]
    public Dictionary<string, string>? ServiceLabels { get; init; }

    /// <summary>Ingress host format with <c>{{$appName}}</c>-style placeholders.</summary>
    [JsonPropertyName("ingressURLFormat")]
    public string? IngressURLFormat { get; init; }

    /// <summary>Annotations of the ingress.</summary>
    [JsonPropertyName("ingressAnnotations")]
    public Dictionary<string, string>? IngressAnnotations { get; init; }

    /// <summary>TLS settings of the ingress.</summary>
    [JsonPropertyName("ingressTLS")]
    public List<V1IngressTLS>? IngressTLS { get; init; }
}

/// <summary>Dynamic allocation of executors.</summary>
public sealed record DynamicAllocation
{
    /// <summary>Turns dynamic allocation on.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>Executors at start; the larger of this and <c>executor.instances</c> is used.</summary>
    [JsonPropertyName("initialExecutors")]
    public int? InitialExecutors { get; init; }

    /// <summary>Lower bound on executors.</summary>
    [JsonPropertyName("minExecutors")]
    public int? MinExecutors { get; init; }

    /// <summary>Upper bound on executors.</summary>
    [JsonPropertyName("maxExecutors")]
    public int? MaxExecutors { get; init; }

    /// <summary>Track shuffle files so executors can go without a shuffle service; true by default when enabled.</summary>
    [JsonPropertyName("shuffleTrackingEnabled")]
    public bool? ShuffleTrackingEnabled { get; init; }

    /// <summary>Milliseconds an executor holding shuffle data is kept.</summary>
    [JsonPropertyName("shuffleTrackingTimeout")]
    public long? ShuffleTrackingTimeout { get; init; }
}

/// <summary>Metrics exposure.</summary>
public sealed record MonitoringSpec
{
    /// <summary>Expose driver metrics.</summary>
    [JsonPropertyName("exposeDriverMetrics")]
    public required bool ExposeDriverMetrics { get; init; }

    /// <summary>Expose executor metrics.</summary>
    [JsonPropertyName("exposeExecutorMetrics")]
    public required bool ExposeExecutorMetrics { get; init; }

    /// <summary>Content of a metrics.properties file for Spark's metric system.</summary>
    [JsonPropertyName("metricsProperties")]
    public string? MetricsProperties { get; init; }

    /// <summary>Path of metrics.properties in the container; defaults to <c>/etc/metrics/conf/metrics.properties</c>.</summary>
    [JsonPropertyName("metricsPropertiesFile")]
    public string? MetricsPropertiesFile { get; init; }

    /// <summary>Prometheus JMX exporter settings.</summary>
    [JsonPropertyName("prometheus")]
    public PrometheusSpec? Prometheus { get; init; }
}

/// <summary>The Prometheus JMX exporter Java agent.</summary>
public sealed record PrometheusSpec
{
    /// <summary>Path of the exporter jar in the image.</summary>
    [JsonPropertyName("jmxExporterJar")]
    public required string JmxExporterJar { get; init; }

    /// <summary>Port of the exporter, 1024 to 49151; defaults to 8090.</summary>
    [JsonPropertyName("port")]
    public int? Port { get; init; }

    /// <summary>Name of the exporter port; defaults to <c>jmx-exporter</c>.</summary>
    [JsonPropertyName("portName")]
    public string? PortName { get; init; }

    /// <summary>Path of an exporter configuration file in the image; wins over <see cref="Configuration"/>.</summary>
    [JsonPropertyName("configFile")]
    public string? ConfigFile { get; init; }

    /// <summary>Exporter configuration content.</summary>
    [JsonPropertyName("configuration")]
    public string? Configuration { get; init; }
}

/// <summary>A GPU request.</summary>
public sealed record GPUSpec
{
    /// <summary>Resource name, e.g. <c>nvidia.com/gpu</c>.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Number of GPUs.</summary>
    [JsonPropertyName("quantity")]
    public required long Quantity { get; init; }
}

/// <summary>A ConfigMap and the path it is mounted at.</summary>
public sealed record NamePath
{
    /// <summary>ConfigMap name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Mount path.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }
}

/// <summary>A secret mounted into a pod.</summary>
public sealed record SecretInfo
{
    /// <summary>Secret name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Mount path.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    /// <summary>How the operator treats the secret.</summary>
    [JsonPropertyName("secretType")]
    public required SecretType SecretType { get; init; }
}

/// <summary>A key of a secret.</summary>
public sealed record NameKey
{
    /// <summary>Secret name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Key in the secret.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }
}

/// <summary>A container port.</summary>
public sealed record Port
{
    /// <summary>Port name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Protocol, such as TCP.</summary>
    [JsonPropertyName("protocol")]
    public required string Protocol { get; init; }

    /// <summary>Port number.</summary>
    [JsonPropertyName("containerPort")]
    public required int ContainerPort { get; init; }
}

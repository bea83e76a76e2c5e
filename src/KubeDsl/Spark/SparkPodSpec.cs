using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Spark;

/// <summary>Settings shared by the driver and executor pods. Memory values use the JVM format (<c>512m</c>, <c>2g</c>).</summary>
public abstract record SparkPodSpec
{
    /// <summary>Pod template for settings the spec has no field for (Spark 3.0 and later).</summary>
    [JsonPropertyName("template")]
    public V1PodTemplateSpec? Template { get; init; }

    /// <summary>CPU cores (<c>spark.driver.cores</c> or <c>spark.executor.cores</c>); at least 1.</summary>
    [JsonPropertyName("cores")]
    public int? Cores { get; init; }

    /// <summary>Hard CPU limit of the pod as a Kubernetes quantity, e.g. <c>"1200m"</c>.</summary>
    [JsonPropertyName("coreLimit")]
    public string? CoreLimit { get; init; }

    /// <summary>JVM heap in the JVM format, e.g. <c>512m</c> or <c>2g</c> (not <c>2Gi</c>).</summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    /// <summary>Memory limit of the pod, overriding memory plus overhead.</summary>
    [JsonPropertyName("memoryLimit")]
    public string? MemoryLimit { get; init; }

    /// <summary>Off-heap memory in MiB unless a unit is given; defaults to max(384m, factor × memory).</summary>
    [JsonPropertyName("memoryOverhead")]
    public string? MemoryOverhead { get; init; }

    /// <summary>GPU resource and count.</summary>
    [JsonPropertyName("gpu")]
    public GPUSpec? Gpu { get; init; }

    /// <summary>Image for this pod, overriding <c>spec.image</c>.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>ConfigMaps mounted into the pod.</summary>
    [JsonPropertyName("configMaps")]
    public List<NamePath>? ConfigMaps { get; init; }

    /// <summary>Secrets mounted into the pod.</summary>
    [JsonPropertyName("secrets")]
    public List<SecretInfo>? Secrets { get; init; }

    /// <summary>Environment variables of the Spark container.</summary>
    [JsonPropertyName("env")]
    public List<V1EnvVar>? Env { get; init; }

    /// <summary>Environment variables as a map; deprecated upstream in favour of <see cref="Env"/>.</summary>
    [JsonPropertyName("envVars")]
    public Dictionary<string, string>? EnvVars { get; init; }

    /// <summary>Sources of environment variables (config maps, secrets).</summary>
    [JsonPropertyName("envFrom")]
    public List<V1EnvFromSource>? EnvFrom { get; init; }

    /// <summary>Environment variables from secret keys; deprecated upstream in favour of <see cref="Env"/>.</summary>
    [JsonPropertyName("envSecretKeyRefs")]
    public Dictionary<string, NameKey>? EnvSecretKeyRefs { get; init; }

    /// <summary>Labels added to the pod.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; init; }

    /// <summary>Annotations added to the pod.</summary>
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; init; }

    /// <summary>Mounts of volumes declared in <c>spec.volumes</c>.</summary>
    [JsonPropertyName("volumeMounts")]
    public List<V1VolumeMount>? VolumeMounts { get; init; }

    /// <summary>Pod affinity and anti-affinity.</summary>
    [JsonPropertyName("affinity")]
    public V1Affinity? Affinity { get; init; }

    /// <summary>Tolerations of the pod.</summary>
    [JsonPropertyName("tolerations")]
    public List<V1Toleration>? Tolerations { get; init; }

    /// <summary>Pod-level security context.</summary>
    [JsonPropertyName("podSecurityContext")]
    public V1PodSecurityContext? PodSecurityContext { get; init; }

    /// <summary>Security context of the Spark container.</summary>
    [JsonPropertyName("securityContext")]
    public V1SecurityContext? SecurityContext { get; init; }

    /// <summary>Scheduler that places the pod.</summary>
    [JsonPropertyName("schedulerName")]
    public string? SchedulerName { get; init; }

    /// <summary>Containers that run beside the Spark container.</summary>
    [JsonPropertyName("sidecars")]
    public List<V1Container>? Sidecars { get; init; }

    /// <summary>Containers that run to completion before the Spark container starts.</summary>
    [JsonPropertyName("initContainers")]
    public List<V1Container>? InitContainers { get; init; }

    /// <summary>Use the node's network namespace.</summary>
    [JsonPropertyName("hostNetwork")]
    public bool? HostNetwork { get; init; }

    /// <summary>Node selector for this pod; mutually exclusive with <c>spec.nodeSelector</c>.</summary>
    [JsonPropertyName("nodeSelector")]
    public Dictionary<string, string>? NodeSelector { get; init; }

    /// <summary>DNS settings of the pod.</summary>
    [JsonPropertyName("dnsConfig")]
    public V1PodDNSConfig? DnsConfig { get; init; }

    /// <summary>Seconds the pod gets to stop gracefully.</summary>
    [JsonPropertyName("terminationGracePeriodSeconds")]
    public long? TerminationGracePeriodSeconds { get; init; }

    /// <summary>Service account of the pod; the driver's needs RBAC on pods, services and config maps.</summary>
    [JsonPropertyName("serviceAccount")]
    public string? ServiceAccount { get; init; }

    /// <summary>Extra entries for the pod's hosts file.</summary>
    [JsonPropertyName("hostAliases")]
    public List<V1HostAlias>? HostAliases { get; init; }

    /// <summary>Share one process namespace between the pod's containers.</summary>
    [JsonPropertyName("shareProcessNamespace")]
    public bool? ShareProcessNamespace { get; init; }
}

/// <summary>The driver pod.</summary>
public sealed record DriverSpec : SparkPodSpec
{
    /// <summary>Name of a user-created driver pod, for in-cluster client mode only.</summary>
    [JsonPropertyName("podName")]
    public string? PodName { get; init; }

    /// <summary>CPU request of the driver pod as a quantity (<c>spark.kubernetes.driver.request.cores</c>).</summary>
    [JsonPropertyName("coreRequest")]
    public string? CoreRequest { get; init; }

    /// <summary>Extra JVM options of the driver.</summary>
    [JsonPropertyName("javaOptions")]
    public string? JavaOptions { get; init; }

    /// <summary>postStart and preStop hooks of the driver container.</summary>
    [JsonPropertyName("lifecycle")]
    public V1Lifecycle? Lifecycle { get; init; }

    /// <summary>API server URL the driver talks to; defaults to <c>https://kubernetes.default.svc</c>.</summary>
    [JsonPropertyName("kubernetesMaster")]
    public string? KubernetesMaster { get; init; }

    /// <summary>Annotations of the driver's headless service.</summary>
    [JsonPropertyName("serviceAnnotations")]
    public Dictionary<string, string>? ServiceAnnotations { get; init; }

    /// <summary>Labels of the driver's headless service.</summary>
    [JsonPropertyName("serviceLabels")]
    public Dictionary<string, string>? ServiceLabels { get; init; }

    /// <summary>Extra container ports of the driver.</summary>
    [JsonPropertyName("ports")]
    public List<Port>? Ports { get; init; }

    /// <summary>PriorityClass of the driver pod.</summary>
    [JsonPropertyName("priorityClassName")]
    public string? PriorityClassName { get; init; }
}

/// <summary>The executor pods.</summary>
public sealed record ExecutorSpec : SparkPodSpec
{
    /// <summary>Number of executors (<c>spark.executor.instances</c>); at least 1.</summary>
    [JsonPropertyName("instances")]
    public int? Instances { get; init; }

    /// <summary>CPU request of each executor pod as a quantity (<c>spark.kubernetes.executor.request.cores</c>).</summary>
    [JsonPropertyName("coreRequest")]
    public string? CoreRequest { get; init; }

    /// <summary>Extra JVM options of the executors.</summary>
    [JsonPropertyName("javaOptions")]
    public string? JavaOptions { get; init; }

    /// <summary>postStart and preStop hooks of the executor container.</summary>
    [JsonPropertyName("lifecycle")]
    public V1Lifecycle? Lifecycle { get; init; }

    /// <summary>Delete executor pods when they end (<c>spark.kubernetes.executor.deleteOnTermination</c>); Spark defaults to true.</summary>
    [JsonPropertyName("deleteOnTermination")]
    public bool? DeleteOnTermination { get; init; }

    /// <summary>Extra container ports of the executors.</summary>
    [JsonPropertyName("ports")]
    public List<Port>? Ports { get; init; }

    /// <summary>PriorityClass of the executor pods.</summary>
    [JsonPropertyName("priorityClassName")]
    public string? PriorityClassName { get; init; }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Flink;

/// <summary>The JobManager of a <see cref="FlinkDeployment"/> (<c>spec.jobManager</c>).</summary>
public sealed record JobManagerSpec
{
    /// <summary>
    /// CPU, memory and ephemeral storage of the JobManager, the form operator release 1.15.0 understands. Deprecated
    /// on the operator's main branch in favour of <see cref="Resources"/>.
    /// </summary>
    [JsonPropertyName("resource")]
    public Resource? Resource { get; init; }

    /// <summary>
    /// Kubernetes requests and limits of the JobManager; memory and cpu come from <c>requests</c> (falling back to
    /// <c>limits</c>). Only on the operator's main branch (after release 1.15.0): the 1.15.0 CRD does not have it,
    /// so the API server drops it there and the JobManager gets Flink's default sizes.
    /// </summary>
    [JsonPropertyName("resources")]
    public V1ResourceRequirements? Resources { get; init; }

    /// <summary>Number of JobManagers (default 1); more than one needs high availability.</summary>
    [JsonPropertyName("replicas")]
    public int? Replicas { get; init; }

    /// <summary>Pod template of the JobManager, merged over <see cref="FlinkDeploymentSpec.PodTemplate"/>.</summary>
    [JsonPropertyName("podTemplate")]
    public V1PodTemplateSpec? PodTemplate { get; init; }
}

/// <summary>The TaskManagers of a <see cref="FlinkDeployment"/> (<c>spec.taskManager</c>).</summary>
public sealed record TaskManagerSpec
{
    /// <summary>
    /// CPU, memory and ephemeral storage of each TaskManager, the form operator release 1.15.0 understands.
    /// Deprecated on the operator's main branch in favour of <see cref="Resources"/>.
    /// </summary>
    [JsonPropertyName("resource")]
    public Resource? Resource { get; init; }

    /// <summary>
    /// Kubernetes requests and limits of each TaskManager; memory and cpu come from <c>requests</c> (falling back
    /// to <c>limits</c>). Only on the operator's main branch (after release 1.15.0): the 1.15.0 CRD does not have
    /// it, so the API server drops it there and TaskManagers get Flink's default sizes.
    /// </summary>
    [JsonPropertyName("resources")]
    public V1ResourceRequirements? Resources { get; init; }

    /// <summary>Number of TaskManagers; when set (at least 1) it decides the job's parallelism.</summary>
    [JsonPropertyName("replicas")]
    public int? Replicas { get; init; }

    /// <summary>Pod template of the TaskManagers, merged over <see cref="FlinkDeploymentSpec.PodTemplate"/>.</summary>
    [JsonPropertyName("podTemplate")]
    public V1PodTemplateSpec? PodTemplate { get; init; }
}

/// <summary>CPU, memory and ephemeral storage of a JobManager or TaskManager (<c>resource</c>).</summary>
public sealed record Resource
{
    /// <summary>CPU cores, e.g. <c>0.5</c>. Unset: 1 for the JobManager, one per task slot for a TaskManager.</summary>
    [JsonPropertyName("cpu")]
    public double? Cpu { get; init; }

    /// <summary>
    /// Total process memory (Flink's <c>*.memory.process.size</c>), e.g. <c>2048m</c> or <c>2g</c>. Flink's own
    /// units: <c>m</c> here means mebibytes, not Kubernetes' milli.
    /// </summary>
    [JsonPropertyName("memory")]
    public string? Memory { get; init; }

    /// <summary>Ephemeral storage as a Kubernetes quantity, e.g. <c>2Gi</c>; both request and limit of the main container.</summary>
    [JsonPropertyName("ephemeralStorage")]
    public string? EphemeralStorage { get; init; }
}

/// <summary>An Ingress to a FlinkDeployment's web UI and REST API (<c>spec.ingress</c>).</summary>
public sealed record IngressSpec
{
    /// <summary>
    /// Host and path template, required when an ingress is set. <c>{{name}}</c> and <c>{{namespace}}</c> are
    /// replaced, e.g. <c>{{name}}.{{namespace}}.flink.example.com</c> or <c>/{{namespace}}/{{name}}(/|$)(.*)</c>.
    /// </summary>
    [JsonPropertyName("template")]
    public string? Template { get; init; }

    /// <summary>Ingress class, e.g. <c>nginx</c>.</summary>
    [JsonPropertyName("className")]
    public string? ClassName { get; init; }

    /// <summary>Annotations of the Ingress object, e.g. rewrite rules of the ingress controller.</summary>
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; init; }

    /// <summary>Labels of the Ingress object.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; init; }

    /// <summary>TLS hosts and the secrets holding their certificates.</summary>
    [JsonPropertyName("tls")]
    public List<V1IngressTLS>? Tls { get; init; }
}

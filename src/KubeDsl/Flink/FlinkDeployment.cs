using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace KubeDsl.Flink;

/// <summary>
/// A Flink cluster run by the Apache Flink Kubernetes Operator (<c>flink.apache.org/v1beta1</c>, kind
/// <c>FlinkDeployment</c>): an application cluster when <see cref="FlinkDeploymentSpec.Job"/> is set, a session
/// cluster for <see cref="FlinkSessionJob"/>s otherwise. <c>status</c> is written by the operator and is not part
/// of a manifest.
/// </summary>
[KubernetesEntity(Group = "flink.apache.org", ApiVersion = "v1beta1", Kind = "FlinkDeployment", PluralName = "flinkdeployments")]
public sealed record FlinkDeployment : IKubernetesObject<V1ObjectMeta>
{
    private static readonly ResourceIdentity Identity = ResourceIdentity.Of<FlinkDeployment>();

    /// <summary>
    /// Name, namespace, labels and annotations. The operator requires the name to match
    /// <c>[a-z]([-a-z0-9]{0,43}[a-z0-9])?</c>: a DNS-1035 label of at most 45 characters.
    /// </summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    string IKubernetesObject.ApiVersion { get => Identity.ApiVersion; set => throw ResourceIdentity.Immutable(nameof(FlinkDeployment), "ApiVersion"); }

    string IKubernetesObject.Kind { get => Identity.Kind; set => throw ResourceIdentity.Immutable(nameof(FlinkDeployment), "Kind"); }

    V1ObjectMeta IMetadata<V1ObjectMeta>.Metadata { get => Metadata; set => throw ResourceIdentity.Immutable(nameof(FlinkDeployment), "Metadata"); }

    /// <summary>The cluster and, for an application cluster, its job. Only the operator's canary resource leaves it out.</summary>
    [JsonPropertyName("spec")]
    public FlinkDeploymentSpec? Spec { get; init; }
}

/// <summary>The desired Flink cluster: image, Flink version, configuration, JobManager, TaskManagers and job.</summary>
public sealed record FlinkDeploymentSpec
{
    /// <summary>Container image with Flink and the job's code; becomes <c>kubernetes.container.image.ref</c>.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>
    /// Image pull policy. The CRD takes any text but the operator only understands <c>Always</c>,
    /// <c>IfNotPresent</c> and <c>Never</c> (exact case); anything else fails when the cluster is deployed.
    /// </summary>
    [JsonPropertyName("imagePullPolicy")]
    public string? ImagePullPolicy { get; init; }

    /// <summary>Flink version of the image. The operator's validator requires it.</summary>
    [JsonPropertyName("flinkVersion")]
    public FlinkVersion? FlinkVersion { get; init; }

    /// <summary>Native (the default) or standalone Kubernetes integration; fixed after the first deployment.</summary>
    [JsonPropertyName("mode")]
    public KubernetesDeploymentMode? Mode { get; init; }

    /// <summary>
    /// Service account of the JobManager and TaskManager pods (<c>kubernetes.service-account</c>). The operator's
    /// validator requires it; in native mode the JobManager uses it to create TaskManager pods, so it needs RBAC.
    /// </summary>
    [JsonPropertyName("serviceAccount")]
    public string? ServiceAccount { get; init; }

    /// <summary>
    /// Flink configuration (<c>flink-conf.yaml</c> keys such as <c>taskmanager.numberOfTaskSlots</c>), added to the
    /// operator's defaults. Values are strings, as Flink reads them: <c>["taskmanager.numberOfTaskSlots"] = "2"</c>.
    /// </summary>
    [JsonPropertyName("flinkConfiguration")]
    public Dictionary<string, string>? FlinkConfiguration { get; init; }

    /// <summary>
    /// Replacement logging configuration. The operator accepts only the keys <c>log4j-console.properties</c> and
    /// <c>logback-console.xml</c>; each value is the whole file.
    /// </summary>
    [JsonPropertyName("logConfiguration")]
    public Dictionary<string, string>? LogConfiguration { get; init; }

    /// <summary>An Ingress to the Flink web UI and REST API.</summary>
    [JsonPropertyName("ingress")]
    public IngressSpec? Ingress { get; init; }

    /// <summary>
    /// Base pod template for JobManager and TaskManager pods; their own templates are merged over it. Flink applies
    /// its settings to the container named <c>flink-main-container</c>; a container left without a name here (or in
    /// the JobManager's or TaskManager's template) is written with that name. The CRD also allows <c>apiVersion</c>
    /// and <c>kind</c> here, which the operator ignores.
    /// </summary>
    [JsonPropertyName("podTemplate")]
    public V1PodTemplateSpec? PodTemplate { get; init; }

    /// <summary>JobManager resources, replicas and pod template.</summary>
    [JsonPropertyName("jobManager")]
    public JobManagerSpec? JobManager { get; init; }

    /// <summary>TaskManager resources, replicas and pod template.</summary>
    [JsonPropertyName("taskManager")]
    public TaskManagerSpec? TaskManager { get; init; }

    /// <summary>The job of an application cluster; leave unset for a session cluster.</summary>
    [JsonPropertyName("job")]
    public JobSpec? Job { get; init; }

    /// <summary>Changing it to another value restarts the cluster and job without other spec changes.</summary>
    [JsonPropertyName("restartNonce")]
    public long? RestartNonce { get; init; }
}

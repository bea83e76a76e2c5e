using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s.Models;

namespace KubeDsl.Airflow;

/// <summary>
/// A pod template file for Airflow's <c>KubernetesPodOperator(pod_template_file=...)</c> or for the
/// KubernetesExecutor (<c>[kubernetes_executor] pod_template_file</c>), written as a Kubernetes <c>Pod</c>.
/// Airflow merges its own container into the template's first container and finds it by the name <c>base</c>; so
/// the task's container is <see cref="Base"/>, always written first and named <c>base</c> (another name is a build
/// error), and <see cref="Sidecars"/> follow it.
/// </summary>
public sealed record AirflowPodTemplate
{
    /// <summary>Who reads the template; the KubernetesExecutor has stricter requirements. Not written to the file.</summary>
    [JsonPropertyName("consumer")]
    public AirflowTemplateConsumer? Consumer { get; init; }

    /// <summary>
    /// Labels, annotations and name of the pod. The KubernetesExecutor requires a name (it replaces it with a
    /// unique one per task).
    /// </summary>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta? Metadata { get; init; }

    /// <summary>
    /// The task's container, named <c>base</c>: leave <see cref="V1Container.Name"/> unset or set it to <c>base</c>.
    /// The KubernetesExecutor also requires an image.
    /// </summary>
    [JsonPropertyName("base")]
    public required V1Container Base { get; init; }

    /// <summary>Further containers (log shippers, proxies), after <see cref="Base"/>.</summary>
    [JsonPropertyName("sidecars")]
    public List<V1Container>? Sidecars { get; init; }

    /// <summary>
    /// Pod-level settings: volumes, tolerations, affinity, service account, security context. Leave its
    /// <c>containers</c> empty; they come from <see cref="Base"/> and <see cref="Sidecars"/>.
    /// </summary>
    [JsonPropertyName("spec")]
    public V1PodSpec? Spec { get; init; }
}

/// <summary>The Airflow component that reads an <see cref="AirflowPodTemplate"/>.</summary>
public enum AirflowTemplateConsumer
{
    /// <summary><c>KubernetesPodOperator(pod_template_file=...)</c> (the default): the operator's arguments fill in the rest.</summary>
    KubernetesPodOperator,

    /// <summary>The KubernetesExecutor's worker pods: needs <c>metadata.name</c> and an image on the base container.</summary>
    KubernetesExecutor,
}

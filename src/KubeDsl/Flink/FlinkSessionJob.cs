using System.Collections.Generic;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace KubeDsl.Flink;

/// <summary>
/// A job submitted to a session cluster (<c>flink.apache.org/v1beta1</c>, kind <c>FlinkSessionJob</c>). The
/// session cluster is a <see cref="FlinkDeployment"/> without a job, in the same namespace.
/// </summary>
[KubernetesEntity(Group = "flink.apache.org", ApiVersion = "v1beta1", Kind = "FlinkSessionJob", PluralName = "flinksessionjobs")]
public sealed record FlinkSessionJob : IKubernetesObject<V1ObjectMeta>
{
    private static readonly ResourceIdentity Identity = ResourceIdentity.Of<FlinkSessionJob>();

    /// <summary>Name, namespace, labels and annotations; the name follows the same rule as a FlinkDeployment's.</summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    string IKubernetesObject.ApiVersion { get => Identity.ApiVersion; set => throw ResourceIdentity.Immutable(nameof(FlinkSessionJob), "ApiVersion"); }

    string IKubernetesObject.Kind { get => Identity.Kind; set => throw ResourceIdentity.Immutable(nameof(FlinkSessionJob), "Kind"); }

    V1ObjectMeta IMetadata<V1ObjectMeta>.Metadata { get => Metadata; set => throw ResourceIdentity.Immutable(nameof(FlinkSessionJob), "Metadata"); }

    /// <summary>The target session cluster and the job.</summary>
    [JsonPropertyName("spec")]
    public FlinkSessionJobSpec? Spec { get; init; }
}

/// <summary>Which session cluster runs the job, and the job itself.</summary>
public sealed record FlinkSessionJobSpec
{
    /// <summary>Name of the session <see cref="FlinkDeployment"/>; cannot change after the job is deployed.</summary>
    [JsonPropertyName("deploymentName")]
    public string? DeploymentName { get; init; }

    /// <summary>
    /// Job-level Flink configuration. Only job settings apply here (the cluster is already running); values are
    /// strings as Flink reads them.
    /// </summary>
    [JsonPropertyName("flinkConfiguration")]
    public Dictionary<string, string>? FlinkConfiguration { get; init; }

    /// <summary>The job. The operator requires it for a session job, with a <see cref="JobSpec.JarURI"/>.</summary>
    [JsonPropertyName("job")]
    public JobSpec? Job { get; init; }

    /// <summary>Changing it to another value restarts the job without other spec changes.</summary>
    [JsonPropertyName("restartNonce")]
    public long? RestartNonce { get; init; }
}

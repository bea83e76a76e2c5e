using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace KubeDsl.Spark;

/// <summary>
/// A Spark application run by the Kubeflow Spark operator (<c>sparkoperator.k8s.io/v1beta2</c>,
/// kind <c>SparkApplication</c>). <c>status</c> is written by the operator and is not part of a manifest.
/// </summary>
[KubernetesEntity(Group = "sparkoperator.k8s.io", ApiVersion = "v1beta2", Kind = "SparkApplication", PluralName = "sparkapplications")]
public sealed record SparkApplication : IKubernetesObject<V1ObjectMeta>
{
    private static readonly ResourceIdentity Identity = ResourceIdentity.Of<SparkApplication>();

    /// <summary>Name, namespace, labels and annotations. The name must be a DNS-1035 label for the operator.</summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    string IKubernetesObject.ApiVersion { get => Identity.ApiVersion; set => throw ResourceIdentity.Immutable(nameof(SparkApplication), "ApiVersion"); }

    string IKubernetesObject.Kind { get => Identity.Kind; set => throw ResourceIdentity.Immutable(nameof(SparkApplication), "Kind"); }

    V1ObjectMeta IMetadata<V1ObjectMeta>.Metadata { get => Metadata; set => throw ResourceIdentity.Immutable(nameof(SparkApplication), "Metadata"); }

    /// <summary>What to run and with which resources.</summary>
    [JsonPropertyName("spec")]
    public required SparkApplicationSpec Spec { get; init; }
}

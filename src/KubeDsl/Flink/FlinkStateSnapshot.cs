using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace KubeDsl.Flink;

/// <summary>
/// A savepoint or checkpoint of a job, taken or registered by the operator (<c>flink.apache.org/v1beta1</c>, kind
/// <c>FlinkStateSnapshot</c>). Set exactly one of <see cref="FlinkStateSnapshotSpec.Savepoint"/> and
/// <see cref="FlinkStateSnapshotSpec.Checkpoint"/>.
/// </summary>
[KubernetesEntity(Group = "flink.apache.org", ApiVersion = "v1beta1", Kind = "FlinkStateSnapshot", PluralName = "flinkstatesnapshots")]
public sealed record FlinkStateSnapshot : IKubernetesObject<V1ObjectMeta>
{
    private static readonly ResourceIdentity Identity = ResourceIdentity.Of<FlinkStateSnapshot>();

    /// <summary>Name, namespace, labels and annotations.</summary>
    [JsonPropertyName("metadata")]
    public required V1ObjectMeta Metadata { get; init; }

    string IKubernetesObject.ApiVersion { get => Identity.ApiVersion; set => throw ResourceIdentity.Immutable(nameof(FlinkStateSnapshot), "ApiVersion"); }

    string IKubernetesObject.Kind { get => Identity.Kind; set => throw ResourceIdentity.Immutable(nameof(FlinkStateSnapshot), "Kind"); }

    V1ObjectMeta IMetadata<V1ObjectMeta>.Metadata { get => Metadata; set => throw ResourceIdentity.Immutable(nameof(FlinkStateSnapshot), "Metadata"); }

    /// <summary>The job to snapshot and the kind of snapshot.</summary>
    [JsonPropertyName("spec")]
    public FlinkStateSnapshotSpec? Spec { get; init; }
}

/// <summary>What to snapshot and how.</summary>
public sealed record FlinkStateSnapshotSpec
{
    /// <summary>The job to snapshot. Not needed for a savepoint that already exists.</summary>
    [JsonPropertyName("jobReference")]
    public JobReference? JobReference { get; init; }

    /// <summary>Take (or register) a savepoint.</summary>
    [JsonPropertyName("savepoint")]
    public SavepointSpec? Savepoint { get; init; }

    /// <summary>Trigger a checkpoint: set it to <c>new CheckpointSpec()</c>, written as <c>checkpoint: {}</c>.</summary>
    [JsonPropertyName("checkpoint")]
    public CheckpointSpec? Checkpoint { get; init; }

    /// <summary>Retries of a failed snapshot before giving up; <c>-1</c> (the default) retries without limit.</summary>
    [JsonPropertyName("backoffLimit")]
    public int? BackoffLimit { get; init; }
}

/// <summary>The resource whose job a snapshot belongs to.</summary>
public sealed record JobReference
{
    /// <summary>Kind of the resource.</summary>
    [JsonPropertyName("kind")]
    public JobKind? Kind { get; init; }

    /// <summary>Name of the resource, in the snapshot's namespace.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }
}

/// <summary>Savepoint settings of a <see cref="FlinkStateSnapshot"/>; all optional (<c>savepoint: {}</c> uses the job's defaults).</summary>
public sealed record SavepointSpec
{
    /// <summary>Target directory, or with <see cref="AlreadyExists"/> the savepoint's path. Defaults to the job's <c>state.savepoints.dir</c>.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>Savepoint format; the operator defaults to <see cref="SavepointFormatType.Canonical"/>.</summary>
    [JsonPropertyName("formatType")]
    public SavepointFormatType? FormatType { get; init; }

    /// <summary>Whether deleting the resource deletes the savepoint's data (default <c>true</c>).</summary>
    [JsonPropertyName("disposeOnDelete")]
    public bool? DisposeOnDelete { get; init; }

    /// <summary>Register an existing savepoint at <see cref="Path"/> instead of taking one (default <c>false</c>).</summary>
    [JsonPropertyName("alreadyExists")]
    public bool? AlreadyExists { get; init; }
}

/// <summary>Checkpoint settings of a <see cref="FlinkStateSnapshot"/>. It has no fields: its presence asks for a checkpoint.</summary>
public sealed record CheckpointSpec
{
}

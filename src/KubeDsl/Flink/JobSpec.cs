using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KubeDsl.Flink;

/// <summary>The Flink job of an application cluster or a session job (<c>spec.job</c>).</summary>
public sealed record JobSpec
{
    /// <summary>
    /// The job's jar. Optional for a FlinkDeployment whose image carries the jar; for a session job the operator
    /// downloads it, and by default accepts only <c>https</c> URIs.
    /// </summary>
    [JsonPropertyName("jarURI")]
    public string? JarURI { get; init; }

    /// <summary>
    /// Job parallelism. Must be greater than 0 unless <see cref="TaskManagerSpec.Replicas"/> is set, in which case
    /// the parallelism is replicas times <c>taskmanager.numberOfTaskSlots</c>.
    /// </summary>
    [JsonPropertyName("parallelism")]
    public int? Parallelism { get; init; }

    /// <summary>Fully qualified main class; needed unless the jar's manifest names one.</summary>
    [JsonPropertyName("entryClass")]
    public string? EntryClass { get; init; }

    /// <summary>Program arguments.</summary>
    [JsonPropertyName("args")]
    public List<string>? Args { get; init; }

    /// <summary>Desired job state; the operator defaults to running.</summary>
    [JsonPropertyName("state")]
    public JobState? State { get; init; }

    /// <summary>Deprecated: changing it triggers a savepoint. Use a <see cref="FlinkStateSnapshot"/> instead.</summary>
    [JsonPropertyName("savepointTriggerNonce")]
    public long? SavepointTriggerNonce { get; init; }

    /// <summary>Savepoint to restore from on the first deployment, or when <see cref="SavepointRedeployNonce"/> changes.</summary>
    [JsonPropertyName("initialSavepointPath")]
    public string? InitialSavepointPath { get; init; }

    /// <summary>Deprecated: changing it triggers a checkpoint. Use a <see cref="FlinkStateSnapshot"/> instead.</summary>
    [JsonPropertyName("checkpointTriggerNonce")]
    public long? CheckpointTriggerNonce { get; init; }

    /// <summary>How the job's state survives an upgrade; the operator defaults to stateless.</summary>
    [JsonPropertyName("upgradeMode")]
    public UpgradeMode? UpgradeMode { get; init; }

    /// <summary>Allow restoring a savepoint that has state for operators no longer in the job.</summary>
    [JsonPropertyName("allowNonRestoredState")]
    public bool? AllowNonRestoredState { get; init; }

    /// <summary>Changing it redeploys the job from <see cref="InitialSavepointPath"/>, which must then be set.</summary>
    [JsonPropertyName("savepointRedeployNonce")]
    public long? SavepointRedeployNonce { get; init; }

    /// <summary>Changing it resets the autoscaler's collected metrics and parallelism overrides.</summary>
    [JsonPropertyName("autoscalerResetNonce")]
    public long? AutoscalerResetNonce { get; init; }
}

using System.Runtime.Serialization;

namespace KubeDsl.Flink;

/// <summary>
/// The Flink version of the image (<c>spec.flinkVersion</c>); the operator picks its behaviour by it. The operator
/// rejects <see cref="V1_13"/> and <see cref="V1_14"/>; <see cref="V1_15"/> to <see cref="V1_18"/> still work but
/// are deprecated. <see cref="V2_3"/> and <see cref="V2_4"/> exist only on the operator's main branch (after 1.15.0).
/// </summary>
public enum FlinkVersion
{
    /// <summary>Flink 1.13; no longer supported by the operator.</summary>
    [EnumMember(Value = "v1_13")]
    V1_13,

    /// <summary>Flink 1.14; no longer supported by the operator.</summary>
    [EnumMember(Value = "v1_14")]
    V1_14,

    /// <summary>Flink 1.15 (deprecated by the operator).</summary>
    [EnumMember(Value = "v1_15")]
    V1_15,

    /// <summary>Flink 1.16 (deprecated by the operator).</summary>
    [EnumMember(Value = "v1_16")]
    V1_16,

    /// <summary>Flink 1.17 (deprecated by the operator).</summary>
    [EnumMember(Value = "v1_17")]
    V1_17,

    /// <summary>Flink 1.18 (deprecated by the operator).</summary>
    [EnumMember(Value = "v1_18")]
    V1_18,

    /// <summary>Flink 1.19.</summary>
    [EnumMember(Value = "v1_19")]
    V1_19,

    /// <summary>Flink 1.20.</summary>
    [EnumMember(Value = "v1_20")]
    V1_20,

    /// <summary>Flink 2.0.</summary>
    [EnumMember(Value = "v2_0")]
    V2_0,

    /// <summary>Flink 2.1.</summary>
    [EnumMember(Value = "v2_1")]
    V2_1,

    /// <summary>Flink 2.2, the newest version operator release 1.15.0 knows.</summary>
    [EnumMember(Value = "v2_2")]
    V2_2,

    /// <summary>Flink 2.3. Only on the operator's main branch: the 1.15.0 CRD rejects it.</summary>
    [EnumMember(Value = "v2_3")]
    V2_3,

    /// <summary>Flink 2.4. Only on the operator's main branch: the 1.15.0 CRD rejects it.</summary>
    [EnumMember(Value = "v2_4")]
    V2_4,
}

/// <summary>How the operator stops and restarts a job when the spec changes (<c>job.upgradeMode</c>).</summary>
public enum UpgradeMode
{
    /// <summary>Take a savepoint, stop, and restore from it. Needs a savepoint directory.</summary>
    [EnumMember(Value = "savepoint")]
    Savepoint,

    /// <summary>Restore from the latest checkpoint kept by high availability; works for a job that is not healthy.</summary>
    [EnumMember(Value = "last-state")]
    LastState,

    /// <summary>Start from empty state (the operator's default).</summary>
    [EnumMember(Value = "stateless")]
    Stateless,
}

/// <summary>The state the user wants the job in (<c>job.state</c>).</summary>
public enum JobState
{
    /// <summary>The job runs (the default).</summary>
    [EnumMember(Value = "running")]
    Running,

    /// <summary>The job is stopped, using the upgrade mode to keep its state.</summary>
    [EnumMember(Value = "suspended")]
    Suspended,
}

/// <summary>How Flink runs on Kubernetes (<c>spec.mode</c>). Cannot change after the first deployment.</summary>
public enum KubernetesDeploymentMode
{
    /// <summary>Flink's native Kubernetes integration: the JobManager creates TaskManager pods (the default).</summary>
    [EnumMember(Value = "native")]
    Native,

    /// <summary>The operator creates TaskManagers as a Deployment; Flink has no Kubernetes access.</summary>
    [EnumMember(Value = "standalone")]
    Standalone,
}

/// <summary>The kind of resource a <see cref="JobReference"/> points at.</summary>
public enum JobKind
{
    /// <summary>An application-mode <c>FlinkDeployment</c>.</summary>
    [EnumMember(Value = "FlinkDeployment")]
    FlinkDeployment,

    /// <summary>A <c>FlinkSessionJob</c>.</summary>
    [EnumMember(Value = "FlinkSessionJob")]
    FlinkSessionJob,
}

/// <summary>The on-disk format of a savepoint (<c>savepoint.formatType</c>).</summary>
public enum SavepointFormatType
{
    /// <summary>Flink's portable format, readable by every state backend (the default).</summary>
    [EnumMember(Value = "CANONICAL")]
    Canonical,

    /// <summary>The state backend's own format: faster, tied to that backend.</summary>
    [EnumMember(Value = "NATIVE")]
    Native,

    /// <summary>Unknown format, for savepoints taken outside the operator.</summary>
    [EnumMember(Value = "UNKNOWN")]
    Unknown,
}

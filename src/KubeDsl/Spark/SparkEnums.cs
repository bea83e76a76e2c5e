using System.Runtime.Serialization;

namespace KubeDsl.Spark;

/// <summary>The language of a Spark application (<c>spec.type</c>).</summary>
public enum SparkApplicationType
{
    /// <summary>A JVM application written in Java; needs <c>mainClass</c>.</summary>
    [EnumMember(Value = "Java")]
    Java,

    /// <summary>A JVM application written in Scala; needs <c>mainClass</c>.</summary>
    [EnumMember(Value = "Scala")]
    Scala,

    /// <summary>A PySpark application; the main file is a <c>.py</c> file.</summary>
    [EnumMember(Value = "Python")]
    Python,

    /// <summary>A SparkR application.</summary>
    [EnumMember(Value = "R")]
    R,
}

/// <summary>Where the driver runs (<c>spec.mode</c>). The operator's CRD accepts <c>cluster</c> and <c>client</c>.</summary>
public enum DeployMode
{
    /// <summary>The driver runs in its own pod that the operator submits (the usual mode).</summary>
    [EnumMember(Value = "cluster")]
    Cluster,

    /// <summary>The driver runs in the submitting process.</summary>
    [EnumMember(Value = "client")]
    Client,

    /// <summary>
    /// The driver runs in a pod the user creates (<c>driver.podName</c>). Defined by the operator's Go types but not
    /// listed in the CRD's enum of release v2.5.2, so the API server rejects it there.
    /// </summary>
    [EnumMember(Value = "in-cluster-client")]
    InClusterClient,
}

/// <summary>When the operator resubmits a finished application (<c>restartPolicy.type</c>).</summary>
public enum RestartPolicyType
{
    /// <summary>Never restart (operator default).</summary>
    [EnumMember(Value = "Never")]
    Never,

    /// <summary>Restart after failed runs or submissions, up to the configured retries.</summary>
    [EnumMember(Value = "OnFailure")]
    OnFailure,

    /// <summary>Restart after every termination, successful or not.</summary>
    [EnumMember(Value = "Always")]
    Always,
}

/// <summary>What a ScheduledSparkApplication does when a run is due while the previous one still runs.</summary>
public enum ConcurrencyPolicy
{
    /// <summary>Start the new run alongside (operator default).</summary>
    [EnumMember(Value = "Allow")]
    Allow,

    /// <summary>Skip the new run.</summary>
    [EnumMember(Value = "Forbid")]
    Forbid,

    /// <summary>Kill the running application and start the new run.</summary>
    [EnumMember(Value = "Replace")]
    Replace,
}

/// <summary>How the operator mounts a secret into driver or executor pods (<c>secrets[].secretType</c>).</summary>
public enum SecretType
{
    /// <summary>A GCP service-account key; the operator sets <c>GOOGLE_APPLICATION_CREDENTIALS</c>.</summary>
    [EnumMember(Value = "GCPServiceAccount")]
    GCPServiceAccount,

    /// <summary>A Hadoop delegation token; the operator sets <c>HADOOP_TOKEN_FILE_LOCATION</c>.</summary>
    [EnumMember(Value = "HadoopDelegationToken")]
    HadoopDelegationToken,

    /// <summary>Mounted as files with no extra environment.</summary>
    [EnumMember(Value = "Generic")]
    Generic,
}

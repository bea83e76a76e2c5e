using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using k8s.Models;
using KubeDsl.Spark;

namespace KubeDsl.Airflow;

/// <summary>
/// An Airflow DAG of Kubernetes pod and Spark tasks, written as a Python DAG file (<c>[Manifest("dags/x.py")]</c>)
/// with the files it reads beside it: each <see cref="SparkTask"/>'s SparkApplication and each
/// <see cref="PodTask"/>'s pod template. The target is Airflow 3 with the cncf.kubernetes provider 10.x.
/// </summary>
public sealed record AirflowDag
{
    /// <summary>The DAG's id: letters, digits, <c>_</c>, <c>.</c> and <c>-</c>, at most 250 characters, unique across the Airflow deployment.</summary>
    [JsonPropertyName("dagId")]
    public required string DagId { get; init; }

    /// <summary>The DAG's description in the Airflow UI.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>
    /// When the DAG runs: a five-field cron expression (<c>30 2 * * *</c>), a preset (<c>@daily</c>, <c>@hourly</c>,
    /// <c>@weekly</c>, <c>@monthly</c>, <c>@quarterly</c>, <c>@yearly</c>, <c>@once</c>, <c>@continuous</c>), or null for
    /// manual runs only. Written explicitly, because Airflow 2 and 3 default differently.
    /// </summary>
    [JsonPropertyName("schedule")]
    public string? Schedule { get; init; }

    /// <summary>The first logical date, an ISO date (<c>2025-01-01</c>) taken as UTC midnight.</summary>
    [JsonPropertyName("startDate")]
    public string? StartDate { get; init; }

    /// <summary>Whether Airflow runs the intervals missed since <see cref="StartDate"/>; false when unset (written explicitly).</summary>
    [JsonPropertyName("catchup")]
    public bool? Catchup { get; init; }

    /// <summary>The most runs of this DAG at once.</summary>
    [JsonPropertyName("maxActiveRuns")]
    public int? MaxActiveRuns { get; init; }

    /// <summary>Tags shown in the Airflow UI (each at most 100 characters).</summary>
    [JsonPropertyName("tags")]
    public List<string>? Tags { get; init; }

    /// <summary>Settings every task takes unless it sets its own (Airflow's <c>default_args</c>).</summary>
    [JsonPropertyName("defaultArgs")]
    public TaskDefaults? DefaultArgs { get; init; }

    /// <summary>The tasks, in the order the file declares them; <see cref="AirflowTask.Upstream"/> gives the edges.</summary>
    [JsonPropertyName("tasks")]
    public required List<AirflowTask> Tasks { get; init; }
}

/// <summary>Airflow's <c>default_args</c>: operator settings every task of the DAG shares.</summary>
public sealed record TaskDefaults
{
    /// <summary>The owner shown in the UI.</summary>
    [JsonPropertyName("owner")]
    public string? Owner { get; init; }

    /// <summary>How often a failed task is tried again.</summary>
    [JsonPropertyName("retries")]
    public int? Retries { get; init; }

    /// <summary>The wait before a retry (<c>TimeSpan.FromMinutes(5)</c>).</summary>
    [JsonPropertyName("retryDelay")]
    public TimeSpan? RetryDelay { get; init; }

    /// <summary>The longest a task may run before Airflow fails it.</summary>
    [JsonPropertyName("executionTimeout")]
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>Whether Airflow mails the task's owners when it fails (needs SMTP configured).</summary>
    [JsonPropertyName("emailOnFailure")]
    public bool? EmailOnFailure { get; init; }
}

/// <summary>A task of an <see cref="AirflowDag"/>: a <see cref="PodTask"/> or a <see cref="SparkTask"/>.</summary>
public abstract record AirflowTask
{
    /// <summary>The task's id: letters, digits, <c>_</c>, <c>.</c> and <c>-</c>, at most 250 characters, unique in the DAG.</summary>
    [JsonPropertyName("taskId")]
    public required string TaskId { get; init; }

    /// <summary>
    /// The ids of the tasks of the same DAG that must finish first; a task of a task group by its id with the
    /// group's in front (<c>"aggregate.sales"</c>), as Airflow names it.
    /// </summary>
    [JsonPropertyName("upstream")]
    public List<string>? Upstream { get; init; }

    /// <summary>
    /// The task group the task belongs to (Airflow's <c>TaskGroup(group_id=...)</c>): letters, digits, <c>_</c> and
    /// <c>-</c>, at most 200 characters. Airflow puts the group's id and a dot in front of the task's id, and that
    /// id must still be at most 250 characters.
    /// </summary>
    [JsonPropertyName("group")]
    public string? Group { get; init; }
}

/// <summary>
/// A <c>KubernetesPodOperator</c> task: a pod that runs one container. Anything the typed properties do not cover
/// goes in <see cref="PodTemplate"/>, written beside the DAG and passed as <c>pod_template_file</c>.
/// </summary>
public sealed record PodTask : AirflowTask
{
    /// <summary>The pod's namespace; the Airflow connection's namespace when unset.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    /// <summary>The container image (pin a tag); the pod template's base image when unset.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>The container's entrypoint (<c>command</c>).</summary>
    [JsonPropertyName("cmds")]
    public List<string>? Cmds { get; init; }

    /// <summary>The container's arguments; Jinja such as <c>{{ ds }}</c> reaches Airflow as written.</summary>
    [JsonPropertyName("arguments")]
    public List<string>? Arguments { get; init; }

    /// <summary>Environment variables with literal values.</summary>
    [JsonPropertyName("envVars")]
    public Dictionary<string, string>? EnvVars { get; init; }

    /// <summary>Labels of the pod.</summary>
    [JsonPropertyName("labels")]
    public Dictionary<string, string>? Labels { get; init; }

    /// <summary>Annotations of the pod.</summary>
    [JsonPropertyName("annotations")]
    public Dictionary<string, string>? Annotations { get; init; }

    /// <summary>Node labels the pod must run on.</summary>
    [JsonPropertyName("nodeSelector")]
    public Dictionary<string, string>? NodeSelector { get; init; }

    /// <summary>The container's CPU and memory (<c>Requirements.Of(...)</c>), written as <c>k8s.V1ResourceRequirements</c>.</summary>
    [JsonPropertyName("containerResources")]
    public V1ResourceRequirements? ContainerResources { get; init; }

    /// <summary>Kubernetes secrets given to the container as environment variables or files (the provider's <c>Secret</c>).</summary>
    [JsonPropertyName("secrets")]
    public List<AirflowSecret>? Secrets { get; init; }

    /// <summary>Volumes of the pod, written as <c>k8s.V1Volume</c>; mount them with <see cref="VolumeMounts"/>.</summary>
    [JsonPropertyName("volumes")]
    public List<V1Volume>? Volumes { get; init; }

    /// <summary>Where the container mounts volumes, written as <c>k8s.V1VolumeMount</c>.</summary>
    [JsonPropertyName("volumeMounts")]
    public List<V1VolumeMount>? VolumeMounts { get; init; }

    /// <summary>Node and pod affinity of the pod, written as <c>k8s.V1Affinity</c>.</summary>
    [JsonPropertyName("affinity")]
    public V1Affinity? Affinity { get; init; }

    /// <summary>Taints the pod tolerates, written as <c>k8s.V1Toleration</c>.</summary>
    [JsonPropertyName("tolerations")]
    public List<V1Toleration>? Tolerations { get; init; }

    /// <summary>The pod's service account.</summary>
    [JsonPropertyName("serviceAccountName")]
    public string? ServiceAccountName { get; init; }

    /// <summary>The image pull policy.</summary>
    [JsonPropertyName("imagePullPolicy")]
    public ImagePullPolicy? ImagePullPolicy { get; init; }

    /// <summary>Whether the task streams the container's logs into Airflow's task log.</summary>
    [JsonPropertyName("getLogs")]
    public bool? GetLogs { get; init; }

    /// <summary>What happens to the pod when the task ends: <c>delete_pod</c>, <c>delete_succeeded_pod</c> or <c>keep_pod</c>.</summary>
    [JsonPropertyName("onFinishAction")]
    public string? OnFinishAction { get; init; }

    /// <summary>How long the pod may take to start.</summary>
    [JsonPropertyName("startupTimeoutSeconds")]
    public int? StartupTimeoutSeconds { get; init; }

    /// <summary>The pod template the operator's settings are merged into; written beside the DAG.</summary>
    [JsonPropertyName("podTemplate")]
    public AirflowPodTemplate? PodTemplate { get; init; }
}

/// <summary>
/// A <c>SparkKubernetesOperator</c> task: submits <see cref="Application"/> to the Spark operator and waits for it.
/// The application is written beside the DAG and passed as <c>application_file</c>; the operator's namespace is
/// the application's, so they cannot disagree.
/// </summary>
public sealed record SparkTask : AirflowTask
{
    /// <summary>The SparkApplication to run, usually another definition of the project. The rules judge it.</summary>
    [JsonPropertyName("application")]
    public required SparkApplication Application { get; init; }

    /// <summary>Whether the SparkApplication is deleted when the task ends (the operator's default: true).</summary>
    [JsonPropertyName("deleteOnTermination")]
    public bool? DeleteOnTermination { get; init; }

    /// <summary>Whether the task streams the driver's logs into Airflow's task log (default: true).</summary>
    [JsonPropertyName("getLogs")]
    public bool? GetLogs { get; init; }
}

/// <summary>
/// A Kubernetes secret a <see cref="PodTask"/> gets, as the cncf.kubernetes provider's
/// <c>Secret(deploy_type, deploy_target, secret, key)</c>: as one environment variable (<see cref="SecretDeployType.Env"/>
/// with <see cref="Key"/> and the variable's name in <see cref="DeployTarget"/>), as environment variables for all
/// its keys (<see cref="SecretDeployType.Env"/> without a key or target), or as files
/// (<see cref="SecretDeployType.Volume"/>, mounted at <see cref="DeployTarget"/>).
/// </summary>
public sealed record AirflowSecret
{
    /// <summary>How the secret reaches the container.</summary>
    [JsonPropertyName("deployType")]
    public required SecretDeployType DeployType { get; init; }

    /// <summary>The environment variable's name (<see cref="SecretDeployType.Env"/> with a key) or the mount path (<see cref="SecretDeployType.Volume"/>).</summary>
    [JsonPropertyName("deployTarget")]
    public string? DeployTarget { get; init; }

    /// <summary>The name of the Kubernetes Secret, in the pod's namespace.</summary>
    [JsonPropertyName("secret")]
    public required string Secret { get; init; }

    /// <summary>The key of the secret to use; all keys when unset.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }
}

/// <summary>How an <see cref="AirflowSecret"/> reaches the container (the provider's <c>deploy_type</c>).</summary>
public enum SecretDeployType
{
    /// <summary>As environment variables.</summary>
    [EnumMember(Value = "env")]
    Env,

    /// <summary>As files in a volume.</summary>
    [EnumMember(Value = "volume")]
    Volume,
}

using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Airflow;

namespace Samples.PodTemplates;

/// <summary>Pod templates for Airflow: one for KubernetesPodOperator tasks, one for the KubernetesExecutor's workers.</summary>
public static class Airflow
{
    private static readonly V1Volume Logs = new() { Name = "task-logs", EmptyDir = new V1EmptyDirVolumeSource() };

    /// <summary>
    /// For <c>KubernetesPodOperator(pod_template_file="/opt/airflow/pod-templates/spark-etl.yaml", image=..., cmds=...)</c>:
    /// the operator fills in image and command; the template brings resources, the log shipper, scheduling and
    /// the security context.
    /// </summary>
    [Manifest("airflow/spark-etl.yaml")]
    public static AirflowPodTemplate SparkEtl => new()
    {
        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["team"] = "data-platform" } },
        Base = new V1Container
        {
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = "500m", ["memory"] = "1Gi" },
                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "1Gi" },
            },
            VolumeMounts = [new V1VolumeMount { Name = "task-logs", MountPath = "/var/log/task" }],
        },
        Sidecars =
        [
            new V1Container
            {
                Name = "log-shipper",
                Image = "fluent/fluent-bit:3.2.4",
                VolumeMounts = [new V1VolumeMount { Name = "task-logs", MountPath = "/var/log/task", ReadOnlyProperty = true }],
            },
        ],
        Spec = new V1PodSpec
        {
            ServiceAccountName = "airflow-task",
            Volumes = [Logs],
            Tolerations = [new V1Toleration { Key = "workload", OperatorProperty = "Equal", Value = "batch", Effect = "NoSchedule" }],
            SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, RunAsUser = 50000, FsGroup = 0 },
        },
    };

    /// <summary>The KubernetesExecutor's worker pod: it needs a name and the Airflow image on the base container.</summary>
    [Manifest("airflow/executor-worker.yaml")]
    public static AirflowPodTemplate ExecutorWorker => new()
    {
        Consumer = AirflowTemplateConsumer.KubernetesExecutor,
        Metadata = new V1ObjectMeta { Name = "airflow-worker" },
        Base = new V1Container
        {
            Image = "apache/airflow:3.1.3",
            ImagePullPolicy = "IfNotPresent",
            Env = [new V1EnvVar { Name = "AIRFLOW__CORE__EXECUTOR", Value = "LocalExecutor" }],
            Resources = new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = "250m", ["memory"] = "512Mi" } },
        },
        Spec = new V1PodSpec { ServiceAccountName = "airflow-worker", RestartPolicy = "Never" },
    };
}

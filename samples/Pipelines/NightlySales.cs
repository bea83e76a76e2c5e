using System;
using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Airflow;
using KubeDsl.Spark;

namespace Samples.Pipelines;

/// <summary>
/// The nightly sales pipeline: extract the day's orders from the warehouse into the shared export volume,
/// aggregate them with the Spark operator, then validate the result and publish the report (the "report" task
/// group). The build writes the DAG file, the SparkApplication and the extract step's pod template beside it.
/// </summary>
public static class NightlySales
{
    private const string Namespace = "data";

    // The pod settings of the extract step that the operator's arguments do not cover: the warehouse CA as a
    // secret volume, scratch space, and a container that runs as a non-root user without extra privileges.
    private static AirflowPodTemplate ExtractTemplate => new()
    {
        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["team"] = "data-platform", ["step"] = "extract" } },
        Base = new V1Container
        {
            SecurityContext = new V1SecurityContext
            {
                AllowPrivilegeEscalation = false,
                Capabilities = new V1Capabilities { Drop = ["ALL"] },
            },
            VolumeMounts =
            [
                new V1VolumeMount { Name = "warehouse-ca", MountPath = "/etc/warehouse/ca", ReadOnlyProperty = true },
                new V1VolumeMount { Name = "scratch", MountPath = "/scratch" },
            ],
        },
        Spec = new V1PodSpec
        {
            SecurityContext = new V1PodSecurityContext
            {
                RunAsNonRoot = true,
                RunAsUser = 50000,
                SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            },
            Volumes =
            [
                new V1Volume { Name = "warehouse-ca", Secret = new V1SecretVolumeSource { SecretName = "warehouse-tls" } },
                new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = "10Gi" } },
            ],
        },
    };

    private static SparkApplication Aggregate => new()
    {
        Metadata = Meta.Of("aggregate-sales", "spark-jobs"),
        Spec = new SparkApplicationSpec
        {
            Type = SparkApplicationType.Python,
            Mode = DeployMode.Cluster,
            Image = "docker.io/apache/spark:3.5.3",
            ImagePullPolicy = ImagePullPolicy.IfNotPresent,
            MainApplicationFile = "local:///opt/jobs/aggregate_sales.py",
            SparkVersion = "3.5.3",
            Driver = new DriverSpec { Cores = 1, Memory = JvmMemory.Gibibytes(1), ServiceAccount = "spark-operator-spark" },
            Executor = new ExecutorSpec { Instances = 2, Cores = 1, Memory = JvmMemory.Gibibytes(2) },
        },
    };

    // The export volume every pod step shares.
    private static List<V1Volume> Exports => [new V1Volume { Name = "exports", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = "sales-exports" } }];

    [Manifest("dags/nightly_sales.py")]
    public static AirflowDag Dag => new()
    {
        DagId = "nightly_sales",
        Description = "Extract the day's sales, aggregate them with Spark, validate and publish the report.",
        Schedule = "30 2 * * *",
        StartDate = "2025-01-01",
        Catchup = false,
        MaxActiveRuns = 1,
        Tags = ["sales"],
        DefaultArgs = new TaskDefaults { Owner = "data-platform", Retries = 2, RetryDelay = TimeSpan.FromMinutes(5), ExecutionTimeout = TimeSpan.FromHours(2) },
        Tasks =
        [
            new PodTask
            {
                TaskId = "extract",
                Namespace = Namespace,
                Image = "registry.example.com/sales-extract:1.4.2",
                Cmds = ["python", "-m", "extract"],
                Arguments = ["--date", "{{ ds }}", "--out", "/exports/{{ ds }}/orders.parquet"],
                Labels = new() { ["app"] = "nightly-sales" },
                ServiceAccountName = "airflow-task",
                ContainerResources = Requirements.Of(cpu: "500m", memory: "1Gi", memoryLimit: "1Gi"),
                Secrets =
                [
                    new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "WAREHOUSE_HOST", Secret = "warehouse-db", Key = "host" },
                    new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "WAREHOUSE_USER", Secret = "warehouse-db", Key = "user" },
                    new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "WAREHOUSE_PASSWORD", Secret = "warehouse-db", Key = "password" },
                ],
                Volumes = Exports,
                VolumeMounts = [new V1VolumeMount { Name = "exports", MountPath = "/exports" }],
                OnFinishAction = "delete_succeeded_pod",
                PodTemplate = ExtractTemplate,
            },
            new SparkTask { TaskId = "aggregate", Application = Aggregate, Upstream = ["extract"] },
            new PodTask
            {
                TaskId = "validate",
                Group = "report",
                Namespace = Namespace,
                Image = "registry.example.com/sales-validate:1.4.2",
                Arguments = ["--date", "{{ ds }}", "--in", "/exports/{{ ds }}"],
                Labels = new() { ["app"] = "nightly-sales" },
                ServiceAccountName = "airflow-task",
                ContainerResources = Requirements.Of(cpu: "250m", memory: "512Mi", memoryLimit: "512Mi"),
                Volumes = Exports,
                VolumeMounts = [new V1VolumeMount { Name = "exports", MountPath = "/exports", ReadOnlyProperty = true }],
                NodeSelector = new() { ["kubernetes.io/os"] = "linux" },
                Upstream = ["aggregate"],
            },
            new PodTask
            {
                TaskId = "publish",
                Group = "report",
                Namespace = Namespace,
                Image = "registry.example.com/sales-publish:1.4.2",
                Arguments = ["--date", "{{ ds }}"],
                Labels = new() { ["app"] = "nightly-sales" },
                ServiceAccountName = "airflow-task",
                ContainerResources = Requirements.Of(cpu: "250m", memory: "512Mi", memoryLimit: "512Mi"),
                Secrets = [new AirflowSecret { DeployType = SecretDeployType.Volume, DeployTarget = "/var/run/secrets/report-upload", Secret = "report-upload" }],
                Volumes = Exports,
                VolumeMounts = [new V1VolumeMount { Name = "exports", MountPath = "/exports", ReadOnlyProperty = true }],
                Tolerations = [new V1Toleration { Key = "workload", OperatorProperty = "Equal", Value = "batch", Effect = "NoSchedule" }],
                Affinity = new V1Affinity
                {
                    NodeAffinity = new V1NodeAffinity
                    {
                        PreferredDuringSchedulingIgnoredDuringExecution =
                        [
                            new V1PreferredSchedulingTerm
                            {
                                Weight = 50,
                                Preference = new V1NodeSelectorTerm { MatchExpressions = [new V1NodeSelectorRequirement { Key = "workload", OperatorProperty = "In", Values = ["batch"] }] },
                            },
                        ],
                    },
                },
                OnFinishAction = "delete_pod",
                Upstream = ["report.validate"],
            },
        ],
    };
}

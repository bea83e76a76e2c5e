namespace KubeDsl.Generators.Tests.Airflow;

/// <summary>The DAG definitions the Airflow tests generate, each a compilable source with its [Manifest] members.</summary>
internal static class AirflowFixtures
{
    public const string Manual = GeneratorHarness.Usings + """
        using KubeDsl.Airflow;
        public static class Jobs
        {
            [Manifest("dags/manual.py")]
            public static AirflowDag Manual => new() { DagId = "manual", Schedule = null, Tasks = [new PodTask { TaskId = "only", Image = "busybox:1.36", Cmds = ["echo", "it's \"quoted\""] }] };
        }
        """;

    /// <summary>A pod task with every typed parameter: secrets of the three kinds, volumes and mounts, affinity, tolerations, node selector, resources.</summary>
    public const string TypedPod = GeneratorHarness.Usings + """
        using KubeDsl.Airflow;
        public static class Jobs
        {
            [Manifest("dags/typed_pod.py")]
            public static AirflowDag TypedPod => new()
            {
                DagId = "typed_pod",
                Schedule = "@daily",
                StartDate = "2025-01-01",
                Catchup = false,
                Tasks =
                [
                    new PodTask
                    {
                        TaskId = "extract",
                        Namespace = "data",
                        Image = "acme/extract:1.4.2",
                        NodeSelector = new() { ["pool"] = "batch" },
                        ContainerResources = Requirements.Of(cpu: "500m", memory: "1Gi", memoryLimit: "1Gi"),
                        Secrets =
                        [
                            new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "DB_PASSWORD", Secret = "warehouse-db", Key = "password" },
                            new AirflowSecret { DeployType = SecretDeployType.Env, Secret = "warehouse-env" },
                            new AirflowSecret { DeployType = SecretDeployType.Volume, DeployTarget = "/etc/warehouse", Secret = "warehouse-tls" },
                        ],
                        Volumes =
                        [
                            new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = "10Gi" } },
                            new V1Volume { Name = "exports", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = "sales-exports" } },
                        ],
                        VolumeMounts =
                        [
                            new V1VolumeMount { Name = "scratch", MountPath = "/scratch" },
                            new V1VolumeMount { Name = "exports", MountPath = "/exports", ReadOnlyProperty = true },
                        ],
                        Affinity = new V1Affinity
                        {
                            NodeAffinity = new V1NodeAffinity
                            {
                                RequiredDuringSchedulingIgnoredDuringExecution = new V1NodeSelector
                                {
                                    NodeSelectorTerms = [new V1NodeSelectorTerm { MatchExpressions = [new V1NodeSelectorRequirement { Key = "kubernetes.io/arch", OperatorProperty = "In", Values = ["amd64"] }] }],
                                },
                            },
                        },
                        Tolerations = [new V1Toleration { Key = "workload", OperatorProperty = "Equal", Value = "batch", Effect = "NoSchedule" }],
                    },
                ],
            };
        }
        """;

    /// <summary>Two tasks in a task group, declared apart, and upstream entries with the group's prefix.</summary>
    public const string Grouped = GeneratorHarness.Usings + """
        using KubeDsl.Airflow;
        public static class Jobs
        {
            [Manifest("dags/grouped.py")]
            public static AirflowDag Grouped => new()
            {
                DagId = "grouped",
                Schedule = "@hourly",
                Catchup = false,
                Tasks =
                [
                    new PodTask { TaskId = "extract", Image = "acme/extract:1.0" },
                    new PodTask { TaskId = "orders", Group = "load", Image = "acme/load:1.0", Upstream = ["extract"], Volumes = [new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }] },
                    new PodTask { TaskId = "publish", Image = "acme/publish:1.0", Upstream = ["load.orders", "load.customers"] },
                    new PodTask { TaskId = "customers", Group = "load", Image = "acme/load:1.0", Upstream = ["extract"] },
                ],
            };
        }
        """;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nightly_sales"] = AirflowDagTests.Pipeline,
        ["manual"] = Manual,
        ["typed_pod"] = TypedPod,
        ["grouped"] = Grouped,
    };
}

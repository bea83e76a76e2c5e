using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>One sample manifest: the C# member, the file the build writes, and the upstream example it mirrors.</summary>
public sealed record SampleManifest(string Project, string File, string SourceMember, Func<object> Value, string? UpstreamExample)
{
    /// <summary>Differences from the upstream example that are upstream mistakes the typed models cannot express.</summary>
    /// <remarks>Each entry is the path of one difference, as <see cref="YamlDifference.Where"/> writes it.</remarks>
    public IReadOnlyList<string> UpstreamDefects { get; init; } = [];

    /// <summary>The path in the member's [Manifest] attribute, when the member writes several files (a SparkSubmit).</summary>
    public string? AttributePath { get; init; }

    /// <summary>False for a sample of core Kubernetes kinds only, which no vendored CRD describes.</summary>
    public bool HasOperatorResource { get; init; } = true;

    public string ManifestPath => Path.Combine(Fixtures.RepoRoot, "samples", Project, "manifests", File);

    /// <summary>The vendored upstream example this sample mirrors.</summary>
    public string UpstreamPath => Project switch
    {
        "Spark" => Fixtures.Path("upstream", "spark-operator", "examples", UpstreamExample!),
        "Flink" => Fixtures.Path("upstream", "flink-operator", "examples", UpstreamExample!),
        _ => Fixtures.Path("upstream", UpstreamExample!),
    };

    /// <summary>The environment folder of an environment variant's file, or null.</summary>
    public string? Environment { get; init; }

    /// <summary>The file as the member names it, without its environment's folder.</summary>
    public string MemberFile => Environment is null ? File : File.Substring(Environment.Length + 1);

    public bool IsYaml => File.EndsWith(".yaml", StringComparison.Ordinal);

    public override string ToString() => Project + "/" + File;
}

/// <summary>Every sample manifest; a test checks this list matches the files on disk.</summary>
public static class SampleCatalog
{
    public static readonly IReadOnlyList<SampleManifest> All =
    [
        new("Spark", "spark-pi.yaml", "Samples.Spark.SparkPi.Application", () => global::Samples.Spark.SparkPi.Application, "spark-pi.yaml"),
        new("Spark", "spark-pi-python.yaml", "Samples.Spark.Variants.Python", () => global::Samples.Spark.Variants.Python, "spark-pi-python.yaml"),
        new("Spark", "spark-pi-ttl.yaml", "Samples.Spark.Variants.Ttl", () => global::Samples.Spark.Variants.Ttl, "spark-pi-ttl.yaml"),
        new("Spark", "spark-pi-dynamic-allocation.yaml", "Samples.Spark.Variants.DynamicAllocation", () => global::Samples.Spark.Variants.DynamicAllocation, "spark-pi-dynamic-allocation.yaml"),
        new("Spark", "spark-pi-kube-scheduler.yaml", "Samples.Spark.Variants.KubeScheduler", () => global::Samples.Spark.Variants.KubeScheduler, "spark-pi-kube-scheduler.yaml"),
        new("Spark", "spark-pi-volcano.yaml", "Samples.Spark.Variants.Volcano", () => global::Samples.Spark.Variants.Volcano, "spark-pi-volcano.yaml"),
        new("Spark", "spark-pi-yunikorn.yaml", "Samples.Spark.Variants.YuniKorn", () => global::Samples.Spark.Variants.YuniKorn, "spark-pi-yunikorn.yaml"),
        new("Spark", "spark-pi-custom-resource.yaml", "Samples.Spark.Variants.CustomResource", () => global::Samples.Spark.Variants.CustomResource, "spark-pi-custom-resource.yaml"),
        new("Spark", "spark-pi-emptydir.yaml", "Samples.Spark.Variants.EmptyDir", () => global::Samples.Spark.Variants.EmptyDir, "spark-pi-emptydir.yaml"),
        new("Spark", "spark-pi-prometheus.yaml", "Samples.Spark.Monitoring.Prometheus", () => global::Samples.Spark.Monitoring.Prometheus, "spark-pi-prometheus.yaml"),
        new("Spark", "spark-pi-prometheus-servlet.yaml", "Samples.Spark.Monitoring.PrometheusServlet", () => global::Samples.Spark.Monitoring.PrometheusServlet, "spark-pi-prometheus-servlet.yaml"),
        new("Spark", "spark-pi-configmap.yaml", "Samples.Spark.Monitoring.ConfigMap", () => global::Samples.Spark.Monitoring.ConfigMap, "spark-pi-configmap.yaml"),
        new("Spark", "spark-pi-scheduled.yaml", "Samples.Spark.Monitoring.Scheduled", () => global::Samples.Spark.Monitoring.Scheduled, "spark-pi-scheduled.yaml"),
        new("Spark", "spark-pi-pod-template.yaml", "Samples.Spark.PodTemplate.Resources", () => global::Samples.Spark.PodTemplate.Resources, "spark-pi-pod-template.yaml")
        {
            // Upstream puts container-only fields in the pod-level securityContext, where PodSecurityContext has no
            // such fields and Kubernetes drops them; the sample leaves them out.
            UpstreamDefects =
            [
                "[4].spec.driver.template.spec.securityContext.capabilities",
                "[4].spec.driver.template.spec.securityContext.allowPrivilegeEscalation",
                "[4].spec.executor.template.spec.securityContext.capabilities",
                "[4].spec.executor.template.spec.securityContext.allowPrivilegeEscalation",
            ],
        },
        new("Flink", "basic.yaml", "Samples.Flink.Basic.Example", () => global::Samples.Flink.Basic.Example, "basic.yaml"),
        new("Flink", "basic-ingress.yaml", "Samples.Flink.Basic.Ingress", () => global::Samples.Flink.Basic.Ingress, "basic-ingress.yaml"),
        new("Flink", "advanced-ingress.yaml", "Samples.Flink.Basic.AdvancedIngress", () => global::Samples.Flink.Basic.AdvancedIngress, "advanced-ingress.yaml"),
        new("Flink", "basic-checkpoint-ha.yaml", "Samples.Flink.Basic.CheckpointHa", () => global::Samples.Flink.Basic.CheckpointHa, "basic-checkpoint-ha.yaml"),
        new("Flink", "basic-reactive.yaml", "Samples.Flink.Basic.Reactive", () => global::Samples.Flink.Basic.Reactive, "basic-reactive.yaml"),
        new("Flink", "custom-logging.yaml", "Samples.Flink.Basic.CustomLogging", () => global::Samples.Flink.Basic.CustomLogging, "custom-logging.yaml"),
        new("Flink", "canary.yaml", "Samples.Flink.Basic.Canary", () => global::Samples.Flink.Basic.Canary, "canary.yaml"),
        new("Flink", "pod-template.yaml", "Samples.Flink.PodTemplate.Example", () => global::Samples.Flink.PodTemplate.Example, "pod-template.yaml"),
        new("Flink", "basic-session-deployment-and-job.yaml", "Samples.Flink.Sessions.DeploymentAndJobs", () => global::Samples.Flink.Sessions.DeploymentAndJobs, "basic-session-deployment-and-job.yaml"),
        new("Flink", "basic-session-deployment-only.yaml", "Samples.Flink.Sessions.DeploymentOnly", () => global::Samples.Flink.Sessions.DeploymentOnly, "basic-session-deployment-only.yaml"),
        new("Flink", "basic-session-job-only.yaml", "Samples.Flink.Sessions.JobOnly", () => global::Samples.Flink.Sessions.JobOnly, "basic-session-job-only.yaml"),
        new("Flink", "autoscaling/autoscaling.yaml", "Samples.Flink.Autoscaling.Example", () => global::Samples.Flink.Autoscaling.Example, "autoscaling/autoscaling.yaml"),
        new("Flink", "autoscaling/autoscaling-dynamic.yaml", "Samples.Flink.Autoscaling.Dynamic", () => global::Samples.Flink.Autoscaling.Dynamic, "autoscaling/autoscaling-dynamic.yaml"),
        new("Flink", "flink-beam-example/beam-example.yaml", "Samples.Flink.Languages.Beam", () => global::Samples.Flink.Languages.Beam, "flink-beam-example/beam-example.yaml"),
        new("Flink", "flink-python-example/python-example.yaml", "Samples.Flink.Languages.Python", () => global::Samples.Flink.Languages.Python, "flink-python-example/python-example.yaml"),
        new("Flink", "flink-sql-runner-example/sql-example.yaml", "Samples.Flink.Languages.Sql", () => global::Samples.Flink.Languages.Sql, "flink-sql-runner-example/sql-example.yaml"),
        new("Flink", "flink-tls-example/basic-secure-deployment-only.yaml", "Samples.Flink.Tls.DeploymentOnly", () => global::Samples.Flink.Tls.DeploymentOnly, "flink-tls-example/basic-secure-deployment-only.yaml"),
        new("Flink", "flink-tls-example/basic-secure-session-job-only.yaml", "Samples.Flink.Tls.SessionJobOnly", () => global::Samples.Flink.Tls.SessionJobOnly, "flink-tls-example/basic-secure-session-job-only.yaml"),
        new("Flink", "flink-tls-example/basic-secure.yaml", "Samples.Flink.Tls.Secure", () => global::Samples.Flink.Tls.Secure, "flink-tls-example/basic-secure.yaml"),
        new("Flink", "snapshot/checkpoint.yaml", "Samples.Flink.Snapshots.Checkpoint", () => global::Samples.Flink.Snapshots.Checkpoint, "snapshot/checkpoint.yaml"),
        new("Flink", "snapshot/savepoint-job-defaults.yaml", "Samples.Flink.Snapshots.SavepointWithJobDefaults", () => global::Samples.Flink.Snapshots.SavepointWithJobDefaults, "snapshot/savepoint-job-defaults.yaml"),
        new("Flink", "snapshot/savepoint-job-full-spec.yaml", "Samples.Flink.Snapshots.SavepointFullSpec", () => global::Samples.Flink.Snapshots.SavepointFullSpec, "snapshot/savepoint-job-full-spec.yaml"),
        new("Flink", "snapshot/savepoint-already-exists.yaml", "Samples.Flink.Snapshots.SavepointAlreadyExists", () => global::Samples.Flink.Snapshots.SavepointAlreadyExists, "snapshot/savepoint-already-exists.yaml"),
        new("Flink", "snapshot/job-from-savepoint.yaml", "Samples.Flink.Snapshots.JobFromSavepoint", () => global::Samples.Flink.Snapshots.JobFromSavepoint, "snapshot/job-from-savepoint.yaml"),
        new("Flink", "flink-tls-example/pre-install.yaml", "Samples.Flink.TlsSetup.Resources", () => global::Samples.Flink.TlsSetup.Resources, "flink-tls-example/pre-install.yaml") { HasOperatorResource = false },
        new("Flink", "hpa/basic-hpa.yaml", "Samples.Flink.Autoscaling.Hpa", () => global::Samples.Flink.Autoscaling.Hpa, "hpa/basic-hpa.yaml") { HasOperatorResource = false },
        // Spark's native mode: the pod templates of Spark's own Kubernetes integration tests. Upstream spells the
        // kind key "Kind", which Kubernetes does not read; KubeDsl writes "kind".
        new("PodTemplates", "spark-native/spark-pi.properties", "Samples.PodTemplates.SparkNative.Cluster", () => global::Samples.PodTemplates.SparkNative.Cluster, null) { HasOperatorResource = false },
        new("PodTemplates", "spark-native/spark-pi.driver-template.yaml", "Samples.PodTemplates.SparkNative.Cluster", () => global::Samples.PodTemplates.SparkNative.Cluster, "spark/pod-templates/driver-template.yml")
        {
            AttributePath = "spark-native/spark-pi.properties", HasOperatorResource = false, UpstreamDefects = ["Kind", "kind"],
        },
        new("PodTemplates", "spark-native/spark-pi.executor-template.yaml", "Samples.PodTemplates.SparkNative.Cluster", () => global::Samples.PodTemplates.SparkNative.Cluster, "spark/pod-templates/executor-template.yml")
        {
            AttributePath = "spark-native/spark-pi.properties", HasOperatorResource = false, UpstreamDefects = ["Kind", "kind"],
        },
        new("PodTemplates", "spark-native/notebook.properties", "Samples.PodTemplates.SparkNative.Notebook", () => global::Samples.PodTemplates.SparkNative.Notebook, null) { HasOperatorResource = false },
        new("PodTemplates", "spark-native/notebook.executor-template.yaml", "Samples.PodTemplates.SparkNative.Notebook", () => global::Samples.PodTemplates.SparkNative.Notebook, null)
        {
            AttributePath = "spark-native/notebook.properties", HasOperatorResource = false,
        },
        new("PodTemplates", "spark-native/notebook.driver-service.yaml", "Samples.PodTemplates.SparkNative.Notebook", () => global::Samples.PodTemplates.SparkNative.Notebook, null)
        {
            AttributePath = "spark-native/notebook.properties", HasOperatorResource = false,
        },
        new("PodTemplates", "airflow/spark-etl.yaml", "Samples.PodTemplates.Airflow.SparkEtl", () => global::Samples.PodTemplates.Airflow.SparkEtl, null) { HasOperatorResource = false },
        new("PodTemplates", "airflow/executor-worker.yaml", "Samples.PodTemplates.Airflow.ExecutorWorker", () => global::Samples.PodTemplates.Airflow.ExecutorWorker, null) { HasOperatorResource = false },
        // An Airflow pipeline: the DAG file, and the application and pod template it reads, written beside it.
        new("Pipelines", "dags/nightly_sales.py", "Samples.Pipelines.NightlySales.Dag", () => global::Samples.Pipelines.NightlySales.Dag, null) { HasOperatorResource = false },
        new("Pipelines", "dags/nightly_sales/extract.pod.yaml", "Samples.Pipelines.NightlySales.Dag", () => global::Samples.Pipelines.NightlySales.Dag, null)
        {
            AttributePath = "dags/nightly_sales.py", HasOperatorResource = false,
        },
        new("Pipelines", "dags/nightly_sales/aggregate.yaml", "Samples.Pipelines.NightlySales.Dag", () => global::Samples.Pipelines.NightlySales.Dag, null)
        {
            AttributePath = "dags/nightly_sales.py",
        },
        // Operators without KubeDsl models, through records imported from their CRDs (KubeDslCrd items).
        new("Hazelcast", "hazelcast/hazelcast-jet.yaml", "Samples.DataGrid.Cluster.Jet", () => global::Samples.DataGrid.Cluster.Jet, "hazelcast-operator/examples/_v1alpha1_hazelcast_jet.yaml"),
        new("Hazelcast", "hazelcast/jetjob.yaml", "Samples.DataGrid.Cluster.Jobs", () => global::Samples.DataGrid.Cluster.Jobs, "hazelcast-operator/examples/_v1alpha1_jetjob.yaml"),
        new("Hazelcast", "hazelcast/map-store.yaml", "Samples.DataGrid.Data.MapStore", () => global::Samples.DataGrid.Data.MapStore, "hazelcast-operator/examples/_v1alpha1_map_store.yaml"),
        new("Hazelcast", "hazelcast/managementcenter.yaml", "Samples.DataGrid.Data.ManagementCenter", () => global::Samples.DataGrid.Data.ManagementCenter, "hazelcast-operator/examples/_v1alpha1_managementcenter.yaml"),
        new("Hazelcast", "strimzi/kafka-persistent.yaml", "Samples.Streaming.KRaft.Persistent", () => global::Samples.Streaming.KRaft.Persistent, "strimzi/examples/kafka-persistent.yaml"),
        .. Platform(),
    ];

    // The platform sample: a file per table and environment, and the RBAC of each team, all from its values files.
    private static IEnumerable<SampleManifest> Platform()
    {
        foreach (var stage in Enum.GetValues<global::Samples.Platform.Stage>())
        {
            var environment = stage.ToString().ToLowerInvariant();
            foreach (var table in global::Samples.Platform.Data.Tables)
            {
                yield return new("Platform", environment + "/spark/" + global::Samples.Platform.Data.JobName(table) + ".yaml", "Samples.Platform.Ingest.Jobs for environment " + environment, () => global::Samples.Platform.Ingest.Jobs(stage), null)
                {
                    AttributePath = "spark/{name}.yaml",
                    Environment = environment,
                };
            }

            var rbac = new List<string> { "role-spark-driver" };
            foreach (var team in global::Samples.Platform.Data.Tables.Select(t => t.Team).Distinct())
            {
                rbac.Add("serviceaccount-" + global::Samples.Platform.Data.Account(team));
                rbac.Add("rolebinding-" + global::Samples.Platform.Data.Account(team));
            }

            foreach (var name in rbac)
            {
                yield return new("Platform", environment + "/rbac/" + name + ".yaml", "Samples.Platform.Rbac.Accounts for environment " + environment, () => global::Samples.Platform.Rbac.Accounts(stage), null)
                {
                    AttributePath = "rbac/{kind}-{name}.yaml",
                    Environment = environment,
                    HasOperatorResource = false,
                };
            }
        }
    }

    public static IEnumerable<object[]> Cases => All.Select(s => new object[] { s });

    /// <summary>The samples that mirror an upstream file.</summary>
    public static IEnumerable<object[]> UpstreamCases => All.Where(s => s.UpstreamExample is not null).Select(s => new object[] { s });

    /// <summary>The samples that are YAML (not the properties files).</summary>
    public static IEnumerable<object[]> YamlCases => All.Where(s => s.IsYaml).Select(s => new object[] { s });
}

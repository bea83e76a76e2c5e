using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>One sample manifest: the C# member, the file the build writes, and the upstream example it mirrors.</summary>
public sealed record SampleManifest(string Project, string File, string SourceMember, Func<object> Value, string? UpstreamExample)
{
    /// <summary>Differences from the upstream example that are upstream mistakes the typed models cannot express.</summary>
    public IReadOnlyList<string> UpstreamDefects { get; init; } = [];

    public string ManifestPath => Path.Combine(Fixtures.RepoRoot, "samples", Project, "manifests", File);

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
                "[4].spec.driver.template.spec.securityContext.capabilities: missing",
                "[4].spec.driver.template.spec.securityContext.allowPrivilegeEscalation: missing",
                "[4].spec.executor.template.spec.securityContext.capabilities: missing",
                "[4].spec.executor.template.spec.securityContext.allowPrivilegeEscalation: missing",
            ],
        },
    ];

    public static IEnumerable<object[]> Cases => All.Select(s => new object[] { s });
}

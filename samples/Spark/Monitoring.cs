using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace Samples.Spark;

/// <summary>Examples that mount configuration or expose metrics (operator v2.5.2 examples/).</summary>
public static class Monitoring
{
    /// <summary>
    /// examples/spark-pi-prometheus.yaml with the JMX exporter agent. Upstream leaves the image registry as an
    /// <c>{IMAGE_REGISTRY}/{IMAGE_REPOSITORY}</c> placeholder, which is not valid YAML; this sample names a concrete
    /// image built with the exporter, <see cref="PrometheusImage"/>.
    /// </summary>
#pragma warning disable KD0016 // upstream's spark-pi variant keeps the name spark-pi; apply one at a time
    [Manifest("spark-pi-prometheus.yaml")]
#pragma warning restore KD0016
    public static SparkApplication Prometheus => Common.Application("spark-pi", Common.PiSpec with
    {
        Image = PrometheusImage,
        ImagePullPolicy = "Always",
        Arguments = ["100000"],
        RestartPolicy = new RestartPolicy { Type = RestartPolicyType.Never },
        Driver = Common.Driver with { Labels = new() { ["version"] = "4.0.0" } },
        Executor = Common.Executor with { Labels = new() { ["version"] = "4.0.0" } },
        Monitoring = new MonitoringSpec
        {
            ExposeDriverMetrics = true,
            ExposeExecutorMetrics = true,
            Prometheus = new PrometheusSpec { JmxExporterJar = "/prometheus/jmx_prometheus_javaagent-0.11.0.jar", Port = 8090 },
        },
    });

    /// <summary>The image of the Prometheus sample: Spark with the GCS connector and the JMX exporter.</summary>
    public const string PrometheusImage = "registry.example.com/spark/spark:" + Common.SparkVersion + "-gcs-prometheus";

    /// <summary>examples/spark-pi-prometheus-servlet.yaml: Spark's own Prometheus servlet, scraped through annotations.</summary>
    [Manifest("spark-pi-prometheus-servlet.yaml")]
    public static SparkApplication PrometheusServlet => new()
    {
        Metadata = new V1ObjectMeta { Name = "spark-pi-python" },
        Spec = Variants.Python.Spec with { SparkConf = ServletConf },
    };

    private static readonly Dictionary<string, string> ServletConf = new()
    {
        ["spark.kubernetes.driver.annotation.prometheus.io/scrape"] = "true",
        ["spark.kubernetes.driver.annotation.prometheus.io/path"] = "/metrics/executors/prometheus/",
        ["spark.kubernetes.driver.annotation.prometheus.io/port"] = "4040",
        ["spark.kubernetes.driver.service.annotation.prometheus.io/scrape"] = "true",
        ["spark.kubernetes.driver.service.annotation.prometheus.io/path"] = "/metrics/driver/prometheus/",
        ["spark.kubernetes.driver.service.annotation.prometheus.io/port"] = "4040",
        ["spark.ui.prometheus.enabled"] = "true",
        ["spark.executor.processTreeMetrics.enabled"] = "true",
        ["spark.metrics.conf.*.sink.prometheusServlet.class"] = "org.apache.spark.metrics.sink.PrometheusServlet",
        ["spark.metrics.conf.driver.sink.prometheusServlet.path"] = "/metrics/driver/prometheus/",
        ["spark.metrics.conf.executor.sink.prometheusServlet.path"] = "/metrics/executors/prometheus/",
    };

    /// <summary>examples/spark-pi-configmap.yaml: a config map mounted into driver and executors.</summary>
    [Manifest("spark-pi-configmap.yaml")]
    public static SparkApplication ConfigMap => Common.Application("spark-pi-configmap", Common.PiSpec with
    {
        RestartPolicy = new RestartPolicy { Type = RestartPolicyType.Never },
        Volumes = [new V1Volume { Name = "config-vol", ConfigMap = new V1ConfigMapVolumeSource { Name = "test-configmap" } }],
        Driver = Common.Driver with { VolumeMounts = [ConfigMount] },
        Executor = Common.Executor with { VolumeMounts = [ConfigMount] },
    });

    private static readonly V1VolumeMount ConfigMount = new() { Name = "config-vol", MountPath = "/opt/spark/config" };

    /// <summary>examples/spark-pi-scheduled.yaml: SparkPi every three minutes.</summary>
    [Manifest("spark-pi-scheduled.yaml")]
    public static ScheduledSparkApplication Scheduled => new()
    {
        Metadata = new V1ObjectMeta { Name = "spark-pi-scheduled", NamespaceProperty = "default" },
        Spec = new ScheduledSparkApplicationSpec
        {
            Schedule = "@every 3m",
            ConcurrencyPolicy = ConcurrencyPolicy.Allow,
            Template = Common.PiSpec with { RestartPolicy = new RestartPolicy { Type = RestartPolicyType.Never } },
        },
    };
}

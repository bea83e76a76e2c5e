using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>The autoscaler examples, and scaling with a Kubernetes HorizontalPodAutoscaler.</summary>
public static class Autoscaling
{
    private const string Jar = "local:///opt/flink/usrlib/autoscaling.jar";

    /// <summary>A Flink 1.20 cluster of the autoscaling example image, with a JobManager of half a CPU.</summary>
    private static FlinkDeploymentSpec Cluster(Dictionary<string, string> configuration, V1PodTemplateSpec podTemplate, JobSpec job) => Common.Cluster with
    {
        Image = "autoscaling-example",
        FlinkVersion = FlinkVersion.V1_20,
        FlinkConfiguration = configuration,
        JobManager = new JobManagerSpec { Resources = Common.Requests(cpu: "0.5") },
        PodTemplate = podTemplate,
        Job = job,
    };

    // Upstream builds the autoscaling example image locally, untagged; the samples keep its name, so the missing-tag
    // warning (KD1003) is acknowledged for these two definitions, and so is the host directory of the pod template
    // (KD6004, see Common.FlinkDataVolume).
#pragma warning disable KD1003, KD6004
    /// <summary>examples/autoscaling/autoscaling.yaml: the autoscaler with last-state upgrades and high availability.</summary>
    [Manifest("autoscaling/autoscaling.yaml")]
    public static FlinkDeployment Example => Common.Deployment("autoscaling-example", Cluster(
        new Dictionary<string, string>
        {
            ["job.autoscaler.enabled"] = "true",
            ["job.autoscaler.stabilization.interval"] = "1m",
            ["job.autoscaler.metrics.window"] = "3m",
            ["job.autoscaler.target.utilization.boundary"] = "0.1",
            ["pipeline.max-parallelism"] = "24",
            [FlinkOptions.TaskSlots] = "4",
            ["state.savepoints.dir"] = "file:///flink-data/savepoints",
            ["state.checkpoints.dir"] = "file:///flink-data/checkpoints",
            ["high-availability.type"] = "kubernetes",
            ["high-availability.storageDir"] = "file:///flink-data/ha",
            ["execution.checkpointing.interval"] = "1m",
            ["jobmanager.scheduler"] = "adaptive",
        },
        Common.FlinkDataVolume,
        new JobSpec { JarURI = Jar, Parallelism = 1, UpgradeMode = UpgradeMode.LastState, Args = ["10"] }));

    /// <summary>examples/autoscaling/autoscaling-dynamic.yaml: a load simulation whose load changes over time.</summary>
    [Manifest("autoscaling/autoscaling-dynamic.yaml")]
    public static FlinkDeployment Dynamic => Common.Deployment("autoscaling-dynamic", Cluster(
        new Dictionary<string, string>
        {
            ["job.autoscaler.enabled"] = "true",
            ["job.autoscaler.stabilization.interval"] = "1m",
            ["job.autoscaler.metrics.window"] = "15m",
            ["job.autoscaler.utilization.target"] = "0.5",
            ["job.autoscaler.target.utilization.boundary"] = "0.3",
            ["pipeline.max-parallelism"] = "32",
            [FlinkOptions.TaskSlots] = "4",
        },
        new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = "flink-main-container" }] } },
        new JobSpec
        {
            JarURI = Jar,
            EntryClass = "autoscaling.LoadSimulationPipeline",
            Parallelism = 1,
            UpgradeMode = UpgradeMode.Stateless,
            Args = ["--maxLoadPerTask \"1;2;4;8;16;\\n16;8;4;2;1\\n8;4;16;1;2\" --repeatsAfterMinutes \"60\""],
        }));

#pragma warning restore KD1003, KD6004

    /// <summary>
    /// examples/hpa/basic-hpa.yaml: a HorizontalPodAutoscaler that scales the FlinkDeployment <c>basic</c> through
    /// its scale subresource, by TaskManager memory.
    /// </summary>
    [Manifest("hpa/basic-hpa.yaml")]
    public static V2HorizontalPodAutoscaler Hpa => new()
    {
        Metadata = new V1ObjectMeta { Name = "basic-hpa", NamespaceProperty = "default" },
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            MinReplicas = 1,
            MaxReplicas = 3,
            Metrics =
            [
                new V2MetricSpec
                {
                    Type = "Resource",
                    Resource = new V2ResourceMetricSource { Name = "memory", Target = new V2MetricTarget { Type = "Utilization", AverageValue = "10Mi" } },
                },
            ],
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "flink.apache.org/v1beta1", Kind = "FlinkDeployment", Name = "basic" },
        },
    };
}

using System.Collections.Generic;
using k8s.Models;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>Values the upstream Flink examples share, written once.</summary>
public static class Common
{
    public const string Image = "flink:2.2";
    public const string ServiceAccount = "flink";
    public const string StateMachineJar = "local:///opt/flink/examples/streaming/StateMachineExample.jar";
    public const string ExamplesRepository = "https://repo1.maven.org/maven2/org/apache/flink/flink-examples-streaming/2.2.0/";
    public const string TopSpeedWindowingJar = ExamplesRepository + "flink-examples-streaming-2.2.0-TopSpeedWindowing.jar";

    /// <summary>Requests of one CPU and 2048m of memory, which the examples give every JobManager and TaskManager.</summary>
    public static V1ResourceRequirements Requests(string cpu = "1") => new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["memory"] = "2048m", ["cpu"] = cpu },
    };

    /// <summary>Flink configuration with the number of task slots per TaskManager, the one setting most examples make.</summary>
    public static Dictionary<string, string> Slots(int slots) => new() { [FlinkOptions.TaskSlots] = slots.ToString() };

    /// <summary>A Flink 2.2 cluster with the examples' resources and service account.</summary>
    public static readonly FlinkDeploymentSpec Cluster = new()
    {
        Image = Image,
        FlinkVersion = FlinkVersion.V2_2,
        FlinkConfiguration = Slots(2),
        ServiceAccount = ServiceAccount,
        JobManager = new JobManagerSpec { Resources = Requests() },
        TaskManager = new TaskManagerSpec { Resources = Requests() },
    };

    /// <summary>The state machine example job with parallelism 2.</summary>
    public static readonly JobSpec StateMachine = new()
    {
        JarURI = StateMachineJar,
        Parallelism = 2,
        UpgradeMode = UpgradeMode.Stateless,
    };

    /// <summary>
    /// A pod template whose main container mounts a host directory at /flink-data, for checkpoints and savepoints, as
    /// upstream's examples do. Baseline Pod Security forbids hostPath volumes (KD6004), so the definitions that use
    /// it acknowledge the finding; your own should keep state in a PersistentVolumeClaim or object storage.
    /// </summary>
    public static readonly V1PodTemplateSpec FlinkDataVolume = new()
    {
        Spec = new V1PodSpec
        {
            Containers =
            [
                // No name: the main container, written as flink-main-container.
                new V1Container { VolumeMounts = [new V1VolumeMount { MountPath = "/flink-data", Name = "flink-volume" }] },
            ],
            Volumes =
            [
                new V1Volume { Name = "flink-volume", HostPath = new V1HostPathVolumeSource { Path = "/tmp/flink", Type = "Directory" } },
            ],
        },
    };

    /// <summary>Savepoint and checkpoint directories under /flink-data.</summary>
    public static readonly Dictionary<string, string> StateDirectories = new()
    {
        ["state.savepoints.dir"] = "file:///flink-data/savepoints",
        ["state.checkpoints.dir"] = "file:///flink-data/checkpoints",
    };

    /// <summary>A FlinkDeployment without a namespace, as the examples are written.</summary>
    public static FlinkDeployment Deployment(string name, FlinkDeploymentSpec spec) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = spec,
    };
}

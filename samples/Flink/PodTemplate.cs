using k8s.Models;
using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>
/// examples/pod-template.yaml: pod templates at both levels. The base template adds a log volume and a Fluent Bit
/// sidecar to every pod; the JobManager's own template adds an init container that downloads the job's jar.
/// </summary>
public static class PodTemplate
{
    private static readonly V1VolumeMount Logs = new() { MountPath = "/opt/flink/log", Name = "flink-logs" };
    private static readonly V1VolumeMount Downloads = new() { MountPath = "/opt/flink/downloads", Name = "downloads" };

    [Manifest("pod-template.yaml")]
    public static FlinkDeployment Example => Common.Deployment("pod-template-example", Common.Cluster with
    {
        PodTemplate = new V1PodTemplateSpec
        {
            Spec = new V1PodSpec
            {
                Containers =
                [
                    // Flink applies its settings to the container with this name; keep it.
                    new V1Container { Name = "flink-main-container", VolumeMounts = [Logs, Downloads] },
                    new V1Container
                    {
                        Name = "fluentbit",
                        Image = "fluent/fluent-bit:1.9.6-debug",
                        Command = ["sh", "-c", "/fluent-bit/bin/fluent-bit -i tail -p path=/flink-logs/*.log -p multiline.parser=java -o stdout"],
                        VolumeMounts = [new V1VolumeMount { MountPath = "/flink-logs", Name = "flink-logs" }],
                    },
                ],
                Volumes =
                [
                    new V1Volume { Name = "flink-logs", EmptyDir = new V1EmptyDirVolumeSource() },
                    new V1Volume { Name = "downloads", EmptyDir = new V1EmptyDirVolumeSource() },
                ],
            },
        },
        JobManager = Common.Cluster.JobManager! with
        {
            PodTemplate = new V1PodTemplateSpec
            {
                Spec = new V1PodSpec
                {
                    InitContainers =
                    [
                        new V1Container
                        {
                            Name = "busybox",
                            Image = "busybox:1.35.0",
                            VolumeMounts = [Downloads],
                            Command =
                            [
                                "/bin/sh",
                                "-c",
                                "wget -O /opt/flink/downloads/flink-examples-streaming.jar " + Common.ExamplesRepository + "flink-examples-streaming-2.2.0.jar",
                            ],
                        },
                    ],
                },
            },
        },
        Job = new JobSpec
        {
            JarURI = "local:///opt/flink/downloads/flink-examples-streaming.jar",
            EntryClass = "org.apache.flink.streaming.examples.statemachine.StateMachineExample",
            Parallelism = 2,
        },
    });
}

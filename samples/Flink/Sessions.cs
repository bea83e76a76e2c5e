using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Flink;

namespace Samples.Flink;

/// <summary>Session clusters and the jobs submitted to them.</summary>
public static class Sessions
{
    /// <summary>A session cluster: a FlinkDeployment without a job.</summary>
    private static FlinkDeployment SessionCluster(string name, Dictionary<string, string>? configuration) =>
        Common.Deployment(name, Common.Cluster with { FlinkConfiguration = configuration });

    /// <summary>A session job running a jar from Maven Central, stateless.</summary>
    public static FlinkSessionJob Job(string name, string deployment, string jar, int parallelism, string? entryClass = null, Dictionary<string, string>? configuration = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new FlinkSessionJobSpec
        {
            DeploymentName = deployment,
            FlinkConfiguration = configuration,
            Job = new JobSpec { JarURI = jar, Parallelism = parallelism, UpgradeMode = UpgradeMode.Stateless, EntryClass = entryClass },
        },
    };

    /// <summary>examples/basic-session-deployment-and-job.yaml: one session cluster and two jobs on it, in one file.</summary>
    [Manifest("basic-session-deployment-and-job.yaml")]
    public static List<object> DeploymentAndJobs =>
    [
        SessionCluster("basic-session-deployment-example", configuration: null),
        Job("basic-session-job-example", "basic-session-deployment-example", Common.TopSpeedWindowingJar, 4),
        Job("basic-session-job-example2", "basic-session-deployment-example", Common.ExamplesRepository + "flink-examples-streaming-2.2.0.jar", 2,
            entryClass: "org.apache.flink.streaming.examples.statemachine.StateMachineExample"),
    ];

    /// <summary>examples/basic-session-deployment-only.yaml: a session cluster with two slots per TaskManager.</summary>
    [Manifest("basic-session-deployment-only.yaml")]
    public static FlinkDeployment DeploymentOnly => SessionCluster("basic-session-deployment-only-example", Common.Slots(2));

    /// <summary>examples/basic-session-job-only.yaml: a job for the session cluster above.</summary>
    [Manifest("basic-session-job-only.yaml")]
    public static FlinkSessionJob JobOnly => Job("basic-session-job-only-example", "basic-session-deployment-only-example", Common.TopSpeedWindowingJar, 4);
}

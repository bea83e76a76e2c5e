using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Flink;

namespace KubeDslProject.Definitions;

/// <summary>Flink deployments, run by the Flink Kubernetes Operator.</summary>
public static class FlinkJobs
{
    [Manifest("flink/state-machine.yaml")]
    public static FlinkDeployment StateMachine => new()
    {
        Metadata = Meta.Of("state-machine"),
        Spec = new FlinkDeploymentSpec
        {
            Image = "flink:2.2",
            FlinkVersion = FlinkVersion.V2_2,
            ServiceAccount = Defaults.FlinkServiceAccount,
            FlinkConfiguration = new Dictionary<string, string> { [FlinkOptions.TaskSlots] = "2" },
            JobManager = new JobManagerSpec { Resource = new Resource { Cpu = 1, Memory = "2048m" } },
            TaskManager = new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = "2048m" } },
            Job = new JobSpec
            {
                JarURI = "local:///opt/flink/examples/streaming/StateMachineExample.jar",
                Parallelism = 2,
                UpgradeMode = UpgradeMode.Stateless,
            },
        },
    };
}

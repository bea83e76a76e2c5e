using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace Samples.Spark;

/// <summary>The upstream examples that change one or two things of SparkPi (operator v2.5.2 examples/).</summary>
public static class Variants
{
    /// <summary>examples/spark-pi-python.yaml: the PySpark version of Pi.</summary>
    [Manifest("spark-pi-python.yaml")]
    public static SparkApplication Python => Common.Application("spark-pi-python", Common.PiSpec with
    {
        Type = SparkApplicationType.Python,
        PythonVersion = "3",
        MainClass = null,
        MainApplicationFile = "local:///opt/spark/examples/src/main/python/pi.py",
    });

    /// <summary>examples/spark-pi-ttl.yaml: the operator deletes the application 30 seconds after it ends.</summary>
    [Manifest("spark-pi-ttl.yaml")]
    public static SparkApplication Ttl => Common.Application("spark-pi-ttl", Common.PiSpec with { TimeToLiveSeconds = 30 });

    /// <summary>examples/spark-pi-dynamic-allocation.yaml: between one and five executors, starting with two.</summary>
    [Manifest("spark-pi-dynamic-allocation.yaml")]
    public static SparkApplication DynamicAllocation => Common.Application("spark-pi-dynamic-allocation", Common.PiSpec with
    {
        DynamicAllocation = new DynamicAllocation { Enabled = true, InitialExecutors = 2, MaxExecutors = 5, MinExecutors = 1 },
    });

    /// <summary>examples/spark-pi-kube-scheduler.yaml.</summary>
    [Manifest("spark-pi-kube-scheduler.yaml")]
    public static SparkApplication KubeScheduler => Scheduled("spark-pi-kube-scheduler", "kube-scheduler");

    /// <summary>examples/spark-pi-volcano.yaml.</summary>
    [Manifest("spark-pi-volcano.yaml")]
    public static SparkApplication Volcano => Scheduled("spark-pi-volcano", "volcano");

    /// <summary>examples/spark-pi-yunikorn.yaml: YuniKorn with the root.default queue.</summary>
    [Manifest("spark-pi-yunikorn.yaml")]
    public static SparkApplication YuniKorn => Scheduled("spark-pi-yunikorn", "yunikorn") with
    {
        Spec = Scheduled("spark-pi-yunikorn", "yunikorn").Spec with { BatchSchedulerOptions = new BatchSchedulerConfiguration { Queue = "root.default" } },
    };

    /// <summary>examples/spark-pi-custom-resource.yaml: CPU requests and limits set apart from cores.</summary>
    [Manifest("spark-pi-custom-resource.yaml")]
    public static SparkApplication CustomResource => Common.Application("spark-pi-custom-resource", Common.PiSpec with
    {
        RestartPolicy = new RestartPolicy { Type = RestartPolicyType.Never },
        Driver = Common.Driver with { Cores = null, CoreRequest = "0.5", CoreLimit = "800m" },
        Executor = Common.Executor with { Cores = null, CoreRequest = "1200m", CoreLimit = "1500m" },
    });

    /// <summary>examples/spark-pi-emptydir.yaml: a memory-backed scratch volume on driver and executor.</summary>
#pragma warning disable KD0016 // upstream's spark-pi variant keeps the name spark-pi; apply one at a time
    [Manifest("spark-pi-emptydir.yaml")]
#pragma warning restore KD0016
    public static SparkApplication EmptyDir => Common.Application("spark-pi", Common.PiSpec with
    {
        Arguments = ["5000"],
        Volumes = [new V1Volume { Name = "spark-local-dir-1", EmptyDir = new V1EmptyDirVolumeSource { Medium = "Memory", SizeLimit = "1Gi" } }],
        Driver = Common.Driver with { Labels = Version, VolumeMounts = [ScratchMount] },
        Executor = Common.Executor with { Labels = Version, VolumeMounts = [ScratchMount] },
    });

    private static readonly Dictionary<string, string> Version = new() { ["version"] = "4.0.0" };

    private static readonly V1VolumeMount ScratchMount = new() { MountPath = "/datadir", Name = "spark-local-dir-1" };

    private static SparkApplication Scheduled(string name, string scheduler) => Common.Application(name, Common.PiSpec with
    {
        BatchScheduler = scheduler,
        Executor = Common.Executor with { Instances = 2 },
    });
}

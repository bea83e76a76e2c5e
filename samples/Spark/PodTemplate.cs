using System.Collections.Generic;
using k8s.Models;
using KubeDsl;
using KubeDsl.Spark;

namespace Samples.Spark;

/// <summary>
/// examples/spark-pi-pod-template.yaml: driver and executor pods shaped by pod templates, with the config maps
/// and secrets they read, all in one file of five documents. Upstream also sets <c>capabilities</c> and
/// <c>allowPrivilegeEscalation</c> in the pod-level security context, where Kubernetes has no such fields and
/// drops them; <see cref="V1PodSecurityContext"/> cannot hold them, so this sample leaves them out.
/// </summary>
public static class PodTemplate
{
    [Manifest("spark-pi-pod-template.yaml")]
    public static List<object> Resources =>
    [
        ConfigMap("test-configmap", "KEY1", "VALUE1"),
        Secret("test-secret", "KEY2", "VALUE2"),
        ConfigMap("test-configmap-2", "KEY3", "VALUE3"),
        Secret("test-secret-2", "KEY4", "VALUE4"),
        Application,
    ];

    private static V1ConfigMap ConfigMap(string name, string key, string value) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        Data = new Dictionary<string, string> { [key] = value },
    };

    // Example values only; real credentials belong in a secret store, not in a manifest.
    private static V1Secret Secret(string name, string key, string value) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
        StringData = new Dictionary<string, string> { [key] = value },
    };

    private static readonly Dictionary<string, string> VersionLabel = new() { ["spark.apache.org/version"] = "4.0.0" };

    private static SparkApplication Application => Common.Application("spark-pi-pod-template", Common.PiSpec with
    {
        Arguments = ["10000"],
        Driver = new DriverSpec
        {
            Template = Template("spark-kubernetes-driver", Requests("500m", "512Mi"), Limits("1", "1Gi"), volumeMounts: null, volumes: null, serviceAccountName: Common.ServiceAccount),
            Cores = 1,
            CoreLimit = "1",
            Memory = "512m",
            MemoryOverhead = "512m",
        },
        Executor = new ExecutorSpec
        {
            Instances = 1,
            Template = Template(
                "spark-kubernetes-executor",
                Requests("1", "1Gi"),
                Limits("1500m", "1512Mi"),
                volumeMounts: [new V1VolumeMount { Name = "spark-local-dir-1", MountPath = "/mnt/disk1" }],
                volumes: [new V1Volume { Name = "spark-local-dir-1", EmptyDir = new V1EmptyDirVolumeSource { SizeLimit = "100Mi" } }],
                serviceAccountName: null),
            Cores = 1,
            CoreLimit = "1500m",
            Memory = "1g",
            MemoryOverhead = "512m",
        },
    });

    private static Dictionary<string, ResourceQuantity> Requests(string cpu, string memory) => new() { ["cpu"] = cpu, ["memory"] = memory };

    private static Dictionary<string, ResourceQuantity> Limits(string cpu, string memory) => new() { ["cpu"] = cpu, ["memory"] = memory };

    // Upstream notes that cpu and memory in a pod template's resources are overridden by the spec's
    // cores/memory fields; the example sets them anyway, so the sample does too.
    private static V1PodTemplateSpec Template(
        string container,
        Dictionary<string, ResourceQuantity> requests,
        Dictionary<string, ResourceQuantity> limits,
        List<V1VolumeMount>? volumeMounts,
        List<V1Volume>? volumes,
        string? serviceAccountName) => new()
        {
            Metadata = new V1ObjectMeta { Labels = VersionLabel, Annotations = VersionLabel },
            Spec = new V1PodSpec
            {
                SecurityContext = new V1PodSecurityContext
                {
                    RunAsGroup = 185,
                    RunAsUser = 185,
                    RunAsNonRoot = true,
                    SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                },
                Containers =
            [
                new V1Container
                {
                    Name = container,
                    Env =
                    [
                        EnvVar.Of("KEY0", "VALUE0"),
                        EnvVar.FromConfigMap("KEY1", "test-configmap", "KEY1"),
                        EnvVar.FromSecret("KEY2", "test-secret", "KEY2"),
                    ],
                    EnvFrom =
                    [
                        new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = "test-configmap-2" } },
                        new V1EnvFromSource { SecretRef = new V1SecretEnvSource { Name = "test-secret-2" } },
                    ],
                    Ports = container == "spark-kubernetes-driver" ? [new V1ContainerPort { Name = "custom-port", ContainerPort = 12345, Protocol = "TCP" }] : null,
                    VolumeMounts = volumeMounts,
                    Resources = new V1ResourceRequirements { Requests = requests, Limits = limits },
                },
            ],
                Volumes = volumes,
                NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "linux" },
                Affinity = new V1Affinity
                {
                    PodAffinity = new V1PodAffinity
                    {
                        PreferredDuringSchedulingIgnoredDuringExecution =
                    [
                        new V1WeightedPodAffinityTerm
                        {
                            Weight = 1,
                            PodAffinityTerm = new V1PodAffinityTerm
                            {
                                LabelSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["spark-app-name"] = "spark-pi-pod-template" } },
                                TopologyKey = "kubernetes.io/hostname",
                            },
                        },
                    ],
                    },
                },
                Tolerations = [new V1Toleration { OperatorProperty = "Exists", Effect = "NoSchedule" }],
                ServiceAccountName = serviceAccountName,
            },
        };
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KD6xxx on each pod kind KubeDsl writes: workloads, Spark operator driver and executor pods (typed fields over
/// their templates), SparkSubmit templates, Flink JobManager and TaskManager pod, and Airflow templates. Each kind
/// is silent when hardened and reports one fault at the expression that wrote it.
/// </summary>
public class PodSecurityPodKindTests
{
    private const string Reason = "namespace 'secure' has pod-security.kubernetes.io/enforce: restricted";

    private const string Hardened = "new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = [\"ALL\"] }, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" } }";

    private const string Secure = """
        public static class Namespaces
        {
            [Manifest("ns.yaml")]
            public static V1Namespace Ns => new()
            {
                Metadata = new V1ObjectMeta { Name = "secure", Labels = new Dictionary<string, string> { ["pod-security.kubernetes.io/enforce"] = "restricted" } },
            };
        }

        """;

    private static DiagnosticResult Privileged(int location, string who, string path) => Verify.Diagnostic("KD6002", location,
        who + " sets " + path + ": true; Pod Security level 'baseline' forbids privileged containers (" + Reason + "). Remove privileged (or set it to false)").WithSeverity(DiagnosticSeverity.Error);

    private static DiagnosticResult Lacks(string id, int location, string who, string path, string rest) => Verify.Diagnostic(id, location,
        who + " does not set " + path + "; Pod Security level 'restricted' " + rest.Replace("{reason}", Reason, StringComparison.Ordinal)).WithSeverity(DiagnosticSeverity.Error);

    private static string Container(string name, string context) => $"new V1Container {{ Name = \"{name}\", Image = \"busybox:1.36\", SecurityContext = {context} }}";

    private static string Workload(string type, string spec) => Secure + $$"""
        public static class Workloads
        {
            [Manifest("workload.yaml")]
            public static {{type}} W => new()
            {
                Metadata = new V1ObjectMeta { Name = "w", NamespaceProperty = "secure" },
                Spec = {{spec}},
            };
        }
        """;

    private static string Template(string context) =>
        "new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { [\"app\"] = \"w\" } }, Spec = new V1PodSpec { Containers = [" + Container("main", context) + "] } }";

    private static readonly string Faulty = Hardened.Replace("AllowPrivilegeEscalation = false", "AllowPrivilegeEscalation = false, Privileged = {|#0:true|}", StringComparison.Ordinal);

    [Fact]
    public Task Deployment() => Verify.Analyzer(
        Workload("V1Deployment", "new V1DeploymentSpec { Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [\"app\"] = \"w\" } }, Template = " + Template(Faulty) + " }"),
        Privileged(0, "Container 'main' of the pod", "spec.template.spec.containers[0].securityContext.privileged"));

    [Fact]
    public Task StatefulSet() => Verify.Analyzer(
        Workload("V1StatefulSet", "new V1StatefulSetSpec { ServiceName = \"w\", Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [\"app\"] = \"w\" } }, Template = " + Template(Faulty) + " }"),
        Privileged(0, "Container 'main' of the pod", "spec.template.spec.containers[0].securityContext.privileged"));

    [Fact]
    public Task Job() => Verify.Analyzer(
        Workload("V1Job", "new V1JobSpec { Template = " + Template(Faulty) + " }"),
        Privileged(0, "Container 'main' of the pod", "spec.template.spec.containers[0].securityContext.privileged"));

    [Fact]
    public Task CronJob() => Verify.Analyzer(
        Workload("V1CronJob", "new V1CronJobSpec { Schedule = \"0 3 * * *\", JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = " + Template(Faulty) + " } } }"),
        Privileged(0, "Container 'main' of the pod", "spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged"));

    [Fact]
    public Task Hardened_workloads_pass() => Verify.Analyzer(
        Workload("V1Job", "new V1JobSpec { Template = " + Template(Hardened) + " }"));

    private static string Spark(string driver, string executor, string extra = "") => Secure + $$"""
        public static class Jobs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "secure" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    {{extra}}
                    Driver = {{driver}},
                    Executor = {{executor}},
                },
            };
        }
        """;

    [Fact]
    public Task Spark_typed_security_contexts_pass() => Verify.Analyzer(
        Spark("new DriverSpec { Cores = 1, SecurityContext = " + Hardened + " }", "new ExecutorSpec { Instances = 1, SecurityContext = " + Hardened + " }"));

    [Fact]
    public Task Spark_executor_without_a_security_context_lacks_what_restricted_requires() => Verify.Analyzer(
        Spark("new DriverSpec { Cores = 1, SecurityContext = " + Hardened + " }", "{|#0:new ExecutorSpec { Instances = 1 }|}"),
        Lacks("KD6021", 0, "The Spark container of the executor pod", "spec.executor.securityContext.allowPrivilegeEscalation", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false"),
        Lacks("KD6022", 0, "The Spark container of the executor pod", "spec.executor.securityContext.runAsNonRoot", "requires runAsNonRoot: true on the pod or in every container ({reason}). Set runAsNonRoot: true, with a non-zero runAsUser if the image's user is root"),
        Lacks("KD6024", 0, "The Spark container of the executor pod", "spec.executor.securityContext.seccompProfile.type", "requires seccompProfile.type RuntimeDefault or Localhost on the pod or in every container ({reason}). Set it to RuntimeDefault"),
        Lacks("KD6025", 0, "The Spark container of the executor pod", "spec.executor.securityContext.capabilities.drop", "requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({reason}). Drop ALL, and add back only NET_BIND_SERVICE"));

    [Fact]
    public Task Spark_typed_security_context_replaces_the_template_containers() => Verify.Analyzer(
        Spark(
            "new DriverSpec { Cores = 1, SecurityContext = " + Hardened + ", Template = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = \"spark\", SecurityContext = new V1SecurityContext { Privileged = true } }] } } }",
            "new ExecutorSpec { Instances = 1, SecurityContext = " + Hardened + " }"));

    [Fact]
    public Task Spark_sidecars_and_host_network() => Verify.Analyzer(
        Spark(
            "new DriverSpec { Cores = 1, HostNetwork = {|#1:true|}, SecurityContext = " + Hardened + ", Sidecars = [" + Container("proxy", Faulty) + "] }",
            "new ExecutorSpec { Instances = 1, SecurityContext = " + Hardened + " }"),
        Privileged(0, "Container 'proxy' of the driver pod", "spec.driver.sidecars[0].securityContext.privileged"),
        Verify.Diagnostic("KD6001", 1, "The driver pod sets spec.driver.hostNetwork: true; Pod Security level 'baseline' forbids sharing the node's network, process or IPC namespace (" + Reason + "). Remove the field or set it to false").WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task Spark_volumes_the_pod_mounts() => Verify.Analyzer(
        Spark(
            "new DriverSpec { Cores = 1, SecurityContext = " + Hardened + ", VolumeMounts = [new V1VolumeMount { Name = \"host\", MountPath = \"/host\" }] }",
            "new ExecutorSpec { Instances = 1, SecurityContext = " + Hardened + " }",
            "Volumes = [new V1Volume { Name = \"host\", HostPath = {|#0:new V1HostPathVolumeSource { Path = \"/var\" }|} }, new V1Volume { Name = \"unused\", HostPath = new V1HostPathVolumeSource { Path = \"/etc\" } }],"),
        Verify.Diagnostic("KD6004", 0, "Volume 'host' sets spec.volumes[0].hostPath; Pod Security level 'baseline' forbids hostPath volumes (" + Reason + "). Use an emptyDir, a PersistentVolumeClaim or a CSI volume").WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task Scheduled_Spark_application() => Verify.Analyzer(Secure + """
        public static class Jobs
        {
            [Manifest("nightly.yaml")]
            public static ScheduledSparkApplication Nightly => new()
            {
                Metadata = new V1ObjectMeta { Name = "nightly", NamespaceProperty = "secure" },
                Spec = new ScheduledSparkApplicationSpec
                {
                    ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
                    Schedule = "0 3 * * *",
                    Template = new SparkApplicationSpec
                    {
                        Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                        Driver = new DriverSpec { Cores = 1, SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = ["ALL"] }, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" }, Privileged = {|#0:true|} } },
                        Executor = new ExecutorSpec { Instances = 1, SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = ["ALL"] }, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } } },
                    },
                },
            };
        }
        """,
        Privileged(0, "The Spark container of the driver pod", "spec.template.driver.securityContext.privileged"));

    [Fact]
    public Task Spark_submit_templates_run_in_the_namespace_they_are_submitted_to() => Verify.Analyzer(Secure + """
        public static class Native
        {
            [Manifest("native/etl.properties")]
            public static SparkSubmit Etl => new()
            {
                Master = "k8s://https://kubernetes.default.svc:443",
                AppName = "etl",
                Namespace = "secure",
                Image = "apache/spark:3.5.3",
                Driver = new SparkSubmitDriver
                {
                    Template = new V1Pod
                    {
                        Spec = new V1PodSpec
                        {
                            SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } },
                            Containers = [new V1Container { Name = "spark", SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, Capabilities = new V1Capabilities { Drop = ["ALL"] }, Privileged = {|#0:true|} } }],
                        },
                    },
                },
                Executor = new SparkSubmitExecutor
                {
                    Template = new V1Pod
                    {
                        Spec = {|#1:new V1PodSpec { SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" } } }|},
                    },
                },
            };
        }
        """,
        Privileged(0, "The Spark container 'spark' of the driver pod", "driver.template.spec.containers[0].securityContext.privileged"),
        Lacks("KD6021", 1, "The Spark container of the executor pod (Spark creates it)", "securityContext.allowPrivilegeEscalation (set it in a first container of executor.template.spec, which Spark then runs in)", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false"),
        Lacks("KD6025", 1, "The Spark container of the executor pod (Spark creates it)", "securityContext.capabilities.drop (set it in a first container of executor.template.spec, which Spark then runs in)", "requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({reason}). Drop ALL, and add back only NET_BIND_SERVICE"));

    private static string Flink(string spec) => "[assembly: ExternalServiceAccount(\"flink\")]\n" + Secure + $$"""
        public static class Streams
        {
            [Manifest("flink.yaml")]
            public static FlinkDeployment App => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders", NamespaceProperty = "secure" },
                Spec = new FlinkDeploymentSpec
                {
                    Image = "flink:2.2",
                    FlinkVersion = FlinkVersion.V2_2,
                    ServiceAccount = "flink",
                    FlinkConfiguration = new Dictionary<string, string> { ["taskmanager.numberOfTaskSlots"] = "2", ["jobmanager.memory.process.size"] = "2048m", ["taskmanager.memory.process.size"] = "2048m" },
                    {{spec}}
                },
            };
        }
        """;

    private const string FlinkHardened = "PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = \"flink-main-container\", SecurityContext = " + Hardened + " }] } },";

    [Fact]
    public Task Flink_main_container_hardened_in_the_base_template_passes() => Verify.Analyzer(Flink(FlinkHardened));

    [Fact]
    public Task Flink_role_template_merges_over_the_base_template() => Verify.Analyzer(
        Flink(FlinkHardened + "TaskManager = new TaskManagerSpec { PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { HostIPC = {|#1:true|}, Containers = [new V1Container { Name = \"flink-main-container\", SecurityContext = new V1SecurityContext { Privileged = {|#0:true|} } }] } } },"),
        Privileged(0, "Container 'flink-main-container' of the TaskManager pod", "spec.taskManager.podTemplate.spec.containers[0].securityContext.privileged"),
        Verify.Diagnostic("KD6001", 1, "The TaskManager pod sets spec.taskManager.podTemplate.spec.hostIPC: true; Pod Security level 'baseline' forbids sharing the node's network, process or IPC namespace (" + Reason + "). Remove the field or set it to false").WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task Flink_creates_its_main_container_when_no_template_has_it() => Verify.Analyzer(
        Flink("JobManager = {|#0:new JobManagerSpec { Replicas = 1, PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { SecurityContext = new V1PodSecurityContext { RunAsNonRoot = true, SeccompProfile = new V1SeccompProfile { Type = \"RuntimeDefault\" } } } } }|}, TaskManager = new TaskManagerSpec { PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = \"flink-main-container\", SecurityContext = " + Hardened + " }] } } },"),
        Lacks("KD6021", 0, "The flink-main-container of the JobManager pod (Flink creates it)", "securityContext.allowPrivilegeEscalation (set it in a container named flink-main-container of spec.podTemplate or spec.jobManager.podTemplate)", "requires allowPrivilegeEscalation: false in every container ({reason}). Set it to false"),
        Lacks("KD6025", 0, "The flink-main-container of the JobManager pod (Flink creates it)", "securityContext.capabilities.drop (set it in a container named flink-main-container of spec.podTemplate or spec.jobManager.podTemplate)", "requires capabilities.drop to contain ALL and capabilities.add to hold nothing but NET_BIND_SERVICE ({reason}). Drop ALL, and add back only NET_BIND_SERVICE"));

    [Fact]
    public Task Airflow_pod_template() => Verify.Analyzer(Secure + """
        public static class Dags
        {
            [Manifest("airflow/task.yaml")]
            public static KubeDsl.Airflow.AirflowPodTemplate Task => new()
            {
                Metadata = new V1ObjectMeta { NamespaceProperty = "secure" },
                Base = new V1Container { SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false, RunAsNonRoot = true, Capabilities = new V1Capabilities { Drop = ["ALL"] }, SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" }, Privileged = {|#0:true|} } },
            };
        }
        """,
        Privileged(0, "Container 'base' of the pod", "spec.containers[0].securityContext.privileged"));
}

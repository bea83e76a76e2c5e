namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KD6200-KD6208: the linters' checks that matter for batch pods, one fault at a time, each silent on the good
/// form; the advice that is off by default is turned on the way a project does, in its analyzer configuration.
/// </summary>
public class BatchPodRuleTests
{
    private static string On(string id) => "dotnet_diagnostic." + id + ".severity = suggestion\n";

    /// <summary>A SparkApplication in 'etl' with extra spec and driver text; its account is declared elsewhere.</summary>
    private static string Spark(string spec = "", string driver = "", string image = "\"spark:3.5.3\"", string ns = "etl") => $$"""
        [assembly: ExternalServiceAccount("spark", Namespace = "{{ns}}")]

        public static class Jobs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl", NamespaceProperty = "{{ns}}" },
                Spec = {|#9:new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = {{image}},
                    Driver = {|#8:new DriverSpec { ServiceAccount = "spark", {{driver}} }|},
                    Executor = new ExecutorSpec(),
                    {{spec}}
                }|},
            };
        }
        """;

    /// <summary>A Job in 'etl' with extra pod spec and container text.</summary>
    private static string Job(string spec = "", string container = "", string ns = "etl") => $$"""
        [assembly: ExternalSecret("db", Namespace = "etl")]

        public static class Jobs
        {
            [Manifest("job.yaml")]
            public static V1Job Load => new()
            {
                Metadata = new V1ObjectMeta { Name = "load", NamespaceProperty = {|#9:"{{ns}}"|} },
                Spec = new V1JobSpec
                {
                    Template = new V1PodTemplateSpec
                    {
                        Spec = {|#8:new V1PodSpec
                        {
                            RestartPolicy = "Never",
                            {{spec}}
                            Containers = [{|#7:new V1Container { Name = "load", Image = "loader:1.0", {{container}} }|}],
                        }|},
                    },
                },
            };
        }
        """;

    private static string Plain(string source) => Marked(source);

    private static string Marked(string source, params int[] keep) =>
        new[] { 9, 8, 7 }.Where(m => !keep.Contains(m)).Aggregate(source, (s, m) => RemoveMarker(s, m));

    private static string RemoveMarker(string source, int marker)
    {
        var start = source.IndexOf("{|#" + marker + ":", StringComparison.Ordinal);
        if (start < 0)
        {
            return source;
        }

        source = source.Remove(start, ("{|#" + marker + ":").Length);
        // The marker's end is the first "|}" after it that closes no later-opened marker.
        var depth = 0;
        for (var i = start; i < source.Length - 1; i++)
        {
            if (source[i] == '{' && source[i + 1] == '|')
            {
                depth++;
            }
            else if (source[i] == '|' && source[i + 1] == '}')
            {
                if (depth == 0)
                {
                    return source.Remove(i, 2);
                }

                depth--;
            }
        }

        return source;
    }

    [Fact]
    public Task Digests_are_required_when_the_project_asks() => Verify.AnalyzerWithConfig(
        "build_property.KubeDslRequireImageDigests = true\n",
        Plain(Spark(image: "{|#0:\"spark:3.5.3\"|}")),
        Verify.Diagnostic("KD6200", 0, "Image 'spark:3.5.3' names no digest, and KubeDslRequireImageDigests asks every image to: a tag can be moved to other bytes, a digest cannot. Write it as 'spark:3.5.3@sha256:<digest>' (or the image name with the digest alone)"));

    [Fact]
    public Task Digest_pinned_images_pass() => Verify.AnalyzerWithConfig(
        "build_property.KubeDslRequireImageDigests = true\n",
        Plain(Spark(image: "\"spark:3.5.3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"")));

    [Fact]
    public Task A_sidecar_without_requests() => Verify.Analyzer(
        Plain(Spark(driver: "Sidecars = [{|#0:new V1Container { Name = \"proxy\", Image = \"envoy:1.30\" }|}]")),
        Verify.Diagnostic("KD6201", 0, "Container 'proxy' of the driver pod has no cpu request (nor a limit, which would stand for it): the scheduler counts it as zero, so the pod can land on a node without room for it, and under memory pressure the kubelet evicts the pod first. Set resources.requests.cpu (and a memory limit)"),
        Verify.Diagnostic("KD6201", 0, "Container 'proxy' of the driver pod has no memory request (nor a limit, which would stand for it): the scheduler counts it as zero, so the pod can land on a node without room for it, and under memory pressure the kubelet evicts the pod first. Set resources.requests.memory (and a memory limit)"));

    [Fact]
    public Task A_sidecar_with_requests_passes() => Verify.AnalyzerWithConfig(
        On("KD6201"),
        Plain(Spark(driver: "Sidecars = [new V1Container { Name = \"proxy\", Image = \"envoy:1.30\", Resources = new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { [\"cpu\"] = new(\"100m\"), [\"memory\"] = new(\"64Mi\") } } }]")));

    [Fact]
    public Task The_default_namespace_is_advice_a_project_turns_on() => Verify.AnalyzerWithConfig(
        On("KD6202"),
        Marked(Job(ns: "default"), 9),
        Verify.Diagnostic("KD6202", 9, "Job 'load' is placed in namespace 'default', where every resource without a namespace lands and whose 'default' service account all of them share; give the jobs a namespace of their own"));

    [Fact]
    public void The_advice_a_project_turns_on_is_off_by_default() => Assert.Equal(
        ["KD6202", "KD6203", "KD6205", "KD6206", "KD6207", "KD6208"],
        RuleDiagnostics.All.Where(d => d.Id.StartsWith("KD62", StringComparison.Ordinal) && !d.IsEnabledByDefault).Select(d => d.Id));

    [Fact]
    public Task A_namespace_of_its_own_passes() => Verify.AnalyzerWithConfig(On("KD6202"), Plain(Job()));

    [Fact]
    public Task Finished_applications_kept_forever() => Verify.AnalyzerWithConfig(
        On("KD6203"),
        Marked(Spark(), 9),
        Verify.Diagnostic("KD6203", 9, "SparkApplication 'etl' sets no timeToLiveSeconds, so the operator keeps it and its finished driver pod until someone deletes them; set spec.timeToLiveSeconds"));

    [Fact]
    public Task An_application_with_a_time_to_live_passes() => Verify.AnalyzerWithConfig(On("KD6203"), Plain(Spark(spec: "TimeToLiveSeconds = 3600,")));

    private static string Scheduled(string spec) => $$"""
        [assembly: ExternalServiceAccount("spark", Namespace = "etl")]

        public static class Jobs
        {
            [Manifest("scheduled.yaml")]
            public static ScheduledSparkApplication Nightly => new()
            {
                Metadata = new V1ObjectMeta { Name = "nightly", NamespaceProperty = "etl" },
                Spec = {|#0:new ScheduledSparkApplicationSpec
                {
                    Schedule = "0 2 * * *",
                    {{spec}}
                    Template = new SparkApplicationSpec
                    {
                        Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                        Driver = new DriverSpec { ServiceAccount = "spark" },
                        Executor = new ExecutorSpec(),
                    },
                }|},
            };
        }
        """;

    [Fact]
    public Task A_schedule_without_a_concurrency_policy_runs_once() => Verify.Analyzer(
        Scheduled(string.Empty),
        Verify.Diagnostic("KD6204", 0, "ScheduledSparkApplication 'nightly' sets no concurrencyPolicy: the operator starts a run while an earlier one exists only for Allow, Forbid or Replace, and it keeps the last run in its history, so no run starts after the first; set concurrencyPolicy (Forbid skips a run while the last one runs)"));

    [Fact]
    public Task A_schedule_with_a_concurrency_policy_passes() => Verify.Analyzer(Scheduled("ConcurrencyPolicy = ConcurrencyPolicy.Forbid,").Replace("{|#0:", "", StringComparison.Ordinal).Replace("}|},", "},", StringComparison.Ordinal));

    [Fact]
    public Task A_schedule_that_keeps_no_runs_starts_the_next_without_a_policy() => Verify.Analyzer(
        Scheduled("SuccessfulRunHistoryLimit = 0, FailedRunHistoryLimit = 0,").Replace("{|#0:", "", StringComparison.Ordinal).Replace("}|},", "},", StringComparison.Ordinal));

    [Fact]
    public Task A_secret_in_an_environment_variable() => Verify.AnalyzerWithConfig(
        On("KD6205"),
        Plain(Job(container: "Env = [new V1EnvVar { Name = \"PASSWORD\", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = \"db\", Key = \"password\" } } }],"))
            .Replace("Name = \"db\"", "Name = {|#0:\"db\"|}", StringComparison.Ordinal),
        Verify.Diagnostic("KD6205", 0, "Secret 'db' reaches container 'load''s env PASSWORD as an environment variable: every child process inherits it, and frameworks print their environment in error reports; mount it as a file instead (a secret volume, or the driver's and executor's secrets)"));

    [Fact]
    public Task A_secret_mounted_as_a_file_passes() => Verify.AnalyzerWithConfig(
        On("KD6205"),
        Plain(Job(spec: "Volumes = [new V1Volume { Name = \"db\", Secret = new V1SecretVolumeSource { SecretName = \"db\" } }],", container: "VolumeMounts = [new V1VolumeMount { Name = \"db\", MountPath = \"/etc/db\", ReadOnlyProperty = true }],")));

    [Fact]
    public Task A_writable_root_filesystem() => Verify.AnalyzerWithConfig(
        On("KD6206"),
        Marked(Job(), 7),
        Verify.Diagnostic("KD6206", 7, "Container 'load' of the pod does not set securityContext.readOnlyRootFilesystem: true, so code in it can change the image's files; set it and give the process emptyDir volumes for what it writes (/tmp; Spark's local directories are emptyDir volumes already)"));

    [Fact]
    public Task A_read_only_root_filesystem_passes() => Verify.AnalyzerWithConfig(
        On("KD6206"),
        Plain(Job(container: "SecurityContext = new V1SecurityContext { ReadOnlyRootFilesystem = true },")));

    [Fact]
    public Task A_batch_pod_without_a_priority_class() => Verify.AnalyzerWithConfig(
        On("KD6207"),
        Marked(Job(), 8),
        Verify.Diagnostic("KD6207", 8, "The pod sets no priorityClassName, so it runs at the cluster's default priority: the scheduler neither preempts other pods for it nor knows it may preempt it for more urgent work; name a PriorityClass (spec.priorityClassName of the pod)"));

    [Fact]
    public Task A_batch_pod_with_a_priority_class_passes() => Verify.AnalyzerWithConfig(
        On("KD6207"),
        Plain(Job(spec: "PriorityClassName = \"batch-low\",")));

    [Fact]
    public Task A_driver_no_network_policy_selects() => Verify.AnalyzerWithConfig(
        On("KD6208"),
        Marked(Spark(), 8),
        Verify.Diagnostic("KD6208", 8, "The driver pod of SparkApplication 'etl' is selected by no NetworkPolicy in namespace 'etl', so any pod of the cluster reaches its ports (the driver's RPC, block manager and UI); add a policy that selects it (spark-role: driver) and admits its executors"));

    [Fact]
    public Task A_driver_a_network_policy_selects_passes() => Verify.AnalyzerWithConfig(
        On("KD6208"),
        Plain(Spark()).Replace("public static class Jobs\n{", """
            public static class Jobs
            {
                [Manifest("policy.yaml")]
                public static V1NetworkPolicy Drivers => new()
                {
                    Metadata = new V1ObjectMeta { Name = "spark-drivers", NamespaceProperty = "etl" },
                    Spec = new V1NetworkPolicySpec
                    {
                        PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["spark-role"] = "driver" } },
                        PolicyTypes = ["Ingress"],
                        Ingress = [new V1NetworkPolicyIngressRule { FromProperty = [new V1NetworkPolicyPeer { PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["spark-role"] = "executor" } } }] }],
                    },
                };
            """, StringComparison.Ordinal));
    [Fact]
    public Task A_flink_sidecar_without_requests_and_the_main_container_left_to_flink() => Verify.Analyzer("""
        [assembly: ExternalServiceAccount("flink", Namespace = "streams")]

        public static class Streams
        {
            [Manifest("flink.yaml")]
            public static FlinkDeployment App => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders", NamespaceProperty = "streams" },
                Spec = new FlinkDeploymentSpec
                {
                    Image = "flink:2.2", FlinkVersion = FlinkVersion.V2_2, ServiceAccount = "flink",
                    FlinkConfiguration = new Dictionary<string, string> { ["taskmanager.numberOfTaskSlots"] = "2" },
                    JobManager = new JobManagerSpec { Replicas = 1, Resource = new Resource { Cpu = 1, Memory = "2048m" } },
                    TaskManager = new TaskManagerSpec { Resource = new Resource { Cpu = 1, Memory = "2048m" } },
                    PodTemplate = new V1PodTemplateSpec
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container { Name = "flink-main-container" },
                                {|#0:new V1Container { Name = "fluentbit", Image = "fluent-bit:3.0", Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("64Mi") } } }|},
                            ],
                        },
                    },
                },
            };
        }
        """,
        // The memory limit stands for the request; the base template's sidecar joins both pods, and is reported once.
        Verify.Diagnostic("KD6201", 0, "Container 'fluentbit' of spec.podTemplate has no cpu request (nor a limit, which would stand for it): the scheduler counts it as zero, so the pod can land on a node without room for it, and under memory pressure the kubelet evicts the pod first. Set resources.requests.cpu (and a memory limit)"));

    [Fact]
    public Task A_policy_selecting_drivers_by_expression_covers_them() => Verify.AnalyzerWithConfig(
        On("KD6208"),
        Plain(Spark()).Replace("public static class Jobs\n{", """
            public static class Jobs
            {
                [Manifest("policy.yaml")]
                public static V1NetworkPolicy Spark => new()
                {
                    Metadata = new V1ObjectMeta { Name = "spark", NamespaceProperty = "etl" },
                    Spec = new V1NetworkPolicySpec
                    {
                        PodSelector = new V1LabelSelector { MatchExpressions = [new V1LabelSelectorRequirement { Key = "spark-role", OperatorProperty = "In", Values = ["driver", "executor"] }] },
                        PolicyTypes = ["Ingress"],
                    },
                };
            """, StringComparison.Ordinal));

    [Fact]
    public Task A_policy_in_another_namespace_does_not_cover_the_driver() => Verify.AnalyzerWithConfig(
        On("KD6208"),
        Marked(Spark(), 8).Replace("public static class Jobs\n{", """
            public static class Jobs
            {
                [Manifest("policy.yaml")]
                public static V1NetworkPolicy Spark => new()
                {
                    Metadata = new V1ObjectMeta { Name = "spark", NamespaceProperty = "other" },
                    Spec = new V1NetworkPolicySpec { PodSelector = new V1LabelSelector(), PolicyTypes = ["Ingress"] },
                };
            """, StringComparison.Ordinal),
        Verify.Diagnostic("KD6208", 8, "The driver pod of SparkApplication 'etl' is selected by no NetworkPolicy in namespace 'etl', so any pod of the cluster reaches its ports (the driver's RPC, block manager and UI); add a policy that selects it (spark-role: driver) and admits its executors"));
}

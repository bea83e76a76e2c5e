namespace KubeDsl.Analyzers.Tests;

/// <summary>KD3xxx: the Flink operator's validator checks, each at the offending expression, and none on valid input.</summary>
public class FlinkRuleTests
{
    private static string Deployment(string spec, string job = "Job = new JobSpec { JarURI = \"local:///opt/flink/usrlib/app.jar\", Parallelism = 2, UpgradeMode = UpgradeMode.Stateless },") => $$"""
        [assembly: ExternalServiceAccount("flink")]
        // Memory sizes from the operator's default configuration (Flink's distribution values), so that each test
        // deployment has one fault only.
        [assembly: FlinkOperatorDefault("jobmanager.memory.process.size", "1600m")]
        [assembly: FlinkOperatorDefault("taskmanager.memory.process.size", "1728m")]
        public static class Defs
        {
            [Manifest("flink.yaml")]
            public static FlinkDeployment App => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders" },
                Spec = {|#9:new FlinkDeploymentSpec
                {
                    Image = "flink:2.2",
                    {{spec}}
                    {{job}}
                }|},
            };
        }
        """;

    private const string Valid = "FlinkVersion = FlinkVersion.V2_2, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"taskmanager.numberOfTaskSlots\"] = \"2\" },";

    [Fact]
    public Task Valid_deployment_has_no_findings() => Verify.Analyzer(Deployment(
        """
        FlinkVersion = FlinkVersion.V2_2,
        ServiceAccount = "flink",
        FlinkConfiguration = new Dictionary<string, string>
        {
            ["execution.checkpointing.dir"] = "s3://bucket/checkpoints",
            ["execution.checkpointing.savepoint-dir"] = "s3://bucket/savepoints",
            ["high-availability.type"] = "kubernetes",
        },
        JobManager = new JobManagerSpec { Replicas = 2 },
        Ingress = new IngressSpec { Template = "/{{namespace}}/{{name}}(/|$)(.*)" },
        LogConfiguration = new Dictionary<string, string> { ["log4j-console.properties"] = "rootLogger.level = INFO" },
        """,
        "Job = new JobSpec { JarURI = \"local:///opt/flink/usrlib/app.jar\", Parallelism = 2, UpgradeMode = UpgradeMode.Savepoint, SavepointTriggerNonce = 1 },").Replace("{|#9:", string.Empty, StringComparison.Ordinal).Replace("}|},", "},", StringComparison.Ordinal));

    [Fact]
    public Task Version_missing_and_unsupported() => Verify.Analyzer(
        Deployment("ServiceAccount = \"flink\","),
        Verify.Diagnostic("KD3001", 9, "flinkVersion is required: the Flink operator rejects a FlinkDeployment without it"));

    [Fact]
    public Task Old_versions() => Verify.Analyzer(
        Deployment("FlinkVersion = {|#0:FlinkVersion.V1_14|}, ServiceAccount = \"flink\","),
        Verify.Diagnostic("KD3002", 0, "Flink version v1_14 is not supported by the operator (it needs v1_15 or later); the operator rejects the deployment").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

    [Fact]
    public Task Forbidden_keys_and_log_files() => Verify.Analyzer(
        Deployment("FlinkVersion = FlinkVersion.V1_20, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"kubernetes.cluster-id\"] = {|#0:\"other\"|} }, LogConfiguration = new Dictionary<string, string> { [{|#1:\"log4j.properties\"|}] = \"x\" },"),
        Verify.Diagnostic("KD3003", 0, "The Flink operator rejects 'kubernetes.cluster-id' in flinkConfiguration: it sets this key itself"),
        Verify.Diagnostic("KD3004", 1, "logConfiguration key 'log4j.properties' is not log4j-console.properties or logback-console.xml, the only files the operator mounts"));

    [Fact]
    public Task Stateful_upgrades_need_their_directories() => Verify.Analyzer(
        Deployment(Valid, "Job = new JobSpec { JarURI = \"local:///a.jar\", Parallelism = 2, UpgradeMode = {|#0:UpgradeMode.Savepoint|} },"),
        Verify.Diagnostic("KD3005", 0, "The Flink operator rejects this: upgrade mode savepoint needs a checkpoint directory; set execution.checkpointing.dir in flinkConfiguration"),
        Verify.Diagnostic("KD3005", 0, "The Flink operator rejects this: upgrade mode savepoint needs a savepoint directory; set execution.checkpointing.savepoint-dir in flinkConfiguration"));

    [Fact]
    public Task Parallelism_and_replicas() => Verify.Analyzer(
        Deployment(Valid + " JobManager = new JobManagerSpec { Replicas = {|#1:2|} },", "Job = {|#0:new JobSpec { JarURI = \"local:///a.jar\" }|},"),
        Verify.Diagnostic("KD3006", 0, "The Flink operator rejects this: job.parallelism must be at least 1 unless taskManager.replicas is set (unset means 0)"),
        Verify.Diagnostic("KD3006", 1, "The Flink operator rejects this: standby JobManagers (replicas above 1) need high availability (high-availability.type)"));

    [Fact]
    public Task Service_account_missing() => Verify.Analyzer(
        Deployment("FlinkVersion = FlinkVersion.V2_2,"),
        Verify.Diagnostic("KD3007", 9, "serviceAccount is required: the JobManager uses it to manage TaskManager pods (with the Helm chart, the jobServiceAccount, 'flink' by default)"));

    [Fact]
    public Task Ingress_template_with_a_port_that_is_not_a_number() => Verify.Analyzer(
        Deployment(Valid + " Ingress = new IngressSpec { Template = {|#0:\"{{name}}.example.com:http\"|} },"),
        Verify.Diagnostic("KD3008", 0, "The Flink operator rejects this: ingress template '{{name}}.example.com:http' has the port 'http', which is not a number"));

    [Fact]
    public Task Flink_2_overlapping_keys() => Verify.Analyzer(
        Deployment("FlinkVersion = FlinkVersion.V2_0, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"high-availability\"] = {|#0:\"kubernetes\"|}, [\"high-availability.storageDir\"] = \"s3://b/ha\" },"),
        Verify.Diagnostic("KD3009", 0, "Flink 2 refuses 'high-availability' together with 'high-availability.storageDir' (overlapping key prefixes) when the cluster starts; use only the non-deprecated key"));

    [Fact]
    public Task Session_job_needs_https_jar_and_a_valid_deployment_name() => Verify.Analyzer(
        """
        public static class Defs
        {
            [Manifest("job.yaml")]
            public static FlinkSessionJob Job => new()
            {
                Metadata = new V1ObjectMeta { Name = "report" },
                Spec = new FlinkSessionJobSpec
                {
                    DeploymentName = {|#0:"Session_Cluster"|},
                    Job = new JobSpec { JarURI = {|#1:"http://repo.example.com/app.jar"|}, Parallelism = 2 },
                },
            };
        }
        """,
        Verify.Diagnostic("KD3010", 0, "The Flink operator rejects this session job: deploymentName 'Session_Cluster' is not a valid FlinkDeployment name"),
        Verify.Diagnostic("KD3010", 1, "The Flink operator rejects this session job: the operator downloads session-job jars only over https by default, not 'http' (kubernetes.operator.user.artifacts.allowed-schemes)"));

    private static string SessionJobAt(string jar, string attributes = "") => attributes + $$"""
        [assembly: ExternalFlinkDeployment("shared-session")]
        public static class Defs
        {
            [Manifest("job.yaml")]
            public static FlinkSessionJob Job => new()
            {
                Metadata = new V1ObjectMeta { Name = "report" },
                Spec = new FlinkSessionJobSpec { DeploymentName = "shared-session", Job = new JobSpec { JarURI = {{jar}}, Parallelism = 2 } },
            };
        }
        """;

    // DefaultValidator.validateJarURI refuses hosts of restricted address classes; IP literals and localhost need no lookup.
    [Fact]
    public Task Session_job_jar_from_a_restricted_address_is_refused() => Verify.Analyzer(
        SessionJobAt("{|#0:\"https://169.254.169.254/latest/meta-data/iam/security-credentials/\"|}"),
        Verify.Diagnostic("KD3010", 0, "The Flink operator rejects this session job: jarURI host '169.254.169.254' is a link-local address, which the operator refuses to download from (kubernetes.operator.user.artifacts.disallow-restricted-hosts, on by default)"));

    [Fact]
    public Task Session_job_jar_from_a_public_host_or_with_the_host_check_off_passes() => Verify.Analyzer(
        SessionJobAt("\"https://127.0.0.1/job.jar\"", "[assembly: FlinkOperatorDefault(\"kubernetes.operator.user.artifacts.disallow-restricted-hosts\", \"false\")]\n")
        + SessionJobAt("\"https://repo.example.com/job.jar\"").Replace("[assembly: ExternalFlinkDeployment(\"shared-session\")]", string.Empty, StringComparison.Ordinal).Replace("class Defs", "class More", StringComparison.Ordinal).Replace("job.yaml", "job2.yaml", StringComparison.Ordinal).Replace("\"report\"", "\"report-2\"", StringComparison.Ordinal));

    [Fact]
    public Task Snapshot_needs_one_kind_and_a_job_reference() => Verify.Analyzer(
        """
        public static class Defs
        {
            [Manifest("snap.yaml")]
            public static FlinkStateSnapshot Both => new() { Metadata = new V1ObjectMeta { Name = "a" }, Spec = {|#0:new FlinkStateSnapshotSpec { Savepoint = new SavepointSpec(), Checkpoint = new CheckpointSpec() }|} };

            [Manifest("snap2.yaml")]
            public static FlinkStateSnapshot NoJob => new() { Metadata = new V1ObjectMeta { Name = "b" }, Spec = {|#1:new FlinkStateSnapshotSpec { Savepoint = new SavepointSpec { Path = "s3://b/sp" } }|} };
        }
        """,
        Verify.Diagnostic("KD3011", 0, "The Flink operator rejects this snapshot: set exactly one of savepoint and checkpoint"),
        Verify.Diagnostic("KD3011", 1, "The Flink operator rejects this snapshot: jobReference is required unless the savepoint already exists"));

    private const string MainBranchFields = "FlinkVersion = {|#1:FlinkVersion.V2_4|}, ServiceAccount = \"flink\", JobManager = new JobManagerSpec { Resources = {|#0:new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { [\"memory\"] = \"2048m\" } }|} },";

    [Fact]
    public Task Main_branch_fields_are_errors_for_release_1_15_0() => Verify.Analyzer(
        Deployment(MainBranchFields),
        Verify.Diagnostic("KD3012", 0, "jobManager.resources exists only on the Flink operator's main branch (after release 1.15.0, the target); release 1.15.0 has no such field, so the API server drops it and the pods get Flink's default sizes. Target the main branch with <KubeDslFlinkOperatorVersion>main</KubeDslFlinkOperatorVersion> or use jobManager.resource (cpu, memory)"),
        Verify.Diagnostic("KD3012", 1, "flinkVersion v2_4 exists only on the Flink operator's main branch (after release 1.15.0, the target); release 1.15.0 rejects the value. Target the main branch with <KubeDslFlinkOperatorVersion>main</KubeDslFlinkOperatorVersion> or use v2_2"));

    [Fact]
    public Task Main_branch_fields_are_fine_when_targeting_main() => Verify.AnalyzerWith(
        ("KubeDslFlinkOperatorVersion", "main"),
        Deployment(MainBranchFields.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("{|#1:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal)).Replace("{|#9:", string.Empty, StringComparison.Ordinal).Replace("}|},", "},", StringComparison.Ordinal));

    [Fact]
    public Task Operator_defaults_are_merged_and_settings_need_what_they_need() => Verify.Analyzer(
        """
        [assembly: FlinkOperatorDefault("execution.checkpointing.dir", "s3://flink/checkpoints")]
        [assembly: FlinkOperatorDefault("execution.checkpointing.savepoint-dir", "s3://flink/savepoints")]
        """ + Deployment(Valid + " FlinkConfiguration = new Dictionary<string, string> { [\"kubernetes.operator.deployment.rollback.enabled\"] = {|#0:\"true\"|} },", "Job = new JobSpec { JarURI = \"local:///a.jar\", Parallelism = 2, UpgradeMode = UpgradeMode.Savepoint },")
            .Replace("FlinkConfiguration = new Dictionary<string, string> { [\"taskmanager.numberOfTaskSlots\"] = \"2\" },", string.Empty, StringComparison.Ordinal)
            .Replace("{|#9:", string.Empty, StringComparison.Ordinal).Replace("}|},", "},", StringComparison.Ordinal),
        Verify.Diagnostic("KD3013", 0, "The Flink operator rejects this: rollbacks (kubernetes.operator.deployment.rollback.enabled) need high availability (high-availability.type)"));

    [Fact]
    public Task Resources_in_the_main_container_template_are_overwritten() => Verify.Analyzer(
        Deployment(Valid + """
            TaskManager = new TaskManagerSpec
            {
                PodTemplate = new V1PodTemplateSpec
                {
                    Spec = new V1PodSpec
                    {
                        Containers = [new V1Container { Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = {|#0:"4Gi"|}, ["ephemeral-storage"] = "10Gi" } } }],
                    },
                },
            },
            """),
        Verify.Diagnostic("KD3015", 0, "Flink sets the memory limit of the TaskManagers from taskManager.resource; the value in the pod template is overwritten. Set it there instead"));

    [Fact]
    public async Task Deprecated_state_keys_are_renamed_by_the_fix()
    {
        static string Source(string key) => Verify.Usings + Deployment(Valid.Replace("[\"taskmanager.numberOfTaskSlots\"] = \"2\"", key + " = \"s3://b/cp\"", StringComparison.Ordinal))
            .Replace("{|#9:", string.Empty, StringComparison.Ordinal).Replace("}|},", "},", StringComparison.Ordinal);
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<ManifestRulesAnalyzer, KubeDsl.CodeFixes.ReplaceValueCodeFix, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            ReferenceAssemblies = Verify.Net10,
            TestCode = Source("[{|#0:\"state.checkpoints.dir\"|}]"),
            FixedCode = Source("[\"execution.checkpointing.dir\"]"),
        };
        Verify.AddReferences(test.TestState);
        Verify.AddReferences(test.FixedState);
        test.TestState.ExpectedDiagnostics.Add(Verify.Diagnostic("KD3014", 0, "'state.checkpoints.dir' is deprecated since Flink 1.20; use 'execution.checkpointing.dir' (the code fix renames it)"));
        test.DisabledDiagnostics.AddRange(Verify.Advice);
        await test.RunAsync();
    }

    [Theory]
    [InlineData("taskManager", "981m", "The TaskManager memory 981m (981m): framework heap and off-heap, task off-heap, managed (213.2m) and network (64m) memory exceed what is left for Flink (533m); the TaskManager fails when it starts. Use at least 982m")]
    [InlineData("jobManager", "576m", "The JobManager memory 576m (576m): what is left for Flink (128m) does not exceed the off-heap memory (128m); the JobManager fails when it starts. Use at least 577m")]
    [InlineData("jobManager", "1.5g", "The JobManager memory '1.5g': the operator cannot read it (no decimals; use 2048m, 2g or 2Gi); the JobManager fails when it starts. Use at least a whole number with a unit")]
    public Task Memory_Flink_cannot_start_with(string role, string memory, string message) => Verify.Analyzer(
        Deployment(Valid + $" {char.ToUpperInvariant(role[0]) + role[1..]} = new {char.ToUpperInvariant(role[0]) + role[1..]}Spec {{ Resource = new Resource {{ Memory = {{|#0:\"{memory}\"|}} }} }},"),
        Verify.Diagnostic("KD3016", 0, message));

    [Fact]
    public Task Job_manager_heap_below_128_MiB() => Verify.Analyzer(
        Deployment(Valid + " JobManager = new JobManagerSpec { Resource = new Resource { Memory = {|#0:\"640m\"|} } }, TaskManager = new TaskManagerSpec { Resource = new Resource { Memory = \"982m\" } },"),
        Verify.Diagnostic("KD3017", 0, "The JobManager memory 640m leaves a 64m JVM heap, below the 128 MiB Flink recommends; use at least 704m"));

    [Fact]
    public Task Single_container_with_another_name() => Verify.Analyzer(
        Deployment(Valid + " PodTemplate = new V1PodTemplateSpec { Spec = new V1PodSpec { Containers = [new V1Container { Name = {|#0:\"main\"|}, Env = [new V1EnvVar { Name = \"TZ\", Value = \"UTC\" }] }] } },"),
        Verify.Diagnostic("KD3018", 0, "No container of this pod template is named flink-main-container, so Flink treats 'main' as a sidecar and its settings do not reach the Flink process; name it flink-main-container (or leave the name out)"));

    [Fact]
    public Task Session_job_to_an_application_cluster_is_an_error_and_an_unknown_snapshot_target_a_warning() => Verify.Analyzer(
        Deployment(Valid) + """

        public static class More
        {
            [Manifest("job.yaml")]
            public static FlinkSessionJob Job => new()
            {
                Metadata = new V1ObjectMeta { Name = "report" },
                Spec = new FlinkSessionJobSpec { DeploymentName = {|#0:"orders"|}, Job = new JobSpec { JarURI = "https://repo.example.com/r.jar", Parallelism = 1 } },
            };

            [Manifest("snap.yaml")]
            public static FlinkStateSnapshot Snap => new()
            {
                Metadata = new V1ObjectMeta { Name = "sp" },
                Spec = new FlinkStateSnapshotSpec { JobReference = new JobReference { Kind = JobKind.FlinkDeployment, Name = {|#1:"order"|} }, Savepoint = new SavepointSpec() },
            };
        }
        """.Replace("{|#9:", string.Empty, StringComparison.Ordinal),
        Verify.Diagnostic("KD3019", 0, "session job target 'orders' is an application cluster (it has a job); the operator only submits session jobs to session clusters"),
        Verify.Diagnostic("KD3030", 1, "FlinkDeployment 'order' (the target of snapshot 'sp') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalFlinkDeployment(\"order\")]"));

    [Fact]
    public Task Last_state_upgrades_need_checkpoints_outside_the_JobManager() => Verify.Analyzer(
        Deployment(
            "FlinkVersion = FlinkVersion.V2_2, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"execution.checkpointing.dir\"] = \"s3://ckpt/orders\", [\"execution.checkpointing.storage\"] = {|#0:\"jobmanager\"|} },",
            "Job = new JobSpec { JarURI = \"local:///opt/flink/usrlib/app.jar\", Parallelism = 2, UpgradeMode = UpgradeMode.LastState },"),
        Verify.Diagnostic("KD3022", 0, "Upgrade mode last-state restores the job from its latest checkpoint, but execution.checkpointing.storage 'jobmanager' keeps checkpoints in the JobManager's memory, which is gone after the upgrade; use filesystem checkpoint storage (or upgrade mode savepoint)"));

    [Fact]
    public Task Last_state_with_filesystem_checkpoints_and_savepoint_mode_with_jobmanager_storage_pass() => Verify.Analyzer(
        Deployment(
            "FlinkVersion = FlinkVersion.V2_2, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"execution.checkpointing.dir\"] = \"s3://ckpt/orders\", [\"execution.checkpointing.savepoint-dir\"] = \"s3://sp/orders\", [\"execution.checkpointing.storage\"] = \"jobmanager\" },",
            "Job = new JobSpec { JarURI = \"local:///opt/flink/usrlib/app.jar\", Parallelism = 2, UpgradeMode = UpgradeMode.Savepoint },"));

    [Fact]
    public Task Autoscaler_excluded_periods_must_be_daily_ranges_or_Quartz_cron() => Verify.Analyzer(
        Deployment("FlinkVersion = FlinkVersion.V2_2, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"job.autoscaler.enabled\"] = \"true\", [\"job.autoscaler.excluded.periods\"] = {|#0:\"9:00-17:00 && 0 0 * ? * MON-FRI;0 0 2 * * *\"|} },"),
        Verify.Diagnostic("KD3020", 0, "Autoscaler: job.autoscaler.excluded.periods: excluded period '0 0 2 * * *' is neither a daily range (HH:mm[:ss]-HH:mm[:ss]) nor a Quartz cron expression: exactly one of day of month and day of week must be '?' (Quartz cannot combine them, nor leave both open); the operator rejects the deployment"));

    // Each message is true of the release it names: 1.15.0 only marks v1_15 to v1_18 @Deprecated, the main branch
    // also logs a warning whenever it validates the resource (ValidatorUtils.validateSupportedVersion).
    [Fact]
    public Task Deprecated_Flink_version_on_the_release() => Verify.Analyzer(
        Deployment("FlinkVersion = {|#0:FlinkVersion.V1_18|}, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"taskmanager.numberOfTaskSlots\"] = \"2\" },"),
        Verify.Diagnostic("KD3002", 0, "Flink version v1_18 is deprecated in operator release 1.15.0 (it still runs it without a warning) and a later release may drop it"));

    [Fact]
    public Task Deprecated_Flink_version_on_the_main_branch() => Verify.AnalyzerWith(
        ("KubeDslFlinkOperatorVersion", "main"),
        Deployment("FlinkVersion = {|#0:FlinkVersion.V1_18|}, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"taskmanager.numberOfTaskSlots\"] = \"2\" },"),
        Verify.Diagnostic("KD3002", 0, "Flink version v1_18 is deprecated: the operator's main branch logs a warning on every reconciliation and a later release may drop it"));

    private const string AutoscalerRanges = "FlinkVersion = FlinkVersion.V2_2, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"job.autoscaler.enabled\"] = \"true\", [\"job.autoscaler.observed-scalability.coefficient-min\"] = COEFFICIENT, [\"job.autoscaler.memory.gc-pressure.threshold\"] = GC, [\"job.autoscaler.memory.heap-usage.threshold\"] = \"0.9\" },";

    [Fact]
    public Task Autoscaler_ranges_of_the_release_check_the_coefficient_always_and_know_no_memory_thresholds() => Verify.Analyzer(
        Deployment(AutoscalerRanges.Replace("COEFFICIENT", "{|#0:\"2\"|}", StringComparison.Ordinal).Replace("GC", "\"1.5\"", StringComparison.Ordinal)),
        Verify.Diagnostic("KD3020", 0, "Autoscaler: job.autoscaler.observed-scalability.coefficient-min is 2; it must be within [0.01, 1]"));

    [Fact]
    public Task Autoscaler_ranges_of_the_main_branch_check_the_coefficient_only_when_enabled_and_the_memory_thresholds() => Verify.AnalyzerWith(
        ("KubeDslFlinkOperatorVersion", "main"),
        Deployment(AutoscalerRanges.Replace("COEFFICIENT", "\"2\"", StringComparison.Ordinal).Replace("GC", "{|#0:\"1.5\"|}", StringComparison.Ordinal)),
        Verify.Diagnostic("KD3020", 0, "Autoscaler: job.autoscaler.memory.gc-pressure.threshold is 1.5; it must be within [0, 1]"));

    [Fact]
    public Task Autoscaler_coefficient_of_the_main_branch_is_checked_once_observed_scalability_is_on() => Verify.AnalyzerWith(
        ("KubeDslFlinkOperatorVersion", "main"),
        Deployment(AutoscalerRanges.Replace("COEFFICIENT", "{|#0:\"2\"|}, [\"job.autoscaler.observed-scalability.enabled\"] = \"true\"", StringComparison.Ordinal).Replace("GC", "\"0.5\"", StringComparison.Ordinal)),
        Verify.Diagnostic("KD3020", 0, "Autoscaler: job.autoscaler.observed-scalability.coefficient-min is 2; it must be within [0.01, 1]"));

    [Fact]
    public Task Autoscaler_options_out_of_range_and_a_window_shorter_than_the_reconcile_interval() => Verify.Analyzer(
        Deployment("FlinkVersion = FlinkVersion.V2_2, ServiceAccount = \"flink\", FlinkConfiguration = new Dictionary<string, string> { [\"job.autoscaler.enabled\"] = \"true\", [\"job.autoscaler.utilization.target\"] = {|#0:\"1.5\"|}, [\"job.autoscaler.metrics.window\"] = {|#1:\"30 s\"|} },"),
        Verify.Diagnostic("KD3020", 0, "Autoscaler: job.autoscaler.utilization.target is 1.5; it must be within [0, 1]"),
        Verify.Diagnostic("KD3020", 1, "Autoscaler: the metric window (30 s) is shorter than the reconcile interval (60 s), so fewer than two samples are kept and the autoscaler never acts; the operator's main branch rejects it (release 1.15.0 accepts it and never scales)"));

    [Fact]
    public Task Memory_must_be_defined_somewhere() => Verify.Analyzer(
        Deployment(Valid + " TaskManager = {|#0:new TaskManagerSpec { Replicas = 2 }|},")
            .Replace("[assembly: FlinkOperatorDefault(\"taskmanager.memory.process.size\", \"1728m\")]", string.Empty, StringComparison.Ordinal),
        Verify.Diagnostic("KD3021", 0, "The TaskManager has no memory size: set taskManager.resource.memory (or taskManager.resources.requests.memory on the main branch), or its process size in flinkConfiguration; the Flink operator rejects the deployment"));
}

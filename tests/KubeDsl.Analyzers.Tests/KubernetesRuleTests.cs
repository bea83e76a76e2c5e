using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>KD1xxx: each rule fires at the expression that made the value, with its message, and stays silent on valid input.</summary>
public class KubernetesRuleTests
{
    private static string Pod(string podSpec, string name = "\"worker\"") => $$"""
        public static class Defs
        {
            [Manifest("pod.yaml")]
            public static V1Pod Pod => new()
            {
                Metadata = new V1ObjectMeta { Name = {{name}} },
                Spec = new V1PodSpec { {{podSpec}} },
            };
        }
        """;

    [Fact]
    public Task Valid_pod_has_no_findings() => Verify.Analyzer(Pod("""
        Containers = [new V1Container
        {
            Name = "main",
            Image = "busybox:1.36",
            ImagePullPolicy = "IfNotPresent",
            Env = [new V1EnvVar { Name = "A", Value = "1" }, new V1EnvVar { Name = "B", Value = "2" }],
            VolumeMounts = [new V1VolumeMount { Name = "data", MountPath = "/data" }],
            Resources = new V1ResourceRequirements
            {
                Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = "500m", ["memory"] = "1Gi" },
                Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = "1", ["memory"] = "1Gi" },
            },
        }],
        Volumes = [new V1Volume { Name = "data", EmptyDir = new V1EmptyDirVolumeSource() }],
        """));

    [Fact]
    public Task Invalid_name_is_reported_at_the_name() => Verify.Analyzer(
        Pod("Containers = [new V1Container { Name = \"main\", Image = \"busybox:1.36\" }]", "{|#0:\"Worker_1\"|}"),
        Verify.Diagnostic("KD1001", 0, "Pod name 'Worker_1' is invalid: it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit"));

    [Fact]
    public Task Spark_application_name_must_be_a_DNS_1035_label() => Verify.Analyzer("""
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = {|#0:"1-etl"|} },
                Spec = new SparkApplicationSpec { Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3", Driver = new(), Executor = new() },
            };
        }
        """,
        Verify.Diagnostic("KD1001", 0, "SparkApplication name '1-etl' is invalid: it must start with a lower-case letter, contain only lower-case letters, digits and '-', and end with a letter or digit"));

    [Fact]
    public Task Scheduled_application_names_leave_room_for_the_run_timestamp() => Verify.Analyzer("""
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static ScheduledSparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = {|#0:"nightly-customer-orders-aggregation-pipeline"|} },
                Spec = new ScheduledSparkApplicationSpec
                {
                    ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
                    Schedule = "@daily",
                    Template = new SparkApplicationSpec { Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3", Driver = new(), Executor = new() },
                },
            };
        }
        """,
        Verify.Diagnostic("KD1002", 0, "ScheduledSparkApplication name 'nightly-customer-orders-aggregation-pipeline' is 44 characters; each run is named '<name>-<19-digit timestamp>', which must fit in 63, so use at most 43"));

    // The web UI service names, before the Spark operator shortened them (v2.0.x).
    private const string DerivedNames = """
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = {|#0:"customer-orders-daily-aggregation-with-late-arrivals-v2-x"|} },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    SparkConf = new Dictionary<string, string>
                    {
                        ["spark.kubernetes.executor.podNamePrefix"] = {|#1:"customer-orders-daily-aggregation-executors-v2-x"|},
                        ["spark.kubernetes.driver.pod.name"] = {|#2:"Orders_Driver"|},
                    },
                    Driver = new() { PodName = {|#3:"orders-driver-"|} },
                    Executor = new(),
                },
            };

            [Manifest("scheduled.yaml")]
            public static ScheduledSparkApplication Scheduled => new()
            {
                Metadata = new V1ObjectMeta { Name = {|#4:"nightly-customer-orders-rollup-europe"|} },
                Spec = new ScheduledSparkApplicationSpec
                {
                    ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
                    Schedule = "@daily",
                    Template = new SparkApplicationSpec { Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3", Driver = new(), Executor = new() },
                },
            };

            [Manifest("fine.yaml")]
            public static SparkApplication Fine => new()
            {
                Metadata = new V1ObjectMeta { Name = "customer-orders-daily-aggregation-with-late-arrival" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    SparkConf = new Dictionary<string, string> { ["spark.kubernetes.executor.podNamePrefix"] = "orders-exec" },
                    Driver = new() { PodName = "orders.driver" },
                    Executor = new(),
                },
            };
        }
        """;

    [Fact]
    public Task Names_the_job_derives_are_checked_where_they_are_written() => Verify.AnalyzerWith(
        ("KubeDslSparkOperatorVersion", "v2.0.2"),
        DerivedNames,
        Verify.Diagnostic("KD1010", 0, "The Spark operator names the web UI service 'customer-orders-daily-aggregation-with-late-arrivals-v2-x-ui-svc', 64 characters, but a Service name has at most 63; shorten the name to at most 56 characters"),
        Verify.Diagnostic("KD1010", 1, "Executor pod name prefix 'customer-orders-daily-aggregation-executors-v2-x' is invalid: it is 48 characters long and Spark allows at most 47; Spark names executors '<prefix>-exec-<id>'"),
        Verify.Diagnostic("KD1010", 2, "Driver pod name 'Orders_Driver' (spark.kubernetes.driver.pod.name) is invalid: it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit"),
        Verify.Diagnostic("KD1010", 3, "Driver pod name 'orders-driver-' is invalid: it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit"),
        Verify.Diagnostic("KD1010", 4, "Each run's web UI service is named 'nightly-customer-orders-rollup-europe-<19-digit timestamp>-ui-svc', 64 characters, but a Service name has at most 63; shorten the name to at most 36 characters"));

    // Since v2.1.0 the operator shortens a service name over 63 characters and appends a hash
    // (pkg/util/sparkapplication.go generateName), so only the names Spark itself refuses remain.
    [Theory]
    [InlineData(null)]
    [InlineData("2.1.0")]
    [InlineData("v2.5.2")]
    public Task Operators_that_shorten_the_web_UI_service_name_accept_long_names(string? version)
    {
        var source = DerivedNames.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("\"customer-orders-daily-aggregation-with-late-arrivals-v2-x\"|}", "\"customer-orders-daily-aggregation-with-late-arrivals-v2-x\"", StringComparison.Ordinal)
            .Replace("{|#4:", string.Empty, StringComparison.Ordinal).Replace("\"nightly-customer-orders-rollup-europe\"|}", "\"nightly-customer-orders-rollup-europe\"", StringComparison.Ordinal);
        DiagnosticResult[] expected =
        [
            Verify.Diagnostic("KD1010", 1, "Executor pod name prefix 'customer-orders-daily-aggregation-executors-v2-x' is invalid: it is 48 characters long and Spark allows at most 47; Spark names executors '<prefix>-exec-<id>'"),
            Verify.Diagnostic("KD1010", 2, "Driver pod name 'Orders_Driver' (spark.kubernetes.driver.pod.name) is invalid: it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit"),
            Verify.Diagnostic("KD1010", 3, "Driver pod name 'orders-driver-' is invalid: it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit"),
        ];
        return version is null ? Verify.Analyzer(source, expected) : Verify.AnalyzerWith(("KubeDslSparkOperatorVersion", version), source, expected);
    }

    [Fact]
    public Task Images_without_a_fixed_tag_are_warnings() => Verify.Analyzer(
        Pod("Containers = [new V1Container { Name = \"a\", Image = {|#0:\"busybox\"|} }, new V1Container { Name = \"b\", Image = {|#1:\"registry.example.com:5000/team/tool:latest\"|} }, new V1Container { Name = \"c\", Image = \"registry.example.com:5000/team/tool@sha256:0123\" }]"),
        Verify.Diagnostic("KD1003", 0, "Image 'busybox' has no tag, so it means ':latest'; pin a version tag (or a digest) so every deploy runs the same image"),
        Verify.Diagnostic("KD1003", 1, "Image 'registry.example.com:5000/team/tool:latest' uses the moving tag 'latest'; pin a version tag (or a digest) so every deploy runs the same image"));

    [Fact]
    public Task Pull_policy_must_be_exact() => Verify.Analyzer(
        Pod("Containers = [new V1Container { Name = \"a\", Image = \"busybox:1.36\", ImagePullPolicy = {|#0:\"always\"|} }]"),
        Verify.Diagnostic("KD1004", 0, "Image pull policy 'always' is not one of Always, IfNotPresent, Never (exact case)"));

    [Fact]
    public Task Label_keys_and_values_are_checked() => Verify.Analyzer("""
        public static class Defs
        {
            [Manifest("cm.yaml")]
            public static V1ConfigMap Map => new()
            {
                Metadata = new V1ObjectMeta
                {
                    Name = "settings",
                    Labels = new Dictionary<string, string> { [{|#0:"team name"|}] = "data", ["tier"] = {|#1:"batch jobs"|}, ["example.com/owner"] = "a.b-c_d" },
                    Annotations = new Dictionary<string, string> { ["note"] = "free text is fine in annotations" },
                },
            };
        }
        """,
        Verify.Diagnostic("KD1005", 0, "Label key 'team name' is invalid: the name part must start and end with a letter or digit and contain only letters, digits, '-', '_' and '.'"),
        Verify.Diagnostic("KD1005", 1, "Label value 'batch jobs' is invalid: it must start and end with a letter or digit and contain only letters, digits, '-', '_' and '.'"));

    [Fact]
    public Task Request_above_limit() => Verify.Analyzer(
        Pod("""
            Containers = [new V1Container
            {
                Name = "a",
                Image = "busybox:1.36",
                Resources = new V1ResourceRequirements
                {
                    Requests = new Dictionary<string, ResourceQuantity> { ["memory"] = {|#0:"2Gi"|} },
                    Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = "1500Mi" },
                },
            }]
            """),
        Verify.Diagnostic("KD1006", 0, "The container 'a' memory request 2Gi is greater than its limit 1500Mi; Kubernetes rejects the pod"));

    [Fact]
    public Task Mount_of_an_undeclared_volume() => Verify.Analyzer(
        Pod("Containers = [new V1Container { Name = \"a\", Image = \"busybox:1.36\", VolumeMounts = [new V1VolumeMount { Name = {|#0:\"cache\"|}, MountPath = \"/cache\" }] }], Volumes = [new V1Volume { Name = \"data\", EmptyDir = new() }]"),
        Verify.Diagnostic("KD1007", 0, "Volume mount 'cache' names no volume of the pod; add the volume or fix the name"));

    [Fact]
    public Task Duplicate_names() => Verify.Analyzer(
        Pod("""
            Containers =
            [
                new V1Container { Name = "a", Image = "busybox:1.36", Env = [new V1EnvVar { Name = "X", Value = "1" }, new V1EnvVar { Name = {|#1:"X"|}, Value = "2" }] },
                new V1Container { Name = {|#0:"a"|}, Image = "busybox:1.36" },
            ]
            """),
        Verify.Diagnostic("KD1008", 0, "Container 'a' appears twice in the pod's containers; Kubernetes rejects duplicates"),
        Verify.Diagnostic("KD1008", 1, "Environment variable 'X' appears twice in container 'a'; Kubernetes keeps only the last value, so the first one looks set but is not"));

    [Fact]
    public Task Spark_core_limit_must_be_a_quantity() => Verify.Analyzer("""
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec { CoreLimit = {|#0:"1.5 cores"|} },
                    Executor = new ExecutorSpec(),
                },
            };
        }
        """,
        Verify.Diagnostic("KD1009", 0, "driver.coreLimit '1.5 cores' is not a Kubernetes quantity; write a number with an optional suffix such as 500m, 2, 1Gi or 512Mi"));
}

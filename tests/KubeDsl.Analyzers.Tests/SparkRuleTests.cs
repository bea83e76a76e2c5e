using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>KD2xxx: the Spark rules fire at the offending expression with their message, and not on valid applications.</summary>
public class SparkRuleTests
{
    internal static string App(string spec, string driver = "Cores = 1, Memory = \"512m\"", string executor = "Instances = 1, Memory = \"512m\"", string metadata = "Name = \"etl\"") => $$"""
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { {{metadata}} },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala,
                    SparkVersion = "3.5.3",
                    MainClass = "org.example.Etl",
                    MainApplicationFile = "local:///opt/app/etl.jar",
                    Image = "spark:3.5.3",
                    Driver = new DriverSpec { {{driver}} },
                    Executor = new ExecutorSpec { {{executor}} },
                    {{spec}}
                },
            };
        }
        """;

    [Fact]
    public Task Valid_application_has_no_findings() => Verify.Analyzer(App(
        """
        SparkConf = new Dictionary<string, string> { ["spark.sql.shuffle.partitions"] = "64", ["spark.memory.offHeap.size"] = "1g" },
        DynamicAllocation = new DynamicAllocation { Enabled = true, InitialExecutors = 2, MinExecutors = 1, MaxExecutors = 4 },
        """,
        driver: "Cores = 1, CoreLimit = \"1200m\", Memory = \"2g\", MemoryLimit = \"3g\"",
        executor: "Cores = 2, CoreRequest = \"1500m\", CoreLimit = \"2\", Memory = \"4096m\""));

    [Fact]
    public Task Spark_submit_definitions_get_the_rules_Spark_itself_applies() => Verify.Analyzer("""
        public static class Native
        {
            [Manifest("native/etl.properties")]
            public static SparkSubmit Etl => new()
            {
                Master = "k8s://https://kubernetes.default.svc:443",
                AppName = "etl",
                Image = {|#0:"apache/spark"|},
                Driver = new SparkSubmitDriver { Memory = {|#1:"2Gi"|}, PodName = {|#2:"ETL-driver"|} },
                Executor = new SparkSubmitExecutor
                {
                    Memory = "4g",
                    Template = new V1Pod
                    {
                        Spec = new V1PodSpec
                        {
                            Containers =
                            [
                                new V1Container { Name = "spark", Image = "replaced-by-spark" },
                                new V1Container { Name = "sidecar", Image = {|#3:"fluent/fluent-bit:latest"|}, VolumeMounts = [new V1VolumeMount { Name = {|#4:"logs"|}, MountPath = "/logs" }] },
                            ],
                        },
                    },
                },
                SparkConf = new Dictionary<string, string> { [{|#5:"spark.dynamicAllocation.enable"|}] = "true", [{|#6:"spark.kerberos.principal"|}] = "etl@EXAMPLE.COM" },
            };
        }
        """,
        Verify.Diagnostic("KD1003", 0, "Image 'apache/spark' has no tag, so it means ':latest'; pin a version tag (or a digest) so every deploy runs the same image"),
        Verify.Diagnostic("KD2001", 1, "driver.memory '2Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '2g'"),
        Verify.Diagnostic("KD1010", 2, "Driver pod name 'ETL-driver' is invalid: it must contain only lower-case letters, digits, '-' and '.', and start and end with a letter or digit"),
        Verify.Diagnostic("KD1003", 3, "Image 'fluent/fluent-bit:latest' uses the moving tag 'latest'; pin a version tag (or a digest) so every deploy runs the same image"),
        Verify.Diagnostic("KD1007", 4, "Volume mount 'logs' names no volume of the pod; add the volume or fix the name"),
        Verify.Diagnostic("KD2015", 5, "Spark defines no setting 'spark.dynamicAllocation.enable' and ignores it without a word; did you mean 'spark.dynamicAllocation.enabled'?"),
        Verify.Diagnostic("KD2019", 6, "Kerberos: 'spark.kerberos.principal' is set but 'spark.kerberos.keytab' is not: a principal needs a keytab; Spark stops the submission with this error"));

    [Fact]
    public Task Kerberos_settings_come_in_pairs_and_krb5_from_one_place() => Verify.Analyzer(
        "[assembly: ExternalConfigMap(\"krb5\")]\n" + App("""
            SparkConf = new Dictionary<string, string>
            {
                [{|#0:"spark.kerberos.keytab"|}] = "local:///etc/security/etl.keytab",
                [{|#1:"spark.kubernetes.kerberos.tokenSecret.itemKey"|}] = "hadoop-token",
                ["spark.kubernetes.kerberos.krb5.path"] = "/etc/krb5.conf",
                [{|#2:"spark.kubernetes.kerberos.krb5.configMapName"|}] = "krb5",
            },
            """),
        Verify.Diagnostic("KD2019", 0, "Kerberos: 'spark.kerberos.keytab' is set but 'spark.kerberos.principal' is not: a keytab needs a principal; Spark stops the submission with this error"),
        Verify.Diagnostic("KD2019", 1, "Kerberos: 'spark.kubernetes.kerberos.tokenSecret.itemKey' is set but 'spark.kubernetes.kerberos.tokenSecret.name' is not: a delegation-token item key needs the secret that holds it; Spark stops the submission with this error"),
        Verify.Diagnostic("KD2019", 2, "Kerberos: 'spark.kubernetes.kerberos.krb5.path' and 'spark.kubernetes.kerberos.krb5.configMapName' both give krb5.conf; set only one (the config map when it already exists in the cluster); Spark stops the submission with this error"));

    [Fact]
    public Task Complete_Kerberos_settings_pass_including_the_older_yarn_names() => Verify.Analyzer(
        "[assembly: ExternalConfigMap(\"krb5\")]\n[assembly: ExternalSecret(\"etl-token\")]\n" + App("""
            SparkConf = new Dictionary<string, string>
            {
                ["spark.yarn.keytab"] = "local:///etc/security/etl.keytab",
                ["spark.kerberos.principal"] = "etl@EXAMPLE.COM",
                ["spark.kubernetes.kerberos.tokenSecret.name"] = "etl-token",
                ["spark.kubernetes.kerberos.tokenSecret.itemKey"] = "hadoop-token",
                ["spark.kubernetes.kerberos.krb5.configMapName"] = "krb5",
            },
            """));

    [Fact]
    public Task Kubernetes_memory_suffix_is_an_error_with_the_Spark_form() => Verify.Analyzer(
        App(string.Empty, driver: "Memory = {|#0:\"2Gi\"|}", executor: "Memory = {|#1:\"1.5g\"|}"),
        Verify.Diagnostic("KD2001", 0, "driver.memory '2Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '2g'"),
        Verify.Diagnostic("KD2001", 1, "executor.memory '1.5g' is not a size Spark reads: it takes an integer and k, m, g, t or p (no fractions); write '1536m'"));

    [Fact]
    public Task Decimal_looking_units_are_warnings() => Verify.Analyzer(
        App("SparkConf = new Dictionary<string, string> { [\"spark.executor.memoryOverhead\"] = {|#1:\"512MB\"|} },", driver: "Memory = {|#0:\"2G\"|}"),
        Verify.Diagnostic("KD2002", 0, "driver.memory '2G' means 2g to Spark (its units are binary and case-insensitive); write '2g' to say so"),
        Verify.Diagnostic("KD2002", 1, "sparkConf spark.executor.memoryOverhead '512MB' means 512m to Spark (its units are binary and case-insensitive); write '512m' to say so"));

    [Fact]
    public Task Webhook_denies_keys_and_checks_the_namespace() => Verify.Analyzer(
        App("SparkConf = new Dictionary<string, string> { [{|#0:\"spark.master\"|}] = \"local\", [\"spark.kubernetes.namespace\"] = {|#1:\"other\"|} },", metadata: "Name = \"etl\", NamespaceProperty = \"jobs\""),
        Verify.Diagnostic("KD2003", 0, "The Spark operator's webhook refuses sparkConf key 'spark.master': the operator sets it"),
        Verify.Diagnostic("KD2003", 1, "The Spark operator's webhook refuses sparkConf key 'spark.kubernetes.namespace': it must equal the application's namespace 'jobs', not 'other'"));

    [Fact]
    public Task Node_selector_at_two_levels() => Verify.Analyzer(
        App("NodeSelector = {|#0:new Dictionary<string, string> { [\"pool\"] = \"a\" }|},", driver: "NodeSelector = new Dictionary<string, string> { [\"pool\"] = \"b\" }"),
        Verify.Diagnostic("KD2004", 0, "The operator refuses a node selector on the application together with one on the driver; keep one level"));

    [Fact]
    public Task Driver_ingress_options_need_distinct_ports_and_formats() => Verify.Analyzer(
        App("""
            DriverIngressOptions =
            [
                new DriverIngressConfiguration { ServicePort = 4040, ServicePortName = "ui", IngressURLFormat = "ui.example.com" },
                new DriverIngressConfiguration { ServicePort = {|#0:4040|}, ServicePortName = "ui2", IngressURLFormat = {|#1:"ui.example.com"|} },
            ],
            """),
        Verify.Diagnostic("KD2005", 0, "Driver ingress option: servicePort 4040 is used twice"),
        Verify.Diagnostic("KD2005", 1, "Driver ingress option: ingressURLFormat 'ui.example.com' is used twice"));

    [Fact]
    public Task Pod_template_before_Spark_3() => Verify.Analyzer(
        App(string.Empty, driver: "Template = new V1PodTemplateSpec()").Replace("SparkVersion = \"3.5.3\"", "SparkVersion = {|#0:\"2.4.8\"|}", StringComparison.Ordinal).Replace("spark:3.5.3", "spark:2.4.8", StringComparison.Ordinal),
        Verify.Diagnostic("KD2006", 0, "Pod templates need Spark 3.0.0 or later, but sparkVersion is '2.4.8'"));

    [Fact]
    public Task Java_without_main_class_and_Python_without_py() => Verify.Analyzer(
        App(string.Empty).Replace("MainClass = \"org.example.Etl\",", string.Empty, StringComparison.Ordinal).Replace("Type = SparkApplicationType.Scala", "Type = {|#0:SparkApplicationType.Java|}", StringComparison.Ordinal),
        Verify.Diagnostic("KD2007", 0, "A Java application without mainClass only runs if its jar's manifest names a Main-Class; set mainClass"));

    [Fact]
    public Task Spark_conf_repeating_a_typed_field() => Verify.Analyzer(
        App("SparkConf = new Dictionary<string, string> { [{|#0:\"spark.executor.instances\"|}] = \"4\" },"),
        Verify.Diagnostic("KD2008", 0, "sparkConf key 'spark.executor.instances' sets what executor.instances already sets; the operator's value wins over one of them silently, so set it once in executor.instances"));

    [Fact]
    public Task Memory_and_overhead_above_the_limit() => Verify.Analyzer(
        App(string.Empty, executor: "Memory = \"4g\", MemoryLimit = {|#0:\"4500m\"|}"),
        Verify.Diagnostic("KD2009", 0, "The executor needs 4505 MiB (4096 MiB memory + 409 MiB overhead, the larger of 384 MiB and 0.1 of the memory), more than its memory limit 4500m; the pod is killed when it uses its memory"));

    [Fact]
    public Task Dynamic_allocation_without_shuffle_tracking_or_with_initial_outside_the_range() => Verify.Analyzer(
        App("DynamicAllocation = new DynamicAllocation { Enabled = true, ShuffleTrackingEnabled = {|#0:false|}, MinExecutors = 2, MaxExecutors = 4, InitialExecutors = {|#1:8|} },"),
        Verify.Diagnostic("KD2010", 0, "Dynamic allocation: with shuffle tracking off and no external shuffle service or shuffle-block decommissioning, Spark cannot remove executors that hold shuffle data; leave shuffleTrackingEnabled on"),
        Verify.Diagnostic("KD2010", 1, "Dynamic allocation: initialExecutors 8 is outside [2, 4]"));

    [Fact]
    public Task Cores_above_the_core_limit() => Verify.Analyzer(
        App(string.Empty, executor: "Cores = {|#0:4|}, CoreLimit = \"2\""),
        Verify.Diagnostic("KD2011", 0, "The executor requests 4 CPU (cores) but its coreLimit is 2; Kubernetes rejects a request above the limit"));

    [Fact]
    public Task A_value_from_a_shared_default_is_reported_where_the_member_uses_it_with_the_default_as_additional_location() => Verify.Analyzer(
        """
        public static class Defaults
        {
            public static readonly ExecutorSpec Executor = new() { Instances = 2, Memory = {|#1:"8Gi"|} };
        }

        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new DriverSpec(),
                    Executor = {|#0:Defaults.Executor|},
                },
            };
        }
        """,
        Verify.Diagnostic("KD2001", 0, "executor.memory '8Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '8g'").WithLocation(1));

    [Fact]
    public Task Image_tag_for_another_Spark_version() => Verify.Analyzer(
        App(string.Empty).Replace("Image = \"spark:3.5.3\"", "Image = {|#0:\"apache/spark:4.0.1-python3\"|}", StringComparison.Ordinal),
        Verify.Diagnostic("KD2012", 0, "Image 'apache/spark:4.0.1-python3' is tagged for Spark 4.0.1, but sparkVersion is '3.5.3'; the operator and Spark's defaults follow sparkVersion, so make them agree"));

    [Fact]
    public Task Retries_under_Never() => Verify.Analyzer(
        App("RestartPolicy = new RestartPolicy { Type = RestartPolicyType.Never, OnFailureRetries = {|#0:3|} },"),
        Verify.Diagnostic("KD2013", 0, "restartPolicy.onFailureRetries has no effect: the restart policy type is Never, so the operator never retries; use OnFailure or remove it"));

    [Fact]
    public Task Credentials_in_plain_text() => Verify.Analyzer(
        App("HadoopConf = new Dictionary<string, string> { [\"fs.s3a.secret.key\"] = {|#0:\"wJalrXUtnFEMI\"|}, [\"fs.s3a.endpoint\"] = \"s3.example.com\" },",
            driver: "Env = [new V1EnvVar { Name = \"DB_PASSWORD\", Value = {|#1:\"hunter2\"|} }, new V1EnvVar { Name = \"DB_USER\", Value = \"etl\" }]"),
        Verify.Diagnostic("KD2014", 0, "hadoopConf fs.s3a.secret.key looks like a credential written in plain text into the manifest (and the Git history); read it from a Secret instead (a secretKeyRef env var, or the driver's and executor's secrets)"),
        Verify.Diagnostic("KD2014", 1, "driver env DB_PASSWORD looks like a credential written in plain text into the manifest (and the Git history); read it from a Secret instead (a secretKeyRef env var, or the driver's and executor's secrets)"));

    [Fact]
    public Task Misspelled_core_keys_and_keys_newer_than_sparkVersion() => Verify.Analyzer(
        App("""
            SparkConf = new Dictionary<string, string>
            {
                [{|#0:"spark.executor.memoryOverHead"|}] = "1g",
                [{|#1:"spark.dynamicAllocation.minExecutor"|}] = "1",
                [{|#2:"spark.memory.offheap.enabled"|}] = "true",
                [{|#3:"spark.executor.minMemoryOverhead"|}] = "512m",
                [{|#4:"spark.kubernetes.executor.useDriverPodIP"|}] = "true",
                ["spark.sql.shuffle.partitions"] = "64",
                ["spark.driver.supervise"] = "false",
                ["spark.hadoop.fs.s3a.endpoint"] = "http://minio:9000",
            },
            """),
        Verify.Diagnostic("KD2015", 0, "Spark defines no setting 'spark.executor.memoryOverHead' and ignores it without a word; did you mean 'spark.executor.memoryOverhead'?"),
        Verify.Diagnostic("KD2015", 1, "Spark defines no setting 'spark.dynamicAllocation.minExecutor' and ignores it without a word; did you mean 'spark.dynamicAllocation.minExecutors'?"),
        Verify.Diagnostic("KD2015", 2, "Spark defines no setting 'spark.memory.offheap.enabled' and ignores it without a word; did you mean 'spark.memory.offHeap.enabled'?"),
        Verify.Diagnostic("KD2020", 3, "Spark added 'spark.executor.minMemoryOverhead' in 4.0.0; Spark 3.5.3 (sparkVersion) does not know it and ignores it without a word"),
        Verify.Diagnostic("KD2020", 4, "Spark added 'spark.kubernetes.executor.useDriverPodIP' in 4.1.0; Spark 3.5.3 (sparkVersion) does not know it and ignores it without a word"));

    [Fact]
    public Task Unknown_spark_kubernetes_key_with_a_suggestion() => Verify.Analyzer(
        App("SparkConf = new Dictionary<string, string> { [{|#0:\"spark.kubernetes.executor.limit.core\"|}] = \"2\", [\"spark.kubernetes.driver.label.team\"] = \"data\", [\"spark.kubernetes.executor.volumes.persistentVolumeClaim.data.mount.path\"] = \"/data\" },"),
        Verify.Diagnostic("KD2015", 0, "Spark defines no setting 'spark.kubernetes.executor.limit.core' and ignores it without a word; did you mean 'spark.kubernetes.executor.limit.cores'?"));

    [Fact]
    public Task A_pull_policy_given_as_text_to_the_named_value_type_is_still_judged_and_a_named_value_passes() => Verify.Analyzer(
        App("ImagePullPolicy = {|#0:\"always\"|}, BatchScheduler = BatchScheduler.Volcano,")
            + App("ImagePullPolicy = ImagePullPolicy.IfNotPresent,", metadata: "Name = \"etl-b\"").Replace("public static class Defs", "public static class Others", StringComparison.Ordinal).Replace("\"app.yaml\"", "\"other.yaml\"", StringComparison.Ordinal),
        Verify.Diagnostic("KD1004", 0, "Image pull policy 'always' is not one of Always, IfNotPresent, Never (exact case)"));
}

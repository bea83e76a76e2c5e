namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KD2014 on every container KubeDsl writes (one fault each, at the value), and silent on the values that hold no
/// credential: a file path, a $(VAR) reference, an empty value, a ${...} or Jinja placeholder.
/// </summary>
public class CredentialRuleTests
{
    private const string Message = "{0} looks like a credential written in plain text into the manifest (and the Git history); read it from a Secret instead ({1})";
    private const string SparkFix = "a secretKeyRef env var, or the driver's and executor's secrets";
    private const string ContainerFix = "a secretKeyRef env var, or envFrom a Secret";

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Credential(string what, string fix) =>
        Verify.Diagnostic("KD2014", 0, string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, what, fix));

    private static string Env(string name, string value) => $$"""new V1EnvVar { Name = "{{name}}", Value = {{value}} }""";

    private static string Container(string env, string name = "main") => $$"""new V1Container { Name = "{{name}}", Image = "busybox:1.36", Env = [{{env}}] }""";

    private static string Template(string env, string name = "main") =>
        "new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { [\"app\"] = \"w\" } }, Spec = new V1PodSpec { Containers = [" + Container(env, name) + "] } }";

    private static string Workload(string type, string spec) => $$"""
        public static class Workloads
        {
            [Manifest("workload.yaml")]
            public static {{type}} W => new()
            {
                Metadata = new V1ObjectMeta { Name = "w" },
                Spec = {{spec}},
            };
        }
        """;

    private static string Pod(string env) => Workload("V1Pod", "new V1PodSpec { Containers = [" + Container(env) + "] }");

    private static string Spark(string driver, string executor = "new ExecutorSpec()") => $$"""
        [assembly: ExternalServiceAccount("spark")]
        public static class Jobs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = {{driver}},
                    Executor = {{executor}},
                },
            };
        }
        """;

    private static string Flink(string spec) => $$"""
        [assembly: ExternalServiceAccount("flink")]
        public static class Streams
        {
            [Manifest("flink.yaml")]
            public static FlinkDeployment App => new()
            {
                Metadata = new V1ObjectMeta { Name = "orders" },
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

    private const string Secret = "{|#0:\"hunter2\"|}";

    [Fact]
    public Task Spark_driver_env() => Verify.Analyzer(
        Spark("new DriverSpec { Env = [" + Env("DB_PASSWORD", Secret) + "] }"),
        Credential("driver env DB_PASSWORD", SparkFix));

    [Fact]
    public Task Spark_executor_env_vars_map() => Verify.Analyzer(
        Spark("new DriverSpec()", "new ExecutorSpec { EnvVars = new Dictionary<string, string> { [\"API_TOKEN\"] = " + Secret + " } }"),
        Credential("executor envVars API_TOKEN", SparkFix));

    [Fact]
    public Task Spark_driver_sidecar() => Verify.Analyzer(
        Spark("new DriverSpec { Sidecars = [" + Container(Env("PROXY_PASSWORD", Secret), "proxy") + "] }"),
        Credential("driver sidecars container 'proxy' env PROXY_PASSWORD", ContainerFix));

    [Fact]
    public Task Spark_executor_pod_template() => Verify.Analyzer(
        Spark("new DriverSpec()", "new ExecutorSpec { Template = " + Template(Env("S3_SECRET_KEY", Secret), "spark") + " }"),
        Credential("container 'spark' env S3_SECRET_KEY", ContainerFix));

    [Fact]
    public Task Spark_submit_driver_template() => Verify.Analyzer("""
        public static class Native
        {
            [Manifest("native/etl.properties")]
            public static SparkSubmit Etl => new()
            {
                Master = "k8s://https://kubernetes.default.svc:443",
                AppName = "etl",
                Image = "apache/spark:3.5.3",
                Driver = new SparkSubmitDriver { Template = new V1Pod { Spec = new V1PodSpec { Containers = [new V1Container { Name = "spark", Env = [new V1EnvVar { Name = "DB_PASSWORD", Value = {|#0:"hunter2"|} }] }] } } },
            };
        }
        """,
        Credential("container 'spark' env DB_PASSWORD", ContainerFix));

    [Fact]
    public Task Flink_base_pod_template() => Verify.Analyzer(
        Flink("PodTemplate = " + Template(Env("KAFKA_SASL_PASSWORD", Secret), "flink-main-container") + ","),
        Credential("container 'flink-main-container' env KAFKA_SASL_PASSWORD", ContainerFix));

    [Fact]
    public Task Flink_job_manager_pod_template() => Verify.Analyzer(
        Flink("JobManager = new JobManagerSpec { PodTemplate = " + Template(Env("S3_SECRET_KEY", Secret), "flink-main-container") + " },"),
        Credential("container 'flink-main-container' env S3_SECRET_KEY", ContainerFix));

    [Fact]
    public Task Flink_task_manager_pod_template() => Verify.Analyzer(
        Flink("TaskManager = new TaskManagerSpec { PodTemplate = " + Template(Env("KAFKA_SASL_PASSWORD", Secret), "flink-main-container") + " },"),
        Credential("container 'flink-main-container' env KAFKA_SASL_PASSWORD", ContainerFix));

    [Fact]
    public Task Flink_configuration_key() => Verify.Analyzer(
        Flink("").Replace("[\"taskmanager.numberOfTaskSlots\"] = \"2\"", "[\"taskmanager.numberOfTaskSlots\"] = \"2\", [\"s3.secret-key\"] = {|#0:\"hunter2\"|}", StringComparison.Ordinal),
        Credential("flinkConfiguration s3.secret-key", "mount the Secret with kubernetes.secrets, or give the pods an env var from it in the pod template"));

    [Fact]
    public Task Plain_pod() => Verify.Analyzer(Pod(Env("DB_PASSWORD", Secret)), Credential("container 'main' env DB_PASSWORD", ContainerFix));

    [Fact]
    public Task Pod_init_container() => Verify.Analyzer(
        Workload("V1Pod", "new V1PodSpec { InitContainers = [" + Container(Env("GIT_TOKEN", Secret), "clone") + "], Containers = [new V1Container { Name = \"main\", Image = \"busybox:1.36\" }] }"),
        Credential("container 'clone' env GIT_TOKEN", ContainerFix));

    [Fact]
    public Task Deployment() => Verify.Analyzer(
        Workload("V1Deployment", "new V1DeploymentSpec { Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [\"app\"] = \"w\" } }, Template = " + Template(Env("API_KEY", Secret)) + " }"),
        Credential("container 'main' env API_KEY", ContainerFix));

    [Fact]
    public Task Job() => Verify.Analyzer(
        Workload("V1Job", "new V1JobSpec { Template = " + Template(Env("DB_PASSWORD", Secret)) + " }"),
        Credential("container 'main' env DB_PASSWORD", ContainerFix));

    [Fact]
    public Task CronJob() => Verify.Analyzer(
        Workload("V1CronJob", "new V1CronJobSpec { Schedule = \"0 3 * * *\", JobTemplate = new V1JobTemplateSpec { Spec = new V1JobSpec { Template = " + Template(Env("DB_PASSWORD", Secret)) + " } } }"),
        Credential("container 'main' env DB_PASSWORD", ContainerFix));

    [Fact]
    public Task Airflow_pod_template() => Verify.Analyzer("""
        public static class Dags
        {
            [Manifest("airflow/task.yaml")]
            public static KubeDsl.Airflow.AirflowPodTemplate Task => new()
            {
                Base = new V1Container { Image = "acme/extract:1.4.2", Env = [new V1EnvVar { Name = "DB_PASSWORD", Value = {|#0:"hunter2"|} }] },
            };
        }
        """,
        Credential("container 'base' env DB_PASSWORD", ContainerFix));

    [Fact]
    public Task Airflow_pod_task_env() => Verify.Analyzer("""
        using KubeDsl.Airflow;
        public static class Pipelines
        {
            [Manifest("dags/nightly.py")]
            public static AirflowDag Nightly => new()
            {
                DagId = "nightly", Schedule = "@daily",
                Tasks = [new PodTask { TaskId = "extract", Image = "acme/extract:1.4.2", EnvVars = new Dictionary<string, string> { ["WAREHOUSE_PASSWORD"] = {|#0:"hunter2"|} } }],
            };
        }
        """,
        Credential("task 'extract' env WAREHOUSE_PASSWORD", "a Jinja reference to an Airflow Variable or Connection, or an env var from a Secret in the pod template"));

    // What the Spark operator itself sets for a GCP service-account secret: the path of the mounted key file.
    [Fact]
    public Task Key_file_path_of_a_mounted_secret_is_no_credential() => Verify.Analyzer(
        Spark("new DriverSpec { Env = [" + Env("GOOGLE_APPLICATION_CREDENTIALS", "\"/mnt/secrets/key.json\"") + "] }"));

    [Theory]
    [InlineData("\"/var/run/secrets/db/password\"")]
    [InlineData("\"./secrets/token\"")]
    [InlineData("\"file:///etc/creds/key.json\"")]
    [InlineData("\"$(DB_PASSWORD_FROM_SECRET)\"")]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"${DB_PASSWORD}\"")]
    [InlineData("\"{{ var.value.db_password }}\"")]
    [InlineData("\"{{ conn.warehouse.password }}\"")]
    [InlineData("\"<secret>\"")]
    public Task Values_that_hold_no_credential_are_silent(string value) => Verify.Analyzer(Pod(Env("DB_PASSWORD", value)));

    [Fact]
    public Task Names_that_are_no_credential_are_silent() => Verify.Analyzer(Pod(Env("DB_PASSWORD_FILE", Secret.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal))));
}

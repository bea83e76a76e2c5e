namespace KubeDsl.Analyzers.Tests;

/// <summary>KD4xxx on Airflow DAGs, at the C# expression; the Spark rules judge a Spark task's application at the task.</summary>
public class AirflowDagRuleTests
{
    private static string Dag(string tasks, string dag = "DagId = \"nightly\", Schedule = \"@daily\",") => "using KubeDsl.Airflow;\n" + $$"""
        public static class Pipelines
        {
            [Manifest("dags/nightly.py")]
            public static AirflowDag Nightly => new()
            {
                {{dag}}
                Tasks =
                [
                    {{tasks}}
                ],
            };
        }
        """;

    [Fact]
    public Task A_valid_dag_has_no_findings() => Verify.Analyzer(Dag("""
        new PodTask { TaskId = "extract", Image = "acme/extract:1.4.2" },
        new PodTask { TaskId = "publish", Image = "acme/publish:1.4.2", Upstream = ["extract"] },
        """, "DagId = \"nightly\", Schedule = \"@daily\", Catchup = true, StartDate = \"2025-01-01\","));

    [Fact]
    public Task Ids_duplicates_unknown_upstreams_cycles_and_missing_images_are_reported_where_written() => Verify.Analyzer(Dag("""
        new PodTask { TaskId = {|#0:"load orders"|}, Image = "acme/load:1.2" },
        new PodTask { TaskId = "a", Image = "acme/a:1", Upstream = ["b"] },
        new PodTask { TaskId = "b", Image = "acme/b:1", Upstream = [{|#1:"a"|}, {|#2:"extrct"|}] },
        new PodTask { TaskId = {|#3:"a"|}, Image = "acme/a:2" },
        new PodTask { TaskId = {|#4:"publish"|} },
        """, "DagId = \"nightly\", Schedule = \"@daily\", Catchup = {|#5:true|},"),
        Verify.Diagnostic("KD4005", 5, "DAG 'nightly' has catchup on and a schedule but no start date; Airflow refuses it when it parses the file; set StartDate or turn catchup off"),
        Verify.Diagnostic("KD4001", 0, "The task_id 'load orders' has characters other than ASCII letters, digits, '_', '.' and '-'; Airflow refuses the DAG file when it parses it"),
        Verify.Diagnostic("KD4004", 1, "The tasks a -> b -> a wait for each other in a cycle; Airflow refuses DAG 'nightly' (a DAG has no cycles); remove one of the upstream entries"),
        Verify.Diagnostic("KD4003", 2, "Task 'b' waits for 'extrct', which is no task of DAG 'nightly'; its tasks are: load orders, a, b, publish"),
        Verify.Diagnostic("KD4002", 3, "Another task of DAG 'nightly' has the id 'a'; Airflow refuses the DAG file (DuplicateTaskIdFound); give each task its own id"),
        Verify.Diagnostic("KD4006", 4, "Task 'publish' has no image and no pod template whose base container has one; the pod cannot start; set Image"));

    [Fact]
    public Task The_Spark_rules_judge_a_spark_tasks_application_and_Jinja_in_it_is_reported() => Verify.Analyzer(Dag("""
        new SparkTask
        {
            TaskId = "aggregate",
            Application = new SparkApplication
            {
                Metadata = new V1ObjectMeta { Name = "aggregate", NamespaceProperty = "data" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Python,
                    SparkVersion = "3.5.3",
                    Image = "spark:3.5.3",
                    MainApplicationFile = "local:///opt/jobs/aggregate.py",
                    Arguments = ["--date", {|#0:"{{ ds }}"|}],
                    Driver = new DriverSpec { Cores = 1, Memory = {|#1:"2Gi"|} },
                    Executor = new ExecutorSpec { Instances = 1, Memory = "1g" },
                },
            },
        },
        """),
        Verify.Diagnostic("KD4007", 0, "'{{ ds }}' in the application of Spark task 'aggregate' looks like Jinja: the SparkKubernetesOperator renders application_file as a template, so Airflow replaces it before the Spark operator sees it; keep templates out of the application, or pass the value another way"),
        Verify.Diagnostic("KD2001", 1, "driver.memory '2Gi' is not a size Spark reads: it takes an integer and k, m, g, t or p (Kubernetes suffixes such as Gi and Mi are not Spark units); write '2g'"));

    [Theory]
    [InlineData("@daily")]
    [InlineData("@quarterly")]
    [InlineData("30 2 * * *")]
    [InlineData("*/15 8-18 * * MON-FRI")]
    [InlineData("0 0 L * *")]
    [InlineData("0 0 * * 7")]
    public void Schedules_Airflow_reads_pass(string schedule) => Assert.Null(KubeDsl.Rules.Airflow.AirflowDagRule.ScheduleProblem(schedule));

    [Theory]
    [InlineData("0 30 2 * * *", "has 6 fields; Airflow's cron takes five (minute, hour, day of month, month, day of week)")]
    [InlineData("@every 5m", "is not one of Airflow's presets")]
    [InlineData("CRON_TZ=UTC 30 2 * * *", "has a time zone prefix")]
    [InlineData("61 * * * *", "is not a cron expression Airflow reads: ")]
    public void Schedules_Airflow_refuses_say_why(string schedule, string problem) =>
        Assert.StartsWith(problem, KubeDsl.Rules.Airflow.AirflowDagRule.ScheduleProblem(schedule), StringComparison.Ordinal);

    [Fact]
    public Task A_schedule_Airflow_refuses_is_reported_at_the_schedule() => Verify.Analyzer(
        Dag("new PodTask { TaskId = \"extract\", Image = \"acme/extract:1.4.2\" },", "DagId = \"nightly\", Schedule = {|#0:\"0 30 2 * * *\"|},"),
        Verify.Diagnostic("KD4008", 0, "The schedule '0 30 2 * * *' of DAG 'nightly' has 6 fields; Airflow's cron takes five (minute, hour, day of month, month, day of week); Airflow refuses the DAG when it parses the file (AirflowTimetableInvalid)"));

    [Fact]
    public Task An_Airflow_release_KubeDsl_does_not_write_is_reported_at_the_dag() => Verify.AnalyzerWith(("KubeDslAirflowVersion", "2.9"), Dag(
        "new PodTask { TaskId = \"extract\", Image = \"acme/extract:1.4.2\" },", "DagId = {|#0:\"nightly\"|}, Schedule = \"@daily\","),
        Verify.Diagnostic("KD4009", 0, "KubeDslAirflowVersion '2.9' names no Airflow release KubeDsl writes DAG files for (3 or 2.11); DAG 'nightly' is written for Airflow 3"));

    [Theory]
    [InlineData("2.11")]
    [InlineData("3")]
    public Task The_releases_KubeDsl_writes_pass(string version) => Verify.AnalyzerWith(("KubeDslAirflowVersion", version), Dag(
        "new PodTask { TaskId = \"extract\", Image = \"acme/extract:1.4.2\" },"));

    [Fact]
    public Task Pod_task_labels_the_API_server_refuses_are_reported_at_the_value() => Verify.Analyzer(Dag("""
        new PodTask { TaskId = "extract", Image = "acme/extract:1.4.2", Labels = new() { ["team"] = {|#0:"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"|}, ["ok"] = "sales" } },
        """),
        Verify.Diagnostic("KD1005", 0, "Label value 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' is invalid: it is 70 characters long, more than 63"));

    [Fact]
    public Task Finish_actions_secrets_and_mounts_that_fail_are_reported_where_written() => Verify.Analyzer(Dag("""
        new PodTask
        {
            TaskId = "extract",
            Image = "acme/extract:1.4.2",
            OnFinishAction = {|#0:"delete"|},
            Secrets =
            [
                new AirflowSecret { DeployType = SecretDeployType.Volume, Secret = {|#1:"tls"|} },
                new AirflowSecret { DeployType = SecretDeployType.Env, Secret = {|#2:"db"|}, Key = "password" },
                new AirflowSecret { DeployType = SecretDeployType.Env, Secret = "env" },
            ],
            Volumes = [new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }],
            VolumeMounts = [new V1VolumeMount { Name = "scratch", MountPath = "/scratch" }, new V1VolumeMount { Name = {|#3:"exports"|}, MountPath = "/exports" }],
        },
        """).Replace("public static class", "[assembly: ExternalSecret(\"tls\")]\n[assembly: ExternalSecret(\"db\")]\n[assembly: ExternalSecret(\"env\")]\npublic static class", StringComparison.Ordinal),
        Verify.Diagnostic("KD4011", 0, "Task 'extract' has OnFinishAction 'delete', which the provider refuses when it builds the task (ValueError), so the DAG file fails to import; use delete_pod, delete_succeeded_pod, keep_pod or delete_active_pod"),
        Verify.Diagnostic("KD4012", 1, "Secret 'tls' of task 'extract' is a volume secret without a mount path; the API server refuses the pod the task creates; set DeployTarget"),
        Verify.Diagnostic("KD4012", 2, "Secret 'db' of task 'extract' gives one key as an environment variable without the variable's name; the API server refuses the pod the task creates; set DeployTarget"),
        Verify.Diagnostic("KD4013", 3, "Task 'extract' mounts volume 'exports', which neither its Volumes nor its pod template declare; the API server refuses the pod (volumeMounts name not found); its volumes are: scratch"));

    [Fact]
    public Task Typed_pod_settings_in_their_working_form_pass() => Verify.Analyzer(Dag("""
        new PodTask
        {
            TaskId = "extract",
            Image = "acme/extract:1.4.2",
            OnFinishAction = "delete_succeeded_pod",
            Secrets =
            [
                new AirflowSecret { DeployType = SecretDeployType.Volume, DeployTarget = "/etc/tls", Secret = "tls" },
                new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "DB_PASSWORD", Secret = "db", Key = "password" },
            ],
            Volumes = [new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }],
            VolumeMounts = [new V1VolumeMount { Name = "scratch", MountPath = "/scratch" }, new V1VolumeMount { Name = "logs", MountPath = "/logs" }],
            PodTemplate = new AirflowPodTemplate { Base = new V1Container(), Spec = new V1PodSpec { Volumes = [new V1Volume { Name = "logs", EmptyDir = new V1EmptyDirVolumeSource() }] } },
        },
        """).Replace("public static class", "[assembly: ExternalSecret(\"tls\")]\n[assembly: ExternalSecret(\"db\", Keys = [\"password\"])]\npublic static class", StringComparison.Ordinal));

    [Fact]
    public Task A_pod_tasks_references_are_judged_in_the_tasks_namespace() => Verify.Analyzer(Dag("""
        new PodTask
        {
            TaskId = "extract",
            Namespace = "data",
            Image = "acme/extract:1.4.2",
            ServiceAccountName = {|#0:"airflow-task"|},
            Secrets = [new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "DB_PASSWORD", Secret = "db", Key = "password" }],
        },
        """).Replace("public static class", "[assembly: ExternalServiceAccount(\"airflow-task\", Namespace = \"platform\")]\n[assembly: ExternalSecret(\"db\", Namespace = \"data\", Keys = [\"password\"])]\npublic static class", StringComparison.Ordinal),
        Verify.Diagnostic("KD5003", 0, "ServiceAccount 'airflow-task' (used by task 'extract') must be in namespace 'data', but it is declared in: platform; define it there too, or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"airflow-task\", Namespace = \"data\")]"));

    [Fact]
    public Task A_pod_tasks_service_account_and_secrets_join_the_reference_checks() => Verify.Analyzer(Dag("""
        new PodTask
        {
            TaskId = "extract",
            Image = "acme/extract:1.4.2",
            ServiceAccountName = {|#0:"airflow-task"|},
            Secrets = [new AirflowSecret { DeployType = SecretDeployType.Env, DeployTarget = "DB_PASSWORD", Secret = "db", Key = {|#1:"pasword"|} }],
            Volumes = [new V1Volume { Name = "exports", PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = {|#2:"sales-exports"|} } }],
        },
        """).Replace("public static class", "[assembly: ExternalSecret(\"db\", Keys = [\"password\"])]\npublic static class", StringComparison.Ordinal),
        Verify.Diagnostic("KD5001", 0, "ServiceAccount 'airflow-task' (used by task 'extract') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalServiceAccount(\"airflow-task\")]"),
        Verify.Diagnostic("KD5002", 1, "Secret 'db' has no key 'pasword' (used by the secrets of task 'extract'); its keys are: password"),
        Verify.Diagnostic("KD5001", 2, "PersistentVolumeClaim 'sales-exports' (used by volume 'exports') is declared nowhere: define it with [Manifest], or declare it as managed elsewhere with [assembly: ExternalPersistentVolumeClaim(\"sales-exports\")]"));

    [Theory]
    [InlineData("30 2 * * *", "2026-11-25 02:30, 2026-11-26 02:30, 2026-11-27 02:30")]
    [InlineData("@quarterly", "2027-01-01 00:00, 2027-04-01 00:00, 2027-07-01 00:00")]
    [InlineData("0 0 31 2 *", "never, in the next five years")]
    public async Task A_valid_schedule_shows_its_next_runs(string schedule, string runs)
    {
        var previous = KubeDsl.Rules.Spark.ScheduleRule.Now;
        KubeDsl.Rules.Spark.ScheduleRule.Now = () => new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero);
        try
        {
            await Verify.Analyzer(
                Dag("new PodTask { TaskId = \"extract\", Image = \"acme/extract:1.4.2\" },", "DagId = \"nightly\", Schedule = {|#0:\"" + schedule + "\"|},"),
                Verify.Diagnostic("KD4010", 0, $"DAG 'nightly' with schedule '{schedule}' runs next at {runs} (UTC)"));
        }
        finally
        {
            KubeDsl.Rules.Spark.ScheduleRule.Now = previous;
        }
    }

    [Theory]
    [InlineData("@once")]
    [InlineData("@continuous")]
    [InlineData("0 0 L * *")]
    public void Schedules_without_computed_runs_give_no_info(string schedule) => Assert.Null(KubeDsl.Rules.Airflow.AirflowDagRule.NextRuns(schedule));

    [Fact]
    public Task Grouped_tasks_are_named_with_their_group_and_the_same_id_in_two_groups_passes() => Verify.Analyzer(Dag("""
        new PodTask { TaskId = "extract", Image = "acme/extract:1.4.2" },
        new PodTask { TaskId = "orders", Group = "load", Image = "acme/load:1", Upstream = ["extract"] },
        new PodTask { TaskId = "orders", Group = "check", Image = "acme/check:1", Upstream = ["load.orders"] },
        new PodTask { TaskId = "publish", Image = "acme/publish:1", Upstream = ["check.orders"] },
        """));

    [Fact]
    public Task Group_ids_prefixed_ids_and_groups_named_like_tasks_are_reported() => Verify.Analyzer(Dag("""
        new PodTask { TaskId = "extract", Image = "acme/extract:1.4.2" },
        new PodTask { TaskId = "orders", Group = {|#0:"load.v2"|}, Image = "acme/load:1" },
        new PodTask { TaskId = {|#1:"tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt"|}, Group = "stage", Image = "acme/stage:1" },
        new PodTask { TaskId = "rows", Group = {|#2:"extract"|}, Image = "acme/rows:1" },
        new PodTask { TaskId = "publish", Image = "acme/publish:1", Upstream = [{|#3:"orders"|}] },
        """),
        Verify.Diagnostic("KD4001", 0, "The group_id 'load.v2' has characters other than ASCII letters, digits, '_' and '-'; Airflow refuses the DAG file when it parses it"),
        Verify.Diagnostic("KD4001", 1, "The task_id 'stage.tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt' has 252 characters with its group's prefix, more than Airflow's 250; Airflow refuses the DAG file when it parses it"),
        Verify.Diagnostic("KD4014", 2, "Task group 'extract' of DAG 'nightly' has the id of a task; Airflow refuses the DAG file (DuplicateTaskIdFound); rename the group or the task"),
        Verify.Diagnostic("KD4003", 3, "Task 'publish' waits for 'orders', which is no task of DAG 'nightly'; its tasks are: extract, load.v2.orders, stage.tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt, extract.rows, publish"));

    [Fact]
    public Task Volumes_and_mount_paths_given_twice_are_reported_at_the_second() => Verify.Analyzer(Dag("""
        new PodTask
        {
            TaskId = "extract",
            Image = "acme/extract:1.4.2",
            Secrets = [new AirflowSecret { DeployType = SecretDeployType.Volume, DeployTarget = {|#1:"/scratch"|}, Secret = "tls" }],
            Volumes = [new V1Volume { Name = {|#0:"logs"|}, EmptyDir = new V1EmptyDirVolumeSource() }, new V1Volume { Name = "scratch", EmptyDir = new V1EmptyDirVolumeSource() }],
            VolumeMounts = [new V1VolumeMount { Name = "scratch", MountPath = "/scratch" }, new V1VolumeMount { Name = "logs", MountPath = {|#2:"/logs"|} }],
            PodTemplate = new AirflowPodTemplate
            {
                Base = new V1Container { VolumeMounts = [new V1VolumeMount { Name = "logs", MountPath = "/logs" }] },
                Spec = new V1PodSpec { Volumes = [new V1Volume { Name = "logs", EmptyDir = new V1EmptyDirVolumeSource() }] },
            },
        },
        """).Replace("public static class", "[assembly: ExternalSecret(\"tls\")]\npublic static class", StringComparison.Ordinal),
        Verify.Diagnostic("KD4015", 0, "Task 'extract' declares volume 'logs' twice (in Volumes and its pod template, or twice in Volumes); the operator merges its own volumes and mounts with the pod template's and a volume secret's, and the API server refuses a pod with a duplicate (422); keep one"),
        Verify.Diagnostic("KD4015", 2, "Task 'extract' mounts two volumes at '/logs' (its VolumeMounts, its volume secrets and its pod template's base container); the operator merges its own volumes and mounts with the pod template's and a volume secret's, and the API server refuses a pod with a duplicate (422); keep one"),
        Verify.Diagnostic("KD4015", 1, "Task 'extract' mounts two volumes at '/scratch' (its VolumeMounts, its volume secrets and its pod template's base container); the operator merges its own volumes and mounts with the pod template's and a volume secret's, and the API server refuses a pod with a duplicate (422); keep one"));
}

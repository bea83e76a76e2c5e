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
}

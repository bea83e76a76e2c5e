using KubeDsl.TestKit;

namespace KubeDsl.Generators.Tests.Airflow;

/// <summary>
/// The generated DAG files against the stub Airflow (tests/airflow-stub): every parameter is one the real class
/// takes, the graph has no cycle, croniter reads the schedule, pyflakes is clean, and the files the operators read
/// are where they look and validate against the CRD and Pod schemas. Mutations of a good file show the stub
/// refuses what Airflow refuses, so a passing load means something.
/// </summary>
public class AirflowStubTests
{
    /// <summary>The DAG definitions of the tests, by name.</summary>
    public static TheoryData<string> Fixtures => new(AirflowFixtures.All.Keys);

    [AirflowStubTheory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_dag_loads_in_the_stub_Airflow(string fixture)
    {
        using var folder = new DagFolder(AirflowFixtures.All[fixture]);
        foreach (var dag in folder.Dags)
        {
            Assert.True(AirflowStub.Problems(dag) is [] , string.Join("\n", AirflowStub.Problems(dag)));
        }
    }

    [Theory]
    [InlineData("namespace=\"data\",", "namespace=\"data\",\n        resources_typo=1,", "Invalid arguments were passed to KubernetesPodOperator: resources_typo")]
    [InlineData("namespace=\"data\",", "namespace=\"data\",\n        is_delete_operator_pod=True,", "is_delete_operator_pod is ignored")]
    [InlineData("\"retries\": 2,", "\"retries\": 2,\n    \"retrys\": 1,", "default_args key 'retrys' is no parameter")]
    [InlineData("task_id=\"extract\"", "task_id=\"extract rows\"", "has to be made of alphanumeric characters")]
    [InlineData("schedule=\"30 2 * * *\"", "schedule=\"0 30 2 * * *\"", "AirflowTimetableInvalid: '0 30 2 * * *' has 6 fields")]
    [InlineData("schedule=\"30 2 * * *\"", "schedule=\"0 0 31 2 *\"", "AirflowTimetableInvalid")]
    [InlineData("schedule=\"30 2 * * *\"", "schedule=\"61 * * * *\"", "AirflowTimetableInvalid")]
    [InlineData("    aggregate >> publish_report\n", "    aggregate >> publish_report\n    publish_report >> extract\n", "Cycle detected in Dag: nightly_sales")]
    [InlineData("application_file=\"nightly_sales/aggregate.yaml\"", "application_file=\"nightly_sales/missing.yaml\"", "TemplateNotFound")]
    [InlineData("application_file=\"nightly_sales/aggregate.yaml\"", "application_file=\"/abs/aggregate.yaml\"", "is not a relative .yaml/.yml/.json path")]
    [InlineData("os.path.join(_HERE, \"nightly_sales\", \"extract.pod.yaml\")", "\"nightly_sales/extract.pod.yaml\"", "pod_template_file of extract is not absolute")]
    [InlineData("os.path.join(_HERE, \"nightly_sales\", \"extract.pod.yaml\")", "os.path.join(_HERE, \"nightly_sales\", \"gone.pod.yaml\")", "does not exist")]
    [InlineData("catchup=False,", "catchup=False,\n    fail_stop=True,", "Invalid arguments were passed to DAG: fail_stop")]
    [InlineData("on_finish_action=\"delete_pod\"", "on_finish_action=\"delete\"", "is not a valid OnFinishAction")]
    [InlineData("requests={", "requets={", "unexpected keyword argument 'requets'")]
    [InlineData("from airflow.sdk import DAG", "from airflow import DAG", "the Airflow 3 target imports DAG from airflow.sdk")]
    public void The_stub_refuses_what_Airflow_refuses(string find, string replace, string error)
    {
        if (AirflowStub.Missing is not null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            return;
        }

        using var folder = new DagFolder(AirflowFixtures.All["nightly_sales"]);
        var dag = folder.Path("dags/nightly_sales.py");
        Assert.Empty(AirflowStub.Problems(dag));
        var text = File.ReadAllText(dag);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(dag, text.Replace(find, replace, StringComparison.Ordinal));

        var (loaded, _, message) = AirflowStub.Load(dag);

        Assert.False(loaded, "the stub took the mutated file");
        Assert.Contains(error, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nightly_sales", "dags/nightly_sales.py")]
    [InlineData("manual", "dags/manual.py")]
    public void The_generated_python_matches_its_golden_file(string fixture, string path)
    {
        using var folder = new DagFolder(AirflowFixtures.All[fixture]);
        Golden.AssertMatches(System.IO.Path.Combine(TestKit.Fixtures.RepoRoot, "tests", "KubeDsl.Generators.Tests", "Golden", "Airflow", fixture + ".airflow3.py.txt"), folder.Manifests[path]);
    }

    [AirflowStubFact]
    public void Pyflakes_finds_an_unused_import_so_a_clean_run_means_something()
    {
        using var folder = new DagFolder(AirflowFixtures.All["nightly_sales"]);
        var dag = folder.Path("dags/nightly_sales.py");
        File.WriteAllText(dag, File.ReadAllText(dag).Replace("import os\n", "import os\nimport sys\n", StringComparison.Ordinal));

        Assert.Contains("'sys' imported but unused", AirflowStub.Pyflakes(dag), StringComparison.Ordinal);
    }

    [AirflowStubFact]
    public void The_report_gives_back_the_graph_the_files_and_the_next_runs()
    {
        using var folder = new DagFolder(AirflowFixtures.All["nightly_sales"]);
        var (loaded, report, error) = AirflowStub.Load(folder.Path("dags/nightly_sales.py"));

        Assert.True(loaded, error);
        Assert.Equal("[[\"aggregate\",\"publish-report\"],[\"extract\",\"aggregate\"]]", report.GetProperty("edges").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(["nightly_sales/extract.pod.yaml", "nightly_sales/aggregate.yaml"], report.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Equal("2026-01-01T02:30:00+00:00", report.GetProperty("next_runs")[0].GetString());
    }
}

/// <summary>The generated files of a definition, written to a temporary folder as the build writes them.</summary>
internal sealed class DagFolder : IDisposable
{
    private readonly string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kubedsl-dag-" + Guid.NewGuid().ToString("N"));

    public DagFolder(string source, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var run = GeneratorHarness.RunWith(buildProperties, GeneratorHarness.HelperSource, source);
        Assert.Empty(run.Diagnostics);
        Manifests = run.Manifests;
        foreach (var (path, content) in run.Manifests)
        {
            var file = Path(path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, content);
        }
    }

    public IReadOnlyDictionary<string, string> Manifests { get; }

    public IEnumerable<string> Dags => Manifests.Keys.Where(k => k.EndsWith(".py", StringComparison.Ordinal)).Select(Path);

    public string Path(string relative) => System.IO.Path.Combine(root, relative);

    public void Dispose() => Directory.Delete(root, recursive: true);
}

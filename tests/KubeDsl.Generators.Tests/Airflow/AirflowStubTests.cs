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
            var problems = AirflowStub.Problems(dag);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [AirflowStubTheory]
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
    [InlineData("nightly_sales", "dags/nightly_sales.py", "3")]
    [InlineData("manual", "dags/manual.py", "3")]
    [InlineData("nightly_sales", "dags/nightly_sales.py", "2.11")]
    [InlineData("manual", "dags/manual.py", "2.11")]
    [InlineData("typed_pod", "dags/typed_pod.py", "3")]
    [InlineData("grouped", "dags/grouped.py", "3")]
    [InlineData("grouped", "dags/grouped.py", "2.11")]
    public void The_generated_python_matches_its_golden_file(string fixture, string path, string version)
    {
        using var folder = new DagFolder(AirflowFixtures.All[fixture], Version(version));
        var name = fixture + (version == "3" ? ".airflow3" : ".airflow2") + ".py.txt";
        Golden.AssertMatches(System.IO.Path.Combine(TestKit.Fixtures.RepoRoot, "tests", "KubeDsl.Generators.Tests", "Golden", "Airflow", name), folder.Manifests[path]);
    }

    [AirflowStubTheory]
    [MemberData(nameof(Fixtures))]
    public void The_airflow_2_11_files_load_in_the_stub_Airflow_2_and_not_in_3(string fixture)
    {
        using var folder = new DagFolder(AirflowFixtures.All[fixture], Version("2.11"));
        foreach (var dag in folder.Dags)
        {
            var problems = AirflowStub.Problems(dag, "2");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Contains("the Airflow 3 target imports DAG from airflow.sdk", AirflowStub.Load(dag, "3").Error, StringComparison.Ordinal);
        }
    }

    [AirflowStubFact]
    public void The_airflow_3_file_does_not_load_in_Airflow_2()
    {
        using var folder = new DagFolder(AirflowFixtures.All["nightly_sales"]);

        Assert.Contains("Airflow 2 has no airflow.sdk", AirflowStub.Load(folder.Path("dags/nightly_sales.py"), "2").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_releases_differ_only_in_the_header_and_the_dag_import()
    {
        using var three = new DagFolder(AirflowFixtures.All["nightly_sales"]);
        using var two = new DagFolder(AirflowFixtures.All["nightly_sales"], Version("2.11"));

        Assert.Equal(three.Manifests.Keys, two.Manifests.Keys);
        Assert.All(three.Manifests.Keys.Where(k => !k.EndsWith(".py", StringComparison.Ordinal)), k => Assert.Equal(three.Manifests[k], two.Manifests[k]));
        var difference = Lines(three.Manifests["dags/nightly_sales.py"]).Except(Lines(two.Manifests["dags/nightly_sales.py"])).ToList();
        Assert.Equal(["# Airflow 3 with apache-airflow-providers-cncf-kubernetes 10.x. Files it reads: nightly_sales/extract.pod.yaml, nightly_sales/aggregate.yaml.", "from airflow.sdk import DAG"], difference);

        static string[] Lines(string text) => text.Split('\n');
    }

    [Fact]
    public void Changing_the_release_rewrites_the_dag_without_evaluating_again()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.HelperSource, AirflowFixtures.All["nightly_sales"]);
        var driver = GeneratorHarness.CreateDriver(Version("3")).RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new BuildProperties(Version("2.11"))).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var steps = driver.GetRunResult().Results[0].TrackedSteps;
        Assert.All(steps[Pipeline.GeneratorStepNames.Evaluate].SelectMany(s => s.Outputs), o => Assert.Equal(Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains("\nfrom airflow import DAG\n", GeneratorHarness.ReadManifests(output)["dags/nightly_sales.py"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_serializer_reads_the_release_from_the_assembly_metadata_the_build_writes()
    {
        var metadata = new System.Reflection.Emit.CustomAttributeBuilder(
            typeof(System.Reflection.AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!, ["KubeDslAirflowVersion", "2.11"]);
        var definitions = System.Reflection.Emit.AssemblyBuilder.DefineDynamicAssembly(new System.Reflection.AssemblyName("Definitions"), System.Reflection.Emit.AssemblyBuilderAccess.Run, [metadata]);
        var dag = new KubeDsl.Airflow.AirflowDag { DagId = "manual", Tasks = [new KubeDsl.Airflow.PodTask { TaskId = "only", Image = "busybox:1.36", Cmds = ["echo", "it's \"quoted\""] }] };
        using var build = new DagFolder(AirflowFixtures.Manual, Version("2.11"));

        var files = KubeDslYaml.SerializeFiles(dag, "dags/manual.py", "Jobs.Manual", definitions);

        Assert.Equal(build.Manifests["dags/manual.py"], Assert.Single(files).Value);
        Assert.Contains("\nfrom airflow import DAG\n", Assert.Single(files).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "3")]
    [InlineData("", "3")]
    [InlineData("3", "3")]
    [InlineData(" 3.1 ", "3")]
    [InlineData("2.11", "2.11")]
    [InlineData("2.11.0", "2.11")]
    [InlineData("2.10", null)]
    [InlineData("2", null)]
    [InlineData("4", null)]
    public void The_property_names_a_release(string? value, string? target) => Assert.Equal(target, KubeDsl.Documents.AirflowTargets.Parse(value));

    private static Dictionary<string, string> Version(string version) => new() { ["KubeDslAirflowVersion"] = version };

    [AirflowStubFact]
    public void Typed_pod_parameters_reach_the_operator_as_kubernetes_client_models_and_secrets()
    {
        using var folder = new DagFolder(AirflowFixtures.All["typed_pod"]);
        var (loaded, report, error) = AirflowStub.Load(folder.Path("dags/typed_pod.py"));
        Assert.True(loaded, error);

        // The stub's report gives each model back through its to_dict(), with the client's attribute names.
        var task = report.GetProperty("tasks")[0].GetProperty("kwargs");
        Assert.Equal("""[{"deploy_target":"DB_PASSWORD","deploy_type":"env","key":"password","secret":"warehouse-db"},{"deploy_type":"env","secret":"warehouse-env"},{"deploy_target":"/etc/warehouse","deploy_type":"volume","secret":"warehouse-tls"}]""", task.GetProperty("secrets").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("""[{"empty_dir":{"size_limit":"10Gi"},"name":"scratch"},{"name":"exports","persistent_volume_claim":{"claim_name":"sales-exports"}}]""", task.GetProperty("volumes").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.True(task.GetProperty("volume_mounts")[1].GetProperty("read_only").GetBoolean());
        Assert.Equal("In", task.GetProperty("affinity").GetProperty("node_affinity").GetProperty("required_during_scheduling_ignored_during_execution").GetProperty("node_selector_terms")[0].GetProperty("match_expressions")[0].GetProperty("operator").GetString());
        Assert.Equal("NoSchedule", task.GetProperty("tolerations")[0].GetProperty("effect").GetString());
        Assert.Equal("batch", task.GetProperty("node_selector").GetProperty("pool").GetString());
        Assert.Equal("500m", task.GetProperty("container_resources").GetProperty("requests").GetProperty("cpu").GetString());
    }

    [Fact]
    public void A_field_the_kubernetes_client_lacks_is_a_build_error_at_the_field()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.HelperSource, AirflowFixtures.TypedPod.Replace(
            "new V1VolumeMount { Name = \"scratch\", MountPath = \"/scratch\" }",
            "new V1VolumeMount { Name = \"scratch\", MountPath = \"/scratch\", RecursiveReadOnly = \"Disabled\" }", StringComparison.Ordinal));

        var error = Assert.Single(run.KubeDsl);
        Assert.Contains("The kubernetes Python client's V1VolumeMount has no field 'recursiveReadOnly' (client 22.6)", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [AirflowStubFact]
    public void The_kubernetes_model_table_is_what_the_installed_client_says()
    {
        var script = System.IO.Path.Combine(TestKit.Fixtures.RepoRoot, "tests", "fixtures", "airflow", "kubernetes_models.py");
        var start = new System.Diagnostics.ProcessStartInfo(AirflowStub.PythonPath!, [script]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var table = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(File.ReadAllText(System.IO.Path.Combine(TestKit.Fixtures.RepoRoot, "src", "KubeDsl.Core", "Files", "KubernetesPythonModels.Table.cs")), table);
    }

    [AirflowStubTheory]
    [InlineData("3")]
    [InlineData("2.11")]
    public void Task_groups_prefix_their_tasks_ids_and_keep_the_edges(string version)
    {
        using var folder = new DagFolder(AirflowFixtures.All["grouped"], Version(version));
        var (loaded, report, error) = AirflowStub.Load(folder.Path("dags/grouped.py"), version == "3" ? "3" : "2");
        Assert.True(loaded, error);

        Assert.Equal(["extract", "load.orders", "load.customers", "publish"], report.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("task_id").GetString()));
        Assert.Equal("""[["extract","load.customers"],["extract","load.orders"],["load.customers","publish"],["load.orders","publish"]]""", report.GetProperty("edges").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal));
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

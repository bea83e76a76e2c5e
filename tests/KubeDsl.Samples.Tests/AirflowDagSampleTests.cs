using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// Every DAG file the samples commit loads in the stub Airflow (tests/airflow-stub) for the Airflow major its
/// project targets: parameters the real classes take, no cycle, a schedule croniter reads, pyflakes clean, and
/// the application and pod template files where the operators look, valid against their schemas.
/// </summary>
public class AirflowDagSampleTests
{
    public static TheoryData<string> Dags => new(SampleCatalog.All.Where(s => s.File.EndsWith(".py", StringComparison.Ordinal)).Select(s => s.ToString()));

    [AirflowStubTheory]
    [MemberData(nameof(Dags))]
    public void The_committed_dag_loads_in_the_stub_Airflow(string sample)
    {
        var manifest = SampleCatalog.All.Single(s => s.ToString() == sample);
        var problems = AirflowStub.Problems(manifest.ManifestPath, Target(manifest.Project));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Some_sample_writes_a_dag() => Assert.NotEmpty(Dags);

    // The stub's major for the project's KubeDslAirflowVersion (3 unless the project file says 2.x).
    private static string Target(string project)
    {
        var csproj = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, "samples", project, project + ".csproj"));
        var version = System.Text.RegularExpressions.Regex.Match(csproj, "<KubeDslAirflowVersion>([^<]*)<").Groups[1].Value;
        return version.StartsWith('2') ? "2" : "3";
    }
}

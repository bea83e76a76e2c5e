using System.Diagnostics;
using System.Text.Json;
using KubeDsl.Schemas;

namespace KubeDsl.TestKit;

/// <summary>
/// Checks generated DAG files the way Airflow would load them, without Airflow: tests/airflow-stub is a small
/// <c>airflow</c> package whose DAG, operator, TaskGroup and Secret classes take exactly the keyword arguments of the
/// real ones (tests/fixtures/airflow/signatures.json), build the task graph, refuse cycles and read the schedule with
/// croniter; the kubernetes client models are the real ones (python3-kubernetes). Then pyflakes, and the files the
/// operators read validated against the CRD and Pod schemas.
/// </summary>
public static class AirflowStub
{
    /// <summary>The Debian packages the checks need.</summary>
    public const string Install = "apt-get install python3-croniter python3-kubernetes python3-yaml pyflakes3";

    private static readonly Lazy<string?> Interpreter = new(() => Python.With("croniter", "kubernetes", "yaml", "pyflakes"));

    /// <summary>The interpreter that has croniter, the kubernetes client, PyYAML and pyflakes, or null.</summary>
    public static string? PythonPath => Interpreter.Value;

    /// <summary>Why the checks cannot run here, or null when they can.</summary>
    public static string? Missing => PythonPath is null ? "No python3 here imports croniter, kubernetes, yaml and pyflakes; install them: " + Install : null;

    /// <summary>The stub package's folder.</summary>
    public static string Folder { get; } = Path.Combine(Fixtures.RepoRoot, "tests", "airflow-stub");

    /// <summary>
    /// Loads <paramref name="dagFile"/> against the stub for Airflow <paramref name="target"/> ("3" or "2"): the
    /// JSON report on success, the loader's message on failure.
    /// </summary>
    public static (bool Loaded, JsonElement Report, string Error) Load(string dagFile, string target = "3")
    {
        var (code, output, error) = Run(PythonPath!, [Path.Combine(Folder, "check_dag.py"), "--target", target, dagFile]);
        if (code != 0)
        {
            return (false, default, error.Trim());
        }

        using var json = JsonDocument.Parse(output);
        return (true, json.RootElement.Clone(), error);
    }

    /// <summary>What pyflakes finds in the file (unused imports, undefined names), empty when clean.</summary>
    public static string Pyflakes(string file)
    {
        var (code, output, error) = Run(PythonPath!, ["-m", "pyflakes", file]);
        return code == 0 ? string.Empty : (output + error).Trim();
    }

    /// <summary>Errors of Python's own parser (<c>ast.parse</c> and <c>compile</c>), empty when the file parses.</summary>
    public static string Parse(string file)
    {
        var (code, _, error) = Run(PythonPath!, ["-c", "import ast, sys; t = open(sys.argv[1], encoding='utf-8').read(); ast.parse(t); compile(t, sys.argv[1], 'exec')", file]);
        return code == 0 ? string.Empty : error.Trim();
    }

    /// <summary>
    /// Everything wrong with the file: parse errors, pyflakes findings, a load failure, a referenced file that
    /// does not validate against its schema. Empty when Airflow (as far as the stub knows) takes it.
    /// </summary>
    public static List<string> Problems(string dagFile, string target = "3")
    {
        var problems = new List<string>();
        if (Parse(dagFile) is { Length: > 0 } parse)
        {
            problems.Add("ast: " + parse);
            return problems;
        }

        if (Pyflakes(dagFile) is { Length: > 0 } flakes)
        {
            problems.Add("pyflakes: " + flakes);
        }

        var (loaded, report, error) = Load(dagFile, target);
        if (!loaded)
        {
            problems.Add("stub Airflow " + target + ": " + error);
            return problems;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dagFile))!;
        foreach (var file in report.GetProperty("files").EnumerateArray())
        {
            var path = Path.Combine(folder, file.GetProperty("path").GetString()!);
            var documents = YamlTree.ParseAll(File.ReadAllText(path));
            var expected = file.GetProperty("field").GetString() == "application_file" ? "SparkApplication" : "Pod";
            foreach (var document in documents.OfType<YamlMapping>())
            {
                if (document.ScalarText("kind") != expected)
                {
                    problems.Add($"{path}: a {document.ScalarText("kind")}, where the operator reads a {expected}");
                }

            }

            problems.AddRange(Crds.ValidateAll(File.ReadAllText(path), flinkMainBranch: false).Select(e => $"{path}: {e}"));
            if (documents.Count != 1)
            {
                problems.Add($"{path}: {documents.Count} documents, where the operator reads one");
            }
        }

        return problems;
    }

    private static (int ExitCode, string Output, string Error) Run(string python, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}

/// <summary>
/// A fact that needs the stub's Python packages (<see cref="AirflowStub.Install"/>): skipped with that message
/// where they are missing, except on CI (CI=true), where the test runs and fails.
/// </summary>
public sealed class AirflowStubFactAttribute : Xunit.FactAttribute
{
    public AirflowStubFactAttribute()
    {
        if (AirflowStub.Missing is { } missing && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = missing;
        }
    }
}

/// <summary>As <see cref="AirflowStubFactAttribute"/>, for a theory.</summary>
public sealed class AirflowStubTheoryAttribute : Xunit.TheoryAttribute
{
    public AirflowStubTheoryAttribute()
    {
        if (AirflowStub.Missing is { } missing && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = missing;
        }
    }
}

using KubeDsl.TestKit;
using Xunit.Abstractions;

namespace KubeDsl.Cli.Tests;

/// <summary>
/// The whole migration, end to end: import the samples' committed manifests, the operators' upstream examples and
/// (when it is beside the repository) the real-world corpus into one project, build it with <c>dotnet build</c>,
/// and read every written file back as the same YAML the import read.
/// </summary>
public sealed class ImportRoundTripTests(ITestOutputHelper output) : IDisposable
{
    // Files that cannot come back, each with the reason; every other imported file must.
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        // Upstream's image is a placeholder for their build ({IMAGE_REGISTRY}/...), which YAML reads as the start of
        // a flow mapping, so the file is not valid YAML until it is filled in.
        ["spark-examples/spark-pi-prometheus.yaml"] = "not valid YAML",

        // Spark's test templates are pod specs without apiVersion and kind; spark-submit adds them.
        ["spark-pod-templates/driver-template.yml"] = "no apiVersion or kind",
        ["spark-pod-templates/executor-template.yml"] = "no apiVersion or kind",
    };

    private readonly string folder = Path.Combine(Path.GetTempPath(), "kubedsl-roundtrip-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public void Imported_files_build_back_into_the_same_yaml()
    {
        var input = Path.Combine(folder, "in");
        Copy(Fixtures.Path("upstream", "spark-operator", "examples"), Path.Combine(input, "spark-examples"));
        Copy(Fixtures.Path("upstream", "flink-operator", "examples"), Path.Combine(input, "flink-examples"));
        Copy(Fixtures.Path("upstream", "spark", "pod-templates"), Path.Combine(input, "spark-pod-templates"));
        foreach (var sample in new[] { "Spark", "Flink", "PodTemplates", "Platform", "Pipelines" })
        {
            Copy(Path.Combine(Fixtures.RepoRoot, "samples", sample, "manifests"), Path.Combine(input, "samples", sample));
        }

        var corpus = Directory.Exists(CorpusTests.Folder);
        if (corpus)
        {
            Copy(CorpusTests.Folder, Path.Combine(input, "corpus"));
        }
        else
        {
            output.WriteLine($"The corpus is not at {CorpusTests.Folder}; only the samples and upstream examples are imported.");
        }

        var project = Path.Combine(folder, "jobs");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["import", input, "--out", project, "--namespace", "RoundTrip"], stdout, stderr, null, outputRedirected: true);
        Assert.True(code is 0 or 1, $"exit {code}: {stderr}");
        var leftOut = stdout.ToString().Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf(':')]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Exceptions.Keys.Order(StringComparer.Ordinal), leftOut);

        WriteProject(project);
        var (exit, log) = Build(project);
        Assert.True(exit == 0, log);

        var compared = 0;
        var failures = new List<string>();
        foreach (var source in Directory.EnumerateFiles(input, "*.*", SearchOption.AllDirectories).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(input, source).Replace('\\', '/');
            if (Exceptions.ContainsKey(relative))
            {
                continue;
            }

            var written = Path.Combine(project, "manifests", relative);
            if (!File.Exists(written))
            {
                failures.Add(relative + ": not written");
                continue;
            }

            compared++;
            var expected = ExpectedTrees(File.ReadAllText(source));
            var differences = SemanticYaml.Diff(expected, YamlTree.ParseAll(File.ReadAllText(written)), Options);
            if (differences.Count > 0)
            {
                failures.Add(relative + ":\n" + SemanticYaml.Describe(differences));
            }
        }

        output.WriteLine($"{compared} files imported, built and read back the same ({(corpus ? "with" : "without")} the corpus); {Exceptions.Count} exceptions.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(compared >= (corpus ? 300 : 220), $"only {compared} files compared");
    }

    // What Kubernetes reads alike: quantities by amount, Flink configuration as flat text, a null field as unset.
    private static readonly SemanticOptions Options = SemanticOptions.OperatorView with { NullIsAbsent = true };

    // A kind: List is imported as its items, one document each.
    private static List<YamlTree> ExpectedTrees(string yaml)
    {
        var trees = new List<YamlTree>();
        foreach (var document in YamlTree.ParseAll(yaml))
        {
            if (document is YamlMapping list && list.ScalarText("kind") == "List" && list.TryGetValue("items", out var items) && items is YamlSequence sequence)
            {
                trees.AddRange(sequence.Items);
            }
            else
            {
                trees.Add(document);
            }
        }

        return trees;
    }

    private static void WriteProject(string project)
    {
        // The Flink samples and examples use main-branch fields.
        File.WriteAllText(
            Path.Combine(project, "RoundTrip.csproj"),
            SourceProjects.Text("<KubeDslFlinkOperatorVersion>main</KubeDslFlinkOperatorVersion>", analyzers: true));

        // The corpus has real problems the rules report as errors (docs/corpus-findings.md); here they must not
        // stop the build, since the test is about the YAML coming back.
        File.WriteAllText(Path.Combine(project, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = warning\n");
    }

    private static (int ExitCode, string Output) Build(string project) => Processes.Dotnet(project, "build", "--nologo", "-v:q", "-clp:NoSummary");

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (!file.EndsWith(".yaml", StringComparison.Ordinal) && !file.EndsWith(".yml", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

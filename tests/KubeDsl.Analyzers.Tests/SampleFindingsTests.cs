using System.Collections.Immutable;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// The samples, which mirror every upstream Spark and Flink operator example, get no rule findings: no false
/// positives on configurations the operators' own projects publish. Findings the samples acknowledge with
/// #pragma (upstream's untagged example images) are suppressed and not counted, and they are checked to exist.
/// </summary>
public class SampleFindingsTests
{
    public static TheoryData<string> Projects => new() { "Spark", "Flink", "PodTemplates", "Pipelines" };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Sample_project_has_no_rule_findings(string project)
    {
        var diagnostics = await Analyze(project);
        // Info diagnostics are advice (when a schedule runs), not findings.
        var reported = diagnostics.Where(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Info).ToList();
        Assert.True(reported.Count == 0, string.Join("\n", reported));
    }

    public static TheoryData<string, string> Advice => new()
    {
        // Upstream's examples mount the service account token into every executor and TaskManager (KD6107), and
        // four Flink examples run sidecars without requests (KD6201). The samples keep upstream's manifests, so this
        // advice stays (info); KD3014 is the deprecated Flink keys upstream writes, KD2018 the schedule's next runs.
        // The pipeline's DAG gets its schedule's next runs (KD4010), and its Spark job's executors the token advice.
        { "Spark", "KD2018=1, KD6107=14" },
        { "Flink", "KD3014=8, KD6107=14, KD6201=4" },
        { "PodTemplates", "KD6107=2" },
        { "Pipelines", "KD4010=1, KD6107=1" },
    };

    [Theory]
    [MemberData(nameof(Advice))]
    public async Task Sample_projects_get_only_this_advice(string project, string expected)
    {
        var advice = (await Analyze(project)).Where(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Info)
            .GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "=" + g.Count());
        Assert.Equal(expected, string.Join(", ", advice));
    }

    [Fact]
    public async Task The_acknowledged_findings_are_real()
    {
        // Upstream's untagged example images (KD1003), the host directory its pod template mounts (KD6004) and the
        // TLS examples' keystore passwords written into flinkConfiguration (KD2014: 6 keys in the session cluster,
        // 6 in its session job, 3 in the application cluster).
        var suppressed = (await Analyze("Flink")).Where(d => d.IsSuppressed).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["KD1003"] = 5, ["KD2014"] = 15, ["KD6004"] = 4 }, suppressed);
    }

    [Fact]
    public async Task The_Spark_samples_driver_account_comes_from_the_inventory()
    {
        // Without its inventory the project declares the account nowhere; with it, the chart's Role is checked and suffices.
        var without = (await Analyze("Spark", withInventory: false)).Where(d => d.Id == "KD5001").Select(d => d.GetMessage()).Distinct().ToList();
        Assert.NotEmpty(without);
        Assert.All(without, message => Assert.StartsWith("ServiceAccount 'spark-operator-spark' (used by the ", message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_Spark_samples_restricted_security_context_passes_restricted()
    {
        // Upstream's Spark examples give the driver and executor a restricted container security context. The pod
        // template example writes allowPrivilegeEscalation and capabilities in the pod's security context, which has
        // no such fields, so its containers really lack them: restricted admission would reject both pods.
        var findings = (await Analyze("Spark", podSecurity: "restricted")).Where(d => d.Id.StartsWith("KD60", StringComparison.Ordinal) && !d.IsSuppressed)
            .Select(d => (Path.GetFileName(d.Location.SourceTree!.FilePath), d.Id, d.GetMessage().Split(" does not set ")[0])).OrderBy(f => f).ToList();
        Assert.Equal(
            [
                ("PodTemplate.cs", "KD6021", "The Spark container of the driver pod"),
                ("PodTemplate.cs", "KD6021", "The Spark container of the executor pod"),
                ("PodTemplate.cs", "KD6025", "The Spark container of the driver pod"),
                ("PodTemplate.cs", "KD6025", "The Spark container of the executor pod"),
            ],
            findings);
    }

    private static Task<ImmutableArray<Diagnostic>> Analyze(string project, bool withInventory = true, string? podSecurity = null)
    {
        var sample = SampleProject.Load(project, withInventory, podSecurity);
        var compilation = sample.Compilation(project);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return sample.Analyze(compilation);
    }
}

/// <summary>
/// Analyzer options the way MSBuild passes them: CompilerVisibleProperty values as global options, and the
/// KubeDslInventory metadata on the inventory's AdditionalFiles.
/// </summary>
internal sealed class BuildPropertyOptions(Dictionary<string, string> values, ImmutableArray<AdditionalText> inventory = default) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Inventory = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KubeDslInventory"] = "true" });

    private readonly Options global = new(values);

    public override AnalyzerConfigOptions GlobalOptions => global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => !inventory.IsDefault && inventory.Contains(textFile) ? Inventory : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>An additional file read from disk.</summary>
internal sealed class FileText(string path) : AdditionalText
{
    public override string Path => path;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path));
}

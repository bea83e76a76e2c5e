using System.Collections.Immutable;
using KubeDsl.Analyzers;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Property 3, the IDE while typing: each sample file cut after a token, compiled with the rest of its project.
/// The generator and the rule analyzer must get through every half-typed file without throwing.
/// </summary>
public class TypingPrefixTests(ITestOutputHelper output)
{
    public static TheoryData<string> Projects => new() { "Spark", "Flink", "PodTemplates", "Platform", "Pipelines" };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Every_prefix_of_every_sample_file_builds_and_analyzes_without_a_crash(string project)
    {
        var folder = Path.Combine(Fixtures.RepoRoot, "samples", project);
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var texts = files.Select(File.ReadAllText).Append(File.ReadAllText(Fixtures.HelperSource)).ToList();

        // CI cuts at every Nth token from a fixed offset; KUBEDSL_FUZZ_CASES (the long run) cuts at every token.
        var stride = FuzzBudget.Long ? 1 : 60;
        var random = new Random(20261203);
        var cuts = 0;
        for (var f = 0; f < files.Count; f++)
        {
            var tokens = CSharpSyntaxTree.ParseText(texts[f], GeneratorHarness.ParseOptions).GetRoot().DescendantTokens().ToList();
            for (var t = random.Next(stride); t < tokens.Count; t += stride)
            {
                var sources = texts.ToArray();
                sources[f] = texts[f].Substring(0, tokens[t].Span.End);
                var compilation = GeneratorHarness.Compile(sources);
                GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var built, out var generatorDiagnostics);
                var analyzed = built.WithAnalyzers([new ManifestRulesAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
                var analyzerDiagnostics = await analyzed.GetAnalyzerDiagnosticsAsync();
                var crashes = Crashes.In(generatorDiagnostics.Concat(analyzerDiagnostics));
                Assert.True(crashes.Count == 0, $"{Path.GetFileName(files[f])} cut after token {t} ({tokens[t]}):\n{string.Join("\n", crashes)}");
                cuts++;
            }
        }

        output.WriteLine($"{project}: {cuts} prefixes");
        Assert.True(cuts > 0);
    }
}

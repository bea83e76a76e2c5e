using System.Globalization;
using Xunit.Abstractions;
using KubeDsl.Analyzers.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers.Tests.Caching;

/// <summary>
/// The analyzer's kept results are only a shortcut: on the samples, after each of a series of literal edits (each
/// on top of the last, as someone types), the warm analyzer reports exactly what a cold one reports, at the same
/// places. CI edits a few literals per sample; with KUBEDSL_FUZZ_CASES set (bench/fuzz.sh) every string and
/// number literal of the sample's files is edited once.
/// </summary>
[Collection(KeptResultsCollection.Name)]
public class WarmColdTests(ITestOutputHelper output)
{
    private const int CiEdits = 8;

    private static int colds;

    public static TheoryData<string> Projects => new() { "Spark", "Flink", "PodTemplates", "Pipelines" };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Edited_samples_get_the_findings_a_cold_analyzer_gives(string project)
    {
        var sample = SampleProject.Load(project);
        var name = "WarmCold." + project;
        var compilation = sample.Compilation(name);
        // As in the IDE, the analyzers see the generator's output beside the sources: the bundle, new after each edit.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new KubeDsl.Generators.ManifestGenerator());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var analyzed, out _);
        await sample.Analyze(analyzed);

        var literals = Literals(sample).ToList();
        var all = int.TryParse(Environment.GetEnvironmentVariable("KUBEDSL_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;
        var step = all ? 1 : Math.Max(1, literals.Count / CiEdits);
        var edits = 0;
        var reused = 0;
        for (var i = 0; i < literals.Count; i += step)
        {
            // Spans move with earlier edits: find the literal again by its position among the file's literals.
            var (file, index) = literals[i];
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == file);
            var token = LiteralTokens(tree.GetRoot()).ElementAt(index);
            var replacement = token.IsKind(SyntaxKind.NumericLiteralToken)
                ? (token.Value is int number ? (number + 1).ToString(CultureInfo.InvariantCulture) : token.Text)
                : token.Text.Insert(token.Text.Length - 1, edits % 2 == 0 ? "-x" : "0");
            var text = tree.GetText().WithChanges(new TextChange(token.Span, replacement));
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text));

            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out analyzed, out _);
            var warm = MemberResultCacheTests.Signatures(await sample.Analyze(analyzed));
            var generation = MemberResultCache.Current(name)!;
            reused += generation.CarriedOver;
            var cold = MemberResultCacheTests.Signatures(await sample.Analyze(analyzed.WithAssemblyName(name + ".cold" + Interlocked.Increment(ref colds))));
            Assert.True(cold.SequenceEqual(warm), $"after editing {token.Text} in {Path.GetFileName(file)} (edit {edits + 1}):\nonly warm:\n{string.Join("\n", warm.Except(cold))}\nonly cold:\n{string.Join("\n", cold.Except(warm))}");
            edits++;
        }

        output.WriteLine($"{project}: {edits} edits of {literals.Count} literals, {reused} results kept over them, warm = cold after each");
        // With one member (the Pipelines sample's DAG reads everything), no edit leaves a result to keep.
        var members = sample.Trees.Sum(t => t.GetText().ToString().Split("[Manifest(").Length - 1);
        Assert.True(edits >= Math.Min(CiEdits, literals.Count) && (reused > 0 || members < 2), $"{edits} edits, {reused} results kept of {members} members");
    }

    // The literals of the sample's own files (not the package helpers), by file and position among its literals.
    private static IEnumerable<(string File, int Index)> Literals(SampleProject sample) =>
        sample.Trees.Where(t => !t.FilePath.EndsWith("KubeDslHelpers.cs", StringComparison.Ordinal))
            .SelectMany(t => LiteralTokens(t.GetRoot()).Select((_, i) => (t.FilePath, i)));

    private static IEnumerable<SyntaxToken> LiteralTokens(SyntaxNode root) =>
        root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.NumericLiteralToken) || (t.IsKind(SyntaxKind.StringLiteralToken) && t.Text.StartsWith('"')));
}

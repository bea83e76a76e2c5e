using System.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Benchmarks;

/// <summary>
/// `analyzer`: the rule analyzer's time per definition (it evaluates every definition and checks the documents),
/// after the compilation is bound, with nothing kept from an earlier compilation.
/// </summary>
internal static class AnalyzerTiming
{
    // The generator's warm-up reads plain-data definitions from syntax, so the binding and IOperation code the
    // analyzer runs is still being compiled by the JIT at first: these rounds are not counted.
    private const int WarmUpRounds = 4;
    private const int Rounds = 5;

    public static void Run(InProcessProject project)
    {
        project.WarmUp();
        var samples = new List<double>();
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            // A name of its own each round, and nothing kept from the rounds before: the analyzer keeps results per
            // project across compilations, and this mode measures evaluating every definition.
            KubeDsl.Analyzers.Caching.MemberResultCache.Clear();
            var compilation = project.NewCompilation().WithAssemblyName("AnalyzerTiming" + round);
            _ = compilation.GetDiagnostics();
            var watch = Stopwatch.StartNew();
            var found = compilation.WithAnalyzers([new KubeDsl.Analyzers.ManifestRulesAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            watch.Stop();
            InProcessProject.RefuseFindings(found);

            if (round >= WarmUpRounds)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        var median = samples[samples.Count / 2];
        var suite = project.Suite == Suite.Plain ? "" : $" (suite {project.Suite.Name})";
        Console.WriteLine($"analyzer{suite}: {project.Definitions} definitions, {project.Resources} resources, median {median:F0} ms per run (min {samples[0]:F0}, max {samples[^1]:F0})");
        Console.WriteLine($"analyzer{suite}: {median / project.Definitions:F3} ms per definition, {median / project.Resources:F3} ms per resource");
    }
}

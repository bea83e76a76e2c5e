using System.Diagnostics;
using KubeDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KubeDsl.Benchmarks;

/// <summary>
/// `rsp FILE DIR`: runs the generator over the exact compilation a build's csc command line describes (an .rsp
/// file), ROUNDS times (default 5), printing each run's time, allocations and GC pauses. WARM_ROSLYN=1 binds and
/// emits the compilation once first.
/// </summary>
internal static class RspReplay
{
    public static void Run(string rspPath, string directory)
    {
        var parsed = CSharpCommandLineParser.Default.Parse([$"@{rspPath}"], directory, sdkDirectory: null);
        var refs = parsed.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(r.Reference, directory))).ToList();
        List<SyntaxTree> Parse() => parsed.SourceFiles.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Path), parsed.ParseOptions, f.Path)).ToList();
        if (Environment.GetEnvironmentVariable("WARM_ROSLYN") == "1")
        {
            var warm = CSharpCompilation.Create("Warm", Parse(), refs, parsed.CompilationOptions);
            var w = Stopwatch.StartNew();
            _ = warm.GetDiagnostics();
            using var ms = new MemoryStream();
            _ = warm.Emit(ms);
            Console.WriteLine($"roslyn warm-up (bind + emit, no generator): {w.Elapsed.TotalMilliseconds:F0} ms");
        }

        var rounds = int.TryParse(Environment.GetEnvironmentVariable("ROUNDS"), out var r) ? r : 5;
        for (var round = 0; round < rounds; round++)
        {
            var compilation = CSharpCompilation.Create("Bench", Parse(), refs, parsed.CompilationOptions);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var pause = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            GeneratorDriver driver = CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: parsed.ParseOptions);
            driver = driver.RunGenerators(compilation);
            var generated = driver.GetRunResult().GeneratedTrees;
            var gc = $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB, GCs {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3} paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms";
            Console.WriteLine($"rsp round {round}: generator {watch.Elapsed.TotalMilliseconds:F0} ms, {generated.Length} sources, {(generated.Length == 1 ? InProcessProject.Bundle(generated[0]).Count : 0)} files; {gc}");
        }
    }
}

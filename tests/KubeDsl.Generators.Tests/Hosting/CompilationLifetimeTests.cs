using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KubeDsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Generators.Tests.Hosting;

/// <summary>
/// The IDE makes a new compilation at every edit; the generator's and the analyzers' caches (the per-compilation
/// <c>StaticValueCache</c> tables) must let each old one go once the host drops it.
/// </summary>
public class CompilationLifetimeTests
{
    private const string Source = """
        public static class Shared { public static readonly Dictionary<string, string> Labels = new() { ["team"] = "data" }; }
        public static class Defs
        {
            [Manifest("a.yaml")]
            public static V1ConfigMap A => new() { Metadata = new() { Name = "a", Labels = Shared.Labels }, Data = new Dictionary<string, string> { ["v"] = string.Join(",", new[] { "x", "y" }) } };
        }
        """;

    [Fact]
    public void A_compilation_run_through_the_generator_driver_is_collected_once_dropped()
    {
        var compilation = RunGenerator();
        AssertCollected(compilation);
    }

    [Fact]
    public async Task A_compilation_run_through_the_analyzers_is_collected_once_dropped()
    {
        var compilation = await RunAnalyzers();
        AssertCollected(compilation);
    }

    // Each run happens in a method of its own, so no local of the test method keeps the compilation reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunGenerator()
    {
        var compilation = GeneratorHarness.Compile(GeneratorHarness.Usings + Source);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Single(GeneratorHarness.ReadManifests(output));
        Assert.NotEmpty(driver.GetRunResult().Results[0].TrackedSteps);
        return new WeakReference(compilation);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> RunAnalyzers()
    {
        // The analyzer evaluates the member, which fills the compilation's cache (semantic models, Shared.Labels).
        var compilation = GeneratorHarness.Compile(GeneratorHarness.Usings + Source);
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestRulesAnalyzer()), new AnalyzerOptions([]));
        var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync();
        Assert.All(diagnostics, d => Assert.StartsWith("KD", d.Id, StringComparison.Ordinal));
        return new WeakReference(compilation);
    }

    private static void AssertCollected(WeakReference compilation)
    {
        for (var i = 0; i < 10 && compilation.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        Assert.False(compilation.IsAlive, "the compilation is still reachable after the driver and every result were dropped");
    }
}

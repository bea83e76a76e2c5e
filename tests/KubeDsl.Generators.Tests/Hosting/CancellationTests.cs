using System.Collections.Immutable;
using System.Diagnostics;
using KubeDsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Generators.Tests.Hosting;

/// <summary>
/// The IDE cancels a generator or analyzer run whenever the user types; a long evaluation must then stop within
/// moments, not when its step budget runs out. The evaluator polls the token at every step. The tests also check
/// that the process falls idle after cancelling (work left running in the background would keep using processor
/// time), so they run alone.
/// </summary>
[Collection(AloneCollection.Name)]
public class CancellationTests
{
    // Turns of Busy.Spin in each manifest: inside the step budget, and each manifest alone takes many seconds.
    private const int Turns = 100_000;

    private const int Manifests = 2;

    private static readonly TimeSpan CancelAfter = TimeSpan.FromMilliseconds(500);

    // Generous for a shared, loaded machine: a token observed at every step stops within milliseconds.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    // On a machine so loaded that even a prompt stop takes longer, the bound grows with the measured speed: a
    // quarter of what the evaluation left after the cancel would still take if the token were not observed.
    private static TimeSpan BoundAtThisLoad()
    {
        var projected = ProjectedManifestTime();
        var remaining = (projected * Manifests) - (CancelAfter * 2);
        return remaining / 4 > Bound ? remaining / 4 : Bound;
    }

    private static TimeSpan ProjectedManifestTime()
    {
        var compilation = GeneratorHarness.Compile(LongDefinitions.Source(1, Turns / 20));
        var clock = Stopwatch.StartNew();
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
        return clock.Elapsed * 20;
    }

    [Fact]
    public void One_busy_manifest_stays_in_its_budget_and_would_outlast_the_bound_by_far()
    {
        // The premise of the tests below, measured on a twentieth of the turns (time grows with turns): a
        // manifest completes without KD0002, and one alone takes far longer than the tests allow after cancelling,
        // so only a token observed inside the evaluation passes them.
        var sample = Turns / 20;
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compile(LongDefinitions.Source(1, sample)), out _, out _); // warm-up
        var compilation = GeneratorHarness.Compile(LongDefinitions.Source(1, sample));
        var clock = Stopwatch.StartNew();
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var projected = clock.Elapsed * 20;
        Assert.Empty(diagnostics);
        Assert.Contains("v: \"0\"", Assert.Single(GeneratorHarness.ReadManifests(output)).Value, StringComparison.Ordinal);
        Assert.True(projected > (CancelAfter + Bound) * 2, $"a manifest of {Turns} turns would take {projected.TotalMilliseconds:F0} ms, not far beyond the bound");
    }

    [Fact]
    public Task The_generator_stops_promptly_when_cancelled_mid_evaluation()
    {
        var driver = GeneratorHarness.CreateDriver();
        return AssertStopsPromptly("the generator", (compilation, token) =>
        {
            driver.RunGenerators(compilation, token);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public Task The_analyzer_stops_promptly_when_cancelled_mid_evaluation() =>
        // The analyzer driver gives up waiting on a cancelled action; the idle check proves the evaluation stops too.
        AssertStopsPromptly("the analyzer", (compilation, token) =>
            compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestRulesAnalyzer()), new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                .GetAnalyzerDiagnosticsAsync(token));

    // Runs the busy definitions, cancels mid-evaluation, and checks the run ends with an OperationCanceledException
    // within the bound after the cancel, and that the process then falls idle.
    private static async Task AssertStopsPromptly(string who, Func<Compilation, CancellationToken, Task> run)
    {
        var compilation = GeneratorHarness.Compile(LongDefinitions.Source(Manifests, Turns));
        // Bound first, so the run is past the compiler's own work and inside an evaluation when cancelled.
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        using var cancellation = new CancellationTokenSource();
        var sinceCancel = new Stopwatch();
        var busy = new BusyRate();
        using var timer = new Timer(_ =>
        {
            busy.Stop();
            sinceCancel.Start();
            cancellation.Cancel();
        }, null, CancelAfter * 2, Timeout.InfiniteTimeSpan);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run(compilation, cancellation.Token));
        Assert.True(sinceCancel.IsRunning, $"{who} ended before the token was cancelled");
        var bound = BoundAtThisLoad();
        Assert.True(sinceCancel.Elapsed < bound, $"{who} stopped {sinceCancel.Elapsed.TotalMilliseconds:F0} ms after cancellation (bound {bound.TotalMilliseconds:F0} ms)");
        AssertIdle(busy);
    }

    [Fact]
    public async Task An_analysis_with_a_cancelled_token_does_not_start()
    {
        var compilation = GeneratorHarness.Compile(LongDefinitions.Source(Manifests, Turns));
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestRulesAnalyzer()), new AnalyzerOptions([]));
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analyzers.GetAnalyzerDiagnosticsAsync(new CancellationToken(canceled: true)));
        Assert.True(clock.Elapsed < Bound, $"a cancelled analysis took {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    // The process's processor time per second while the run evaluated, from the start of the run to the cancel:
    // what a run that went on after the cancel would keep using, at the machine's current load.
    private sealed class BusyRate
    {
        private readonly TimeSpan start = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly Stopwatch clock = Stopwatch.StartNew();

        public double PerSecond { get; private set; }

        public void Stop() => PerSecond = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds / clock.Elapsed.TotalSeconds;
    }

    // After the cancel the process must fall idle: within fifteen seconds, a second in which it uses less than half
    // of what it used per second while evaluating. Right after the cancel the jit and the collector are busy for a
    // moment (longer on a loaded machine); an evaluation left running uses its share all along, for many seconds.
    private static void AssertIdle(BusyRate busy)
    {
        var windows = new List<double>();
        for (var second = 0; second < 15; second++)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            Thread.Sleep(1000);
            windows.Add((Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds);
            if (second > 0 && windows[^1] < busy.PerSecond / 2)
            {
                return;
            }
        }

        Assert.Fail($"the process did not fall idle after the cancel: {string.Join(", ", windows.Select(w => w.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms of processor time in successive seconds, against {busy.PerSecond:F0} ms a second while evaluating");
    }
}

/// <summary>Tests that measure the whole process's processor time: the collection runs on its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Processor time";
}

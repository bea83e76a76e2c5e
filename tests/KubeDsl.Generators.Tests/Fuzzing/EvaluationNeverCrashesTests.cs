using CsCheck;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Property 2: whatever random definitions in the evaluated subset do (overflow, divide by zero, index out of range,
/// bad arguments), the generator reports a KD diagnostic or writes the manifest; it never crashes (CS8785).
/// </summary>
public class EvaluationNeverCrashesTests(ITestOutputHelper output)
{
    [Fact]
    public void Random_definitions_give_manifests_or_KD_diagnostics_never_a_crash()
    {
        var cases = FuzzRun.CheckItems(
            RandomDefinitions.Expression,
            RandomDefinitions.Expression.Array[1, 4],
            longBatch: 25,
            expressions =>
            {
                var source = RandomDefinitions.Wrap(expressions);
                var run = GeneratorHarness.Run(source);
                var crashes = Crashes.In(run.Diagnostics);
                Assert.True(crashes.Count == 0, string.Join("\n", crashes));

                // The definitions are valid C#; a compiler error would mean the generator was never tried.
                var errors = run.Diagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            },
            RandomDefinitions.Wrap,
            ci: 30);
        output.WriteLine($"random definitions: {cases} definitions");
    }
}

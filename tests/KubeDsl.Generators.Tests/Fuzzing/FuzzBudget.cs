using System.Globalization;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// How many cases a property runs and from which seed. CI runs a small fixed budget; bench/fuzz.sh raises it with
/// KUBEDSL_FUZZ_CASES (and may pick a seed with KUBEDSL_FUZZ_SEED) for a long run.
/// </summary>
public static class FuzzBudget
{
    /// <summary>A fixed CsCheck seed, so a CI failure repeats on any machine.</summary>
    public const string DefaultSeed = "0N0XIzNsQ0O2";

    /// <summary>The case count for a property, <paramref name="ci"/> unless KUBEDSL_FUZZ_CASES says otherwise.</summary>
    public static int Cases(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("KUBEDSL_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ci;

    /// <summary>The seed, or null (a fresh random one) when KUBEDSL_FUZZ_SEED is "random".</summary>
    public static string? Seed =>
        Environment.GetEnvironmentVariable("KUBEDSL_FUZZ_SEED") switch
        {
            null or "" => DefaultSeed,
            "random" => null,
            var s => s,
        };

    /// <summary>Whether this is a long run, where a property prints how many cases it ran.</summary>
    public static bool Long => Environment.GetEnvironmentVariable("KUBEDSL_FUZZ_CASES") is { Length: > 0 };
}

using CsCheck;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Runs a property the way CI and the long run need. CsCheck's seed fixes only the first iteration, so CI draws all
/// its cases as one array from the fixed seed (the same cases on every machine); on a failure it samples again
/// from that seed for a while, which lets CsCheck shrink the failing array. A long run samples freshly.
/// </summary>
public static class FuzzRun
{
    /// <summary>
    /// A property over batches of items (resources, definitions) checked together because each check has a fixed
    /// cost (a Python process, a generator run). CI draws <paramref name="ciBatch"/> batches, which shrink well; a
    /// long run counts KUBEDSL_FUZZ_CASES in items, drawn in batches of <paramref name="longBatch"/>. Returns the
    /// number of items checked.
    /// </summary>
    public static int CheckItems<T>(Gen<T> item, Gen<T[]> ciBatch, int longBatch, Action<T[]> assert, Func<T[], string> print, int ci)
    {
        var items = 0;
        void Counted(T[] batch)
        {
            assert(batch);
            items += batch.Length;
        }

        if (FuzzBudget.Long)
        {
            var batches = (FuzzBudget.Cases(ci) + longBatch - 1) / longBatch;
            Run(item.Array[longBatch], Counted, print, batches);
        }
        else
        {
            Run(ciBatch, Counted, print, ci);
        }

        return items;
    }

    public static int Check<T>(Gen<T> gen, Action<T> assert, Func<T, string> print, int ci) => Run(gen, assert, print, FuzzBudget.Cases(ci));

    private static int Run<T>(Gen<T> gen, Action<T> assert, Func<T, string> print, int cases)
    {
        if (FuzzBudget.Long)
        {
            gen.Sample(assert, seed: FuzzBudget.Seed == FuzzBudget.DefaultSeed ? null : FuzzBudget.Seed, iter: cases, threads: 1, print: print);
            return cases;
        }

        void All(T[] values)
        {
            foreach (var value in values)
            {
                assert(value);
            }
        }

        string Print(T[] values) => string.Join("\n\n", values.Select(print));
        try
        {
            gen.Array[cases].Sample(All, seed: FuzzBudget.DefaultSeed, iter: 1, threads: 1, print: Print);
        }
        catch (CsCheckException)
        {
            gen.Array[1, cases].Sample(All, seed: FuzzBudget.DefaultSeed, iter: 100_000, time: 30, threads: 1, print: Print);
            throw;
        }

        return cases;
    }
}

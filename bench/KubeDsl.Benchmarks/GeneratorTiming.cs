namespace KubeDsl.Benchmarks;

/// <summary>`generator`: the generator's time per definition, in process, with and without the binding it triggers.</summary>
internal static class GeneratorTiming
{
    public static void Run(InProcessProject project)
    {
        project.WarmUp();
        var suite = project.Suite == Suite.Plain ? "" : $", suite {project.Suite.Name}";
        foreach (var bindFirst in new[] { true, false })
        {
            var samples = Enumerable.Range(0, 7).Select(_ => project.RunGenerator(bindFirst)).Order().ToList();
            var median = samples[samples.Count / 2];
            var label = (bindFirst ? "evaluate + emit" : "evaluate + emit + binding") + suite;
            Console.WriteLine($"generator ({label}): {project.Definitions} definitions, {project.Resources} resources, median {median:F1} ms per run (min {samples[0]:F1}, max {samples[^1]:F1})");
            Console.WriteLine($"generator ({label}): {median / project.Definitions:F3} ms per definition, {median / project.Resources:F3} ms per resource (target < 1 ms per definition)");
        }
    }
}

using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Benchmarks;

/// <summary>`emit`: where a build's time goes: emitting the project alone, and emitting it with the generator's output.</summary>
internal static class EmitTiming
{
    public static void Run(InProcessProject project)
    {
        project.WarmUp();
        for (var i = 0; i < 3; i++)
        {
            Emit(project, withGenerator: false);
            Emit(project, withGenerator: true);
        }
    }

    private static void Emit(InProcessProject project, bool withGenerator)
    {
        var compilation = (Compilation)project.NewCompilation();
        var watch = Stopwatch.StartNew();
        if (withGenerator)
        {
            project.NewDriver().RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        var generated = watch.Elapsed.TotalMilliseconds;
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("; ", result.Diagnostics.Take(3)));
        }

        Console.WriteLine($"emit (generator {(withGenerator ? "on" : "off")}): generator {generated:F0} ms, total {watch.Elapsed.TotalMilliseconds:F0} ms");
    }
}

using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>The diagnostics that mean the generator or an analyzer threw instead of reporting.</summary>
public static class Crashes
{
    public static IReadOnlyList<Diagnostic> In(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id is "CS8785" or "AD0001" or "CS8784").ToList();
}

using KubeDsl.Analyzers;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The analyzers evaluate through the shared evaluation assembly, not through the generator's internals.</summary>
public class AnalyzerAssemblyTests
{
    [Fact]
    public void Analyzers_reference_the_evaluation_assembly_and_not_the_generator()
    {
        var references = typeof(ManifestRulesAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("KubeDsl.Evaluation", references);
        Assert.Contains("KubeDsl.Core", references);
        Assert.DoesNotContain("KubeDsl.Generators", references);
    }
}

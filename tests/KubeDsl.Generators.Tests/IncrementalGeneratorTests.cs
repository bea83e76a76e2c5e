using KubeDsl.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KubeDsl.Generators.Tests;

/// <summary>The evaluation step stays cached when nothing it depends on changes, and reruns when something does.</summary>
public class IncrementalGeneratorTests
{
    private const string Definitions = GeneratorHarness.Usings + """
        public static class Defs
        {
            [Manifest("a.yaml")]
            public static V1ConfigMap A => new() { Metadata = new() { Name = Names.A } };
        }
        """;

    private const string Helpers = GeneratorHarness.Usings + "public static class Names { public static string A => \"first\"; }";

    private const string Unrelated = "public static class Other { public static int X => 1; }";

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile(Definitions, Helpers, Unrelated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        return (driver, compilation);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Unrelated_edit_keeps_evaluation_and_output_cached()
    {
        var (driver, compilation) = FirstRun();
        var unrelatedTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(unrelatedTree, CSharpSyntaxTree.ParseText("public static class Other { public static int X => 2; }", GeneratorHarness.ParseOptions, unrelatedTree.FilePath));

        driver = driver.RunGenerators(edited);

        Assert.All(Reasons(driver, GeneratorStepNames.Evaluate), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
        Assert.All(Reasons(driver, GeneratorStepNames.Collect), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, r.ToString()));
    }

    [Fact]
    public void Editing_a_helper_in_another_file_reevaluates_the_manifest()
    {
        var (driver, compilation) = FirstRun();
        var helperTree = compilation.SyntaxTrees.ElementAt(1);
        var edited = compilation.ReplaceSyntaxTree(helperTree, CSharpSyntaxTree.ParseText(Helpers.Replace("first", "second"), GeneratorHarness.ParseOptions, helperTree.FilePath));

        driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out _);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(driver, GeneratorStepNames.Evaluate));
        Assert.Contains("name: second", GeneratorHarness.ReadManifests(output)["a.yaml"]);
    }
}

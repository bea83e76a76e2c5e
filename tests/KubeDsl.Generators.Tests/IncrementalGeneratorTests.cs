using KubeDsl.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace KubeDsl.Generators.Tests;

/// <summary>
/// The exact run reason of every named step after each kind of edit, so a step that starts running again when it
/// need not (or stops running when it must) fails here. Per-member steps list one reason per member, in the
/// order A, B, C.
/// </summary>
public class IncrementalGeneratorTests
{
    private static readonly string[] Sources =
    [
        GeneratorHarness.Usings + """
            public static class DefsA
            {
                [Manifest("a.yaml")]
                public static V1ConfigMap A => new() { Metadata = new() { Name = Names.A, Labels = Shared.Labels, Annotations = new Dictionary<string, string> { ["note"] = Names.Note } } };
            }
            """,
        GeneratorHarness.Usings + """
            public static class DefsB
            {
                [Manifest("b.yaml")]
                public static V1ConfigMap B => new() { Metadata = new() { Name = Names.B, Labels = Shared.Labels } };

                [Manifest("c.yaml")]
                public static V1ConfigMap C => Broken.Map();
            }
            """,
        GeneratorHarness.Usings + "public static class Names { public static string A => \"first\"; public static string B => \"second\"; public static string Note => \"first note\"; }",
        GeneratorHarness.Usings + "public static class Shared { public static Dictionary<string, string> Labels => new() { [\"team\"] = \"data\" }; }",
        GeneratorHarness.Usings + "public static class Broken { public static V1ConfigMap Map() => new() { Metadata = new() { Name = DateTime.Now.ToString() } }; }",
        "public static class Other { public static int X => 1; }",
    ];

    private const int Names = 2, Shared = 3, Broken = 4, Unrelated = 5, DefinitionsB = 1;

    private static string[] AllSteps =>
    [
        GeneratorStepNames.Evaluate, GeneratorStepNames.Layout, GeneratorStepNames.Claims, GeneratorStepNames.CollectClaims, GeneratorStepNames.Plan,
        GeneratorStepNames.Content, GeneratorStepNames.Bundle, GeneratorStepNames.Diagnostics, GeneratorStepNames.Report,
    ];

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(IncrementalGeneratorOutputKind disabled = IncrementalGeneratorOutputKind.None)
    {
        var compilation = GeneratorHarness.Compile(Sources);
        var driver = GeneratorHarness.CreateDriver(disabledOutputs: disabled).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static Compilation Edit(Compilation compilation, int file, string from, string to)
    {
        var tree = compilation.SyntaxTrees.ElementAt(file);
        var text = tree.GetText().ToString();
        Assert.Contains(from, text, StringComparison.Ordinal);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text.Replace(from, to, StringComparison.Ordinal), GeneratorHarness.ParseOptions, tree.FilePath));
    }

    /// <summary>Each step's reasons as "step: reason, reason", for one readable comparison of the whole run.</summary>
    private static string Reasons(GeneratorDriver driver, params string[] steps)
    {
        var tracked = driver.GetRunResult().Results[0].TrackedSteps;
        return string.Join("\n", steps.Select(step => step + ": " + (tracked.TryGetValue(step, out var runs)
            ? string.Join(", ", runs.SelectMany(r => r.Outputs).Select(o => o.Reason))
            : "not run")));
    }

    private static string Expected(params (string Step, IncrementalStepRunReason[] Reasons)[] steps) =>
        string.Join("\n", steps.Select(s => s.Step + ": " + string.Join(", ", s.Reasons)));

    private static Diagnostic[] Diagnostics(GeneratorDriver driver) => driver.GetRunResult().Results[0].Diagnostics.ToArray();

    [Fact]
    public void First_run_adds_every_step()
    {
        var (driver, _) = FirstRun();

        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [New, New, New]),
                (GeneratorStepNames.Layout, [New]),
                (GeneratorStepNames.Claims, [New, New, New]),
                (GeneratorStepNames.CollectClaims, [New]),
                (GeneratorStepNames.Plan, [New]),
                (GeneratorStepNames.Content, [New, New, New]),
                (GeneratorStepNames.Bundle, [New]),
                (GeneratorStepNames.Diagnostics, [New, New, New]),
                (GeneratorStepNames.Report, [New])),
            Reasons(driver, AllSteps));
    }

    [Fact]
    public void An_unrelated_edit_reevaluates_but_every_later_step_is_cached()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(Edit(compilation, Unrelated, "X => 1", "X => 2"));

        // Evaluation runs again because a definition may read any file; its results compare equal.
        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [Unchanged, Unchanged, Unchanged]),
                (GeneratorStepNames.Layout, [Cached]),
                (GeneratorStepNames.Claims, [Cached, Cached, Cached]),
                (GeneratorStepNames.CollectClaims, [Cached]),
                (GeneratorStepNames.Plan, [Cached]),
                (GeneratorStepNames.Content, [Cached, Cached, Cached]),
                (GeneratorStepNames.Bundle, [Cached]),
                (GeneratorStepNames.Diagnostics, [Cached, Cached, Cached]),
                (GeneratorStepNames.Report, [Cached])),
            Reasons(driver, AllSteps));
    }

    [Fact]
    public void A_value_edit_in_a_helper_rewrites_the_bundle_only()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGeneratorsAndUpdateCompilation(Edit(compilation, Names, "\"first note\"", "\"renamed note\""), out var output, out _);

        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [Modified, Unchanged, Unchanged]),
                (GeneratorStepNames.Claims, [Unchanged, Cached, Cached]),
                (GeneratorStepNames.CollectClaims, [Cached]),
                (GeneratorStepNames.Plan, [Cached]),
                (GeneratorStepNames.Content, [Modified, Cached, Cached]),
                (GeneratorStepNames.Bundle, [Modified]),
                (GeneratorStepNames.Diagnostics, [Unchanged, Cached, Cached]),
                (GeneratorStepNames.Report, [Cached])),
            Reasons(driver, AllSteps.Except([GeneratorStepNames.Layout]).ToArray()));
        Assert.Contains("note: renamed note", GeneratorHarness.ReadManifests(output)["a.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_resource_reruns_the_plan_which_stays_equal_when_nothing_clashes()
    {
        var (driver, compilation) = FirstRun();

        // The name is part of what the plan judges (KD0016), so the claim changes; the plan it gives does not.
        driver = driver.RunGeneratorsAndUpdateCompilation(Edit(compilation, Names, "\"first\"", "\"renamed\""), out var output, out _);

        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [Modified, Unchanged, Unchanged]),
                (GeneratorStepNames.Claims, [Modified, Cached, Cached]),
                (GeneratorStepNames.CollectClaims, [Modified]),
                (GeneratorStepNames.Plan, [Unchanged]),
                (GeneratorStepNames.Content, [Modified, Cached, Cached]),
                (GeneratorStepNames.Bundle, [Modified]),
                (GeneratorStepNames.Diagnostics, [Unchanged, Cached, Cached]),
                (GeneratorStepNames.Report, [Cached])),
            Reasons(driver, AllSteps.Except([GeneratorStepNames.Layout]).ToArray()));
        Assert.Contains("name: renamed", GeneratorHarness.ReadManifests(output)["a.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_default_edit_reevaluates_every_member_that_reads_it()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGeneratorsAndUpdateCompilation(Edit(compilation, Shared, "\"data\"", "\"platform\""), out var output, out _);

        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [Modified, Modified, Unchanged]),
                (GeneratorStepNames.Claims, [Unchanged, Unchanged, Cached]),
                (GeneratorStepNames.Plan, [Cached]),
                (GeneratorStepNames.Content, [Modified, Modified, Cached]),
                (GeneratorStepNames.Bundle, [Modified]),
                (GeneratorStepNames.Diagnostics, [Unchanged, Unchanged, Cached]),
                (GeneratorStepNames.Report, [Cached])),
            Reasons(driver, GeneratorStepNames.Evaluate, GeneratorStepNames.Claims, GeneratorStepNames.Plan, GeneratorStepNames.Content, GeneratorStepNames.Bundle, GeneratorStepNames.Diagnostics, GeneratorStepNames.Report));
        var manifests = GeneratorHarness.ReadManifests(output);
        Assert.Contains("team: platform", manifests["a.yaml"], StringComparison.Ordinal);
        Assert.Contains("team: platform", manifests["b.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_definition_reevaluates_it_and_leaves_the_bundle_alone_when_its_yaml_stays()
    {
        var (driver, compilation) = FirstRun();

        // A comment moves the definitions of B and C in their file: their attributes' locations change, their YAML
        // does not, so the report runs again (its locations must follow) and the bundle does not.
        driver = driver.RunGenerators(Edit(compilation, DefinitionsB, "public static class DefsB", "// moved\npublic static class DefsB"));

        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [Unchanged, Modified, Modified]),
                (GeneratorStepNames.Claims, [Cached, Unchanged, Unchanged]),
                (GeneratorStepNames.Plan, [Cached]),
                (GeneratorStepNames.Content, [Cached, Unchanged, Unchanged]),
                (GeneratorStepNames.Bundle, [Cached]),
                (GeneratorStepNames.Diagnostics, [Cached, Modified, Modified]),
                (GeneratorStepNames.Report, [Modified])),
            Reasons(driver, GeneratorStepNames.Evaluate, GeneratorStepNames.Claims, GeneratorStepNames.Plan, GeneratorStepNames.Content, GeneratorStepNames.Bundle, GeneratorStepNames.Diagnostics, GeneratorStepNames.Report));
        Assert.Equal("KD0001", Assert.Single(Diagnostics(driver)).Id);
    }

    [Fact]
    public void An_edit_that_changes_only_a_diagnostic_reruns_the_report_and_not_the_bundle()
    {
        var (driver, compilation) = FirstRun();
        var before = Assert.Single(Diagnostics(driver));

        driver = driver.RunGenerators(Edit(compilation, Broken, "DateTime.Now.ToString()", "Guid.NewGuid().ToString()"));

        Assert.Equal(
            Expected(
                (GeneratorStepNames.Evaluate, [Unchanged, Unchanged, Modified]),
                (GeneratorStepNames.Claims, [Cached, Cached, Unchanged]),
                (GeneratorStepNames.Plan, [Cached]),
                (GeneratorStepNames.Content, [Cached, Cached, Unchanged]),
                (GeneratorStepNames.Bundle, [Cached]),
                (GeneratorStepNames.Diagnostics, [Cached, Cached, Modified]),
                (GeneratorStepNames.Report, [Modified])),
            Reasons(driver, GeneratorStepNames.Evaluate, GeneratorStepNames.Claims, GeneratorStepNames.Plan, GeneratorStepNames.Content, GeneratorStepNames.Bundle, GeneratorStepNames.Diagnostics, GeneratorStepNames.Report));
        var after = Assert.Single(Diagnostics(driver));
        Assert.Equal(before.Id, after.Id);
        Assert.NotEqual(before.GetMessage(), after.GetMessage());
    }

    [Fact]
    public void With_implementation_outputs_off_as_in_the_ide_the_bundle_is_never_built_and_diagnostics_are_reported()
    {
        var (driver, compilation) = FirstRun(IncrementalGeneratorOutputKind.Implementation);

        driver = driver.RunGenerators(Edit(compilation, Names, "\"first\"", "\"renamed\""));

        var result = driver.GetRunResult().Results[0];
        Assert.Empty(result.GeneratedSources);
        Assert.Equal("KD0001", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(
            Expected((GeneratorStepNames.Diagnostics, [Unchanged, Cached, Cached]), (GeneratorStepNames.Report, [Cached])) + "\n"
                + GeneratorStepNames.Content + ": not run\n" + GeneratorStepNames.Bundle + ": not run",
            Reasons(driver, GeneratorStepNames.Diagnostics, GeneratorStepNames.Report, GeneratorStepNames.Content, GeneratorStepNames.Bundle));
    }

    [Fact]
    public void A_diagnostic_is_reported_in_the_compilations_own_tree()
    {
        var (driver, compilation) = FirstRun();

        var diagnostic = Assert.Single(Diagnostics(driver));

        Assert.Same(compilation.SyntaxTrees.ElementAt(Broken), diagnostic.Location.SourceTree);
    }
}

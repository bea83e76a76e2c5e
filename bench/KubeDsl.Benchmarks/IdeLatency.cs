using System.Collections.Immutable;
using System.Diagnostics;
using KubeDsl.Analyzers;
using KubeDsl.Analyzers.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Benchmarks;

/// <summary>
/// `ide`: what a user waits for after typing in a large project. The suite's project is opened in an
/// <see cref="AdhocWorkspace"/>; each edit changes one string literal of the first definition and times, on the
/// workspace's new compilation, (a) the generator driver run incrementally (the driver of the previous edit, so
/// only the edited definition is evaluated again) until the bundle holds the new value, (b) the analyzer
/// diagnostics of the edited file (<c>GetAnalyzerSemanticDiagnosticsAsync</c>, what the IDE asks for the open
/// file), and (c) the compilation-end analysis (the cross-resource rules, after every definition is evaluated:
/// what full-solution analysis waits for). Medians of the measured edits after warm-up edits.
/// </summary>
internal static class IdeLatency
{
    private const int WarmUpEdits = 3;
    private const int Edits = 21;

    // Targets: the open file's diagnostics within a keystroke pause, the cross-resource ones within a second.
    private const double FileTarget = 50;
    private const double CompilationEndTarget = 1000;

    // The literal each edit changes: the first definition's date argument (Definitions.cs).
    private const string Literal = "\"2026-01-01\"";

    public static void Run(InProcessProject project)
    {
        if (project.Suite != Suite.Plain)
        {
            throw new ArgumentException("the ide mode edits a literal of the plain suite's definitions");
        }

        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var info = ProjectInfo.Create(projectId, VersionStamp.Create(), "Bench", "Bench", LanguageNames.CSharp,
            compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: project.Parse,
            metadataReferences: project.References);
        var solution = workspace.CurrentSolution.AddProject(info);
        DocumentId? edited = null;
        foreach (var tree in project.Trees)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(id, tree.FilePath, tree.GetText(), filePath: tree.FilePath);
            if (edited is null && tree.GetText().ToString().Contains(Literal, StringComparison.Ordinal))
            {
                edited = id;
            }
        }

        if (edited is null || !workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("the project did not open");
        }

        // The IDE has built the project once before the user types: the driver holds every definition's result.
        var driver = project.NewDriver().RunGenerators(Compilation(workspace));
        var generator = new List<double>();
        var file = new List<double>();
        var roslyn = new List<double>();
        var end = new List<double>();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ManifestRulesAnalyzer());
        var empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var (carried, evaluated) = (0, 0);
        for (var edit = 0; edit < WarmUpEdits + Edits; edit++)
        {
            var document = workspace.CurrentSolution.GetDocument(edited)!;
            var text = document.GetTextAsync().GetAwaiter().GetResult();
            var at = text.ToString().IndexOf("\"2026-01-", StringComparison.Ordinal);
            var value = $"\"2026-01-{edit % 28 + 1:00}\"";
            if (!workspace.TryApplyChanges(workspace.CurrentSolution.WithDocumentText(edited, text.Replace(new TextSpan(at, Literal.Length), value))))
            {
                throw new InvalidOperationException("the edit was not applied");
            }

            var compilation = Compilation(workspace);
            var tree = compilation.SyntaxTrees.Single(t => t.FilePath == document.FilePath);

            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            var generated = driver.GetRunResult().GeneratedTrees.Single();
            var job = InProcessProject.Bundle(generated).Single(f => f.Path == "jobs/job-0.yaml");
            var a = watch.Elapsed.TotalMilliseconds;
            if (!job.Content.Contains(value.Trim('"'), StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the generator's output does not hold the edited value " + value);
            }

            // The IDE analyzes the compilation with the generator's output in it, as a build compiles it.
            var analyzed = compilation.AddSyntaxTrees(generated);

            // The same request with an analyzer that does nothing in its symbol actions: what Roslyn itself takes
            // (a new analysis compilation binds the file to raise the symbol events). The two take turns going
            // first, as the first warms caches the second finds.
            var b0 = 0.0;
            if (edit % 2 == 0)
            {
                b0 = FileDiagnostics(analyzed, tree, empty, options, out _);
            }

            var b = FileDiagnostics(analyzed, tree, analyzers, options, out var perFile);
            (carried, evaluated) = KeptCounts();
            if (edit % 2 == 1)
            {
                b0 = FileDiagnostics(analyzed, tree, empty, options, out _);
            }

            watch.Restart();
            var whole = analyzed.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var c = watch.Elapsed.TotalMilliseconds;
            InProcessProject.RefuseFindings(perFile.Concat(whole));

            // With no findings to show for it, the kept results prove what ran: after the first edit, (b) evaluated the
            // edited definition alone and took the rest over, and (c) had a result for every definition.
            var (wholeCarried, wholeEvaluated) = KeptCounts();
            if (edit > 0 && (evaluated != 1 || carried != project.Definitions - 1 || wholeCarried + wholeEvaluated != project.Definitions))
            {
                throw new InvalidOperationException($"the analyzer did not run as expected: (b) evaluated {evaluated} and took {carried} over, (c) evaluated {wholeEvaluated} and took {wholeCarried} over");
            }

            if (edit >= WarmUpEdits)
            {
                generator.Add(a);
                file.Add(b);
                roslyn.Add(b0);
                end.Add(c);
            }
        }

        // What the analyzer keeps between compilations: the managed heap with its results and without.
        var withResults = GC.GetTotalMemory(forceFullCollection: true);
        MemberResultCache.Clear();
        var withoutResults = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"ide: {project.Definitions} definitions in {project.Trees.Count} files, one literal edited {Edits} times after {WarmUpEdits} warm-up edits (medians)");
        Console.WriteLine($"ide: for the last edit's file diagnostics the analyzer took {carried} results over from the compilation before and evaluated {evaluated} definitions; the kept results hold {(withResults - withoutResults) / 1048576.0:F1} MB of the {withResults / 1048576.0:F1} MB managed heap");
        Console.WriteLine($"ide: (a) generator output updated {Median(generator):F1} ms (min {generator.Min():F1}, max {generator.Max():F1})");
        Console.WriteLine($"ide: (b) edited file's analyzer diagnostics {Median(file):F1} ms (min {file.Min():F1}, max {file.Max():F1}); target {FileTarget:F0} ms, ratio {Median(file) / FileTarget:F2}");
        Console.WriteLine($"ide: (b0) the same with an analyzer that does nothing {Median(roslyn):F1} ms (min {roslyn.Min():F1}, max {roslyn.Max():F1}): Roslyn's share of (b)");
        Console.WriteLine($"ide: (c) compilation-end analysis {Median(end):F0} ms (min {end.Min():F0}, max {end.Max():F0}); target {CompilationEndTarget:F0} ms, ratio {Median(end) / CompilationEndTarget:F2}");
    }

    private static double FileDiagnostics(Compilation compilation, SyntaxTree tree, ImmutableArray<DiagnosticAnalyzer> analyzers, CompilationWithAnalyzersOptions options, out ImmutableArray<Diagnostic> found)
    {
        var watch = Stopwatch.StartNew();
        found = compilation.WithAnalyzers(analyzers, options)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None).GetAwaiter().GetResult();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Compilation Compilation(Workspace workspace) =>
        workspace.CurrentSolution.Projects.Single().GetCompilationAsync().GetAwaiter().GetResult()!;

    // Apart, so no local of the measuring method keeps the results reachable when their memory is measured.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (int Carried, int Evaluated) KeptCounts()
    {
        var kept = MemberResultCache.Current("Bench")!;
        return (kept.CarriedOver, kept.Evaluated);
    }

    private static double Median(List<double> samples)
    {
        var sorted = samples.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

// Run only by CompilationWithAnalyzers in this process, never loaded by a compiler: the rules for shipped
// analyzers (their assembly, target framework and release tracking) do not apply.
#pragma warning disable RS1036, RS1038, RS1041, RS2008

/// <summary>An analyzer with the rule analyzer's symbol actions, each doing nothing: the cost of any such analyzer.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never reported", "never reported", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(_ => { }, SymbolKind.Property, SymbolKind.Method, SymbolKind.Field);
    }
}
#pragma warning restore RS1036, RS1038, RS1041, RS2008

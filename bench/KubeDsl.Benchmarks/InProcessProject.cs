using System.Diagnostics;
using k8s.Models;
using KubeDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KubeDsl.Benchmarks;

/// <summary>A suite's definitions parsed once, with the references a compilation of them needs, for the in-process modes.</summary>
internal sealed class InProcessProject
{
    public InProcessProject(Suite suite, int definitions)
    {
        Suite = suite;
        Definitions = definitions;
        References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ManifestAttribute).Assembly.Location).Append(typeof(V1ObjectMeta).Assembly.Location)
            .Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        Trees = suite.Files(definitions).Select(f => CSharpSyntaxTree.ParseText(f.Source, Parse, f.Name))
            .Prepend(CSharpSyntaxTree.ParseText(suite.Defaults, Parse, "Defaults.cs")).ToList();
    }

    public Suite Suite { get; }

    public int Definitions { get; }

    /// <summary>Resources the definitions write (one per definition, or more where a definition returns a list).</summary>
    public int Resources => Suite.Resources(Definitions);

    public CSharpParseOptions Parse { get; } = new(LanguageVersion.Latest);

    public List<MetadataReference> References { get; }

    public List<SyntaxTree> Trees { get; }

    /// <summary>A fresh compilation of the project: nothing bound, nothing cached.</summary>
    public CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create("Bench", Trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>
    /// Stops the benchmark on any finding: the suites follow every rule, info advice included, and each reported
    /// diagnostic costs Roslyn's handling, which would blur what is measured.
    /// </summary>
    public static void RefuseFindings(IEnumerable<Diagnostic> diagnostics)
    {
        var faults = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info).ToList();
        if (faults.Count > 0)
        {
            throw new InvalidOperationException($"Unexpected findings ({faults.Count}): " + string.Join("; ", faults.Take(3)));
        }
    }

    public GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: Parse);

    /// <summary>
    /// Runs the generator once on a fresh compilation and driver, so every definition is evaluated and emitted from
    /// scratch, and returns its time. With bindFirst the compiler has already bound the definitions, so only
    /// evaluation and emission are timed; without it the time includes the binding the generator triggers, as in a
    /// real build. Throws unless every definition wrote its file and its resources without a diagnostic.
    /// </summary>
    public double RunGenerator(bool bindFirst)
    {
        var compilation = NewCompilation();
        if (bindFirst)
        {
            _ = compilation.GetDiagnostics();
        }

        var driver = NewDriver();
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        watch.Stop();
        var result = driver.GetRunResult();
        var bundle = result.GeneratedTrees.Length == 1 ? Bundle(result.GeneratedTrees[0]) : null;
        var files = bundle?.Count ?? -1;
        var resources = bundle?.Sum(f => CountResources(f.Content)) ?? -1;
        if (result.Diagnostics.Length > 0 || files != Definitions || resources != Resources)
        {
            throw new InvalidOperationException($"Unexpected generator result: {result.GeneratedTrees.Length} sources, {files} files, {resources} resources, diagnostics: {string.Join("; ", result.Diagnostics.Take(3))}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>Warms up the JIT and Roslyn's caches: three generator runs with the compilation bound first, three without.</summary>
    public void WarmUp()
    {
        for (var i = 0; i < 3; i++)
        {
            RunGenerator(bindFirst: true);
            RunGenerator(bindFirst: false);
        }
    }

    /// <summary>The files in the bundle a generated source carries, as the build task would read them.</summary>
    public static List<Documents.EmbeddedManifest> Bundle(SyntaxTree generated)
    {
        var literal = generated.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single();
        return Documents.ManifestBundle.Decode(literal.Token.ValueText);
    }

    /// <summary>The YAML documents of a file: each resource has one top-level kind.</summary>
    private static int CountResources(string yaml) => yaml.Split('\n').Count(line => line.StartsWith("kind: ", StringComparison.Ordinal));
}

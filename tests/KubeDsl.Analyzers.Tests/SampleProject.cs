using System.Collections.Immutable;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// A sample project under samples/ as the analyzer sees it in a build: its C# files and the package helpers, the
/// build properties its .csproj sets, and its inventory as AdditionalFiles with the item's metadata.
/// </summary>
internal sealed class SampleProject
{
    private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Append(typeof(ManifestAttribute).Assembly.Location)
        .Append(typeof(k8s.Models.V1Pod).Assembly.Location)
        .Distinct()
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    private readonly CompilationWithAnalyzersOptions options;

    private SampleProject(IReadOnlyList<SyntaxTree> trees, CompilationWithAnalyzersOptions options)
    {
        Trees = trees;
        this.options = options;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public static SampleProject Load(string project, bool withInventory = true, string? podSecurity = null)
    {
        var folder = Path.Combine(Fixtures.RepoRoot, "samples", project);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.TopDirectoryOnly)
            .Append(Fixtures.HelperSource)
            .Select(f => CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(f)), parse, f))
            .ToList();
        // The project's build properties the analyzer reads, as MSBuild would pass them.
        var csproj = File.ReadAllText(Directory.GetFiles(folder, "*.csproj").Single());
        var version = System.Text.RegularExpressions.Regex.Match(csproj, "<KubeDslFlinkOperatorVersion>([^<]*)<").Groups[1].Value;
        var global = new Dictionary<string, string>();
        if (version.Length > 0)
        {
            global["build_property.KubeDslFlinkOperatorVersion"] = version;
        }

        if (podSecurity is not null)
        {
            global["build_property.KubeDslPodSecurity"] = podSecurity;
        }

        // KubeDslInventory items, passed as MSBuild passes them: AdditionalFiles with the item's metadata.
        var inventory = System.Text.RegularExpressions.Regex.Matches(csproj, "<KubeDslInventory Include=\"([^\"]*)\"")
            .SelectMany(m => Directory.GetFiles(Path.Combine(folder, Path.GetDirectoryName(m.Groups[1].Value)!), Path.GetFileName(m.Groups[1].Value)))
            .Select(f => (AdditionalText)new FileText(f))
            .Where(_ => withInventory)
            .ToImmutableArray();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(inventory, new BuildPropertyOptions(global, inventory)), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return new SampleProject(trees, options);
    }

    /// <summary>A compilation of <paramref name="trees"/> (default: the project's), named <paramref name="assemblyName"/>, with the same references each time.</summary>
    public CSharpCompilation Compilation(string assemblyName, IEnumerable<SyntaxTree>? trees = null) =>
        CSharpCompilation.Create(assemblyName, trees ?? Trees, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation) =>
        compilation.WithAnalyzers([new ManifestRulesAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
}

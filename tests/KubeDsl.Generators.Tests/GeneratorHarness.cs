using System.Collections.Immutable;
using k8s.Models;
using KubeDsl.Documents;
using KubeDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KubeDsl.Generators.Tests;

/// <summary>The outcome of running the generator over some sources.</summary>
public sealed record GeneratorRun(
    ImmutableArray<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, string> Manifests,
    ImmutableArray<GeneratedSourceResult> Sources,
    Compilation Output)
{
    /// <summary>Diagnostics with a KubeDsl id.</summary>
    public IReadOnlyList<Diagnostic> KubeDsl => Diagnostics.Where(d => d.Id.StartsWith("KD", StringComparison.Ordinal)).ToList();

    /// <summary>The only manifest's YAML; fails when there is not exactly one.</summary>
    public string Single()
    {
        Assert.True(Diagnostics.IsEmpty, "Unexpected diagnostics:\n" + string.Join("\n", Diagnostics));
        return Assert.Single(Manifests).Value;
    }
}

/// <summary>Compiles sources against the KubeDsl runtime and KubernetesClient and runs the manifest generator.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(ManifestAttribute).Assembly.Location);
        paths.Add(typeof(V1ObjectMeta).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    /// <summary>The helpers (<c>Meta</c>, <c>Requirements</c>, ...) the package adds to a project as a content file.</summary>
    public static readonly string HelperSource = ReadResource("KubeDslHelpers.cs");

    private static string ReadResource(string name)
    {
        using var stream = typeof(GeneratorHarness).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing k8s.Models;\nusing KubeDsl;\n";

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "UserProject",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "File" + i + ".cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver that tracks steps; <paramref name="disabledOutputs"/> as an IDE sets it (Implementation).</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? buildProperties = null, IncrementalGeneratorOutputKind disabledOutputs = IncrementalGeneratorOutputKind.None, IEnumerable<AdditionalText>? additionalFiles = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ManifestGenerator().AsSourceGenerator() },
            additionalTexts: additionalFiles,
            parseOptions: ParseOptions,
            optionsProvider: new BuildProperties(buildProperties ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(disabledOutputs, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over <paramref name="sources"/> with values files (path relative to the project, text).</summary>
    public static GeneratorRun RunWithValues(IReadOnlyDictionary<string, string> values, params string[] sources)
    {
        var compilation = Compile(sources.Select(s => s.TrimStart().StartsWith("using", StringComparison.Ordinal) ? s : Usings + s).ToArray());
        var driver = CreateDriver(additionalFiles: values.Select(v => (AdditionalText)new ValuesFile(v.Key, v.Value)))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results[0];
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !generatorDiagnostics.Contains(d)));
        return new GeneratorRun(diagnostics, ReadManifests(output), result.GeneratedSources, output);
    }

    /// <summary>Runs the generator; sources get <see cref="Usings"/> prepended unless they start with "using".</summary>
    public static GeneratorRun Run(params string[] sources) => RunWith(null, sources);

    /// <summary>Runs the generator with MSBuild properties visible to it (<c>KubeDslEnvironmentLayout</c>).</summary>
    public static GeneratorRun RunWith(IReadOnlyDictionary<string, string>? buildProperties, params string[] sources)
    {
        var compilation = Compile(sources.Select(s => s.TrimStart().StartsWith("using", StringComparison.Ordinal) ? s : Usings + s).ToArray());
        var driver = CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results[0];
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !generatorDiagnostics.Contains(d)));
        return new GeneratorRun(diagnostics, ReadManifests(output), result.GeneratedSources, output);
    }

    /// <summary>The manifests in the bundle the generated assembly attribute carries, by path.</summary>
    public static IReadOnlyDictionary<string, string> ReadManifests(Compilation compilation) =>
        new SortedDictionary<string, string>(ReadBundle(compilation).ToDictionary(f => f.Path, f => f.Content), StringComparer.Ordinal);

    /// <summary>The files in the bundle the compilation's generated assembly attribute carries, as the build task reads them.</summary>
    internal static IReadOnlyList<EmbeddedManifest> ReadBundle(Compilation compilation)
    {
        var bundles = compilation.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == ManifestBundle.AttributeFullName)
            .Select(a => (string)a.ConstructorArguments[0].Value!)
            .ToList();
        Assert.True(bundles.Count <= 1, $"{bundles.Count} manifest bundles in one assembly");
        return bundles.Count == 0 ? [] : ManifestBundle.Decode(bundles[0]);
    }

    /// <summary>
    /// Wraps an expression in a manifest property returning a V1ConfigMap whose data map holds it, handy for
    /// testing how an expression evaluates: the YAML body after the header is returned.
    /// </summary>
    public static string EvaluateData(string expression, string extraMembers = "")
    {
        var run = Run($$"""
            public static class Defs
            {
                {{extraMembers}}
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["value"] = {{expression}} } };
            }
            """);
        var yaml = run.Single();
        return yaml.Substring(yaml.IndexOf("data:", StringComparison.Ordinal));
    }
}

/// <summary>Global analyzer options carrying build properties, as MSBuild passes CompilerVisibleProperty values.</summary>
/// <summary>Also the metadata KubeDsl.targets puts on values files: the project-relative path, for each file under <see cref="ValuesFile.Root"/>.</summary>
internal sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
{
    private readonly Options global = new(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => global;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.StartsWith(ValuesFile.Root, StringComparison.Ordinal)
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KubeDslValuesPath"] = textFile.Path.Substring(ValuesFile.Root.Length) })
            : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>A values file as the compiler sees it: an additional file under the test project folder <see cref="Root"/>.</summary>
public sealed class ValuesFile(string path, string text) : AdditionalText
{
    /// <summary>The folder the test project stands for.</summary>
    public const string Root = "/project/";

    public override string Path { get; } = Root + path;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(text);
}

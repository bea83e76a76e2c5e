using System.Collections.Immutable;
using System.Diagnostics;
using k8s.Models;
using KubeDsl;
using KubeDsl.Benchmarks;
using KubeDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: KubeDsl.Benchmarks generator [count]      time per definition of evaluate + emit, in process
//        KubeDsl.Benchmarks emit [count]           emit time of the compilation with and without the generator
//        KubeDsl.Benchmarks phases [count]         the generator's time split into evaluation, document trees and YAML
//        KubeDsl.Benchmarks analyzer [count]       time per definition of the rule analyzer
//        KubeDsl.Benchmarks rsp FILE DIR           the generator over the compilation a build's csc .rsp describes (WARM_ROSLYN=1: JIT Roslyn first)
//        KubeDsl.Benchmarks write-project DIR FEED VERSION [count]   a project of count definitions using the KubeDsl package VERSION from FEED
var mode = args.Length > 0 ? args[0] : "generator";
if (mode == "write-project")
{
    var directory = args[1];
    var feed = args[2];
    var version = args[3];
    var count = args.Length > 4 ? int.Parse(args[4]) : 1000;
    Directory.CreateDirectory(directory);
    File.WriteAllText(Path.Combine(directory, "Defaults.cs"), Definitions.Defaults);
    foreach (var (name, source) in Definitions.Files(count))
    {
        File.WriteAllText(Path.Combine(directory, name), source);
    }

    // The project uses the packed KubeDsl package, as a user's project does; "off" removes the package's
    // analyzers and turns the build task off, so both builds compile against the same references.
    File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="kubedsl-bench" value="{feed}" />
          </packageSources>
        </configuration>
        """);
    File.WriteAllText(Path.Combine(directory, "Bench.csproj"), $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <KubeDslWriteManifests Condition="'$(KubeDslOff)' == 'true'">false</KubeDslWriteManifests>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="KubeDsl" Version="{{version}}" />
          </ItemGroup>
          <Target Name="BenchSelectKubeDslAnalyzers" BeforeTargets="CoreCompile">
            <ItemGroup>
              <Analyzer Remove="@(Analyzer)" Condition="'$(KubeDslOff)' == 'true' and '%(Analyzer.NuGetPackageId)' == 'KubeDsl'" />
              <Analyzer Remove="@(Analyzer)" Condition="'$(KubeDslAnalyzersOff)' == 'true' and '%(Analyzer.NuGetPackageId)' == 'KubeDsl' and '%(Analyzer.Filename)' != 'KubeDsl.Generators'" />
            </ItemGroup>
          </Target>
        </Project>
        """);
    return 0;
}

if (mode == "rsp")
{
    // Runs the generator over the exact compilation a build's csc command line describes (an .rsp file).
    var rspPath = args[1];
    var directory = args[2];
    var parsed = CSharpCommandLineParser.Default.Parse([$"@{rspPath}"], directory, sdkDirectory: null);
    var refs = parsed.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(r.Reference, directory))).ToList();
    if (Environment.GetEnvironmentVariable("WARM_ROSLYN") == "1")
    {
        var warm = CSharpCompilation.Create("Warm", parsed.SourceFiles.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Path), parsed.ParseOptions, f.Path)), refs, parsed.CompilationOptions);
        var w = Stopwatch.StartNew();
        _ = warm.GetDiagnostics();
        using var ms = new MemoryStream();
        _ = warm.Emit(ms);
        Console.WriteLine($"roslyn warm-up (bind + emit, no generator): {w.Elapsed.TotalMilliseconds:F0} ms");
    }

    var rounds = int.TryParse(Environment.GetEnvironmentVariable("ROUNDS"), out var r) ? r : 5;
    for (var round = 0; round < rounds; round++)
    {
        var sourceTrees = parsed.SourceFiles.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f.Path), parsed.ParseOptions, f.Path)).ToList();
        var compilation = CSharpCompilation.Create("Bench", sourceTrees, refs, parsed.CompilationOptions);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        GeneratorDriver gdriver = CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: parsed.ParseOptions);
        gdriver = gdriver.RunGenerators(compilation);
        var generated = gdriver.GetRunResult().GeneratedTrees;
        var gc = $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB, GCs {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3} paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms";
        Console.WriteLine($"rsp round {round}: generator {watch.Elapsed.TotalMilliseconds:F0} ms, {generated.Length} sources, {(generated.Length == 1 ? BundledFiles(generated[0]) : 0)} files; {gc}");
    }

    return 0;
}

var definitions = args.Length > 1 ? int.Parse(args[1]) : 1000;
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Append(typeof(ManifestAttribute).Assembly.Location).Append(typeof(V1ObjectMeta).Assembly.Location)
    .Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var trees = Definitions.Files(definitions).Select(f => CSharpSyntaxTree.ParseText(f.Source, parse, f.Name))
    .Prepend(CSharpSyntaxTree.ParseText(Definitions.Defaults, parse, "Defaults.cs")).ToList();

double Run(bool bindFirst)
{
    // A fresh compilation and driver each round: every definition is evaluated and emitted from scratch. With
    // bindFirst the compiler has already bound the definitions, so only evaluation and emission are timed;
    // without it the time includes the binding the generator triggers, as in a real build.
    var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    if (bindFirst)
    {
        _ = compilation.GetDiagnostics();
    }

    GeneratorDriver driver = CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: parse);
    var watch = Stopwatch.StartNew();
    driver = driver.RunGenerators(compilation);
    watch.Stop();
    var result = driver.GetRunResult();
    var files = result.GeneratedTrees.Length == 1 ? BundledFiles(result.GeneratedTrees[0]) : -1;
    if (result.Diagnostics.Length > 0 || files != definitions)
    {
        throw new InvalidOperationException($"Unexpected generator result: {result.GeneratedTrees.Length} sources, {files} files, diagnostics: {string.Join("; ", result.Diagnostics.Take(3))}");
    }

    return watch.Elapsed.TotalMilliseconds;
}

for (var i = 0; i < 3; i++)
{
    Run(bindFirst: true); // warm up the JIT and Roslyn's caches
    Run(bindFirst: false);
}

if (mode == "phases")
{
    // Splits the generator's work: evaluating definitions, building document trees, writing YAML.
    for (var round = 0; round < 4; round++)
    {
        var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _ = compilation.GetDiagnostics();
        var members = compilation.SyntaxTrees.SelectMany(t =>
        {
            var model = compilation.GetSemanticModel(t);
            return t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
                .Where(p => p.AttributeLists.Count > 0).Select(p => model.GetDeclaredSymbol(p)!);
        }).ToList();
        var statics = KubeDsl.Evaluation.StaticValueCache.ForGenerator(compilation);
        var evaluate = new Stopwatch();
        var build = new Stopwatch();
        var emit = new Stopwatch();
        foreach (var member in members)
        {
            var evaluator = new KubeDsl.Evaluation.Evaluator(compilation, statics, member.Name, default);
            evaluate.Start();
            var value = evaluator.EvaluateStaticMember(member, null);
            evaluate.Stop();
            build.Start();
            var documents = new KubeDsl.Evaluation.DocumentBuilder(evaluator).Documents(value, null);
            build.Stop();
            emit.Start();
            _ = KubeDsl.Documents.YamlEmitter.EmitFile(documents, member.Name);
            emit.Stop();
        }

        Console.WriteLine($"phases ({members.Count} definitions): evaluate {evaluate.Elapsed.TotalMilliseconds:F0} ms, document tree {build.Elapsed.TotalMilliseconds:F0} ms, YAML {emit.Elapsed.TotalMilliseconds:F0} ms");
    }

    return 0;
}

if (mode == "analyzer")
{
    // The analyzers' cost: running the rule analyzer over the project (it evaluates every definition again and
    // checks the documents), after the compilation is bound, per definition.
    var analyzerSamples = new List<double>();
    // Warm-up rounds first: the generator's warm-up above reads definitions from syntax, so the binding and
    // IOperation code the analyzer runs is still being compiled by the JIT at first.
    const int warmUpRounds = 4;
    for (var round = 0; round < warmUpRounds + 5; round++)
    {
        var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _ = compilation.GetDiagnostics();
        var watch = Stopwatch.StartNew();
        var found = compilation.WithAnalyzers([new KubeDsl.Analyzers.ManifestRulesAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        watch.Stop();
        if (found.Length > 0)
        {
            throw new InvalidOperationException("Unexpected findings: " + string.Join("; ", found.Take(3)));
        }

        if (round >= warmUpRounds)
        {
            analyzerSamples.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    analyzerSamples.Sort();
    var analyzerMedian = analyzerSamples[analyzerSamples.Count / 2];
    Console.WriteLine($"analyzer: {definitions} definitions, median {analyzerMedian:F0} ms per run (min {analyzerSamples[0]:F0}, max {analyzerSamples[^1]:F0})");
    Console.WriteLine($"analyzer: {analyzerMedian / definitions:F3} ms per definition");
    return 0;
}

if (mode == "emit")
{
    // Where a build's time goes: emitting the project alone, and emitting it with the generator's output.
    double Emit(bool withGenerator)
    {
        var compilation = (Compilation)CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var watch = Stopwatch.StartNew();
        if (withGenerator)
        {
            CSharpGeneratorDriver.Create([new ManifestGenerator().AsSourceGenerator()], parseOptions: parse).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        var generated = watch.Elapsed.TotalMilliseconds;
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("; ", result.Diagnostics.Take(3)));
        }

        Console.WriteLine($"emit (generator {(withGenerator ? "on" : "off")}): generator {generated:F0} ms, total {watch.Elapsed.TotalMilliseconds:F0} ms");
        return watch.Elapsed.TotalMilliseconds;
    }

    for (var i = 0; i < 3; i++)
    {
        Emit(false);
        Emit(true);
    }

    return 0;
}

foreach (var bindFirst in new[] { true, false })
{
    var samples = Enumerable.Range(0, 7).Select(_ => Run(bindFirst)).Order().ToList();
    var median = samples[samples.Count / 2];
    var label = bindFirst ? "evaluate + emit" : "evaluate + emit + binding";
    Console.WriteLine($"generator ({label}): {definitions} definitions, median {median:F1} ms per run (min {samples[0]:F1}, max {samples[^1]:F1})");
    Console.WriteLine($"generator ({label}): {median / definitions:F3} ms per definition (target < 1 ms)");
}

return 0;

// The number of files in the bundle a generated source carries, as the build task would read them.
static int BundledFiles(SyntaxTree generated)
{
    var literal = generated.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single();
    return KubeDsl.Documents.ManifestBundle.Decode(literal.Token.ValueText).Count;
}

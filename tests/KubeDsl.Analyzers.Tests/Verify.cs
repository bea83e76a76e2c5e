using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>Runs <see cref="ManifestRulesAnalyzer"/> on test code with the KubeDsl and KubernetesClient references.</summary>
internal static class Verify
{
    public const string Usings = """
        using System.Collections.Generic;
        using k8s.Models;
        using KubeDsl;
        using KubeDsl.Spark;
        using KubeDsl.Flink;

        """;

    /// <summary>
    /// No reference-assembly package: the test code compiles against the running .NET 10 runtime's assemblies
    /// (KubernetesClient's net10.0 build needs them), so tests need no download.
    /// </summary>
    public static readonly ReferenceAssemblies Net10 = new("net10.0");

    private static readonly MetadataReference[] RuntimeReferences = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    /// <summary>Expects exactly <paramref name="expected"/> (locations from markup such as <c>{|#0:"2Gi"|}</c>).</summary>
    public static Task Analyzer(string source, params DiagnosticResult[] expected) => AnalyzerWith(null, source, expected);

    /// <summary>As <see cref="Analyzer"/>, with a build property set (e.g. KubeDslFlinkOperatorVersion).</summary>
    public static async Task AnalyzerWith((string Name, string Value)? property, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ManifestRulesAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Net10,
            TestCode = Usings + source,
        };
        AddReferences(test.TestState);
        if (property is { } p)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property." + p.Name + " = " + p.Value + "\n"));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        DisableAdvice(test, expected);
        await test.RunAsync();
    }

    /// <summary>As <see cref="Analyzer"/>, with lines of a global analyzer config (build properties, severities).</summary>
    public static async Task AnalyzerWithConfig(string config, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ManifestRulesAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Net10,
            TestCode = Usings + source,
        };
        AddReferences(test.TestState);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + config));
        test.ExpectedDiagnostics.AddRange(expected);
        // Advice the configuration names is checked, so a test can show it stays silent.
        DisableAdvice(test, expected, config);
        await test.RunAsync();
    }

    // Info advice that comes with many definitions: the schedule's next run times (KD2018), the token of Spark
    // executors (KD6107), sidecars without resources (KD6201); and the rules a project turns on (the testing library
    // enables rules that are off by default). Tests about other rules skip them.
    public static readonly string[] Advice = ["KD2018", "KD4010", "KD6107", "KD6201", .. RuleDiagnostics.All.Where(d => !d.IsEnabledByDefault).Select(d => d.Id)];

    private static void DisableAdvice(CSharpAnalyzerTest<ManifestRulesAnalyzer, DefaultVerifier> test, DiagnosticResult[] expected, string config = "")
    {
        foreach (var id in Advice.Where(id => !expected.Any(e => e.Id == id) && !config.Contains(id, StringComparison.Ordinal)))
        {
            test.DisabledDiagnostics.Add(id);
        }
    }

    /// <summary>
    /// As <see cref="Analyzer"/>, with YAML files passed the way the KubeDslInventory item passes them: as
    /// AdditionalFiles with KubeDslInventory metadata (files marked false are passed without it).
    /// </summary>
    public static Task AnalyzerWithFiles(IEnumerable<(string Path, string Yaml, bool Inventory)> files, string source, params DiagnosticResult[] expected) =>
        AnalyzerWithMarkedFiles("KubeDslInventory", files, source, expected);

    /// <summary>As <see cref="Analyzer"/>, with CRD files passed as the KubeDslCrd item passes them (AdditionalFiles with that metadata).</summary>
    public static Task AnalyzerWithCrds(IEnumerable<(string Path, string Yaml)> crds, string source, params DiagnosticResult[] expected) =>
        AnalyzerWithMarkedFiles("KubeDslCrd", crds.Select(c => (c.Path, c.Yaml, true)), source, expected);

    private static async Task AnalyzerWithMarkedFiles(string item, IEnumerable<(string Path, string Yaml, bool Marked)> files, string source, DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ManifestRulesAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = Net10,
            TestCode = Usings + source,
        };
        AddReferences(test.TestState);
        var config = new System.Text.StringBuilder("is_global = true\n");
        foreach (var (path, yaml, inventory) in files)
        {
            test.TestState.AdditionalFiles.Add((path, yaml));
            if (inventory)
            {
                config.Append('[').Append(path).Append("]\nbuild_metadata.AdditionalFiles.").Append(item).Append(" = true\n");
            }
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
        test.ExpectedDiagnostics.AddRange(expected);
        DisableAdvice(test, expected);
        await test.RunAsync();
    }

    /// <summary>A diagnostic of <paramref name="id"/> at markup location <paramref name="location"/> with its message.</summary>
    public static DiagnosticResult Diagnostic(string id, int location, string message)
    {
        var descriptor = RuleDiagnostics.All.Single(d => d.Id == id);
        return new DiagnosticResult(descriptor).WithLocation(location).WithMessage(message);
    }

    public static void AddReferences(SolutionState state)
    {
        state.AdditionalReferences.AddRange(RuntimeReferences);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ManifestAttribute).Assembly.Location));
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(k8s.Models.V1Pod).Assembly.Location));
    }
}

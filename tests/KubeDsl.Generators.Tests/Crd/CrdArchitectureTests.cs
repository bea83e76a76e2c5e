using KubeDsl.CustomResources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Crd;

/// <summary>
/// The evidence for docs/adr/0015: types a sibling source generator adds are invisible to the manifest
/// generator, and the same C# as an ordinary compile item (what the build step before CoreCompile adds) is
/// evaluated like any other model.
/// </summary>
public sealed class CrdArchitectureTests(ITestOutputHelper output)
{
    private const string Definitions = """
        #nullable enable
        using Acme.Platform;
        using k8s.Models;
        using KubeDsl;

        public static class Platform
        {
            [Manifest("hazelcast.yaml")]
            public static Hazelcast Cluster => new()
            {
                Metadata = new V1ObjectMeta { Name = "hz", NamespaceProperty = "data" },
                Spec = new HazelcastSpec
                {
                    ClusterSize = 3,
                    LicenseKeySecretName = "hz-license",
                    ExposeExternally = new HazelcastSpecExposeExternally { Type = HazelcastSpecExposeExternallyType.Smart },
                    Scheduling = new HazelcastSpecScheduling { Tolerations = [new V1Toleration { Key = "dedicated", OperatorProperty = "Exists" }] },
                    Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("2Gi") } },
                },
            };
        }
        """;

    private static string HazelcastCrd => CrdText.Hazelcast.Single(f => f.Path == "hazelcast.com_hazelcasts.yaml").Text;

    private static string HazelcastSource => CrdSourceWriter.Write(CrdImporter.Import(CrdText.Hazelcast.Where(f => f.Path == "hazelcast.com_hazelcasts.yaml"), "Acme.Platform"));

    /// <summary>
    /// A CRD source generator: reads the CRD files (additional files) and adds the imported types. It has to use
    /// RegisterSourceOutput; post-initialization output, which every generator sees, cannot read files.
    /// </summary>
    private sealed class CrdTypesGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(
                context.AdditionalTextsProvider.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select((f, ct) => new CrdFileText(Path.GetFileName(f.Path), f.GetText(ct)!.ToString())).Collect(),
                (output, files) => output.AddSource("Crds.g.cs", CrdSourceWriter.Write(CrdImporter.Import(files, "Acme.Platform"))));
    }

    [Fact]
    public void Types_from_a_sibling_generator_are_error_types_to_the_manifest_generator()
    {
        var compilation = GeneratorHarness.Compile("using System.Collections.Generic;\n" + Definitions);
        var driver = CSharpGeneratorDriver.Create(
            [new CrdTypesGenerator().AsSourceGenerator(), new ManifestGenerator().AsSourceGenerator()],
            additionalTexts: [new ValuesFile("crds/hazelcast.com_hazelcasts.yaml", HazelcastCrd)],
            parseOptions: GeneratorHarness.ParseOptions);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var generatorDiagnostics);

        // The program itself compiles: the C# compiler sees the generated types ...
        Assert.DoesNotContain(updated.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        // ... but the manifest generator evaluated against the compilation without them and wrote nothing.
        var reported = updated.GetDiagnostics().Concat(generatorDiagnostics).Where(d => d.Id.StartsWith("KD", StringComparison.Ordinal)).ToList();
        foreach (var diagnostic in reported)
        {
            output.WriteLine(diagnostic.ToString());
        }

        Assert.Contains(reported, d => d.Id == "KD0001" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).EndsWith("the expression does not compile", StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.ReadManifests(updated));
    }

    [Fact]
    public void The_same_types_as_a_compile_item_are_evaluated_into_yaml()
    {
        var compilation = GeneratorHarness.Compile("using System.Collections.Generic;\n" + Definitions)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(HazelcastSource, GeneratorHarness.ParseOptions, path: "obj/kubedsl/crds/Acme.Platform.g.cs"));
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.DoesNotContain(updated.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var yaml = Assert.Single(GeneratorHarness.ReadManifests(updated)).Value;
        output.WriteLine(yaml);
        Assert.Contains("apiVersion: hazelcast.com/v1alpha1\nkind: Hazelcast\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  name: hz\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  clusterSize: 3\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    type: Smart\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    tolerations:\n    - key: dedicated\n      operator: Exists\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      memory: 2Gi\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("status", yaml, StringComparison.Ordinal);
        Assert.Single(driver.GetRunResult().Results);
    }
}

using System.Collections.Immutable;
using KubeDsl.CodeFixes;
using KubeDsl.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers.Tests;

/// <summary>Code fixes for diagnostics the generator reports (the analyzer test framework runs analyzers only).</summary>
public class GeneratorCodeFixTests
{
    [Fact]
    public async Task Airflow_base_container_gets_its_name()
    {
        const string before = Verify.Usings + """
            using KubeDsl.Airflow;
            public static class Defs
            {
                [Manifest("t.yaml")]
                public static AirflowPodTemplate T => new() { Base = new V1Container { Name = "main", Image = "task:1" } };
            }
            """;

        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Defs", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(References());
        var document = project.AddDocument("Defs.cs", SourceText.From(before));

        var compilation = (await document.Project.GetCompilationAsync())!;
        CSharpGeneratorDriver.Create(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KD0010", diagnostic.Id);

        var actions = new List<CodeAction>();
        await new AirflowBaseNameCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var after = (await changed.GetTextAsync()).ToString();
        Assert.Equal(before.Replace("Name = \"main\"", "Name = \"base\"", StringComparison.Ordinal), after);

        // The fixed definition generates without diagnostics.
        CSharpGeneratorDriver.Create(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation((await changed.Project.GetCompilationAsync())!, out _, out var remaining);
        Assert.Empty(remaining);
    }

    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ManifestAttribute).Assembly.Location)
            .Append(typeof(k8s.Models.V1Pod).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
}

using KubeDsl.Documents;
using KubeDsl.Evaluation;
using KubeDsl.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Generators;

/// <summary>
/// Finds members marked [Manifest], evaluates them without running user code, and embeds the YAML in the
/// assembly for the build task to write.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var manifests = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ModelConventions.ManifestAttribute,
                static (node, _) => node is PropertyDeclarationSyntax or MethodDeclarationSyntax or VariableDeclaratorSyntax,
                ManifestParser.Parse)
            .WithTrackingName(GeneratorStepNames.Evaluate);

        // The compilation is only used to map diagnostic locations back to its syntax trees; evaluation results
        // above stay cached per member.
        var all = manifests.Collect().WithTrackingName(GeneratorStepNames.Collect);
        var layout = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue(Environments.LayoutProperty, out var value) && value.Trim().Length > 0 ? value.Trim() : Environments.DefaultLayout);
        context.RegisterSourceOutput(all.Combine(context.CompilationProvider).Combine(layout), static (output, input) => ManifestOutput.Emit(output, input.Left, input.Right));
    }
}

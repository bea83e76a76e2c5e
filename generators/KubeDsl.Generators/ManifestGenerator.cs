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
/// <remarks>
/// After evaluation the pipeline splits into three branches that each take only the part of a member they need,
/// so an edit reruns only what it changes: the plan sees paths, the bundle sees YAML, the report sees
/// diagnostics. The bundle is implementation output, which the IDE does not run; no step combines with the
/// compilation.
/// </remarks>
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
                ManifestSpecBuilder.Build)
            .WithTrackingName(GeneratorStepNames.Evaluate);

        var layout = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(Environments.LayoutProperty, out var value) && value.Trim().Length > 0 ? value.Trim() : Environments.DefaultLayout)
            .WithTrackingName(GeneratorStepNames.Layout);

        var plan = manifests
            .Select(static (spec, _) => spec.Claim).WithTrackingName(GeneratorStepNames.Claims)
            .Collect().WithTrackingName(GeneratorStepNames.CollectClaims)
            .Combine(layout)
            .Select(static (input, _) => ManifestPlanner.Plan(input.Left, input.Right)).WithTrackingName(GeneratorStepNames.Plan);

        var bundle = manifests
            .Select(static (spec, _) => spec.Content).WithTrackingName(GeneratorStepNames.Content)
            .Collect()
            .Combine(plan).WithTrackingName(GeneratorStepNames.Bundle);
        context.RegisterImplementationSourceOutput(bundle, static (output, input) => BundleOutput.Emit(output, input.Left, input.Right));

        var report = manifests
            .Select(static (spec, _) => spec.Reports).WithTrackingName(GeneratorStepNames.Diagnostics)
            .Collect()
            .Combine(plan.Select(static (p, _) => p.Problems))
            .WithTrackingName(GeneratorStepNames.Report);
        context.RegisterSourceOutput(report, static (output, input) => DiagnosticReporter.Report(output, input.Left, input.Right));
    }
}

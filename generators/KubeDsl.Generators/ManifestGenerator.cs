using KubeDsl.Documents;
using KubeDsl.Evaluation;
using KubeDsl.Generators.Model;
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
/// diagnostics. The bundle is implementation output, which the IDE does not run. A member that reads values
/// files is evaluated again in a step given just those files (and the compilation, which only that step needs).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var evaluated = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ModelConventions.ManifestAttribute,
                static (node, _) => node is PropertyDeclarationSyntax or MethodDeclarationSyntax or VariableDeclaratorSyntax,
                ManifestSpecBuilder.Build)
            .WithTrackingName(GeneratorStepNames.Evaluate);

        var values = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, cancellationToken) => ValuesFiles.Read(input.Left, input.Right, cancellationToken))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(GeneratorStepNames.ValuesFiles)
            .Collect();

        // Members that read values files: once with the files they asked for, and those that turn out to read
        // more than one a second time with all of them.
        var firstRound = EvaluateWithValues(context, evaluated, values, all: false);
        var secondRound = EvaluateWithValues(context, firstRound, values, all: true);
        // The Airflow release of the DAG files (KubeDslAirflowVersion): every release is written at evaluation, the
        // files of this one are kept here, so changing the property evaluates nothing again. An unknown value
        // writes the default release; the analyzers report it (KD4009).
        var airflow = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => AirflowTargets.Parse(options.GlobalOptions.TryGetValue(AirflowTargets.BuildProperty, out var value) ? value : null) ?? AirflowTargets.Default)
            .WithTrackingName(GeneratorStepNames.AirflowTarget);
        var done = evaluated.Where(static spec => spec.Values is null).Combine(airflow).Select(static (input, _) => input.Left.ForAirflow(input.Right)).WithTrackingName(GeneratorStepNames.ForAirflow);
        var firstDone = firstRound.Where(static spec => spec.Values is null).Combine(airflow).Select(static (input, _) => input.Left.ForAirflow(input.Right)).WithTrackingName(GeneratorStepNames.ForAirflow);
        secondRound = secondRound.Combine(airflow).Select(static (input, _) => input.Left.ForAirflow(input.Right)).WithTrackingName(GeneratorStepNames.ForAirflow);

        var layout = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(Environments.LayoutProperty, out var value) && value.Trim().Length > 0 ? value.Trim() : Environments.DefaultLayout)
            .WithTrackingName(GeneratorStepNames.Layout);

        var plan = done.Select(static (spec, _) => spec.Claim).WithTrackingName(GeneratorStepNames.Claims)
            .Concat(firstDone.Select(static (spec, _) => spec.Claim).WithTrackingName(GeneratorStepNames.Claims), secondRound.Select(static (spec, _) => spec.Claim).WithTrackingName(GeneratorStepNames.Claims))
            .WithTrackingName(GeneratorStepNames.CollectClaims)
            .Combine(layout)
            .Select(static (input, _) => ManifestPlanner.Plan(input.Left, input.Right)).WithTrackingName(GeneratorStepNames.Plan);

        var bundle = done.Select(static (spec, _) => spec.Content).WithTrackingName(GeneratorStepNames.Content)
            .Concat(firstDone.Select(static (spec, _) => spec.Content).WithTrackingName(GeneratorStepNames.Content), secondRound.Select(static (spec, _) => spec.Content).WithTrackingName(GeneratorStepNames.Content))
            .Combine(plan).WithTrackingName(GeneratorStepNames.Bundle);
        context.RegisterImplementationSourceOutput(bundle, static (output, input) => BundleOutput.Emit(output, input.Left, input.Right));

        var report = done.Select(static (spec, _) => spec.Reports).WithTrackingName(GeneratorStepNames.Diagnostics)
            .Concat(firstDone.Select(static (spec, _) => spec.Reports).WithTrackingName(GeneratorStepNames.Diagnostics), secondRound.Select(static (spec, _) => spec.Reports).WithTrackingName(GeneratorStepNames.Diagnostics))
            .Combine(plan.Select(static (p, _) => p.Problems))
            .WithTrackingName(GeneratorStepNames.Report);
        context.RegisterSourceOutput(report, static (output, input) => DiagnosticReporter.Report(output, input.Left, input.Right));
    }

    private static IncrementalValuesProvider<ManifestSpec> EvaluateWithValues(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ManifestSpec> specs,
        IncrementalValueProvider<System.Collections.Immutable.ImmutableArray<ValuesFileText>> values,
        bool all) =>
        specs
            .Where(static spec => spec.Values is not null)
            .Combine(values)
            .Select((input, _) => ValuesInput.Pick(input.Left.Values!, input.Right, all)).WithTrackingName(GeneratorStepNames.PickValues)
            .Combine(context.CompilationProvider)
            .Select(static (input, cancellationToken) => ManifestSpecBuilder.Build(input.Left, input.Right, cancellationToken))
            .WithTrackingName(GeneratorStepNames.EvaluateWithValues);
}

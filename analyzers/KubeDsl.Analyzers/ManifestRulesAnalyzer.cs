using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Generators.Evaluation;
using KubeDsl.Generators.Pipeline;
using KubeDsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers;

/// <summary>
/// Evaluates each [Manifest] member the way the generator does and runs the rule catalogue on its documents,
/// reporting each finding at the C# expression that produced the offending value. Members that do not evaluate
/// are left to the generator, which reports why.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ManifestRulesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => RuleDiagnostics.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(ModelConventions.ManifestAttribute);
            if (attribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => Analyze(symbol, attribute), SymbolKind.Property, SymbolKind.Method, SymbolKind.Field);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attribute)
    {
        var member = context.Symbol;
        var manifest = member.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
        if (manifest is null || ManifestParser.MemberProblem(member) is not null || member.DeclaringSyntaxReferences.Length == 0)
        {
            return;
        }

        var declaration = member.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
        var sourceMember = ManifestParser.SourceMemberName(member);
        var evaluator = new Evaluator(context.Compilation, StaticValueCache.For(context.Compilation), sourceMember, context.CancellationToken);
        IReadOnlyList<DocNode> documents;
        try
        {
            var value = evaluator.EvaluateStaticMember(member, member.Locations.FirstOrDefault());
            var built = new DocumentBuilder(evaluator).Documents(value, member.Locations.FirstOrDefault());
            var types = ManifestParser.DocumentTypes(value);
            documents = types.Contains(ModelConventions.SparkSubmit) ? [] : ManifestFiles.Documents(built, types);
        }
        catch (EvaluationException)
        {
            return;
        }
        catch (ManifestShapeException)
        {
            return;
        }

        // When nothing inside the member made the value (it all came from helpers and shared defaults), point at
        // the member's expression: the call that built it.
        var body = declaration switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax p => (SyntaxNode?)p.ExpressionBody?.Expression ?? p.Initializer?.Value,
            Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax m => m.ExpressionBody?.Expression,
            Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax v => v.Initializer?.Value,
            _ => null,
        };
        var fallback = body?.GetLocation() ?? member.Locations.FirstOrDefault() ?? declaration.GetLocation();
        var locations = new FindingLocations(context.Compilation, declaration, fallback, documents);
        foreach (var document in documents.OfType<DocMapping>())
        {
            foreach (var finding in RuleCatalog.Check(document))
            {
                var (primary, additional) = locations.For(finding);
                var properties = finding.Replacement is { } replacement && Doc.Text(finding.At) is { } original
                    ? ImmutableDictionary<string, string?>.Empty.Add(RuleDiagnostics.OriginalProperty, original).Add(RuleDiagnostics.ReplacementProperty, replacement)
                    : null;
                context.ReportDiagnostic(Diagnostic.Create(RuleDiagnostics.For(finding.Descriptor), primary, additional, properties, finding.Arguments));
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Analyzers.Caching;
using KubeDsl.Documents;
using KubeDsl.Evaluation;
using KubeDsl.Rules;
using KubeDsl.Rules.References;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers;

/// <summary>
/// Evaluates each [Manifest] member the way the generator does and runs the rule catalogue on its documents,
/// reporting each finding at the C# expression that produced the offending value. Members that do not evaluate
/// are left to the generator, which reports why. Cross-resource rules run once all members are evaluated.
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

            var evaluated = new ConcurrentBag<EvaluatedMember>();
            var crds = CustomResourceFiles.Read(start.Options, start.CancellationToken);
            var settings = Settings.Read(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions) with { CustomResources = crds.Schemas };
            var values = ValuesFiles.ReadAll(start.Options, start.CancellationToken);
            var results = MemberResultCache.Start(start.Compilation, settings, values, start.CancellationToken);
            start.RegisterSymbolAction(symbol => Analyze(symbol, attribute, evaluated, settings, values, results), SymbolKind.Property, SymbolKind.Method, SymbolKind.Field);
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var problem in crds.Problems)
                {
                    end.ReportDiagnostic(problem);
                }

                CrossResource(end, evaluated, settings);
            });
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attribute, ConcurrentBag<EvaluatedMember> evaluated, RuleSettings settings, IReadOnlyList<ValuesFileText> values, MemberResults results)
    {
        var member = context.Symbol;
        var manifest = member.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
        if (manifest is null || ManifestMembers.Problem(member) is not null || member.DeclaringSyntaxReferences.Length == 0)
        {
            return;
        }

        var declaration = member.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken);
        var key = DocumentationCommentId.CreateDeclarationId(member);
        var result = key is null ? null : results.Find(key, declaration);
        if (result is null)
        {
            result = Evaluate(context, member, declaration, settings, values);
            if (key is not null)
            {
                results.Keep(key, result);
            }
        }

        var locations = result.Variants.Select(result.LocationsOf).ToList();
        for (var i = 0; i < result.Variants.Count; i++)
        {
            evaluated.Add(new EvaluatedMember(result.Variants[i].Resources, locations[i], result.Variants[i].Environment));
        }

        foreach (var report in result.Reports)
        {
            context.ReportDiagnostic(Create(report.Finding, locations[report.Variant], report.Environments));
        }
    }

    // Evaluates the member and runs the rules on each variant's resources, recording the source read so the result
    // can be kept for the next compilation (MemberResultCache). A variant that does not evaluate ends the member
    // with nothing reported: the generator reports why.
    private static MemberResult Evaluate(SymbolAnalysisContext context, ISymbol member, SyntaxNode declaration, RuleSettings settings, IReadOnlyList<ValuesFileText> values)
    {
        var statics = StaticValueCache.ForAnalyzer(context.Compilation);
        var sourceMember = ManifestMembers.SourceName(member, statics.Types);

        // When nothing inside the member made the value (it all came from helpers and shared defaults), point at
        // the member's expression: the call that built it.
        var body = declaration switch
        {
            PropertyDeclarationSyntax p => (SyntaxNode?)p.ExpressionBody?.Expression ?? p.Initializer?.Value,
            MethodDeclarationSyntax m => m.ExpressionBody?.Expression,
            VariableDeclaratorSyntax v => v.Initializer?.Value,
            _ => null,
        };
        var fallback = body?.GetLocation() ?? member.Locations.FirstOrDefault(l => l.SourceTree == declaration.SyntaxTree) ?? declaration.GetLocation();

        var reads = new SourceReads();
        reads.Add(declaration);
        var variants = new List<MemberVariant>();
        var found = new List<(RuleFinding Finding, int Variant)>();
        // Each member gets its own source: it records what it reads and keeps parsed files for this member only.
        foreach (var variant in ManifestEvaluation.Variants(context.Compilation, statics, member, sourceMember, context.CancellationToken, ValuesSource.All(values), reads))
        {
            IReadOnlyList<DocNode> documents;
            try
            {
                documents = variant.RuleDocuments();
            }
            catch (EvaluationException)
            {
                found.Clear();
                break;
            }
            catch (ManifestShapeException)
            {
                found.Clear();
                break;
            }

            var resources = documents.OfType<DocMapping>().ToList();
            variants.Add(new MemberVariant(variant.Environment, documents, resources));
            foreach (var document in resources)
            {
                foreach (var finding in RuleCatalog.Check(document, settings))
                {
                    found.Add((finding, variants.Count - 1));
                }
            }
        }

        var regions = SourceRegions.Of(reads.Spans);
        var fresh = new MemberResult(regions, OriginOf(declaration.GetLocation()), OriginOf(fallback), variants, []);

        // Findings of environment variants are grouped: one diagnostic per finding, naming the environments.
        var locations = variants.Select(fresh.LocationsOf).ToList();
        var reports = new Dictionary<(string Id, Location Location, string Message), (RuleFinding Finding, int Variant, List<string> Environments)>();
        var order = new List<(string, Location, string)>();
        foreach (var (finding, index) in found)
        {
            var key = (finding.Descriptor.Id, locations[index].For(finding).Primary, finding.Message);
            if (!reports.TryGetValue(key, out var entry))
            {
                reports[key] = entry = (finding, index, []);
                order.Add(key);
            }

            if (variants[index].Environment is { } environment)
            {
                entry.Environments.Add(environment);
            }
        }

        return new MemberResult(regions, fresh.Member, fresh.Fallback, variants, order.Select(k => new MemberReport(reports[k].Finding, reports[k].Variant, reports[k].Environments)).ToList());
    }

    private static SourceOrigin OriginOf(Location location) =>
        new(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan.Start, location.SourceSpan.Length);

    private static void CrossResource(CompilationAnalysisContext context, ConcurrentBag<EvaluatedMember> evaluated, RuleSettings settings)
    {
        var members = evaluated.ToList();
        var external = ExternalDeclarations.Read(context.Compilation);

        // Resources of the inventory YAML take part in every environment's checks and are never reported on.
        var inventory = Inventory.InventoryFiles.Read(context.Options, context.ReportDiagnostic, context.CancellationToken);
        var environments = members.Select(m => m.Environment).Distinct().OrderBy(e => e, System.StringComparer.Ordinal).ToList();

        // Each environment sees its own resources and the common ones (definitions without an environment); the
        // common ones are checked once, against everything.
        foreach (var environment in environments)
        {
            var contexts = new List<(ResourceContext Context, List<RuleFinding> Findings, FindingLocations Locations, bool Report)>();
            foreach (var member in members.Where(m => environment is null || m.Environment is null || m.Environment == environment))
            {
                foreach (var resource in member.Resources)
                {
                    var findings = new List<RuleFinding>();
                    contexts.Add((new ResourceContext(resource, findings, settings), findings, member.Locations, member.Environment == environment));
                }
            }

            foreach (var resource in inventory)
            {
                contexts.Add((new ResourceContext(resource, [], settings), [], null!, false));
            }

            RuleCatalog.CheckAcross(contexts.Select(c => c.Context).ToList(), external);
            foreach (var (_, findings, locations, report) in contexts.Where(c => c.Report))
            {
                foreach (var finding in findings)
                {
                    context.ReportDiagnostic(Create(finding, locations, environment is null ? [] : [environment]));
                }
            }
        }
    }

    private static Diagnostic Create(RuleFinding finding, FindingLocations locations, IReadOnlyList<string> environments)
    {
        var (primary, additional) = locations.For(finding);
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (finding.Replacement is { } replacement && (finding.Original ?? Doc.Text(finding.At)) is { } original)
        {
            properties = properties.Add(RuleDiagnostics.OriginalProperty, original).Add(RuleDiagnostics.ReplacementProperty, replacement);
        }

        if (finding.Declaration is { } declaration)
        {
            properties = properties.Add(RuleDiagnostics.AttributeProperty, declaration.Attribute).Add(RuleDiagnostics.NameProperty, declaration.Name);
            if (declaration.Namespace is { } ns)
            {
                properties = properties.Add(RuleDiagnostics.NamespaceProperty, ns);
            }
        }

        if (finding.SetMember is { } set)
        {
            properties = properties.Add(RuleDiagnostics.MemberProperty, set.Member).Add(RuleDiagnostics.ValueProperty, set.Value);
        }

        var descriptor = RuleDiagnostics.For(finding.Descriptor, environments);
        return finding.Severity is { } severity
            ? Diagnostic.Create(descriptor, primary, RuleDiagnostics.Severity(severity), additional, properties, finding.Arguments)
            : Diagnostic.Create(descriptor, primary, additional, properties, finding.Arguments);
    }

    private sealed record EvaluatedMember(IReadOnlyList<DocMapping> Resources, FindingLocations Locations, string? Environment);
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Evaluation;

/// <summary>
/// Values of static readonly fields and get-only static properties, computed once per compilation and shared by
/// every manifest that uses them (a team's shared defaults are read by many definitions). Safe to share because
/// evaluated values are never mutated.
/// </summary>
internal sealed class StaticValueCache
{
    // One table per consumer: the generator's caches skip nullable analysis, the analyzers' share the driver's
    // semantic models, and which of them reached a compilation first must not decide that for the other.
    private static readonly ConditionalWeakTable<Compilation, StaticValueCache> ForGenerators = new();
    private static readonly ConditionalWeakTable<Compilation, StaticValueCache> ForAnalyzers = new();

    private readonly ConcurrentDictionary<ISymbol, (Value Value, IReadOnlyList<SourceSpan> MadeFrom, int Cost)> values = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> semanticModels = new();
    private readonly ConcurrentDictionary<SyntaxNode, IOperation?> operations = new();

    public TypeLayouts Types { get; } = new();

    private readonly ConcurrentDictionary<(SyntaxNode Scope, string Text, bool AsType), ISymbol?> names = new();

    /// <summary>
    /// The bound operation of a helper body or initializer, shared by all manifests of the compilation, so a
    /// helper that a thousand definitions call is bound once. Operation trees are immutable.
    /// </summary>
    public IOperation? OperationFor(Compilation compilation, SyntaxNode node, CancellationToken cancellationToken) =>
        operations.GetOrAdd(node, n => ModelFor(compilation, n.SyntaxTree).GetOperation(n is ExpressionSyntax e ? SyntaxReader.Unparenthesized(e) : n, cancellationToken));

    /// <summary>
    /// What a type name or a member name means inside <paramref name="scope"/>'s braces, bound on its own: the
    /// type, field, property, or the only method of a method group. Null when the name is unknown, ambiguous or
    /// an overloaded method. A definition's body is bound by the compiler anyway; binding only the names in it
    /// keeps the generator from binding the whole body a second time. Cached per scope and spelling.
    /// </summary>
    public ISymbol? Resolve(Compilation compilation, TypeDeclarationSyntax scope, ExpressionSyntax name, bool asType) =>
        // A plain identifier's text is the token's own string; only dotted names need a new one for the key.
        names.GetOrAdd((scope, name is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : name.ToString(), asType), _ =>
        {
            var info = ModelFor(compilation, scope.SyntaxTree).GetSpeculativeSymbolInfo(
                scope.OpenBraceToken.Span.End,
                name,
                asType ? SpeculativeBindingOption.BindAsTypeOrNamespace : SpeculativeBindingOption.BindAsExpression);
            return info.Symbol ?? (info.CandidateSymbols.Length == 1 && info.CandidateSymbols[0] is IMethodSymbol only ? only : null);
        });

    private SemanticModel ModelFor(Compilation compilation, SyntaxTree tree) =>
        semanticModels.GetOrAdd(tree, t => skipNullableAnalysis ? ModelWithoutNullableAnalysis(compilation, t) : compilation.GetSemanticModel(t));

    // The option is marked experimental in Roslyn (dotnet/roslyn#70609); if a later compiler drops it, the call
    // fails to bind at run time and the default model is used instead.
    private static SemanticModel ModelWithoutNullableAnalysis(Compilation compilation, SyntaxTree tree)
    {
        if (!withoutNullableAnalysisMissing)
        {
            try
            {
                return WithoutNullableAnalysis(compilation, tree);
            }
            catch (System.MissingMemberException)
            {
                withoutNullableAnalysisMissing = true;
            }
        }

        return compilation.GetSemanticModel(tree);
    }

    private static bool withoutNullableAnalysisMissing;

#pragma warning disable RSEXPERIMENTAL001 // see ModelWithoutNullableAnalysis: guarded, with the default model as fallback
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SemanticModel WithoutNullableAnalysis(Compilation compilation, SyntaxTree tree) =>
        compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001

    private CommonMetadata? common;

    /// <summary>The assembly's [assembly: CommonLabel/CommonAnnotation] declarations, read once.</summary>
    public CommonMetadata Common(Compilation compilation)
    {
        return common ??= Read();

        CommonMetadata Read()
        {
            var labels = new List<KeyValuePair<string, string>>();
            var annotations = new List<KeyValuePair<string, string>>();
            string? defaultNamespace = null;
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                var name = attribute.AttributeClass?.ToDisplayString();
                if (name == CommonMetadata.NamespaceAttribute && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string ns)
                {
                    defaultNamespace = ns;
                }

                if ((name == CommonMetadata.LabelAttribute || name == CommonMetadata.AnnotationAttribute)
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string key && attribute.ConstructorArguments[1].Value is string value)
                {
                    (name == CommonMetadata.LabelAttribute ? labels : annotations).Add(new KeyValuePair<string, string>(key, value));
                }
            }

            return CommonMetadata.From(labels, annotations, defaultNamespace);
        }
    }

    /// <summary>
    /// <see cref="Common(Compilation)"/> for one [Manifest] member: a [DefaultNamespace] on its class, or on a
    /// class around that, wins over the assembly's.
    /// </summary>
    public CommonMetadata Common(Compilation compilation, ISymbol member)
    {
        var common = Common(compilation);
        for (var type = member.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == CommonMetadata.NamespaceAttribute
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string ns)
                {
                    return common.WithNamespace(ns);
                }
            }
        }

        return common;
    }

    /// <summary>The cache of an analyzer's compilation, whose semantic models the analyzer driver shares.</summary>
    public static StaticValueCache ForAnalyzer(Compilation compilation) => ForAnalyzers.GetValue(compilation, _ => new StaticValueCache());

    /// <summary>The generator's cache, whose semantic models skip nullable flow analysis.</summary>
    public static StaticValueCache ForGenerator(Compilation compilation) => ForGenerators.GetValue(compilation, _ => new StaticValueCache(skipNullableAnalysis: true));

    /// <param name="skipNullableAnalysis">
    /// Build semantic models without nullable flow analysis, which changes no value the evaluator reads and makes
    /// binding cheaper. Analyzers leave it off: their default models are the ones the analyzer driver shares.
    /// </param>
    public StaticValueCache(bool skipNullableAnalysis = false) => this.skipNullableAnalysis = skipNullableAnalysis;

    private readonly bool skipNullableAnalysis;

    /// <summary>
    /// A static member's value, with the declarations it was computed from (<see cref="SourceReads"/>) and the steps
    /// computing it took (<see cref="EvaluationContext.Charge"/>).
    /// </summary>
    public bool TryGet(ISymbol symbol, out Value value, out IReadOnlyList<SourceSpan> madeFrom, out int cost)
    {
        var found = values.TryGetValue(symbol, out var entry);
        (value, madeFrom, cost) = found ? entry : (null!, System.Array.Empty<SourceSpan>(), 0);
        return found;
    }

    /// <summary>Publishes a static member's value to every manifest of the compilation; from now on it is read only.</summary>
    public void Set(ISymbol symbol, Value value, IReadOnlyList<SourceSpan> madeFrom, int cost)
    {
        value.MarkShared();
        values[symbol] = (value, madeFrom, cost);
    }
}

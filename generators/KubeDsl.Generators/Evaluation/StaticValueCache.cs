using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Evaluation;

/// <summary>
/// Values of static readonly fields and get-only static properties, computed once per compilation and shared by
/// every manifest that uses them (a team's shared defaults are read by many definitions). Safe to share because
/// evaluated values are never mutated.
/// </summary>
internal sealed class StaticValueCache
{
    private static readonly ConditionalWeakTable<Compilation, StaticValueCache> PerCompilation = new();

    private readonly ConcurrentDictionary<ISymbol, Value> values = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> semanticModels = new();
    private readonly ConcurrentDictionary<SyntaxNode, IOperation?> operations = new();

    public TypeLayouts Types { get; } = new();

    /// <summary>
    /// The bound operation of a helper body or initializer, shared by all manifests of the compilation, so a
    /// helper that a thousand definitions call is bound once. Operation trees are immutable.
    /// </summary>
    public IOperation? OperationFor(Compilation compilation, SyntaxNode node, System.Threading.CancellationToken cancellationToken) =>
        operations.GetOrAdd(node, n => semanticModels.GetOrAdd(n.SyntaxTree, t => compilation.GetSemanticModel(t)).GetOperation(n, cancellationToken));

    private CommonMetadata? common;

    /// <summary>The assembly's [assembly: CommonLabel/CommonAnnotation] declarations, read once.</summary>
    public CommonMetadata Common(Compilation compilation)
    {
        return common ??= Read();

        CommonMetadata Read()
        {
            var labels = new List<KeyValuePair<string, string>>();
            var annotations = new List<KeyValuePair<string, string>>();
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                var name = attribute.AttributeClass?.ToDisplayString();
                if ((name == CommonMetadata.LabelAttribute || name == CommonMetadata.AnnotationAttribute)
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is string key && attribute.ConstructorArguments[1].Value is string value)
                {
                    (name == CommonMetadata.LabelAttribute ? labels : annotations).Add(new KeyValuePair<string, string>(key, value));
                }
            }

            return CommonMetadata.From(labels, annotations);
        }
    }

    public static StaticValueCache For(Compilation compilation) => PerCompilation.GetValue(compilation, _ => new StaticValueCache());

    public bool TryGet(ISymbol symbol, out Value value) => values.TryGetValue(symbol, out value!);

    public void Set(ISymbol symbol, Value value) => values[symbol] = value;
}

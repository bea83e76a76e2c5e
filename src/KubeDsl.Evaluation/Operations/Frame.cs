using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

/// <summary>Locals, parameters and the receiver of the helper member being evaluated.</summary>
internal sealed class Frame
{
    private readonly Dictionary<ISymbol, Value> variables = new(SymbolEqualityComparer.Default);

    public Frame(Value? self) => This = self;

    public Value? This { get; }

    public Value? ConditionalAccessInstance { get; set; }

    public void Set(ISymbol symbol, Value value) => variables[symbol] = value;

    public Value Read(ISymbol symbol, IOperation operation)
    {
        if (variables.TryGetValue(symbol, out var value))
        {
            return value;
        }

        throw new EvaluationException(
            DiagnosticDescriptors.UnsupportedConstruct,
            operation.Syntax.GetLocation(),
            Describe(operation.Syntax),
            "the variable has no value at this point");
    }
}

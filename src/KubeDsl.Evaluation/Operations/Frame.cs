using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

/// <summary>
/// Locals, parameters and the receiver of the helper member being evaluated. A local function's frame has its
/// caller's as parent, so the variables it captures are read and written where they live.
/// </summary>
internal sealed class Frame
{
    private readonly Dictionary<ISymbol, Value> variables = new(SymbolEqualityComparer.Default);
    private readonly Frame? parent;

    public Frame(Value? self, Frame? parent = null)
    {
        This = self;
        this.parent = parent;
    }

    public Value? This { get; }

    public Value? ConditionalAccessInstance { get; set; }

    /// <summary>True in a constructor body, where 'this' is the new object and may be changed in place, struct or not.</summary>
    public bool IsConstructing { get; set; }

    /// <summary>Binds a variable of this frame: a parameter, a declared local, a loop or pattern variable.</summary>
    public void Set(ISymbol symbol, Value value) => variables[symbol] = value;

    /// <summary>An assignment: writes the variable in the frame that has it, else declares it here.</summary>
    public void Assign(ISymbol symbol, Value value)
    {
        for (var frame = this; frame is not null; frame = frame.parent)
        {
            if (frame.variables.ContainsKey(symbol))
            {
                frame.variables[symbol] = value;
                return;
            }
        }

        variables[symbol] = value;
    }

    public Value Read(ISymbol symbol, IOperation operation)
    {
        for (var frame = this; frame is not null; frame = frame.parent)
        {
            if (frame.variables.TryGetValue(symbol, out var value))
            {
                return value;
            }
        }

        throw new EvaluationException(
            DiagnosticDescriptors.UnsupportedConstruct,
            operation.Syntax.GetLocation(),
            Describe(operation.Syntax),
            "the variable has no value at this point");
    }
}

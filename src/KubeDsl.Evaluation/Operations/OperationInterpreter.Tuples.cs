using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

// Tuple literals, tuple equality, and deconstruction into locals, discards, nested tuples and members, in a
// statement or a foreach.
internal sealed partial class OperationInterpreter
{
    private Value Tuple(ITupleOperation tuple, Frame frame) =>
        new TupleValue(tuple.Type, tuple.Elements.Select(e => Eval(e, frame)).ToList());

    private Value TupleEquality(ITupleBinaryOperation binary, Frame frame)
    {
        var equal = Semantics.ValuesEqual(Eval(binary.LeftOperand, frame), Eval(binary.RightOperand, frame), binary.Syntax);
        return new PrimitiveValue(binary.OperatorKind == BinaryOperatorKind.Equals ? equal : !equal);
    }

    /// <summary>'var (a, b) = value' and '(a, b) = (b, a)': the right side is evaluated whole, then taken apart.</summary>
    private Value Deconstruction(IDeconstructionAssignmentOperation deconstruction, Frame frame)
    {
        var value = Eval(deconstruction.Value, frame);
        DeconstructInto(deconstruction.Target, value, frame);
        return value;
    }

    /// <summary>Assigns the parts of <paramref name="value"/> to the variables or members <paramref name="target"/> names.</summary>
    internal void DeconstructInto(IOperation target, Value value, Frame frame)
    {
        switch (target)
        {
            case IDeclarationExpressionOperation declaration:
                DeconstructInto(declaration.Expression, value, frame);
                break;
            case ITupleOperation tuple:
                var parts = Semantics.Deconstruct(value, tuple.Elements.Length, target.Syntax);
                for (var i = 0; i < parts.Count; i++)
                {
                    DeconstructInto(tuple.Elements[i], parts[i], frame);
                }

                break;
            case IDiscardOperation:
                break;
            case ILocalReferenceOperation { IsDeclaration: true } local:
                frame.Set(local.Local, value);
                break;
            default:
                Assign(target, value, target, frame);
                break;
        }
    }
}

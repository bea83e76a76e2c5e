using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

// StringBuilder: a text a body builds in place. Members that change it return the same builder, so chained calls
// and the variable see one value; a builder read from a static member is shared and is refused for change.
internal static partial class BclMethods
{
    /// <summary>
    /// What AppendLine writes. At run time it is Environment.NewLine ("\r\n" on Windows); the build writes "\n" on
    /// every machine so that a manifest comes out the same wherever it is built.
    /// </summary>
    internal const string NewLine = "\n";

    // new StringBuilder(), (capacity), (text), (text, capacity), (capacity, maxCapacity).
    private static Value NewStringBuilder(List<Value> arguments, SyntaxNode at)
    {
        if (arguments.Count > 2 || arguments.Skip(1).Any(a => a is not PrimitiveValue { Clr: int }))
        {
            throw EvaluationErrors.Unsupported(at, "StringBuilder is made empty, with a capacity, or from a string");
        }

        return arguments.Count > 0 && arguments[0] is PrimitiveValue { Clr: string text } ? new StringBuilderValue(text) : new StringBuilderValue(string.Empty);
    }

    private static Value? StringBuilderMember(OperationInterpreter evaluator, IMethodSymbol method, StringBuilderValue builder, List<Value> arguments, IInvocationOperation operation)
    {
        var text = builder.Text;
        switch (method.Name)
        {
            case "ToString" when arguments.Count == 0:
                return new PrimitiveValue(text.ToString());
            case "ToString" when arguments.Count == 2 && Int(arguments[0]) is { } start && Int(arguments[1]) is { } length:
                return new PrimitiveValue(text.ToString(start, length));
            case "Append" or "AppendLine" or "AppendJoin" or "AppendFormat" or "Insert" or "Remove" or "Replace" or "Clear":
                ValueSemantics.EnsureOwned(builder, operation.Syntax);
                break;
            default:
                return null;
        }

        switch (method.Name, arguments.Count)
        {
            case ("Append", 1):
                text.Append(Piece(evaluator, arguments[0], operation));
                break;
            case ("Append", 2) when arguments[0] is PrimitiveValue { Clr: char c } && Int(arguments[1]) is { } repeat:
                text.Append(c, repeat);
                break;
            case ("Append", 3) when arguments[1] is PrimitiveValue { Clr: int start } && arguments[2] is PrimitiveValue { Clr: int count }:
                text.Append(Piece(evaluator, arguments[0], operation), start, count);
                break;
            case ("AppendLine", 0):
                text.Append(NewLine);
                break;
            case ("AppendLine", 1):
                text.Append(Piece(evaluator, arguments[0], operation)).Append(NewLine);
                break;
            case ("AppendJoin", 2):
                var separator = Piece(evaluator, arguments[0], operation);
                text.Append(string.Join(separator, Items(evaluator, arguments[1], method.Parameters[1].Type, operation).Select(i => Piece(evaluator, i, operation))));
                break;
            case ("AppendFormat", _):
                text.Append(CompositeFormat(evaluator, method, arguments, operation));
                break;
            case ("Insert", 2) when arguments[0] is PrimitiveValue { Clr: int index }:
                text.Insert(index, Piece(evaluator, arguments[1], operation));
                break;
            case ("Remove", 2) when Int(arguments[0]) is { } start && Int(arguments[1]) is { } length:
                text.Remove(start, length);
                break;
            case ("Replace", 2):
                if (arguments[0] is PrimitiveValue { Clr: char from } && arguments[1] is PrimitiveValue { Clr: char to })
                {
                    text.Replace(from, to);
                }
                else if (NullableText(arguments[0]) is { Length: > 0 } old)
                {
                    text.Replace(old, NullableText(arguments[1]));
                }
                else
                {
                    throw new ArgumentException("StringBuilder.Replace with a null or empty string to find");
                }

                break;
            case ("Clear", 0):
                text.Clear();
                break;
            default:
                return null;
        }

        return builder;
    }

    private static int? Int(Value value) => value is PrimitiveValue { Clr: int i } ? i : null;

    /// <summary>A StringBuilder property: Length (settable, to cut the text), and Capacity is not modelled.</summary>
    internal static Value? StringBuilderProperty(StringBuilderValue builder, string name) =>
        name == "Length" ? new PrimitiveValue(builder.Text.Length) : null;

    /// <summary>Sets StringBuilder.Length: shorter cuts the text, longer pads it with '\0' as the run time does.</summary>
    internal static void SetStringBuilderLength(StringBuilderValue builder, Value value, SyntaxNode at)
    {
        ValueSemantics.EnsureOwned(builder, at);
        if (value is not PrimitiveValue { Clr: int length } || length < 0)
        {
            throw EvaluationErrors.WouldThrow(at, "StringBuilder.Length must be a length of zero or more, else setting it throws ArgumentOutOfRangeException");
        }

        builder.Text.Length = length;
    }
}

using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

// ToString with a format or a provider, and composite formatting (string.Format, StringBuilder.AppendFormat):
// "{index[,alignment][:format]}" with "{{" and "}}" for braces. Every number is formatted with the invariant
// culture, so the only provider accepted is CultureInfo.InvariantCulture.
internal static partial class BclMethods
{
    private static Value? FormatToString(OperationInterpreter evaluator, IMethodSymbol method, Value instance, List<Value> arguments, IInvocationOperation operation)
    {
        string? format = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (method.Parameters[i].Type.SpecialType == SpecialType.System_String)
            {
                format = arguments[i] is PrimitiveValue { Clr: string f } ? f : null;
            }
            else if (method.Parameters[i].Type.Name is "IFormatProvider" or "CultureInfo")
            {
                RequireInvariant(evaluator, arguments[i], operation);
            }
            else
            {
                return null;
            }
        }

        return new PrimitiveValue(evaluator.Semantics.FormatForString(instance, format, operation.Syntax));
    }

    /// <summary>Stops unless <paramref name="provider"/> is the invariant culture; null means the machine's culture.</summary>
    private static void RequireInvariant(OperationInterpreter evaluator, Value provider, IOperation operation)
    {
        if (provider is not InvariantCultureValue)
        {
            throw evaluator.UnsupportedCall(operation, "only CultureInfo.InvariantCulture can be passed as the culture: any other (or null, the machine's) would make the manifest depend on where it is built");
        }
    }

    /// <summary>string.Format's result: an optional provider, the format, then the arguments (a params array spread out).</summary>
    private static string CompositeFormat(OperationInterpreter evaluator, IMethodSymbol method, List<Value> arguments, IInvocationOperation operation)
    {
        var first = 0;
        if (method.Parameters[0].Type.Name == "IFormatProvider")
        {
            RequireInvariant(evaluator, arguments[0], operation);
            first = 1;
        }

        if (method.Parameters[first].Type.SpecialType != SpecialType.System_String)
        {
            throw evaluator.UnsupportedCall(operation, "only a format string is evaluated; pass the format as a string");
        }

        var format = NullableText(arguments[first]) ?? throw evaluator.ThrowsAtRunTime(operation, "The format is null, which throws ArgumentNullException");
        var values = new List<Value>();
        for (var i = first + 1; i < arguments.Count; i++)
        {
            if (method.Parameters[i].IsParams && arguments[i] is ListValue list)
            {
                values.AddRange(list.Items);
            }
            else
            {
                values.Add(arguments[i]);
            }
        }

        return Compose(evaluator, format, values, operation);
    }

    internal static string Compose(OperationInterpreter evaluator, string format, IReadOnlyList<Value> values, IOperation operation)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    text.Append('}');
                    i += 2;
                    continue;
                }

                throw Invalid(evaluator, format, operation);
            }

            if (c != '{')
            {
                text.Append(c);
                i++;
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                text.Append('{');
                i += 2;
                continue;
            }

            var close = format.IndexOf('}', i);
            if (close < 0)
            {
                throw Invalid(evaluator, format, operation);
            }

            text.Append(Item(evaluator, format, format.Substring(i + 1, close - i - 1), values, operation));
            i = close + 1;
        }

        return text.ToString();
    }

    // One format item's text: "0", "0,5", "0,-5:D3", "1:0.00"; spaces are allowed around the index and alignment.
    private static string Item(OperationInterpreter evaluator, string format, string item, IReadOnlyList<Value> values, IOperation operation)
    {
        var colon = item.IndexOf(':');
        var head = colon < 0 ? item : item.Substring(0, colon);
        var itemFormat = colon < 0 ? null : item.Substring(colon + 1);
        if (itemFormat is not null && itemFormat.IndexOf('{') >= 0)
        {
            throw Invalid(evaluator, format, operation);
        }

        var comma = head.IndexOf(',');
        var indexText = (comma < 0 ? head : head.Substring(0, comma)).TrimEnd();
        if (indexText.Length == 0 || !int.TryParse(indexText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            throw Invalid(evaluator, format, operation);
        }

        var alignment = 0;
        if (comma >= 0 && !int.TryParse(head.Substring(comma + 1).Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out alignment))
        {
            throw Invalid(evaluator, format, operation);
        }

        if (index >= values.Count)
        {
            throw evaluator.ThrowsAtRunTime(operation, "The format '" + format + "' refers to argument " + index + " of " + values.Count + ", which throws FormatException");
        }

        var value = values[index];
        var piece = value is NullValue ? string.Empty : evaluator.Semantics.FormatForString(value, itemFormat, operation.Syntax);
        return alignment < 0 ? piece.PadRight(-alignment) : piece.PadLeft(alignment);
    }

    private static EvaluationException Invalid(OperationInterpreter evaluator, string format, IOperation operation) =>
        evaluator.ThrowsAtRunTime(operation, "'" + format + "' is not a valid composite format, so formatting it throws FormatException");
}

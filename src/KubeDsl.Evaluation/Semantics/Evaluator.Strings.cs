using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

internal sealed partial class Evaluator
{
    private Value Interpolate(IInterpolatedStringOperation interpolated, Frame frame)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    builder.Append(text.Text.ConstantValue.Value as string);
                    break;
                case IInterpolationOperation interpolation:
                    var formatted = FormatForString(Eval(interpolation.Expression, frame), interpolation.FormatString?.ConstantValue.Value as string, interpolation.Expression);
                    if (interpolation.Alignment is not null)
                    {
                        var width = System.Convert.ToInt32(Raw(Eval(interpolation.Alignment, frame), interpolation.Alignment), CultureInfo.InvariantCulture);
                        formatted = width < 0 ? formatted.PadRight(-width) : formatted.PadLeft(width);
                    }

                    builder.Append(formatted);
                    break;
                default:
                    throw Unsupported(part, "custom interpolated string handlers are not supported");
            }
        }

        return new PrimitiveValue(builder.ToString());
    }

    /// <summary>
    /// The text a value turns into inside a string, as ToString() gives it at run time. Numbers are formatted with
    /// the invariant culture: a build must not depend on the machine's culture.
    /// </summary>
    private string FormatForString(Value value, string? format, IOperation operation) => value switch
    {
        NullValue => string.Empty,
        PrimitiveValue { Clr: string text } => text,
        PrimitiveValue { Clr: bool b } => b ? "True" : "False",
        PrimitiveValue { Clr: IFormattable formattable } => FormatNumber(formattable, format, operation),
        PrimitiveValue p => System.Convert.ToString(p.Clr, CultureInfo.InvariantCulture) ?? string.Empty,
        EnumValue e => Types.EnumMemberName(e) ?? System.Convert.ToString(e.Underlying, CultureInfo.InvariantCulture)!,
        QuantityValue q => q.Canonical,
        IntOrStringValue ios => ios.Text,
        _ => throw Unsupported(operation, "only strings, numbers, booleans, enums and quantities can be put into a string"),
    };

    private string FormatNumber(IFormattable value, string? format, IOperation operation)
    {
        try
        {
            return value.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw WouldThrow(operation, "Format string '" + format + "' is invalid for " + value.GetType().Name + ", which throws FormatException");
        }
    }
}

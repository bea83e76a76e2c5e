using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

// Parse and TryParse of the numeric types and bool, always with the invariant culture. Text that does not parse
// is KD0006 naming it, as the run time would throw FormatException or OverflowException.
internal static partial class BclMethods
{
    private static Value? Parse(OperationInterpreter evaluator, IMethodSymbol method, List<Value> arguments, IInvocationOperation operation)
    {
        var type = method.ContainingType.SpecialType;
        if (Styles(type) is not { } styles || arguments.Count == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var isTry = method.Name == "TryParse";
        var last = isTry ? arguments.Count - 1 : arguments.Count;
        for (var i = 1; i < last; i++)
        {
            switch (method.Parameters[i].Type.Name)
            {
                case "NumberStyles":
                    styles = (NumberStyles)Convert.ToInt32(((EnumValue)arguments[i]).Underlying, CultureInfo.InvariantCulture);
                    break;
                case "IFormatProvider":
                    RequireInvariant(evaluator, arguments[i], operation);
                    break;
                default:
                    return null;
            }
        }

        var text = NullableText(arguments[0]);
        var parsed = text is null ? null : TryParseText(type, text, styles, out var overflow) ?? (overflow ? (object)Overflowed : null);
        if (isTry)
        {
            var success = parsed is not null && parsed != Overflowed;
            arguments[last] = success ? new PrimitiveValue(parsed!) : ValueSemantics.DefaultOf(method.Parameters[last].Type, operation.Syntax.GetLocation());
            return new PrimitiveValue(success);
        }

        var name = method.ContainingType.ToDisplayString();
        if (text is null)
        {
            throw evaluator.ThrowsAtRunTime(operation, name + ".Parse(null) throws ArgumentNullException");
        }

        if (parsed is null || parsed == Overflowed)
        {
            throw evaluator.ThrowsAtRunTime(operation, "'" + text + "' is " + (parsed is null ? "not a valid " + name + ", so " + name + ".Parse throws FormatException" : "outside the range of " + name + ", so " + name + ".Parse throws OverflowException"));
        }

        return new PrimitiveValue(parsed);
    }

    private static readonly object Overflowed = new();

    // What each type parses by default.
    private static NumberStyles? Styles(SpecialType type) => type switch
    {
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte
            or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 => NumberStyles.Integer,
        SpecialType.System_Double or SpecialType.System_Single => NumberStyles.Float | NumberStyles.AllowThousands,
        SpecialType.System_Decimal => NumberStyles.Number,
        SpecialType.System_Boolean => NumberStyles.None,
        _ => null,
    };

    /// <summary>The parsed value, or null when the text does not parse (<paramref name="overflow"/> when only its range is wrong).</summary>
    private static object? TryParseText(SpecialType type, string text, NumberStyles styles, out bool overflow)
    {
        overflow = false;
        var culture = CultureInfo.InvariantCulture;
        switch (type)
        {
            case SpecialType.System_Boolean:
                return bool.TryParse(text, out var b) ? b : null;
            case SpecialType.System_Double:
                return double.TryParse(text, styles, culture, out var d) ? d : null;
            case SpecialType.System_Single:
                return float.TryParse(text, styles, culture, out var f) ? f : null;
            case SpecialType.System_Decimal:
                if (decimal.TryParse(text, styles, culture, out var m))
                {
                    return m;
                }

                // decimal reports a too-large number as not parsing; a double that parses says it was the range.
                overflow = double.TryParse(text, styles, culture, out _);
                return null;
        }

        object? parsed = type switch
        {
            SpecialType.System_Int32 => int.TryParse(text, styles, culture, out var i) ? i : null,
            SpecialType.System_Int64 => long.TryParse(text, styles, culture, out var l) ? l : null,
            SpecialType.System_Int16 => short.TryParse(text, styles, culture, out var s) ? s : null,
            SpecialType.System_SByte => sbyte.TryParse(text, styles, culture, out var sb) ? sb : null,
            SpecialType.System_Byte => byte.TryParse(text, styles, culture, out var by) ? by : null,
            SpecialType.System_UInt16 => ushort.TryParse(text, styles, culture, out var us) ? us : null,
            SpecialType.System_UInt32 => uint.TryParse(text, styles, culture, out var ui) ? ui : null,
            _ => ulong.TryParse(text, styles, culture, out var ul) ? ul : null,
        };

        // A whole number that does not fit is an overflow, not a format error.
        overflow = parsed is null && (styles & NumberStyles.AllowHexSpecifier) == 0
            && decimal.TryParse(text, styles, culture, out var wide) && decimal.Truncate(wide) == wide;
        return parsed;
    }
}

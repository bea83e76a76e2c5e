using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

internal sealed partial class ValueSemantics
{
    /// <summary>
    /// Applies the conversion the compiler chose for <paramref name="operand"/>: a user-defined operator when
    /// <paramref name="userOperator"/> is set, else a built-in one (numeric, enum, nullable; boxing, reference and
    /// identity conversions keep the value and its run-time type).
    /// </summary>
    internal Value Convert(Value operand, ITypeSymbol? target, IMethodSymbol? userOperator, bool isChecked, SyntaxNode at)
    {
        if (userOperator is not null)
        {
            return UserDefinedConversion(userOperator, operand, at);
        }

        if (operand is NullValue || target is null)
        {
            return operand;
        }

        var underlying = UnderlyingOfNullable(target)!;
        if (operand is TupleValue tuple && underlying is INamedTypeSymbol { IsTupleType: true } tupleType)
        {
            return ConvertTuple(tuple, tupleType, isChecked, at);
        }

        if (underlying is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return operand switch
            {
                EnumValue e => new EnumValue(enumType, e.Underlying),
                PrimitiveValue p => new EnumValue(enumType, p.Clr),
                _ => operand,
            };
        }

        var clrTarget = ClrTypeOf(underlying.SpecialType);
        var raw = operand switch
        {
            PrimitiveValue p => p.Clr,
            EnumValue e => e.Underlying,
            _ => null,
        };
        if (clrTarget is null || raw is null)
        {
            return operand;
        }

        try
        {
            return new PrimitiveValue(NumericConvert(raw, clrTarget, isChecked));
        }
        catch (OverflowException) when (!isChecked && raw is double or float)
        {
            throw Unsupported(at, "an unchecked conversion of " + System.Convert.ToString(raw, CultureInfo.InvariantCulture) + " to " + underlying.ToDisplayString() + " is out of range, and its result depends on the processor; use checked(...) or Math.Clamp first");
        }
        catch (OverflowException)
        {
            throw WouldThrow(at, "Converting " + System.Convert.ToString(raw, CultureInfo.InvariantCulture) + " to " + underlying.ToDisplayString() + " overflows, which throws OverflowException");
        }
    }

    private Value UserDefinedConversion(IMethodSymbol method, Value operand, SyntaxNode at)
    {
        if (operand is NullValue)
        {
            return operand;
        }

        var returnShape = Types.ShapeOf(method.ReturnType);
        if (returnShape is ValueShape.Quantity or ValueShape.IntOrString)
        {
            return ImplicitScalar(operand, returnShape, at);
        }

        // A named-value type (ImagePullPolicy) is its text, so the rules judge what the conversion was given.
        if (returnShape == ValueShape.Text && operand is PrimitiveValue { Clr: string })
        {
            return operand;
        }

        if (Types.ShapeOf(method.ContainingType) == ValueShape.IntOrString && method.ReturnType.SpecialType == SpecialType.System_String && operand is IntOrStringValue ios)
        {
            return new PrimitiveValue(ios.Text);
        }

        if (method.DeclaringSyntaxReferences.Length > 0)
        {
            return Interpreter.Invoke(method, null, new List<Value> { operand }, at.GetLocation());
        }

        throw Unsupported(at, "the conversion operator " + method.ToDisplayString() + " is compiled code the generator cannot run");
    }

    /// <summary>
    /// What the implicit operators of the Kubernetes scalar types make of a value: "512Mi" a quantity in canonical
    /// form (one that does not parse throws), 8080 or "http" an IntOrString.
    /// </summary>
    internal Value ImplicitScalar(Value operand, ValueShape shape, SyntaxNode at) => shape == ValueShape.Quantity
        ? ToQuantity(operand, at)
        : operand is PrimitiveValue p ? IntOrStringOf(p) : throw Unsupported(at, "IntOrString converts from int, long or string");

    /// <summary>The element type of a list, array or other sequence type.</summary>
    internal static ITypeSymbol? ElementType(ITypeSymbol sequence)
    {
        if (sequence is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (sequence is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        foreach (var implemented in sequence.AllInterfaces)
        {
            if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    internal static object NumericConvert(object raw, Type target, bool isChecked)
    {
        if (raw.GetType() == target)
        {
            return raw;
        }

        if (target == typeof(string))
        {
            return raw;
        }

        if (IsIntegral(target) && (raw is double || raw is float))
        {
            // Casts to an integer truncate toward zero (Convert would round); out of range they overflow.
            var truncated = Math.Truncate(System.Convert.ToDouble(raw, CultureInfo.InvariantCulture));
            return target == typeof(char)
                ? NumericConvert(System.Convert.ToInt64(truncated, CultureInfo.InvariantCulture), target, isChecked)
                : System.Convert.ChangeType(truncated, target, CultureInfo.InvariantCulture);
        }

        if (IsIntegral(target) && raw is decimal m)
        {
            // decimal to integer truncates too, and throws when out of range even in unchecked code.
            return target == typeof(char)
                ? NumericConvert(decimal.ToInt64(decimal.Truncate(m)), target, isChecked)
                : System.Convert.ChangeType(decimal.Truncate(m), target, CultureInfo.InvariantCulture);
        }

        if (!isChecked && IsIntegral(target) && IsIntegral(raw.GetType()))
        {
            // Unchecked integral conversions wrap around, as compiled C# does.
            var bits = raw is ulong u ? unchecked((long)u) : System.Convert.ToInt64(raw, CultureInfo.InvariantCulture);
            return target.Name switch
            {
                "Byte" => unchecked((byte)bits),
                "SByte" => unchecked((sbyte)bits),
                "Int16" => unchecked((short)bits),
                "UInt16" => unchecked((ushort)bits),
                "Int32" => unchecked((int)bits),
                "UInt32" => unchecked((uint)bits),
                "Int64" => bits,
                "UInt64" => unchecked((ulong)bits),
                "Char" => unchecked((char)bits),
                _ => System.Convert.ChangeType(raw, target, CultureInfo.InvariantCulture),
            };
        }

        return System.Convert.ChangeType(raw, target, CultureInfo.InvariantCulture);
    }

    internal static bool IsIntegral(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(char);

    internal static Type? ClrTypeOf(SpecialType type) => type switch
    {
        SpecialType.System_Boolean => typeof(bool),
        SpecialType.System_Char => typeof(char),
        SpecialType.System_SByte => typeof(sbyte),
        SpecialType.System_Byte => typeof(byte),
        SpecialType.System_Int16 => typeof(short),
        SpecialType.System_UInt16 => typeof(ushort),
        SpecialType.System_Int32 => typeof(int),
        SpecialType.System_UInt32 => typeof(uint),
        SpecialType.System_Int64 => typeof(long),
        SpecialType.System_UInt64 => typeof(ulong),
        SpecialType.System_Single => typeof(float),
        SpecialType.System_Double => typeof(double),
        SpecialType.System_Decimal => typeof(decimal),
        _ => null,
    };

    /// <summary>What IntOrString's implicit operators make of a string or a number: its text.</summary>
    internal static IntOrStringValue IntOrStringOf(PrimitiveValue value) =>
        new(value.Clr as string ?? System.Convert.ToString(value.Clr, CultureInfo.InvariantCulture)!);

    internal Value ToQuantity(Value operand, SyntaxNode syntax)
    {
        string text = operand switch
        {
            QuantityValue q => q.Canonical,
            PrimitiveValue { Clr: string s } => s,
            PrimitiveValue { Clr: decimal d } => d.ToString(CultureInfo.InvariantCulture),
            PrimitiveValue p when IsIntegral(p.Clr.GetType()) => System.Convert.ToString(p.Clr, CultureInfo.InvariantCulture)!,
            _ => throw Unsupported(syntax, "a resource quantity is made from a string such as \"512Mi\""),
        };

        if (!QuantityText.TryCanonicalize(text, out var canonical, out var error))
        {
            throw WouldThrow(syntax, error ?? ("'" + text + "' is not a Kubernetes quantity"));
        }

        return new QuantityValue(canonical);
    }

    internal static bool IsWideningNumeric(SpecialType from, SpecialType to) => from switch
    {
        SpecialType.System_Int32 => to is SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Int64 => to is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Single => to is SpecialType.System_Double,
        _ => false,
    };

    internal static bool IsNullable(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}

using System;
using System.Globalization;
using System.Linq;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

internal sealed partial class Evaluator
{
    private Value Convert(IConversionOperation conversion, Frame frame)
    {
        var operand = Eval(conversion.Operand, frame);
        var target = conversion.Type;
        if (conversion.OperatorMethod is { } method)
        {
            return UserDefinedConversion(method, operand, conversion, frame);
        }

        if (operand is NullValue || target is null)
        {
            return operand;
        }

        var underlying = UnderlyingOfNullable(target)!;
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
        if (clrTarget is null)
        {
            // Boxing, reference and identity conversions keep the value (and its run-time type).
            return operand;
        }

        var raw = operand switch
        {
            PrimitiveValue p => p.Clr,
            EnumValue e => e.Underlying,
            _ => null,
        };
        if (raw is null)
        {
            return operand;
        }

        try
        {
            return new PrimitiveValue(NumericConvert(raw, clrTarget, conversion.IsChecked));
        }
        catch (OverflowException)
        {
            throw WouldThrow(conversion, "Converting " + raw + " to " + underlying.ToDisplayString() + " overflows");
        }
    }

    private static object NumericConvert(object raw, Type target, bool isChecked)
    {
        if (raw.GetType() == target)
        {
            return raw;
        }

        if (target == typeof(string))
        {
            return raw;
        }

        if (!isChecked && target != typeof(decimal) && raw is not decimal && IsIntegral(target) && (raw is double || raw is float))
        {
            // Unchecked float-to-int casts truncate like the C# compiler's code does for in-range values.
            return System.Convert.ChangeType(Math.Truncate(System.Convert.ToDouble(raw, CultureInfo.InvariantCulture)), target, CultureInfo.InvariantCulture);
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

    private static bool IsIntegral(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(char);

    private static Type? ClrTypeOf(SpecialType type) => type switch
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

    private Value UserDefinedConversion(IMethodSymbol method, Value operand, IConversionOperation conversion, Frame frame)
    {
        var containing = Types.ShapeOf(method.ContainingType);
        var returnShape = Types.ShapeOf(method.ReturnType);
        if (operand is NullValue)
        {
            return operand;
        }

        if (returnShape == ValueShape.Quantity)
        {
            return ToQuantity(operand, conversion.Syntax);
        }

        if (returnShape == ValueShape.IntOrString)
        {
            return operand is PrimitiveValue p ? IntOrStringOf(p) : throw Unsupported(conversion, "IntOrString converts from int, long or string");
        }

        if (containing == ValueShape.IntOrString && method.ReturnType.SpecialType == SpecialType.System_String && operand is IntOrStringValue ios)
        {
            return new PrimitiveValue(ios.Text);
        }

        if (method.DeclaringSyntaxReferences.Length > 0)
        {
            return Invoke(method, null, new System.Collections.Generic.List<Value> { operand }, conversion.Syntax.GetLocation());
        }

        throw Unsupported(conversion, "the conversion operator " + method.ToDisplayString() + " is compiled code the generator cannot run");
    }

    /// <summary>What IntOrString's implicit operators make of a string or a number: its text.</summary>
    private static IntOrStringValue IntOrStringOf(PrimitiveValue value) =>
        new(value.Clr as string ?? System.Convert.ToString(value.Clr, CultureInfo.InvariantCulture)!);

    private Value ToQuantity(Value operand, SyntaxNode syntax)
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

    private Value Unary(IUnaryOperation unary, Frame frame)
    {
        if (unary.OperatorMethod is { DeclaringSyntaxReferences.Length: > 0 } method)
        {
            return Invoke(method, null, new System.Collections.Generic.List<Value> { Eval(unary.Operand, frame) }, unary.Syntax.GetLocation());
        }

        var operand = Eval(unary.Operand, frame);
        if (operand is NullValue)
        {
            return operand;
        }

        var raw = operand is PrimitiveValue p ? p.Clr : throw Unsupported(unary, "this operator only applies to numbers and booleans");
        return unary.OperatorKind switch
        {
            UnaryOperatorKind.Not when raw is bool b => new PrimitiveValue(!b),
            UnaryOperatorKind.Plus => operand,
            UnaryOperatorKind.Minus => new PrimitiveValue(Arithmetic.Negate(raw)),
            UnaryOperatorKind.BitwiseNegation => new PrimitiveValue(Arithmetic.Complement(raw)),
            _ => throw Unsupported(unary, "the operator " + unary.OperatorKind + " is not supported"),
        };
    }

    private Value Binary(IBinaryOperation binary, Frame frame)
    {
        if (binary.OperatorMethod is { DeclaringSyntaxReferences.Length: > 0 } method)
        {
            var arguments = new System.Collections.Generic.List<Value> { Eval(binary.LeftOperand, frame), Eval(binary.RightOperand, frame) };
            return Invoke(method, null, arguments, binary.Syntax.GetLocation());
        }

        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd:
                return new PrimitiveValue(AsBool(Eval(binary.LeftOperand, frame), binary.LeftOperand) && AsBool(Eval(binary.RightOperand, frame), binary.RightOperand));
            case BinaryOperatorKind.ConditionalOr:
                return new PrimitiveValue(AsBool(Eval(binary.LeftOperand, frame), binary.LeftOperand) || AsBool(Eval(binary.RightOperand, frame), binary.RightOperand));
        }

        var left = Eval(binary.LeftOperand, frame);
        var right = Eval(binary.RightOperand, frame);

        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.ObjectValueEquals or BinaryOperatorKind.ObjectValueNotEquals)
        {
            var equal = ValuesEqual(left, right, binary);
            return new PrimitiveValue(binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.ObjectValueEquals ? equal : !equal);
        }

        if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
        {
            return new PrimitiveValue(FormatForString(left, null, binary.LeftOperand) + FormatForString(right, null, binary.RightOperand));
        }

        if (left is NullValue || right is NullValue)
        {
            // Lifted operators on nullable values: arithmetic gives null, comparisons give false.
            return binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
                ? new PrimitiveValue(false)
                : new NullValue();
        }

        var l = Raw(left, binary.LeftOperand);
        var r = Raw(right, binary.RightOperand);
        try
        {
            var result = Arithmetic.Apply(binary.OperatorKind, l, r, ClrTypeOf(UnderlyingOfNullable(binary.Type)?.SpecialType ?? SpecialType.None), binary.IsChecked);
            if (result is null)
            {
                throw Unsupported(binary, "the operator " + binary.OperatorKind + " is not supported for these operands");
            }

            return UnderlyingOfNullable(binary.Type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                ? new EnumValue(enumType, result)
                : new PrimitiveValue(result);
        }
        catch (DivideByZeroException)
        {
            throw WouldThrow(binary, Describe(binary.Syntax) + " divides by zero, which throws DivideByZeroException");
        }
        catch (OverflowException)
        {
            throw WouldThrow(binary, Describe(binary.Syntax) + " overflows in a checked context");
        }
    }

    private object Raw(Value value, IOperation operation) => value switch
    {
        PrimitiveValue p => p.Clr,
        EnumValue e => e.Underlying,
        _ => throw Unsupported(operation, "this operator only applies to numbers, strings, booleans and enums"),
    };

    private bool AsBool(Value value, IOperation operation) =>
        value is PrimitiveValue { Clr: bool b } ? b : throw Unsupported(operation, "a condition must be a bool value");

    private bool ValuesEqual(Value left, Value right, IOperation operation) => (left, right) switch
    {
        (NullValue, NullValue) => true,
        (NullValue, _) or (_, NullValue) => false,
        (PrimitiveValue a, PrimitiveValue b) when a.Clr is string || b.Clr is string => Equals(a.Clr, b.Clr),
        (PrimitiveValue a, PrimitiveValue b) when a.Clr is bool || b.Clr is bool => Equals(a.Clr, b.Clr),
        (PrimitiveValue a, PrimitiveValue b) => Arithmetic.Compare(a.Clr, b.Clr) == 0,
        (EnumValue a, EnumValue b) => Arithmetic.Compare(a.Underlying, b.Underlying) == 0,
        (EnumValue a, PrimitiveValue b) => Arithmetic.Compare(a.Underlying, b.Clr) == 0,
        (QuantityValue a, QuantityValue b) => a.Canonical == b.Canonical,
        (IntOrStringValue a, IntOrStringValue b) => a.Text == b.Text,
        _ => ReferenceEquals(left, right) ? true : throw Unsupported(operation, "comparing objects by reference is not supported; compare their properties"),
    };

    private Value Coalesce(ICoalesceOperation coalesce, Frame frame)
    {
        var value = Eval(coalesce.Value, frame);
        return value is NullValue ? Eval(coalesce.WhenNull, frame) : value;
    }

    private Value Conditional(IConditionalOperation conditional, Frame frame) =>
        AsBool(Eval(conditional.Condition, frame), conditional.Condition)
            ? Eval(conditional.WhenTrue, frame)
            : Eval(conditional.WhenFalse!, frame);

    private Value ConditionalAccess(IConditionalAccessOperation access, Frame frame)
    {
        var receiver = Eval(access.Operation, frame);
        if (receiver is NullValue)
        {
            return receiver;
        }

        var saved = frame.ConditionalAccessInstance;
        frame.ConditionalAccessInstance = receiver;
        try
        {
            return Eval(access.WhenNotNull, frame);
        }
        finally
        {
            frame.ConditionalAccessInstance = saved;
        }
    }

    private Value Switch(ISwitchExpressionOperation switchExpression, Frame frame)
    {
        var value = Eval(switchExpression.Value, frame);
        foreach (var arm in switchExpression.Arms)
        {
            if (Matches(arm.Pattern, value, frame) && (arm.Guard is null || AsBool(Eval(arm.Guard, frame), arm.Guard)))
            {
                return Eval(arm.Value, frame);
            }
        }

        throw WouldThrow(switchExpression, "No arm of " + Describe(switchExpression.Syntax) + " matches the value, so it throws SwitchExpressionException; add a '_ =>' arm");
    }

    private bool Matches(IPatternOperation pattern, Value value, Frame frame)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return true;
            case IConstantPatternOperation constant:
                return ValuesEqual(value, Eval(constant.Value, frame), constant);
            case IRelationalPatternOperation relational:
                if (value is NullValue)
                {
                    return false;
                }

                var comparison = Arithmetic.Compare(Raw(value, relational), Raw(Eval(relational.Value, frame), relational.Value));
                return relational.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => comparison < 0,
                    BinaryOperatorKind.LessThanOrEqual => comparison <= 0,
                    BinaryOperatorKind.GreaterThan => comparison > 0,
                    BinaryOperatorKind.GreaterThanOrEqual => comparison >= 0,
                    _ => throw Unsupported(relational, "unknown relational pattern"),
                };
            case INegatedPatternOperation negated:
                return !Matches(negated.Pattern, value, frame);
            case IBinaryPatternOperation binary:
                return binary.OperatorKind == BinaryOperatorKind.And
                    ? Matches(binary.LeftPattern, value, frame) && Matches(binary.RightPattern, value, frame)
                    : Matches(binary.LeftPattern, value, frame) || Matches(binary.RightPattern, value, frame);
            case IDeclarationPatternOperation { DeclaredSymbol: null } declaration when declaration.MatchesNull:
                return true;
            case ITypePatternOperation or IDeclarationPatternOperation:
                var type = pattern is ITypePatternOperation t ? t.MatchedType : ((IDeclarationPatternOperation)pattern).MatchedType;
                if (pattern is IDeclarationPatternOperation { DeclaredSymbol: { } symbol })
                {
                    frame.Set(symbol, value);
                }

                return value is ObjectValue o && type is not null && Types.IsSameOrDerived(o.Type, type);
            default:
                throw Unsupported(pattern, "this pattern is not supported; use constants, relational patterns, 'not', 'and', 'or' or '_'");
        }
    }
}

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

internal sealed partial class OperationInterpreter
{
    private Value Convert(IConversionOperation conversion, Frame frame) =>
        Semantics.Convert(Eval(conversion.Operand, frame), conversion.Type, conversion.OperatorMethod, conversion.IsChecked, conversion.Syntax);

    internal Value Unary(IUnaryOperation unary, Frame frame)
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

        if (operand is TimeSpanValue span && unary.OperatorKind is UnaryOperatorKind.Minus or UnaryOperatorKind.Plus)
        {
            return unary.OperatorKind == UnaryOperatorKind.Plus ? span
                : span.Span == TimeSpan.MinValue ? throw WouldThrow(unary, Describe(unary.Syntax) + " negates TimeSpan.MinValue, which throws OverflowException")
                : new TimeSpanValue(span.Span.Negate());
        }

        var raw = operand is PrimitiveValue p ? p.Clr : throw Unsupported(unary, "this operator only applies to numbers and booleans");
        return unary.OperatorKind switch
        {
            UnaryOperatorKind.Not when raw is bool b => new PrimitiveValue(!b),
            UnaryOperatorKind.Plus => operand,
            UnaryOperatorKind.Minus => new PrimitiveValue(Negate(raw, unary)),
            UnaryOperatorKind.BitwiseNegation => new PrimitiveValue(Arithmetic.Complement(raw)),
            _ => throw Unsupported(unary, "the operator " + unary.OperatorKind + " is not supported"),
        };
    }

    // -int.MinValue wraps, or throws in a checked context.
    private static object Negate(object raw, IUnaryOperation unary)
    {
        try
        {
            return Arithmetic.Negate(raw, unary.IsChecked);
        }
        catch (OverflowException)
        {
            throw WouldThrow(unary, Describe(unary.Syntax) + " overflows in a checked context, which throws OverflowException");
        }
    }

    internal Value Binary(IBinaryOperation binary, Frame frame)
    {
        if (binary.OperatorMethod is { IsImplicitlyDeclared: true, ContainingType.IsRecord: true, Name: "op_Equality" or "op_Inequality" } recordOperator)
        {
            // A record's generated == compares the run-time type and every field, as its generated Equals does.
            var equal = Semantics.ValuesEqual(Eval(binary.LeftOperand, frame), Eval(binary.RightOperand, frame), binary.Syntax);
            return new PrimitiveValue(recordOperator.Name == "op_Equality" ? equal : !equal);
        }

        if (binary.OperatorMethod is { DeclaringSyntaxReferences.Length: > 0 } method)
        {
            var arguments = new System.Collections.Generic.List<Value> { Eval(binary.LeftOperand, frame), Eval(binary.RightOperand, frame) };
            return Invoke(method, null, arguments, binary.Syntax.GetLocation());
        }

        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd:
                return new PrimitiveValue(Semantics.AsBool(Eval(binary.LeftOperand, frame), binary.LeftOperand.Syntax) && Semantics.AsBool(Eval(binary.RightOperand, frame), binary.RightOperand.Syntax));
            case BinaryOperatorKind.ConditionalOr:
                return new PrimitiveValue(Semantics.AsBool(Eval(binary.LeftOperand, frame), binary.LeftOperand.Syntax) || Semantics.AsBool(Eval(binary.RightOperand, frame), binary.RightOperand.Syntax));
        }

        var left = Eval(binary.LeftOperand, frame);
        var right = Eval(binary.RightOperand, frame);

        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.ObjectValueEquals or BinaryOperatorKind.ObjectValueNotEquals)
        {
            var equal = Semantics.ValuesEqual(left, right, binary.Syntax);
            return new PrimitiveValue(binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.ObjectValueEquals ? equal : !equal);
        }

        if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
        {
            return new PrimitiveValue(Semantics.FormatForString(left, null, binary.LeftOperand.Syntax) + Semantics.FormatForString(right, null, binary.RightOperand.Syntax));
        }

        return Semantics.ApplyOperator(binary.OperatorKind, left, right, binary.Type, binary.IsChecked, binary.Syntax, binary.LeftOperand.Syntax, binary.RightOperand.Syntax);
    }

    internal Value Coalesce(ICoalesceOperation coalesce, Frame frame)
    {
        var value = Eval(coalesce.Value, frame);
        return value is NullValue ? Eval(coalesce.WhenNull, frame) : value;
    }

    internal Value Conditional(IConditionalOperation conditional, Frame frame) =>
        Semantics.AsBool(Eval(conditional.Condition, frame), conditional.Condition.Syntax)
            ? Eval(conditional.WhenTrue, frame)
            : Eval(conditional.WhenFalse!, frame);

    internal Value ConditionalAccess(IConditionalAccessOperation access, Frame frame)
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

    internal Value Switch(ISwitchExpressionOperation switchExpression, Frame frame)
    {
        var value = Eval(switchExpression.Value, frame);
        foreach (var arm in switchExpression.Arms)
        {
            if (Matches(arm.Pattern, value, frame) && (arm.Guard is null || Semantics.AsBool(Eval(arm.Guard, frame), arm.Guard.Syntax)))
            {
                return Eval(arm.Value, frame);
            }
        }

        throw WouldThrow(switchExpression, "No arm of " + Describe(switchExpression.Syntax) + " matches the value, so it throws SwitchExpressionException; add a '_ =>' arm");
    }

    internal bool Matches(IPatternOperation pattern, Value value, Frame frame)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return true;
            case IConstantPatternOperation constant:
                return Semantics.ValuesEqual(value, Eval(constant.Value, frame), constant.Syntax);
            case IRelationalPatternOperation relational:
                if (value is NullValue)
                {
                    return false;
                }

                var comparison = Arithmetic.Compare(Semantics.Raw(value, relational.Syntax), Semantics.Raw(Eval(relational.Value, frame), relational.Value.Syntax));
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

    internal Value Interpolate(IInterpolatedStringOperation interpolated, Frame frame)
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
                    var formatted = Semantics.FormatForString(Eval(interpolation.Expression, frame), interpolation.FormatString?.ConstantValue.Value as string, interpolation.Expression.Syntax);
                    if (interpolation.Alignment is not null)
                    {
                        var width = System.Convert.ToInt32(Semantics.Raw(Eval(interpolation.Alignment, frame), interpolation.Alignment.Syntax), CultureInfo.InvariantCulture);
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
}

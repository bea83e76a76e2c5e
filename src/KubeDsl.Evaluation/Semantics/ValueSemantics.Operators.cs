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
    /// A built-in arithmetic, bitwise or comparison operator on numbers, booleans and enums, with C#'s lifted
    /// semantics for null (arithmetic gives null, comparisons false) and its exceptions.
    /// </summary>
    internal Value ApplyOperator(BinaryOperatorKind kind, Value left, Value right, ITypeSymbol? type, bool isChecked, SyntaxNode at, SyntaxNode? leftSyntax = null, SyntaxNode? rightSyntax = null)
    {
        if (left is NullValue || right is NullValue)
        {
            return kind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
                ? new PrimitiveValue(false)
                : new NullValue();
        }

        if (left is TimeSpanValue || right is TimeSpanValue)
        {
            try
            {
                return BclMethods.TimeSpanOperator(kind, left, right) ?? throw Unsupported(at, "the operator " + kind + " is not supported for these TimeSpan operands");
            }
            catch (Exception failure) when (failure is OverflowException or ArgumentException)
            {
                throw WouldThrow(at, Describe(at) + " throws " + failure.GetType().Name + ": " + failure.Message);
            }
        }

        var l = Raw(left, leftSyntax ?? at);
        var r = Raw(right, rightSyntax ?? at);
        try
        {
            var result = KubeDsl.Evaluation.Arithmetic.Apply(kind, l, r, ClrTypeOf(UnderlyingOfNullable(type)?.SpecialType ?? SpecialType.None), isChecked)
                ?? throw Unsupported(at, "the operator " + kind + " is not supported for these operands");
            return UnderlyingOfNullable(type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
                ? new EnumValue(enumType, result)
                : new PrimitiveValue(result);
        }
        catch (DivideByZeroException)
        {
            throw WouldThrow(at, Describe(at) + " divides by zero, which throws DivideByZeroException");
        }
        catch (OverflowException)
        {
            throw WouldThrow(at, Describe(at) + (isChecked ? " overflows in a checked context, which throws OverflowException" : " overflows, which throws OverflowException"));
        }
    }

    internal object Raw(Value value, SyntaxNode operation) => value switch
    {
        PrimitiveValue p => p.Clr,
        EnumValue e => e.Underlying,
        _ => throw Unsupported(operation, "this operator only applies to numbers, strings, booleans and enums"),
    };

    internal bool AsBool(Value value, SyntaxNode operation) =>
        value is PrimitiveValue { Clr: bool b } ? b : throw Unsupported(operation, "a condition must be a bool value");

    internal bool ValuesEqual(Value left, Value right, SyntaxNode operation) => (left, right) switch
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
        (TupleValue a, TupleValue b) => TuplesEqual(a, b, operation),
        (TimeSpanValue a, TimeSpanValue b) => a.Span == b.Span,
        (ObjectValue a, ObjectValue b) when !ReferenceEquals(a, b) && HasValueEquality(a.Type) => ObjectsEqual(a, b, operation),
        _ => ReferenceEquals(left, right) ? true : throw Unsupported(operation, "comparing objects by reference is not supported; compare their properties"),
    };

    /// <summary>
    /// The text a value turns into inside a string, as ToString() gives it at run time. Numbers are formatted with
    /// the invariant culture: a build must not depend on the machine's culture.
    /// </summary>
    internal string FormatForString(Value value, string? format, SyntaxNode operation) => value switch
    {
        NullValue => string.Empty,
        PrimitiveValue { Clr: string text } => text,
        PrimitiveValue { Clr: bool b } => b ? "True" : "False",
        PrimitiveValue { Clr: IFormattable formattable } => FormatNumber(formattable, format, operation),
        PrimitiveValue p => System.Convert.ToString(p.Clr, CultureInfo.InvariantCulture) ?? string.Empty,
        EnumValue e => Types.EnumMemberName(e) ?? System.Convert.ToString(e.Underlying, CultureInfo.InvariantCulture)!,
        QuantityValue q => q.Canonical,
        IntOrStringValue ios => ios.Text,
        TupleValue tuple => TupleText(tuple, operation),
        TimeSpanValue span => TimeSpanText(span.Span, format, operation),
        StringBuilderValue builder => builder.Text.ToString(),
        _ => throw Unsupported(operation, "only strings, numbers, booleans, enums, quantities, tuples and TimeSpans can be put into a string"),
    };

    /// <summary>
    /// Equals as the library runs it: boxed numbers are equal only with the same type and value (1.Equals(1L) is
    /// false), NaN equals NaN; anything else compares as == on the values would.
    /// </summary>
    internal bool SameValue(Value left, Value right, SyntaxNode operation) =>
        left is PrimitiveValue a && right is PrimitiveValue b ? Equals(a.Clr, b.Clr) : ValuesEqual(left, right, operation);

    private string TimeSpanText(TimeSpan span, string? format, SyntaxNode operation)
    {
        try
        {
            return span.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw WouldThrow(operation, "Format string '" + format + "' is invalid for TimeSpan, which throws FormatException");
        }
    }

    internal string FormatNumber(IFormattable value, string? format, SyntaxNode operation)
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

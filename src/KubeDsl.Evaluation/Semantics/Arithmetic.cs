using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

/// <summary>Binary and unary arithmetic on boxed numbers, in the operand type C# picked for the operation.</summary>
internal static class Arithmetic
{
    public static object? Apply(BinaryOperatorKind kind, object left, object right, Type? resultType, bool isChecked)
    {
        if (left is bool lb && right is bool rb)
        {
            return kind switch
            {
                BinaryOperatorKind.And => lb & rb,
                BinaryOperatorKind.Or => lb | rb,
                BinaryOperatorKind.ExclusiveOr => lb ^ rb,
                _ => null,
            };
        }

        switch (kind)
        {
            case BinaryOperatorKind.LessThan: return Compare(left, right) < 0;
            case BinaryOperatorKind.LessThanOrEqual: return Compare(left, right) <= 0;
            case BinaryOperatorKind.GreaterThan: return Compare(left, right) > 0;
            case BinaryOperatorKind.GreaterThanOrEqual: return Compare(left, right) >= 0;
        }

        var type = resultType ?? Widest(left, right);
        if (type == typeof(decimal))
        {
            var l = Convert.ToDecimal(left, CultureInfo.InvariantCulture);
            var r = Convert.ToDecimal(right, CultureInfo.InvariantCulture);
            return kind switch
            {
                BinaryOperatorKind.Add => l + r,
                BinaryOperatorKind.Subtract => l - r,
                BinaryOperatorKind.Multiply => l * r,
                BinaryOperatorKind.Divide => l / r,
                BinaryOperatorKind.Remainder => l % r,
                _ => null,
            };
        }

        if (type == typeof(double) || type == typeof(float))
        {
            var l = Convert.ToDouble(left, CultureInfo.InvariantCulture);
            var r = Convert.ToDouble(right, CultureInfo.InvariantCulture);
            double? result = kind switch
            {
                BinaryOperatorKind.Add => l + r,
                BinaryOperatorKind.Subtract => l - r,
                BinaryOperatorKind.Multiply => l * r,
                BinaryOperatorKind.Divide => l / r,
                BinaryOperatorKind.Remainder => l % r,
                _ => null,
            };
            return result is null ? null : type == typeof(float) ? (object)(float)result.Value : result.Value;
        }

        if (type == typeof(ulong))
        {
            var l = Convert.ToUInt64(left, CultureInfo.InvariantCulture);
            var r = Convert.ToUInt64(right, CultureInfo.InvariantCulture);
            return kind switch
            {
                BinaryOperatorKind.Add => isChecked ? checked(l + r) : unchecked(l + r),
                BinaryOperatorKind.Subtract => isChecked ? checked(l - r) : unchecked(l - r),
                BinaryOperatorKind.Multiply => isChecked ? checked(l * r) : unchecked(l * r),
                BinaryOperatorKind.Divide => l / r,
                BinaryOperatorKind.Remainder => l % r,
                BinaryOperatorKind.And => l & r,
                BinaryOperatorKind.Or => l | r,
                BinaryOperatorKind.ExclusiveOr => l ^ r,
                _ => null,
            };
        }

        {
            var l = Convert.ToInt64(left, CultureInfo.InvariantCulture);
            var r = Convert.ToInt64(right, CultureInfo.InvariantCulture);
            var narrow = type == typeof(int) || type == typeof(uint);
            if (type == typeof(int) && l == int.MinValue && r == -1 && kind is BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder)
            {
                // The one 32-bit division that overflows throws, checked or not (in 64 bits it would not).
                throw new OverflowException();
            }

            if (kind is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift)
            {
                // C# masks the shift count to the width of the left operand.
                r &= narrow ? 31 : 63;
            }

            // Only +, - and * overflow; shifts and bitwise operators drop the high bits even in checked code.
            isChecked &= kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply;

            long? result = kind switch
            {
                BinaryOperatorKind.Add => isChecked ? checked(l + r) : unchecked(l + r),
                BinaryOperatorKind.Subtract => isChecked ? checked(l - r) : unchecked(l - r),
                BinaryOperatorKind.Multiply => isChecked ? checked(l * r) : unchecked(l * r),
                BinaryOperatorKind.Divide => l / r,
                BinaryOperatorKind.Remainder => l % r,
                BinaryOperatorKind.And => l & r,
                BinaryOperatorKind.Or => l | r,
                BinaryOperatorKind.ExclusiveOr => l ^ r,
                BinaryOperatorKind.LeftShift => l << (int)r,
                BinaryOperatorKind.RightShift => l >> (int)r,
                _ => null,
            };
            if (result is null)
            {
                return null;
            }

            if (type == typeof(int))
            {
                // 32-bit arithmetic wraps (or throws when checked) at 32 bits, not 64.
                return isChecked ? checked((int)result.Value) : unchecked((int)result.Value);
            }

            if (type == typeof(uint))
            {
                return isChecked ? checked((uint)result.Value) : unchecked((uint)result.Value);
            }

            // A compound assignment to a byte, short or char narrows the int result back to the variable's type.
            return type == typeof(long) ? result.Value : ValueSemantics.NumericConvert(result.Value, type, isChecked);
        }
    }

    public static int Compare(object left, object right)
    {
        if (left is string ls && right is string rs)
        {
            return string.CompareOrdinal(ls, rs);
        }

        if (left is decimal || right is decimal)
        {
            return Convert.ToDecimal(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture));
        }

        if (left is double || right is double || left is float || right is float)
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }

        if (left is ulong || right is ulong)
        {
            return Convert.ToUInt64(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToUInt64(right, CultureInfo.InvariantCulture));
        }

        return Convert.ToInt64(left, CultureInfo.InvariantCulture).CompareTo(Convert.ToInt64(right, CultureInfo.InvariantCulture));
    }

    public static object Negate(object value, bool isChecked = false) => value switch
    {
        int i => isChecked ? checked(-i) : unchecked(-i),
        long l => isChecked ? checked(-l) : unchecked(-l),
        double d => -d,
        float f => -f,
        decimal m => -m,
        _ => unchecked(-Convert.ToInt64(value, CultureInfo.InvariantCulture)),
    };

    public static object Complement(object value) => value switch
    {
        int i => ~i,
        long l => ~l,
        uint u => ~u,
        ulong ul => ~ul,
        _ => ~Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static Type Widest(object left, object right)
    {
        if (left is decimal || right is decimal)
        {
            return typeof(decimal);
        }

        if (left is double || right is double || left is float || right is float)
        {
            return typeof(double);
        }

        return typeof(long);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

// System.Math on the exact operand type the compiler chose (the arguments are already converted to it), with
// .NET's results: NaN propagates through Max and Min, Abs of the smallest integer and division by zero throw.
internal static partial class BclMethods
{
    private static Value? MathStatic(OperationInterpreter evaluator, IMethodSymbol method, List<Value> arguments, IInvocationOperation operation)
    {
        if (arguments.Any(a => a is not PrimitiveValue && a is not EnumValue))
        {
            return null;
        }

        var raw = arguments.Select(a => a is PrimitiveValue p ? p.Clr : ((EnumValue)a).Underlying).ToList();
        object? result = (method.Name, raw.Count) switch
        {
            ("Max", 2) => Max(raw[0], raw[1]),
            ("Min", 2) => Min(raw[0], raw[1]),
            ("Abs", 1) => Abs(raw[0]),
            ("Sign", 1) => raw[0] switch { double d => Math.Sign(d), float f => Math.Sign(f), decimal m => Math.Sign(m), var other => Arithmetic.Compare(other, 0) },
            ("Ceiling", 1) => raw[0] is decimal m ? decimal.Ceiling(m) : Math.Ceiling((double)raw[0]),
            ("Floor", 1) => raw[0] is decimal m ? decimal.Floor(m) : Math.Floor((double)raw[0]),
            ("Truncate", 1) => raw[0] is decimal m ? decimal.Truncate(m) : Math.Truncate((double)raw[0]),
            ("Round", _) => Round(method, raw),
            ("Pow", 2) => Math.Pow((double)raw[0], (double)raw[1]),
            ("Sqrt", 1) => Math.Sqrt((double)raw[0]),
            ("Exp", 1) => Math.Exp((double)raw[0]),
            ("Log", 1) => Math.Log((double)raw[0]),
            ("Log", 2) => Math.Log((double)raw[0], (double)raw[1]),
            ("Log10", 1) => Math.Log10((double)raw[0]),
            ("Clamp", 3) => Clamp(raw[0], raw[1], raw[2]),
            ("DivRem", 2) => DivRem(raw[0], raw[1], out var remainder) is var quotient
                ? new TupleValue(method.ReturnType, [new PrimitiveValue(quotient), new PrimitiveValue(remainder)])
                : null,
            ("DivRem", 3) => DivRem(raw[0], raw[1], out var rest) is var q ? Out(arguments, 2, rest, q) : null,
            _ => null,
        };

        return result switch
        {
            null => null,
            Value value => value,
            _ => new PrimitiveValue(result),
        };
    }

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    // Sets an out argument and gives the call's result.
    private static object Out(List<Value> arguments, int index, object value, object result)
    {
        arguments[index] = new PrimitiveValue(value);
        return result;
    }

    private static object Max(object a, object b) => (a, b) switch
    {
        (double x, double y) => Math.Max(x, y),
        (float x, float y) => Math.Max(x, y),
        (decimal x, decimal y) => Math.Max(x, y),
        (ulong x, ulong y) => Math.Max(x, y),
        _ => Arithmetic.Compare(a, b) >= 0 ? a : b,
    };

    private static object Min(object a, object b) => (a, b) switch
    {
        (double x, double y) => Math.Min(x, y),
        (float x, float y) => Math.Min(x, y),
        (decimal x, decimal y) => Math.Min(x, y),
        (ulong x, ulong y) => Math.Min(x, y),
        _ => Arithmetic.Compare(a, b) <= 0 ? a : b,
    };

    private static object Abs(object value) => value switch
    {
        int i => Math.Abs(i),
        long l => Math.Abs(l),
        short s => Math.Abs(s),
        sbyte b => Math.Abs(b),
        double d => Math.Abs(d),
        float f => Math.Abs(f),
        decimal m => Math.Abs(m),
        _ => value,
    };

    // Math.Clamp, which netstandard2.0 lacks: min above max throws; NaN stays NaN.
    private static object Clamp(object value, object min, object max)
    {
        if (Arithmetic.Compare(min, max) > 0)
        {
            throw new ArgumentException("Math.Clamp: min " + Convert.ToString(min, Invariant) + " is greater than max " + Convert.ToString(max, Invariant));
        }

        if (value is double d && double.IsNaN(d) || value is float f && float.IsNaN(f))
        {
            return value;
        }

        return Arithmetic.Compare(value, min) < 0 ? min : Arithmetic.Compare(value, max) > 0 ? max : value;
    }

    private static object DivRem(object a, object b, out object remainder)
    {
        switch (a, b)
        {
            case (int x, int y):
                var qi = y == -1 ? checked(-x) : x / y;
                remainder = x % y;
                return qi;
            case (long x, long y):
                var ql = y == -1 ? checked(-x) : x / y;
                remainder = y == -1 ? 0L : x % y;
                return ql;
            default:
                var ul = Convert.ToUInt64(a, Invariant);
                var ur = Convert.ToUInt64(b, Invariant);
                remainder = Narrow(ul % ur, a);
                return Narrow(ul / ur, a);
        }
    }

    private static object Narrow(ulong value, object like) => like switch
    {
        uint => (uint)value,
        byte => (byte)value,
        ushort => (ushort)value,
        _ => value,
    };

    // Round(value), Round(value, digits), Round(value, mode), Round(value, digits, mode); mode is MidpointRounding.
    private static object? Round(IMethodSymbol method, List<object> raw)
    {
        var digits = 0;
        var mode = 0;
        for (var i = 1; i < raw.Count; i++)
        {
            if (method.Parameters[i].Type.TypeKind == TypeKind.Enum)
            {
                mode = Convert.ToInt32(raw[i], Invariant);
            }
            else
            {
                digits = Convert.ToInt32(raw[i], Invariant);
            }
        }

        if (digits < 0 || digits > (raw[0] is decimal ? 28 : 15) || mode < 0 || mode > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), "Math.Round: digits or mode out of range");
        }

        if (raw[0] is decimal m)
        {
            return mode switch
            {
                0 => Math.Round(m, digits, MidpointRounding.ToEven),
                1 => Math.Round(m, digits, MidpointRounding.AwayFromZero),
                _ => Directed(m, digits, mode),
            };
        }

        var value = (double)raw[0];
        if (mode <= 1)
        {
            return Math.Round(value, digits, mode == 0 ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero);
        }

        // ToZero, ToNegativeInfinity, ToPositiveInfinity, scaled by the power of ten as .NET does.
        if (Math.Abs(value) >= 1e16)
        {
            return value;
        }

        var power = Math.Pow(10, digits);
        var scaled = value * power;
        scaled = mode switch
        {
            2 => Math.Truncate(scaled),
            3 => Math.Floor(scaled),
            _ => Math.Ceiling(scaled),
        };
        return scaled / power;
    }

    private static decimal Directed(decimal value, int digits, int mode)
    {
        var power = 1m;
        for (var i = 0; i < digits; i++)
        {
            power *= 10m;
        }

        var scaled = value * power;
        scaled = mode switch
        {
            2 => decimal.Truncate(scaled),
            3 => decimal.Floor(scaled),
            _ => decimal.Ceiling(scaled),
        };
        return scaled / power;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

// TimeSpan, computed from ticks the way .NET Core does (FromSeconds(double) truncates to a tick, TotalSeconds
// divides the ticks), so the result does not depend on the runtime the compiler happens to run on.
internal static partial class BclMethods
{
    private const long TicksPerMillisecond = 10_000;
    private const long TicksPerSecond = TicksPerMillisecond * 1000;
    private const long TicksPerMinute = TicksPerSecond * 60;
    private const long TicksPerHour = TicksPerMinute * 60;
    private const long TicksPerDay = TicksPerHour * 24;

    private static Value NewTimeSpan(List<Value> arguments, SyntaxNode at)
    {
        var numbers = arguments.Select(a => a is PrimitiveValue { Clr: int or long } p ? Convert.ToInt64(p.Clr, CultureInfo.InvariantCulture) : (long?)null).ToList();
        if (numbers.Any(n => n is null))
        {
            throw EvaluationErrors.Unsupported(at, "TimeSpan is made from ticks, or from days, hours, minutes, seconds and milliseconds");
        }

        try
        {
            var n = numbers.Select(x => x!.Value).ToList();
            return new TimeSpanValue(n.Count switch
            {
                0 => TimeSpan.Zero,
                1 => new TimeSpan(n[0]),
                3 => new TimeSpan((int)n[0], (int)n[1], (int)n[2]),
                4 => new TimeSpan((int)n[0], (int)n[1], (int)n[2], (int)n[3]),
                5 => new TimeSpan((int)n[0], (int)n[1], (int)n[2], (int)n[3], (int)n[4]),
                _ => throw EvaluationErrors.Unsupported(at, "this TimeSpan constructor is not evaluated; use ticks or days, hours, minutes, seconds, milliseconds"),
            });
        }
        catch (ArgumentOutOfRangeException)
        {
            throw EvaluationErrors.WouldThrow(at, EvaluationErrors.Describe(at) + " is longer than TimeSpan can hold, which throws ArgumentOutOfRangeException");
        }
    }

    private static Value? TimeSpanMember(OperationInterpreter evaluator, IMethodSymbol method, Value? instance, List<Value> arguments, IInvocationOperation operation)
    {
        if (method.IsStatic)
        {
            return method.Name switch
            {
                "FromTicks" when arguments.Count == 1 && arguments[0] is PrimitiveValue { Clr: long ticks } => new TimeSpanValue(new TimeSpan(ticks)),
                "FromDays" or "FromHours" or "FromMinutes" or "FromSeconds" or "FromMilliseconds" or "FromMicroseconds" => From(method, arguments),
                "Compare" when arguments.Count == 2 && arguments[0] is TimeSpanValue a && arguments[1] is TimeSpanValue b => new PrimitiveValue(a.Span.CompareTo(b.Span)),
                _ => null,
            };
        }

        if (instance is not TimeSpanValue { Span: var span })
        {
            return null;
        }

        var other = arguments.Count == 1 && arguments[0] is TimeSpanValue o ? o.Span : (TimeSpan?)null;
        return method.Name switch
        {
            "Add" when other is { } added => new TimeSpanValue(span.Add(added)),
            "Subtract" when other is { } subtracted => new TimeSpanValue(span.Subtract(subtracted)),
            "CompareTo" when other is { } compared => new PrimitiveValue(span.CompareTo(compared)),
            "Negate" when arguments.Count == 0 => new TimeSpanValue(span.Negate()),
            "Duration" when arguments.Count == 0 => new TimeSpanValue(span.Duration()),
            "ToString" => FormatToString(evaluator, method, instance, arguments, operation),
            _ => null,
        };
    }

    // From*(double) scales to ticks and truncates; the integer overloads of .NET 9 add their parts exactly.
    private static Value From(IMethodSymbol method, List<Value> arguments)
    {
        long scale = method.Name switch
        {
            "FromDays" => TicksPerDay,
            "FromHours" => TicksPerHour,
            "FromMinutes" => TicksPerMinute,
            "FromSeconds" => TicksPerSecond,
            "FromMilliseconds" => TicksPerMillisecond,
            _ => 10,
        };

        if (arguments.Count == 1 && arguments[0] is PrimitiveValue { Clr: double value })
        {
            if (double.IsNaN(value))
            {
                throw new ArgumentException("TimeSpan." + method.Name + "(NaN)");
            }

            var ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue)
            {
                throw new OverflowException("TimeSpan." + method.Name + " overflowed: the duration is longer than TimeSpan can hold");
            }

            return new TimeSpanValue(ticks == long.MaxValue ? TimeSpan.MaxValue : new TimeSpan((long)ticks));
        }

        // Each further parameter is the next smaller unit, down to microseconds.
        long[] units = [TicksPerDay, TicksPerHour, TicksPerMinute, TicksPerSecond, TicksPerMillisecond, 10];
        var unit = Array.IndexOf(units, scale);
        var total = 0m;
        for (var i = 0; i < arguments.Count && unit + i < units.Length; i++)
        {
            total += Convert.ToDecimal(((PrimitiveValue)arguments[i]).Clr, CultureInfo.InvariantCulture) * units[unit + i];
        }

        if (total > long.MaxValue || total < long.MinValue)
        {
            throw new ArgumentOutOfRangeException(method.Name, "the duration is longer than TimeSpan can hold");
        }

        return new TimeSpanValue(new TimeSpan((long)total));
    }

    /// <summary>A TimeSpan property, or null for one the evaluator does not know.</summary>
    internal static Value? TimeSpanProperty(TimeSpan span, string name)
    {
        var ticks = span.Ticks;
        object? value = name switch
        {
            "Ticks" => ticks,
            "Days" => (int)(ticks / TicksPerDay),
            "Hours" => (int)(ticks / TicksPerHour % 24),
            "Minutes" => (int)(ticks / TicksPerMinute % 60),
            "Seconds" => (int)(ticks / TicksPerSecond % 60),
            "Milliseconds" => (int)(ticks / TicksPerMillisecond % 1000),
            "TotalDays" => (double)ticks / TicksPerDay,
            "TotalHours" => (double)ticks / TicksPerHour,
            "TotalMinutes" => (double)ticks / TicksPerMinute,
            "TotalSeconds" => (double)ticks / TicksPerSecond,
            "TotalMilliseconds" => Math.Max(Math.Min((double)ticks / TicksPerMillisecond, long.MaxValue / TicksPerMillisecond), long.MinValue / TicksPerMillisecond),
            _ => null,
        };
        return value is null ? null : new PrimitiveValue(value);
    }

    /// <summary>TimeSpan's operators: + and - of spans, unary -, scaling by a double, and a span divided by a span.</summary>
    internal static Value? TimeSpanOperator(BinaryOperatorKind kind, Value left, Value right)
    {
        switch (kind, left, right)
        {
            case (BinaryOperatorKind.Add, TimeSpanValue a, TimeSpanValue b):
                return new TimeSpanValue(a.Span.Add(b.Span));
            case (BinaryOperatorKind.Subtract, TimeSpanValue a, TimeSpanValue b):
                return new TimeSpanValue(a.Span.Subtract(b.Span));
            case (BinaryOperatorKind.Divide, TimeSpanValue a, TimeSpanValue b):
                return new PrimitiveValue(a.Span.Ticks / (double)b.Span.Ticks);
            case (BinaryOperatorKind.Multiply, TimeSpanValue a, PrimitiveValue { Clr: double factor }):
                return Scaled(a.Span.Ticks * factor, factor);
            case (BinaryOperatorKind.Multiply, PrimitiveValue { Clr: double factor }, TimeSpanValue a):
                return Scaled(a.Span.Ticks * factor, factor);
            case (BinaryOperatorKind.Divide, TimeSpanValue a, PrimitiveValue { Clr: double divisor }):
                return Scaled(a.Span.Ticks / divisor, divisor);
            case (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual, TimeSpanValue a, TimeSpanValue b):
                var comparison = a.Span.CompareTo(b.Span);
                return new PrimitiveValue(kind switch
                {
                    BinaryOperatorKind.LessThan => comparison < 0,
                    BinaryOperatorKind.LessThanOrEqual => comparison <= 0,
                    BinaryOperatorKind.GreaterThan => comparison > 0,
                    _ => comparison >= 0,
                });
            default:
                return null;
        }
    }

    private static TimeSpanValue Scaled(double ticks, double operand)
    {
        if (double.IsNaN(operand))
        {
            throw new ArgumentException("A TimeSpan cannot be scaled by NaN");
        }

        ticks = Math.Round(ticks);
        if (ticks > long.MaxValue || ticks < long.MinValue || double.IsNaN(ticks))
        {
            throw new OverflowException("TimeSpan overflowed: the duration is longer than TimeSpan can hold");
        }

        return new TimeSpanValue(ticks == long.MaxValue ? TimeSpan.MaxValue : new TimeSpan((long)ticks));
    }
}

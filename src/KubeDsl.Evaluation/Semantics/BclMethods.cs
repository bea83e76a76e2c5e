using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

/// <summary>
/// The few library methods the evaluator runs itself: pure string and math functions whose result depends only on
/// their arguments. Everything else compiled outside the project is refused with a message saying why.
/// </summary>
internal static class BclMethods
{
    public static Value Invoke(OperationInterpreter evaluator, IMethodSymbol method, Value? instance, List<Value> arguments, IInvocationOperation operation)
    {
        var type = method.ContainingType?.ToDisplayString() ?? string.Empty;
        if (IsMachineDependent(method.ContainingType))
        {
            throw evaluator.UnsupportedCall(operation, MachineDependentReason);
        }

        if (instance is NullValue)
        {
            throw evaluator.ThrowsAtRunTime(operation, EvaluationErrors.Describe(operation.Instance!.Syntax) + " is null, so calling " + method.Name + " throws NullReferenceException");
        }

        var result = type switch
        {
            "string" when method.IsStatic => StringStatic(evaluator, method, arguments, operation),
            "string" => StringInstance(evaluator, method, Text(instance!), arguments, operation),
            "System.Math" => MathStatic(method, arguments),
            "System.Convert" when method.Name == "FromBase64String" && arguments.Count == 1 => FromBase64(evaluator, method, arguments[0], operation),
            "System.Linq.Enumerable" => evaluator.Linq(method, arguments, operation),
            "System.Enum" when method.Name == "GetValues" && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType =>
                ValueSemantics.EnumValues(method.ReturnType, enumType),
            _ when method.Name == "ToString" && method.Parameters.Length == 0 && instance is not null and not ObjectValue and not ListValue and not DictionaryValue =>
                new PrimitiveValue(evaluator.TextOf(instance, operation)),
            _ when method.Name == "ToString" && method.Parameters.Length == 1 && instance is PrimitiveValue { Clr: IFormattable f } && arguments[0] is PrimitiveValue { Clr: string format } =>
                new PrimitiveValue(f.ToString(format, CultureInfo.InvariantCulture)),
            _ => null,
        };

        return result ?? throw evaluator.UnsupportedCall(
            operation,
            method.ContainingType?.Name + "." + method.Name + " is compiled code outside this project; only helper methods written in source and a few pure string and Math methods are evaluated");
    }

    /// <summary>Why members of the clock, environment, file system and random types are refused.</summary>
    public const string MachineDependentReason = "it reads the machine, the clock or the environment; a manifest must come out the same wherever and whenever it is built";

    /// <summary>True for types whose members depend on where or when the code runs.</summary>
    public static bool IsMachineDependent(ITypeSymbol? type) => type?.ToDisplayString() is "System.DateTime" or "System.DateTimeOffset" or "System.Environment"
        or "System.Guid" or "System.Random" or "System.IO.File" or "System.IO.Directory" or "System.IO.Path" or "System.Console"
        or "System.Diagnostics.Process" or "System.Diagnostics.Stopwatch" or "System.Net.Dns";

    private static Value? StringStatic(OperationInterpreter evaluator, IMethodSymbol method, List<Value> arguments, IOperation operation)
    {
        switch (method.Name)
        {
            case "IsNullOrEmpty":
                return new PrimitiveValue(arguments[0] is NullValue || Text(arguments[0]).Length == 0);
            case "IsNullOrWhiteSpace":
                return new PrimitiveValue(arguments[0] is NullValue || Text(arguments[0]).Trim().Length == 0);
            case "Join" when arguments.Count == 2 && arguments[1] is ListValue items:
                return new PrimitiveValue(string.Join(evaluator.TextOf(arguments[0], operation), items.Items.Select(i => evaluator.TextOf(i, operation))));
            case "Concat" when arguments.Count == 1 && arguments[0] is ListValue items:
                return new PrimitiveValue(string.Concat(items.Items.Select(i => evaluator.TextOf(i, operation))));
            case "Concat" when arguments.All(a => a is not ListValue):
                return new PrimitiveValue(string.Concat(arguments.Select(a => evaluator.TextOf(a, operation))));
            default:
                return null;
        }
    }

    private static Value? StringInstance(OperationInterpreter evaluator, IMethodSymbol method, string text, List<Value> arguments, IOperation operation)
    {
        var hasComparison = method.Parameters.Any(p => p.Type.Name is "StringComparison" or "CultureInfo" or "IFormatProvider");
        if (hasComparison)
        {
            return null;
        }

        var strings = arguments.Select(a => a is PrimitiveValue { Clr: string s } ? s : null).ToList();
        return method.Name switch
        {
            "ToLowerInvariant" => new PrimitiveValue(text.ToLowerInvariant()),
            "ToUpperInvariant" => new PrimitiveValue(text.ToUpperInvariant()),
            "Trim" when arguments.Count == 0 => new PrimitiveValue(text.Trim()),
            "TrimStart" when arguments.Count == 0 => new PrimitiveValue(text.TrimStart()),
            "TrimEnd" when arguments.Count == 0 => new PrimitiveValue(text.TrimEnd()),
            "Replace" when strings.Count == 2 && strings[0] is { Length: > 0 } => new PrimitiveValue(text.Replace(strings[0]!, strings[1] ?? string.Empty)),
            "Contains" when strings.Count == 1 && strings[0] is not null => new PrimitiveValue(text.IndexOf(strings[0]!, StringComparison.Ordinal) >= 0),
            "StartsWith" when strings.Count == 1 && strings[0] is not null => new PrimitiveValue(text.StartsWith(strings[0]!, StringComparison.Ordinal)),
            "EndsWith" when strings.Count == 1 && strings[0] is not null => new PrimitiveValue(text.EndsWith(strings[0]!, StringComparison.Ordinal)),
            "Substring" => Substring(evaluator, text, arguments, operation),
            "PadLeft" when arguments.Count == 1 && arguments[0] is PrimitiveValue { Clr: int width } => new PrimitiveValue(text.PadLeft(width)),
            "PadRight" when arguments.Count == 1 && arguments[0] is PrimitiveValue { Clr: int width } => new PrimitiveValue(text.PadRight(width)),
            "ToString" when arguments.Count == 0 => new PrimitiveValue(text),
            _ => null,
        };
    }

    private static Value Substring(OperationInterpreter evaluator, string text, List<Value> arguments, IOperation operation)
    {
        var start = arguments.Count > 0 && arguments[0] is PrimitiveValue { Clr: int s } ? s : -1;
        var length = arguments.Count > 1 && arguments[1] is PrimitiveValue { Clr: int l } ? l : text.Length - start;
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            throw evaluator.ThrowsAtRunTime(operation, "Substring(" + start + ", " + length + ") is outside the " + text.Length + " characters of '" + text + "', which throws ArgumentOutOfRangeException");
        }

        return new PrimitiveValue(text.Substring(start, length));
    }

    private static Value? MathStatic(IMethodSymbol method, List<Value> arguments)
    {
        if (arguments.Any(a => a is not PrimitiveValue))
        {
            return null;
        }

        var raw = arguments.Select(a => ((PrimitiveValue)a).Clr).ToList();
        return method.Name switch
        {
            "Max" when raw.Count == 2 => new PrimitiveValue(Arithmetic.Compare(raw[0], raw[1]) >= 0 ? raw[0] : raw[1]),
            "Min" when raw.Count == 2 => new PrimitiveValue(Arithmetic.Compare(raw[0], raw[1]) <= 0 ? raw[0] : raw[1]),
            "Abs" when raw.Count == 1 => new PrimitiveValue(Arithmetic.Compare(raw[0], 0) < 0 ? Arithmetic.Negate(raw[0]) : raw[0]),
            _ => null,
        };
    }

    private static Value FromBase64(OperationInterpreter evaluator, IMethodSymbol method, Value argument, IInvocationOperation operation)
    {
        var text = evaluator.TextOf(argument, operation);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw evaluator.ThrowsAtRunTime(operation, "'" + text + "' is not base64, so Convert.FromBase64String throws FormatException");
        }

        return ByteArray(method.ReturnType, bytes);
    }

    /// <summary>
    /// True for <c>Encoding.UTF8.GetBytes(text)</c>, the one use of an encoding the evaluator runs (its instance is
    /// a library property, which the evaluator does not read in general).
    /// </summary>
    public static bool IsUtf8GetBytes(IInvocationOperation operation) =>
        operation is { TargetMethod: { Name: "GetBytes", Parameters.Length: 1 } method, Instance: IPropertyReferenceOperation { Property: { Name: "UTF8", IsStatic: true } property } }
        && property.ContainingType?.ToDisplayString() == "System.Text.Encoding"
        && method.Parameters[0].Type.SpecialType == SpecialType.System_String;

    public static ListValue ByteArray(ITypeSymbol type, byte[] bytes)
    {
        var list = new ListValue(type);
        foreach (var b in bytes)
        {
            list.Items.Add(new PrimitiveValue(b));
        }

        return list;
    }

    private static string Text(Value value) => value is PrimitiveValue { Clr: string s } ? s : string.Empty;
}

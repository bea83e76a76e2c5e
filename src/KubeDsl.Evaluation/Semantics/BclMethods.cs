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
internal static partial class BclMethods
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

        Value? result;
        try
        {
            result = Dispatch(evaluator, method, type, instance, arguments, operation);
        }
        catch (Exception failure) when (failure is ArgumentException or FormatException or ArithmeticException or InvalidOperationException)
        {
            // The library itself refused the arguments: at run time the call throws the same exception.
            throw evaluator.ThrowsAtRunTime(operation, EvaluationErrors.Describe(operation.Syntax) + " throws " + failure.GetType().Name + ": " + failure.Message);
        }

        return result ?? throw evaluator.UnsupportedCall(
            operation,
            method.ContainingType?.Name + "." + method.Name + " is compiled code outside this project; only helper methods written in source and the string, StringBuilder, Math, TimeSpan, parsing and LINQ members listed in the README are evaluated");
    }

    private static Value? Dispatch(OperationInterpreter evaluator, IMethodSymbol method, string type, Value? instance, List<Value> arguments, IInvocationOperation operation) =>
        type switch
        {
            _ when method.Name == "GetHashCode" => throw evaluator.UnsupportedCall(operation, "hash codes differ from one run to the next (strings hash with a random seed), so they cannot go into a manifest"),
            "string" when method.IsStatic => StringStatic(evaluator, method, arguments, operation),
            "string" => StringInstance(evaluator, method, Text(instance!), arguments, operation),
            "char" when method.IsStatic => CharStatic(method, arguments),
            "System.Math" => MathStatic(evaluator, method, arguments, operation),
            "System.Text.StringBuilder" when instance is StringBuilderValue builder => StringBuilderMember(evaluator, method, builder, arguments, operation),
            "System.TimeSpan" => TimeSpanMember(evaluator, method, instance, arguments, operation),
            "System.FormattableString" when method.Name == "Invariant" && arguments.Count == 1 => arguments[0],
            "System.Convert" when method.Name == "FromBase64String" && arguments.Count == 1 => FromBase64(evaluator, method, arguments[0], operation),
            "System.Linq.Enumerable" => evaluator.Linq(method, arguments, operation),
            "System.Enum" when method.Name == "GetValues" && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType =>
                ValueSemantics.EnumValues(method.ReturnType, enumType),
            _ when method.IsStatic && method.Name is "Parse" or "TryParse" => Parse(evaluator, method, arguments, operation),
            _ when method.Name == "ToString" && instance is not null and not ObjectValue and not ListValue and not DictionaryValue => FormatToString(evaluator, method, instance, arguments, operation),
            _ => null,
        };

    /// <summary>The value of a library static the evaluator knows, or null: the invariant culture, TimeSpan's constants.</summary>
    public static Value? KnownStatic(ISymbol member, Location? useSite)
    {
        switch (member.ContainingType?.ToDisplayString(), member.Name)
        {
            case ("System.Globalization.CultureInfo", "InvariantCulture"):
            case ("System.Globalization.NumberFormatInfo", "InvariantInfo"):
                return new InvariantCultureValue();
            case ("System.Globalization.CultureInfo", "CurrentCulture" or "CurrentUICulture" or "DefaultThreadCurrentCulture"):
            case ("System.Globalization.NumberFormatInfo", "CurrentInfo"):
                throw EvaluationErrors.Unsupported(useSite, member.ToDisplayString(), "the current culture is the machine's; pass CultureInfo.InvariantCulture, which the build always uses");
            case ("System.TimeSpan", "Zero"):
                return new TimeSpanValue(TimeSpan.Zero);
            case ("System.TimeSpan", "MaxValue"):
                return new TimeSpanValue(TimeSpan.MaxValue);
            case ("System.TimeSpan", "MinValue"):
                return new TimeSpanValue(TimeSpan.MinValue);
            default:
                return null;
        }
    }

    /// <summary>
    /// The library types <c>new</c> makes: HashSet, StringBuilder, TimeSpan; null for any other type.
    /// </summary>
    public static Value? Construct(ValueSemantics semantics, INamedTypeSymbol type, IMethodSymbol? constructor, List<Value> arguments, SyntaxNode at)
    {
        switch (type.OriginalDefinition.ToDisplayString())
        {
            case "System.Collections.Generic.HashSet<T>":
                if (arguments.Any(a => a is PrimitiveValue { Clr: not int }) || constructor?.Parameters.Any(p => p.Type.Name.Contains("Comparer")) == true)
                {
                    throw EvaluationErrors.Unsupported(at, "only the empty, capacity and copy constructors of HashSet are supported (items compare with the default comparer)");
                }

                return semantics.SetOf(type, arguments.Where(a => a is not PrimitiveValue).SelectMany(a => semantics.Items(a, constructor?.Parameters[0].Type, at)), at);
            case "System.Text.StringBuilder":
                return NewStringBuilder(arguments, at);
            case "System.TimeSpan":
                return NewTimeSpan(arguments, at);
            default:
                return null;
        }
    }

    /// <summary>Why members of the clock, environment, file system and random types are refused.</summary>
    public const string MachineDependentReason = "it reads the machine, the clock or the environment; a manifest must come out the same wherever and whenever it is built";

    /// <summary>True for types whose members depend on where or when the code runs.</summary>
    public static bool IsMachineDependent(ITypeSymbol? type) => type?.ToDisplayString() is "System.DateTime" or "System.DateTimeOffset" or "System.Environment"
        or "System.Guid" or "System.Random" or "System.IO.File" or "System.IO.Directory" or "System.IO.Path" or "System.Console"
        or "System.Diagnostics.Process" or "System.Diagnostics.Stopwatch" or "System.Net.Dns";

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

}

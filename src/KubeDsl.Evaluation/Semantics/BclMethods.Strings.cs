using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

// The string members the evaluator runs. Searches and comparisons are ordinal: the culture-aware ones depend on
// the machine's culture and ICU version, so StringComparison values other than Ordinal and OrdinalIgnoreCase are
// refused, and the overloads without one (IndexOf(string), StartsWith(string)) are taken as ordinal.
internal static partial class BclMethods
{
    private const int Ordinal = 4;
    private const int OrdinalIgnoreCase = 5;

    private static Value? StringStatic(OperationInterpreter evaluator, IMethodSymbol method, List<Value> arguments, IInvocationOperation operation)
    {
        switch (method.Name)
        {
            case "IsNullOrEmpty":
                return new PrimitiveValue(arguments[0] is NullValue || Text(arguments[0]).Length == 0);
            case "IsNullOrWhiteSpace":
                return new PrimitiveValue(arguments[0] is NullValue || Text(arguments[0]).All(char.IsWhiteSpace));
            case "Join":
                return Join(evaluator, method, arguments, operation);
            case "Concat" when arguments.Count == 1 && method.Parameters[0].Type.SpecialType != SpecialType.System_Object:
                return new PrimitiveValue(string.Concat(Items(evaluator, arguments[0], method.Parameters[0].Type, operation).Select(i => Piece(evaluator, i, operation))));
            case "Concat":
                return new PrimitiveValue(string.Concat(arguments.Select(a => Piece(evaluator, a, operation))));
            case "Format":
                return new PrimitiveValue(CompositeFormat(evaluator, method, arguments, operation));
            case "CompareOrdinal" when arguments.Count == 2:
                return new PrimitiveValue(Math.Sign(string.CompareOrdinal(NullableText(arguments[0]), NullableText(arguments[1]))));
            case "Compare" when arguments.Count == 3 && method.Parameters[2].Type.Name == "StringComparison":
                var comparison = Comparison(evaluator, arguments[2], operation);
                return new PrimitiveValue(Math.Sign(string.Compare(NullableText(arguments[0]), NullableText(arguments[1]), comparison)));
            case "Equals" when arguments.Count == 3:
                return new PrimitiveValue(string.Equals(NullableText(arguments[0]), NullableText(arguments[1]), Comparison(evaluator, arguments[2], operation)));
            default:
                return null;
        }
    }

    // Join(separator, items), Join(separator, params items), Join(separator, items, start, count), with a string or
    // char separator; a null separator or item is empty.
    private static Value? Join(OperationInterpreter evaluator, IMethodSymbol method, List<Value> arguments, IInvocationOperation operation)
    {
        var separator = arguments[0] is NullValue ? string.Empty : evaluator.TextOf(arguments[0], operation);
        List<string> pieces;
        if (arguments.Count == 2 && (method.Parameters[1].IsParams || method.Parameters[1].Type.SpecialType != SpecialType.System_Object))
        {
            pieces = Items(evaluator, arguments[1], method.Parameters[1].Type, operation).Select(i => Piece(evaluator, i, operation)).ToList();
        }
        else if (arguments.Count == 4 && arguments[1] is ListValue list && arguments[2] is PrimitiveValue { Clr: int start } && arguments[3] is PrimitiveValue { Clr: int count })
        {
            if (start < 0 || count < 0 || start + count > list.Items.Count)
            {
                throw evaluator.ThrowsAtRunTime(operation, "Join(" + start + ", " + count + ") is outside the " + list.Items.Count + " items, which throws ArgumentOutOfRangeException");
            }

            pieces = list.Items.Skip(start).Take(count).Select(i => Piece(evaluator, i, operation)).ToList();
        }
        else
        {
            pieces = arguments.Skip(1).Select(a => Piece(evaluator, a, operation)).ToList();
        }

        return new PrimitiveValue(string.Join(separator, pieces));
    }

    private static Value? StringInstance(OperationInterpreter evaluator, IMethodSymbol method, string text, List<Value> arguments, IInvocationOperation operation)
    {
        // The last StringComparison argument, if any, picks ordinal or ignore-case ordinal; culture ones stop here.
        var comparison = StringComparison.Ordinal;
        var plain = arguments;
        if (method.Parameters.Length > 0 && method.Parameters[method.Parameters.Length - 1].Type.Name == "StringComparison")
        {
            comparison = Comparison(evaluator, arguments[arguments.Count - 1], operation);
            plain = arguments.Take(arguments.Count - 1).ToList();
        }
        else if (method.Parameters.Any(p => p.Type.Name is "CultureInfo" or "IFormatProvider" || p.Type.Name == "Boolean" && method.Name is "StartsWith" or "EndsWith"))
        {
            throw evaluator.UnsupportedCall(operation, "culture-aware string operations depend on the machine; use the ordinal overloads or ToLowerInvariant/ToUpperInvariant");
        }

        var first = plain.Count > 0 ? plain[0] : null;
        switch (method.Name)
        {
            case "ToLowerInvariant":
                return new PrimitiveValue(text.ToLowerInvariant());
            case "ToUpperInvariant":
                return new PrimitiveValue(text.ToUpperInvariant());
            case "ToLower" or "ToUpper":
                throw evaluator.UnsupportedCall(operation, method.Name + "() uses the machine's culture (in Turkish, \"i\".ToUpper() is \"İ\"); use " + method.Name + "Invariant()");
            case "Trim" or "TrimStart" or "TrimEnd":
                return new PrimitiveValue(Trim(method.Name, text, first is null ? null : Chars(evaluator, first, operation)));
            case "Replace" when plain.Count == 2 && first is PrimitiveValue { Clr: char from } && plain[1] is PrimitiveValue { Clr: char to }:
                return new PrimitiveValue(text.Replace(from, to));
            case "Replace" when plain.Count == 2:
                var old = NullableText(first!);
                if (string.IsNullOrEmpty(old))
                {
                    throw evaluator.ThrowsAtRunTime(operation, "Replace with a null or empty string to find throws " + (old is null ? "ArgumentNullException" : "ArgumentException"));
                }

                return new PrimitiveValue(ReplaceOrdinal(text, old!, NullableText(plain[1]) ?? string.Empty, comparison));
            case "Contains" or "StartsWith" or "EndsWith" or "IndexOf" or "LastIndexOf" when first is not null:
                return Search(evaluator, method.Name, text, plain, comparison, operation);
            case "Equals" when plain.Count == 1:
                return new PrimitiveValue(string.Equals(text, NullableText(first!), comparison));
            case "Substring":
                return Substring(evaluator, text, plain, operation);
            case "PadLeft" or "PadRight" when first is PrimitiveValue { Clr: int width }:
                if (width < 0)
                {
                    throw evaluator.ThrowsAtRunTime(operation, method.Name + "(" + width + ") throws ArgumentOutOfRangeException");
                }

                var pad = plain.Count > 1 && plain[1] is PrimitiveValue { Clr: char c } ? c : ' ';
                return new PrimitiveValue(method.Name == "PadLeft" ? text.PadLeft(width, pad) : text.PadRight(width, pad));
            case "Insert" when plain.Count == 2 && first is PrimitiveValue { Clr: int at }:
                return at < 0 || at > text.Length
                    ? throw evaluator.ThrowsAtRunTime(operation, "Insert(" + at + ", ...) is outside the " + text.Length + " characters of '" + text + "', which throws ArgumentOutOfRangeException")
                    : new PrimitiveValue(text.Insert(at, NullableText(plain[1]) ?? throw evaluator.ThrowsAtRunTime(operation, "Insert of null throws ArgumentNullException")));
            case "Remove" when first is PrimitiveValue { Clr: int start }:
                var length = plain.Count > 1 && plain[1] is PrimitiveValue { Clr: int l } ? l : text.Length - start;
                return start < 0 || length < 0 || start + length > text.Length
                    ? throw evaluator.ThrowsAtRunTime(operation, "Remove(" + start + ", " + length + ") is outside the " + text.Length + " characters of '" + text + "', which throws ArgumentOutOfRangeException")
                    : new PrimitiveValue(text.Remove(start, length));
            case "Split":
                return Split(evaluator, method, text, arguments, operation);
            case "ToCharArray" when plain.Count == 0:
                return BclList(method.ReturnType, text.Select(ch => (Value)new PrimitiveValue(ch)));
            case "ToString" when plain.Count == 0:
                return new PrimitiveValue(text);
            default:
                return null;
        }
    }

    private static Value Search(OperationInterpreter evaluator, string name, string text, List<Value> arguments, StringComparison comparison, IInvocationOperation operation)
    {
        if (arguments[0] is PrimitiveValue { Clr: char ch })
        {
            // A char compares ordinally, or ignoring case when asked.
            arguments = [new PrimitiveValue(ch.ToString()), .. arguments.Skip(1)];
        }

        var sought = NullableText(arguments[0]) ?? throw evaluator.ThrowsAtRunTime(operation, name + "(null) throws ArgumentNullException");
        // Out-of-range positions throw ArgumentOutOfRangeException in the library, which Invoke reports.
        var start = arguments.Count > 1 && arguments[1] is PrimitiveValue { Clr: int s } ? s : (int?)null;
        var count = arguments.Count > 2 && arguments[2] is PrimitiveValue { Clr: int c } ? c : (int?)null;
        return name switch
        {
            "Contains" => new PrimitiveValue(text.IndexOf(sought, comparison) >= 0),
            "StartsWith" => new PrimitiveValue(text.StartsWith(sought, comparison)),
            "EndsWith" => new PrimitiveValue(text.EndsWith(sought, comparison)),
            "IndexOf" => new PrimitiveValue(count is { } n ? text.IndexOf(sought, start ?? 0, n, comparison) : text.IndexOf(sought, start ?? 0, comparison)),
            _ => new PrimitiveValue(count is { } m ? text.LastIndexOf(sought, start ?? 0, m, comparison) : start is { } end ? text.LastIndexOf(sought, end, comparison) : text.LastIndexOf(sought, comparison)),
        };
    }

    private static string ReplaceOrdinal(string text, string old, string replacement, StringComparison comparison)
    {
        if (comparison == StringComparison.Ordinal)
        {
            return text.Replace(old, replacement);
        }

        var result = new System.Text.StringBuilder();
        var at = 0;
        for (var found = text.IndexOf(old, comparison); found >= 0; found = text.IndexOf(old, at, comparison))
        {
            result.Append(text, at, found - at).Append(replacement);
            at = found + old.Length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string Trim(string name, string text, char[]? chars)
    {
        // No characters, or an empty set, trims white space, as the run time does.
        var set = chars is { Length: > 0 } ? chars : null;
        return name switch
        {
            "Trim" => set is null ? text.Trim() : text.Trim(set),
            "TrimStart" => set is null ? text.TrimStart() : text.TrimStart(set),
            _ => set is null ? text.TrimEnd() : text.TrimEnd(set),
        };
    }

    // Split by chars or strings, with StringSplitOptions None (0), RemoveEmptyEntries (1) and TrimEntries (2).
    private static Value Split(OperationInterpreter evaluator, IMethodSymbol method, string text, List<Value> arguments, IInvocationOperation operation)
    {
        var options = 0;
        int? count = null;
        for (var i = 1; i < arguments.Count; i++)
        {
            switch (method.Parameters[i].Type.Name, arguments[i])
            {
                case ("StringSplitOptions", EnumValue { Underlying: var raw }):
                    options = Convert.ToInt32(raw, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case ("Int32", PrimitiveValue { Clr: int n }):
                    count = n;
                    break;
            }
        }

        if (options is < 0 or > 3 || count is < 0)
        {
            throw evaluator.ThrowsAtRunTime(operation, "Split with these options or count throws ArgumentException");
        }

        string[] parts;
        switch (arguments[0])
        {
            case PrimitiveValue { Clr: string separator }:
                // One string separator: an empty one does not split (unlike an array of them, which splits at white space).
                parts = separator.Length == 0 ? [text] : text.Split([separator], StringSplitOptions.None);
                break;
            case PrimitiveValue { Clr: char separator }:
                parts = text.Split(separator);
                break;
            case NullValue when method.Parameters[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }:
                parts = text.Split((string[]?)null, StringSplitOptions.None);
                break;
            case NullValue:
                parts = text.Split((char[]?)null);
                break;
            case ListValue list when list.Items.All(i => i is PrimitiveValue { Clr: char }):
                parts = text.Split(list.Items.Select(i => (char)((PrimitiveValue)i).Clr).ToArray());
                break;
            case ListValue list when list.Items.All(i => i is PrimitiveValue { Clr: string } or NullValue):
                parts = text.Split(list.Items.Select(NullableText).ToArray(), StringSplitOptions.None);
                break;
            default:
                throw evaluator.UnsupportedCall(operation, "Split takes a char, a string, or an array of them");
        }

        IEnumerable<string> result = parts;
        if ((options & 2) != 0)
        {
            result = result.Select(p => p.Trim());
        }

        if ((options & 1) != 0)
        {
            result = result.Where(p => p.Length > 0);
        }

        var items = result.ToList();
        if (count is { } limit && items.Count > limit)
        {
            if (options != 0)
            {
                throw evaluator.UnsupportedCall(operation, "Split with both a count and options is not evaluated; split without the count and use Take");
            }

            items = parts.Length <= limit ? items : SplitAtMost(text, arguments[0], limit);
        }

        return BclList(method.ReturnType, items.Select(p => (Value)new PrimitiveValue(p)));
    }

    // Split with a count: the last part is the rest of the text, separators included.
    private static List<string> SplitAtMost(string text, Value separator, int count) => separator switch
    {
        PrimitiveValue { Clr: string s } => text.Split([s], count, StringSplitOptions.None).ToList(),
        PrimitiveValue { Clr: char c } => text.Split([c], count).ToList(),
        ListValue list when list.Items.All(i => i is PrimitiveValue { Clr: char }) => text.Split(list.Items.Select(i => (char)((PrimitiveValue)i).Clr).ToArray(), count).ToList(),
        ListValue list => text.Split(list.Items.Select(NullableText).ToArray(), count, StringSplitOptions.None).ToList(),
        _ => text.Split((char[]?)null, count).ToList(),
    };

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

    private static Value? CharStatic(IMethodSymbol method, List<Value> arguments)
    {
        if (arguments.Count != 1 || arguments[0] is not PrimitiveValue { Clr: char c })
        {
            return null;
        }

        return method.Name switch
        {
            "IsDigit" => new PrimitiveValue(char.IsDigit(c)),
            "IsLetter" => new PrimitiveValue(char.IsLetter(c)),
            "IsLetterOrDigit" => new PrimitiveValue(char.IsLetterOrDigit(c)),
            "IsWhiteSpace" => new PrimitiveValue(char.IsWhiteSpace(c)),
            "IsUpper" => new PrimitiveValue(char.IsUpper(c)),
            "IsLower" => new PrimitiveValue(char.IsLower(c)),
            "ToUpperInvariant" => new PrimitiveValue(char.ToUpperInvariant(c)),
            "ToLowerInvariant" => new PrimitiveValue(char.ToLowerInvariant(c)),
            _ => null,
        };
    }

    private static StringComparison Comparison(OperationInterpreter evaluator, Value value, IOperation operation) => value switch
    {
        EnumValue { Underlying: var raw } when Convert.ToInt32(raw, System.Globalization.CultureInfo.InvariantCulture) == Ordinal => StringComparison.Ordinal,
        EnumValue { Underlying: var raw } when Convert.ToInt32(raw, System.Globalization.CultureInfo.InvariantCulture) == OrdinalIgnoreCase => StringComparison.OrdinalIgnoreCase,
        _ => throw evaluator.UnsupportedCall(operation, "culture-aware comparisons depend on the machine's culture and ICU version; use StringComparison.Ordinal or OrdinalIgnoreCase"),
    };

    /// <summary>The chars of a char, or of a char array or span (Trim's argument).</summary>
    private static char[] Chars(OperationInterpreter evaluator, Value value, IOperation operation) => value switch
    {
        PrimitiveValue { Clr: char c } => [c],
        ListValue list when list.Items.All(i => i is PrimitiveValue { Clr: char }) => list.Items.Select(i => (char)((PrimitiveValue)i).Clr).ToArray(),
        NullValue => [],
        _ => throw evaluator.UnsupportedCall(operation, "this argument must be chars"),
    };

    /// <summary>The items of a list, array, set or other sequence a string method takes.</summary>
    private static IReadOnlyList<Value> Items(OperationInterpreter evaluator, Value value, ITypeSymbol? type, IOperation operation) =>
        value is NullValue
            ? throw evaluator.ThrowsAtRunTime(operation, "The sequence is null, which throws ArgumentNullException")
            : evaluator.Semantics.Items(value, type, operation.Syntax);

    /// <summary>An item as string.Join and string.Concat write it: null is empty, anything else its ToString.</summary>
    private static string Piece(OperationInterpreter evaluator, Value value, IOperation operation) =>
        value is NullValue ? string.Empty : evaluator.TextOf(value, operation);

    private static ListValue BclList(ITypeSymbol type, IEnumerable<Value> items)
    {
        var list = new ListValue(type);
        list.Items.AddRange(items);
        return list;
    }

    private static string Text(Value value) => value is PrimitiveValue { Clr: string s } ? s : string.Empty;

    private static string? NullableText(Value value) => value is PrimitiveValue { Clr: string s } ? s : null;
}

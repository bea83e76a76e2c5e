using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

// LINQ to objects over the values a definition builds. Every operator is evaluated eagerly, which gives the same
// items as deferred execution because nothing a body can observe changes between building a query and reading it
// (the source is a value the evaluator owns, and lambdas may only change values made in the same body). Ordering
// is stable and compares strings ordinally, so the output never depends on the machine's culture.
internal sealed partial class ValueSemantics
{
    /// <summary>A member of <c>System.Linq.Enumerable</c>, or null when it is not one the evaluator models.</summary>
    internal Value? Linq(IMethodSymbol method, List<Value> arguments, SyntaxNode at)
    {
        switch (method.Name)
        {
            case "Range" when arguments.Count == 2 && arguments[0] is PrimitiveValue { Clr: int start } && arguments[1] is PrimitiveValue { Clr: int count }:
                if (count < 0 || (long)start + count - 1 > int.MaxValue)
                {
                    throw WouldThrow(at, "Enumerable.Range(" + start + ", " + count + ") throws ArgumentOutOfRangeException");
                }

                SpendItems(count, at);
                return Sequence(method.ReturnType, Enumerable.Range(start, count).Select(i => (Value)new PrimitiveValue(i)));
            case "Repeat" when arguments.Count == 2 && arguments[1] is PrimitiveValue { Clr: int times }:
                if (times < 0)
                {
                    throw WouldThrow(at, "Enumerable.Repeat with a negative count throws ArgumentOutOfRangeException");
                }

                SpendItems(times, at);
                return Sequence(method.ReturnType, Enumerable.Repeat(arguments[0], times));
            case "Empty" when arguments.Count == 0:
                return Sequence(method.ReturnType, []);
        }

        if (arguments.Count == 0)
        {
            return null;
        }

        var source = Items(arguments[0], method.Parameters[0].Type, at);
        var rest = arguments.Skip(1).ToList();
        var type = method.ReturnType;
        switch (method.Name, rest.Count)
        {
            case ("ToList" or "ToArray" or "AsEnumerable", 0):
                return Sequence(type, source);
            case ("Select", 1):
                return Sequence(type, source.Select((item, index) => Apply(rest[0], item, index, at)));
            case ("Where", 1):
                return Sequence(type, source.Where((item, index) => Test(Apply(rest[0], item, index, at), at)));
            case ("SelectMany", 1):
                return Sequence(type, source.SelectMany((item, index) => Items(Apply(rest[0], item, index, at), null, at)));
            case ("OrderBy" or "OrderByDescending", 1):
                return Ordered(type, source, [(Function(rest[0], at), method.Name == "OrderByDescending")], at);
            case ("ThenBy" or "ThenByDescending", 1) when arguments[0] is OrderedListValue ordered:
                return Ordered(type, ordered.Source, [.. ordered.Keys, (Function(rest[0], at), method.Name == "ThenByDescending")], at);
            case ("Reverse", 0):
                return Sequence(type, source.Reverse());
            case ("Concat", 1):
                return Sequence(type, source.Concat(Items(rest[0], null, at)));
            case ("Distinct", 0):
                return Sequence(type, Distinct(source, at));
            case ("Take", 1) when rest[0] is PrimitiveValue { Clr: int count }:
                return Sequence(type, source.Take(count));
            case ("Skip", 1) when rest[0] is PrimitiveValue { Clr: int count }:
                return Sequence(type, source.Skip(count));
            case ("Zip", 2):
                return Sequence(type, source.Zip(Items(rest[0], null, at), (a, b) => Call(rest[1], [a, b], at)));
            case ("GroupBy", 1):
                return GroupBy(type, source, Function(rest[0], at), at);
            case ("ToDictionary", 1 or 2):
                return ToDictionary(type, source, Function(rest[0], at), rest.Count == 2 ? Function(rest[1], at) : null, at);
            case ("Any", 0):
                return new PrimitiveValue(source.Count > 0);
            case ("Any", 1):
                return new PrimitiveValue(source.Any(item => Test(Call(rest[0], [item], at), at)));
            case ("All", 1):
                return new PrimitiveValue(source.All(item => Test(Call(rest[0], [item], at), at)));
            case ("Count", 0):
                return new PrimitiveValue(source.Count);
            case ("Count", 1):
                return new PrimitiveValue(source.Count(item => Test(Call(rest[0], [item], at), at)));
            case ("Contains", 1):
                return new PrimitiveValue(source.Any(item => ValuesEqual(item, rest[0], at)));
            case ("Sum", 0 or 1):
                return Sum(type, rest.Count == 0 ? source : source.Select(item => Call(rest[0], [item], at)).ToList(), at);
            case ("Min" or "Max", 0 or 1):
                return Extreme(method.Name == "Max", rest.Count == 0 ? source : source.Select(item => Call(rest[0], [item], at)).ToList(), at);
            case ("First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault", 0 or 1):
                return Pick(method, rest.Count == 0 ? source : source.Where(item => Test(Call(rest[0], [item], at), at)).ToList(), at);
            case ("ToHashSet", 0):
                return SetOf(type, source, at);
            case ("DefaultIfEmpty", 0 or 1):
                return Sequence(type, source.Count > 0 ? source : [rest.Count == 1 ? rest[0] : DefaultOf(method.TypeArguments[0], at.GetLocation())]);
            case ("Prepend", 1):
                return Sequence(type, source.Prepend(rest[0]));
            case ("Append", 1):
                return Sequence(type, source.Append(rest[0]));
            case ("MaxBy" or "MinBy", 1):
                return ExtremeBy(method, source, Function(rest[0], at), at);
            case ("DistinctBy", 1):
                return Sequence(type, DistinctBy(source, Function(rest[0], at), at));
            case ("Chunk", 1) when rest[0] is PrimitiveValue { Clr: int size }:
                return size < 1
                    ? throw WouldThrow(at, "Chunk(" + size + ") throws ArgumentOutOfRangeException; the size must be at least 1")
                    : Sequence(type, Chunks(ElementType(type) ?? type, source, size));
            case ("Union", 1):
                return Sequence(type, Distinct([.. source, .. Items(rest[0], null, at)], at));
            case ("Intersect" or "Except", 1):
                var other = Items(rest[0], null, at);
                var keep = method.Name == "Intersect";
                return Sequence(type, Distinct(source, at).Where(item => other.Any(o => ValuesEqual(o, item, at)) == keep));
            case ("SequenceEqual", 1):
                var second = Items(rest[0], null, at);
                return new PrimitiveValue(source.Count == second.Count && source.Zip(second, (a, b) => ValuesEqual(a, b, at)).All(e => e));
            case ("TakeWhile" or "SkipWhile", 1):
                var taken = source.TakeWhile(item => Test(Call(rest[0], [item], at), at)).Count();
                return Sequence(type, method.Name == "TakeWhile" ? source.Take(taken) : source.Skip(taken));
            case ("TakeLast" or "SkipLast", 1) when rest[0] is PrimitiveValue { Clr: int last }:
                var cut = Math.Max(0, source.Count - Math.Max(0, last));
                return Sequence(type, method.Name == "TakeLast" ? source.Skip(cut) : source.Take(cut));
            case ("ElementAt" or "ElementAtOrDefault", 1) when rest[0] is PrimitiveValue { Clr: int index }:
                return index >= 0 && index < source.Count ? source[index]
                    : method.Name == "ElementAtOrDefault" ? DefaultOf(method.ReturnType, at.GetLocation())
                    : throw WouldThrow(at, "ElementAt(" + index + ") is outside the " + source.Count + " items, so it throws ArgumentOutOfRangeException");
            case ("Aggregate", 1):
                return source.Count == 0
                    ? throw WouldThrow(at, "Aggregate of an empty sequence throws InvalidOperationException")
                    : source.Skip(1).Aggregate(source[0], (total, item) => Call(rest[0], [total, item], at));
            case ("Aggregate", 2):
                return source.Aggregate(rest[0], (total, item) => Call(rest[1], [total, item], at));
            default:
                return null;
        }
    }

    /// <summary>The items of a list, array, dictionary (as KeyValuePairs) or string.</summary>
    internal IReadOnlyList<Value> Items(Value value, ITypeSymbol? sequenceType, SyntaxNode at) => value switch
    {
        ListValue list => list.Items,
        DictionaryValue dictionary when ElementType(sequenceType ?? dictionary.Type) is INamedTypeSymbol { TypeArguments.Length: 2 } pair
            && pair.TypeArguments[0].SpecialType == SpecialType.System_String =>
            dictionary.Entries.Select(e => (Value)Entry(pair, e, at)).ToList(),
        PrimitiveValue { Clr: string text } => text.Select(c => (Value)new PrimitiveValue(c)).ToList(),
        NullValue => throw WouldThrow(at, "The sequence is null, so the LINQ call throws ArgumentNullException"),
        _ => throw Unsupported(at, "LINQ is evaluated over lists, arrays, dictionaries with string keys and strings"),
    };

    // Range and Repeat make their items without running any code, so they pay a step per item up front: a count
    // of int.MaxValue is KD0002 rather than billions of values.
    private void SpendItems(int count, SyntaxNode at)
    {
        for (var i = 0; i < count; i++)
        {
            Context.Step(at.GetLocation());
        }
    }

    private static ListValue Sequence(ITypeSymbol type, IEnumerable<Value> items)
    {
        var list = new ListValue(type);
        list.Items.AddRange(items);
        return list;
    }

    private FunctionValue Function(Value value, SyntaxNode at) =>
        value as FunctionValue ?? throw Unsupported(at, "the argument must be a lambda or a method written in this project");

    private Value Call(Value function, IReadOnlyList<Value> arguments, SyntaxNode at) => Interpreter.Call(Function(function, at), arguments, at);

    // Select and Where take the item, or the item and its index, as the lambda declares.
    private Value Apply(Value function, Value item, int index, SyntaxNode at) =>
        Function(function, at).Arity == 2 ? Call(function, [item, new PrimitiveValue(index)], at) : Call(function, [item], at);

    private bool Test(Value value, SyntaxNode at) => AsBool(value, at);

    private ListValue Ordered(ITypeSymbol type, IReadOnlyList<Value> source, IReadOnlyList<(FunctionValue Key, bool Descending)> keys, SyntaxNode at)
    {
        var keyed = source.Select(item => (Item: item, Keys: keys.Select(k => Interpreter.Call(k.Key, [item], at)).ToList())).ToList();

        // LINQ's OrderBy is a stable sort: equal keys keep the source order.
        IOrderedEnumerable<(Value Item, List<Value> Keys)>? sorted = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var index = i;
            var comparer = Comparer<Value>.Create((a, b) => CompareKeys(a, b, at));
            sorted = sorted is null
                ? keys[i].Descending ? keyed.OrderByDescending(k => k.Keys[index], comparer) : keyed.OrderBy(k => k.Keys[index], comparer)
                : keys[i].Descending ? sorted.ThenByDescending(k => k.Keys[index], comparer) : sorted.ThenBy(k => k.Keys[index], comparer);
        }

        var ordered = new OrderedListValue(type, source, keys);
        ordered.Items.AddRange(sorted!.Select(k => k.Item));
        return ordered;
    }

    /// <summary>How LINQ's default comparer orders keys: nulls first, strings ordinally, numbers and enums by value.</summary>
    internal int CompareKeys(Value a, Value b, SyntaxNode at) => (a, b) switch
    {
        (NullValue, NullValue) => 0,
        (NullValue, _) => -1,
        (_, NullValue) => 1,
        (PrimitiveValue { Clr: string x }, PrimitiveValue { Clr: string y }) => string.CompareOrdinal(x, y),
        (PrimitiveValue { Clr: bool x }, PrimitiveValue { Clr: bool y }) => x.CompareTo(y),
        (QuantityValue x, QuantityValue y) => string.CompareOrdinal(x.Canonical, y.Canonical),
        (TupleValue x, TupleValue y) => CompareTuples(x, y, at),
        (TimeSpanValue x, TimeSpanValue y) => x.Span.CompareTo(y.Span),
        _ => KubeDsl.Evaluation.Arithmetic.Compare(Raw(a, at), Raw(b, at)),
    };

    private List<Value> Distinct(IReadOnlyList<Value> source, SyntaxNode at)
    {
        var kept = new List<Value>();
        foreach (var item in source)
        {
            if (!kept.Any(k => ValuesEqual(k, item, at)))
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    // MaxBy and MinBy keep the first item with the largest or smallest key, skipping null keys; an empty source
    // gives null for reference types and throws for value types, as LINQ does.
    private Value ExtremeBy(IMethodSymbol method, IReadOnlyList<Value> source, FunctionValue key, SyntaxNode at)
    {
        var max = method.Name == "MaxBy";
        Value? best = null;
        Value? bestKey = null;
        foreach (var item in source)
        {
            var itemKey = Interpreter.Call(key, [item], at);
            if (best is null || bestKey is NullValue && itemKey is not NullValue)
            {
                (best, bestKey) = (item, itemKey);
                continue;
            }

            if (itemKey is NullValue)
            {
                continue;
            }

            var comparison = CompareKeys(itemKey, bestKey!, at);
            if (max ? comparison > 0 : comparison < 0)
            {
                (best, bestKey) = (item, itemKey);
            }
        }

        if (best is not null)
        {
            return best;
        }

        var element = method.TypeArguments[0];
        return element.IsValueType && !IsNullable(element)
            ? throw WouldThrow(at, method.Name + " of an empty sequence throws InvalidOperationException")
            : new NullValue();
    }

    private List<Value> DistinctBy(IReadOnlyList<Value> source, FunctionValue key, SyntaxNode at)
    {
        var kept = new List<Value>();
        var keys = new List<Value>();
        foreach (var item in source)
        {
            var itemKey = Interpreter.Call(key, [item], at);
            if (!keys.Any(k => ValuesEqual(k, itemKey, at)))
            {
                keys.Add(itemKey);
                kept.Add(item);
            }
        }

        return kept;
    }

    private static IEnumerable<Value> Chunks(ITypeSymbol chunkType, IReadOnlyList<Value> source, int size)
    {
        for (var i = 0; i < source.Count; i += size)
        {
            yield return Sequence(chunkType, source.Skip(i).Take(size));
        }
    }

    private ListValue GroupBy(ITypeSymbol type, IReadOnlyList<Value> source, FunctionValue key, SyntaxNode at)
    {
        var groupType = ElementType(type) ?? type;
        var groups = new List<GroupValue>();
        foreach (var item in source)
        {
            var itemKey = Interpreter.Call(key, [item], at);
            var group = groups.FirstOrDefault(g => ValuesEqual(g.Key, itemKey, at));
            if (group is null)
            {
                group = new GroupValue(groupType, itemKey);
                groups.Add(group);
            }

            group.Items.Add(item);
        }

        return Sequence(type, groups);
    }

    private DictionaryValue ToDictionary(ITypeSymbol type, IReadOnlyList<Value> source, FunctionValue key, FunctionValue? element, SyntaxNode at)
    {
        var dictionary = new DictionaryValue(type);
        foreach (var item in source)
        {
            var text = KeyText(Interpreter.Call(key, [item], at), at);
            if (dictionary.IndexOf(text) >= 0)
            {
                throw WouldThrow(at, "Key '" + text + "' comes twice, so ToDictionary throws ArgumentException");
            }

            dictionary.Entries.Add(new KeyValuePair<string, Value>(text, element is null ? item : Interpreter.Call(element, [item], at)));
            dictionary.KeyOrigins.Add(at.GetLocation());
        }

        return dictionary;
    }

    private Value Sum(ITypeSymbol type, IReadOnlyList<Value> items, SyntaxNode at)
    {
        var clr = ClrTypeOf(UnderlyingOfNullable(type)?.SpecialType ?? SpecialType.None) ?? typeof(int);
        object total = System.Convert.ChangeType(0, clr, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var item in items)
        {
            if (item is NullValue)
            {
                continue;
            }

            try
            {
                // Sum is checked: an overflow throws at run time.
                total = KubeDsl.Evaluation.Arithmetic.Apply(BinaryOperatorKind.Add, total, Raw(item, at), clr, isChecked: true)
                    ?? throw Unsupported(at, "Sum is evaluated over numbers");
            }
            catch (OverflowException)
            {
                throw WouldThrow(at, "The sum overflows " + clr.Name + ", which throws OverflowException");
            }
        }

        return new PrimitiveValue(total);
    }

    private Value Extreme(bool max, IReadOnlyList<Value> items, SyntaxNode at)
    {
        var present = items.Where(i => i is not NullValue).ToList();
        if (present.Count == 0)
        {
            return items.Count == 0 ? throw WouldThrow(at, (max ? "Max" : "Min") + " of an empty sequence throws InvalidOperationException") : new NullValue();
        }

        var best = present[0];
        foreach (var item in present.Skip(1))
        {
            var comparison = CompareKeys(item, best, at);
            if (max ? comparison > 0 : comparison < 0)
            {
                best = item;
            }
        }

        return best;
    }

    private Value Pick(IMethodSymbol method, IReadOnlyList<Value> matches, SyntaxNode at)
    {
        var orDefault = method.Name.EndsWith("OrDefault", StringComparison.Ordinal);
        if (method.Name.StartsWith("Single", StringComparison.Ordinal) && matches.Count > 1)
        {
            throw WouldThrow(at, method.Name + " found " + matches.Count + " items, so it throws InvalidOperationException");
        }

        if (matches.Count == 0)
        {
            return orDefault
                ? DefaultOf(method.ReturnType, at.GetLocation())
                : throw WouldThrow(at, method.Name + " found no item, so it throws InvalidOperationException; use " + method.Name + "OrDefault");
        }

        return method.Name.StartsWith("Last", StringComparison.Ordinal) ? matches[matches.Count - 1] : matches[0];
    }

    /// <summary>The members of an enum type in declaration order, as <c>Enum.GetValues&lt;T&gt;()</c> gives them.</summary>
    internal static ListValue EnumValues(ITypeSymbol listType, INamedTypeSymbol enumType) =>
        Sequence(listType, enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => (Value)new EnumValue(enumType, f.ConstantValue!)));
}

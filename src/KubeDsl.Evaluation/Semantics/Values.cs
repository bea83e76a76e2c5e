using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

/// <summary>
/// A value computed by the evaluator. Values are never mutated once another value can see them: object and
/// collection initializers build fresh instances, and <c>with</c> copies, so shared defaults stay intact.
/// </summary>
internal abstract class Value
{
    /// <summary>
    /// The expression that produced the value, for diagnostics and document-node origins. Set by the code that
    /// makes the value, before any other value or the per-compilation cache can see it; a value passed through
    /// (a local, a shared default) already has one and keeps it, so values the analyzers share across threads are
    /// only read.
    /// </summary>
    public Location? Origin { get; set; }

    /// <summary>
    /// True once the value is reachable from a static member's cached value. A shared value is never changed: at
    /// run time the change would reach every definition that reads the static, so the evaluator refuses it.
    /// </summary>
    public bool IsShared { get; private set; }

    /// <summary>Marks the value and everything it holds as shared, before the cache publishes it.</summary>
    public void MarkShared()
    {
        if (IsShared)
        {
            return;
        }

        IsShared = true;
        switch (this)
        {
            case ObjectValue o:
                foreach (var property in o.Properties.Values)
                {
                    property.MarkShared();
                }

                break;
            case ListValue l:
                foreach (var item in l.Items)
                {
                    item.MarkShared();
                }

                break;
            case DictionaryValue d:
                foreach (var entry in d.Entries)
                {
                    entry.Value.MarkShared();
                }

                break;
            case TupleValue t:
                foreach (var element in t.Elements)
                {
                    element.MarkShared();
                }

                break;
        }
    }
}

/// <summary>The null reference, or an unset nullable.</summary>
internal sealed class NullValue : Value
{
}

/// <summary>A string, bool, char or number, boxed as the CLR value the compiler would hold.</summary>
internal sealed class PrimitiveValue : Value
{
    public PrimitiveValue(object clr) => Clr = clr;

    public object Clr { get; }
}

/// <summary>A member of an enum type, kept with its type so the YAML can use the member's declared value.</summary>
internal sealed class EnumValue : Value
{
    public EnumValue(INamedTypeSymbol type, object underlying)
    {
        Type = type;
        Underlying = underlying;
    }

    public INamedTypeSymbol Type { get; }

    public object Underlying { get; }
}

/// <summary>A Kubernetes resource quantity, already in canonical form.</summary>
internal sealed class QuantityValue : Value
{
    public QuantityValue(string canonical) => Canonical = canonical;

    public string Canonical { get; }
}

/// <summary>A Kubernetes IntOrString, which keeps only its text.</summary>
internal sealed class IntOrStringValue : Value
{
    public IntOrStringValue(string text) => Text = text;

    public string Text { get; }
}

/// <summary>An instance of a class or record with the properties that were assigned, in assignment order.</summary>
internal sealed class ObjectValue : Value
{
    public ObjectValue(INamedTypeSymbol type)
        : this(type, new Dictionary<string, Value>(), new Dictionary<string, Location>())
    {
    }

    private ObjectValue(INamedTypeSymbol type, Dictionary<string, Value> properties, Dictionary<string, Location> propertyOrigins)
    {
        Type = type;
        Properties = properties;
        PropertyOrigins = propertyOrigins;
    }

    public INamedTypeSymbol Type { get; }

    public Dictionary<string, Value> Properties { get; }

    /// <summary>
    /// Where each property was assigned: the expression on the right of <c>Driver = Common.Driver</c>. A shared
    /// value keeps the origin of its own definition; this is where this object uses it, which is what a finding
    /// on the value should point at.
    /// </summary>
    public Dictionary<string, Location> PropertyOrigins { get; }

    // The copy constructors size the copies once and keep the entries in order; every 'with' and helper call copies.
    public ObjectValue Copy() =>
        new(Type, new Dictionary<string, Value>(Properties), new Dictionary<string, Location>(PropertyOrigins)) { Origin = Origin };
}

/// <summary>
/// A value tuple: its elements by position (named elements are aliases the compiler resolves to Item1, Item2...).
/// Tuples are structs, so a change to an element replaces the tuple in its variable instead of changing this one.
/// </summary>
internal sealed class TupleValue : Value
{
    public TupleValue(ITypeSymbol? type, IReadOnlyList<Value> elements)
    {
        Type = type;
        Elements = elements;
    }

    /// <summary>The tuple type, or null for a literal with no natural type (one that holds a null).</summary>
    public ITypeSymbol? Type { get; }

    public IReadOnlyList<Value> Elements { get; }
}

/// <summary>A list or array.</summary>
internal class ListValue : Value
{
    public ListValue(ITypeSymbol type) => Type = type;

    public ITypeSymbol Type { get; }

    public virtual List<Value> Items { get; } = new();
}

/// <summary>
/// A dictionary's <c>Keys</c> or <c>Values</c>: a live view, as at run time, so a change to the dictionary after
/// the read shows through it. Read-only, as KeyCollection and ValueCollection are (the list members that change a
/// list apply to List&lt;T&gt; only).
/// </summary>
internal sealed class DictionaryView : ListValue
{
    private readonly DictionaryValue dictionary;
    private readonly bool keys;

    public DictionaryView(ITypeSymbol type, DictionaryValue dictionary, bool keys)
        : base(type)
    {
        this.dictionary = dictionary;
        this.keys = keys;
    }

    public override List<Value> Items => keys
        ? dictionary.Entries.Select(e => (Value)new PrimitiveValue(e.Key)).ToList()
        : dictionary.Entries.Select(e => e.Value).ToList();
}

/// <summary>A dictionary, keys kept in insertion order as a Dictionary enumerates them at run time.</summary>
internal sealed class DictionaryValue : Value
{
    public DictionaryValue(ITypeSymbol type) => Type = type;

    public ITypeSymbol Type { get; }

    public List<KeyValuePair<string, Value>> Entries { get; } = new();

    public Location? KeyOrigin(int index) => KeyOrigins.Count > index ? KeyOrigins[index] : null;

    public List<Location?> KeyOrigins { get; } = new();

    public int IndexOf(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// A lambda or a method group passed as a delegate (to LINQ, or to a helper): run by the interpreter where it is
/// called, with the variables of the body that made it.
/// </summary>
internal sealed class FunctionValue : Value
{
    public FunctionValue(IAnonymousFunctionOperation lambda, Frame captured)
    {
        Lambda = lambda;
        Captured = captured;
    }

    public FunctionValue(IMethodSymbol method, Value? target)
    {
        Method = method;
        Target = target;
    }

    /// <summary>The lambda, or null for a method group.</summary>
    public IAnonymousFunctionOperation? Lambda { get; }

    /// <summary>The frame the lambda was made in, whose variables it reads and writes.</summary>
    public Frame? Captured { get; }

    /// <summary>The method of a method group.</summary>
    public IMethodSymbol? Method { get; }

    /// <summary>The receiver of an instance method group.</summary>
    public Value? Target { get; }

    /// <summary>How many parameters the function takes.</summary>
    public int Arity => Lambda?.Symbol.Parameters.Length ?? Method!.Parameters.Length;
}

/// <summary>The result of OrderBy: the items in order, with the source and keys ThenBy sorts again by.</summary>
internal sealed class OrderedListValue : ListValue
{
    public OrderedListValue(ITypeSymbol type, IReadOnlyList<Value> source, IReadOnlyList<(FunctionValue Key, bool Descending)> keys)
        : base(type)
    {
        Source = source;
        Keys = keys;
    }

    public IReadOnlyList<Value> Source { get; }

    public IReadOnlyList<(FunctionValue Key, bool Descending)> Keys { get; }
}

/// <summary>One group of GroupBy: its key and its items.</summary>
internal sealed class GroupValue : ListValue
{
    public GroupValue(ITypeSymbol type, Value key)
        : base(type) => Key = key;

    public Value Key { get; }
}

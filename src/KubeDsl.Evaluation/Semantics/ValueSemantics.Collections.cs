using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

// Lists and dictionaries a body builds step by step: the members of List<T> and Dictionary<TKey, TValue> that
// change or query them, with the exceptions the run time would throw.
internal sealed partial class ValueSemantics
{
    /// <summary>Stops with KD0001 when <paramref name="value"/> belongs to a static member and so must not change.</summary>
    internal static void EnsureOwned(Value value, SyntaxNode at)
    {
        if (value.IsShared)
        {
            throw Unsupported(at, "the value comes from a static member, and changing it would change it for every definition that reads it; copy it first (new List<T>(source), new Dictionary<TKey, TValue>(source), or 'with')");
        }
    }

    /// <summary>
    /// Runs a List or Dictionary member on a value of that shape, or returns null when the member is not one the
    /// evaluator models. <paramref name="keySyntax"/> is the first argument, where a key's findings point.
    /// </summary>
    internal Value? CollectionMember(IMethodSymbol method, Value instance, List<Value> arguments, SyntaxNode? keySyntax, SyntaxNode at)
    {
        var type = method.ContainingType?.OriginalDefinition.ToDisplayString();
        switch (instance)
        {
            case ListValue list when type == "System.Collections.Generic.List<T>":
                return ListMember(method.Name, list, arguments, at);
            case ListValue set when type == "System.Collections.Generic.HashSet<T>":
                return SetMember(method.Name, set, arguments, at);
            // Model properties are typed IDictionary (V1ObjectMeta.Labels); the value behind one is always a Dictionary.
            case DictionaryValue dictionary when type is "System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.IDictionary<TKey, TValue>":
                return DictionaryMember(method.Name, dictionary, arguments, keySyntax ?? at, at);
            default:
                return null;
        }
    }

    private Value? ListMember(string name, ListValue list, List<Value> arguments, SyntaxNode at)
    {
        switch (name)
        {
            case "Contains" when arguments.Count == 1:
                return new PrimitiveValue(IndexOf(list, arguments[0], at) >= 0);
            case "IndexOf" when arguments.Count == 1:
                return new PrimitiveValue(IndexOf(list, arguments[0], at));
            case "Add" or "AddRange" or "Insert" or "Remove" or "RemoveAt" or "Clear":
                EnsureOwned(list, at);
                break;
            default:
                return null;
        }

        switch (name)
        {
            case "Add" when arguments.Count == 1:
                list.Items.Add(arguments[0]);
                return new NullValue();
            case "AddRange" when arguments.Count == 1:
                list.Items.AddRange(arguments[0] is ListValue items ? items.Items.ToArray() : throw WouldThrow(at, "AddRange of null throws ArgumentNullException"));
                return new NullValue();
            case "Insert" when arguments.Count == 2 && arguments[0] is PrimitiveValue { Clr: int index }:
                if (index < 0 || index > list.Items.Count)
                {
                    throw WouldThrow(at, "Index " + index + " is outside the " + list.Items.Count + " items, so Insert throws ArgumentOutOfRangeException");
                }

                list.Items.Insert(index, arguments[1]);
                return new NullValue();
            case "Remove" when arguments.Count == 1:
                var position = IndexOf(list, arguments[0], at);
                if (position >= 0)
                {
                    list.Items.RemoveAt(position);
                }

                return new PrimitiveValue(position >= 0);
            case "RemoveAt" when arguments.Count == 1 && arguments[0] is PrimitiveValue { Clr: int at0 }:
                if (at0 < 0 || at0 >= list.Items.Count)
                {
                    throw WouldThrow(at, "Index " + at0 + " is outside the " + list.Items.Count + " items, so RemoveAt throws ArgumentOutOfRangeException");
                }

                list.Items.RemoveAt(at0);
                return new NullValue();
            case "Clear" when arguments.Count == 0:
                list.Items.Clear();
                return new NullValue();
            default:
                return null;
        }
    }

    private int IndexOf(ListValue list, Value item, SyntaxNode at)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (ValuesEqual(list.Items[i], item, at))
            {
                return i;
            }
        }

        return -1;
    }

    private Value? DictionaryMember(string name, DictionaryValue dictionary, List<Value> arguments, SyntaxNode keySyntax, SyntaxNode at)
    {
        switch (name)
        {
            case "ContainsKey" when arguments.Count == 1:
                return new PrimitiveValue(dictionary.IndexOf(KeyText(arguments[0], keySyntax)) >= 0);
            case "Add" when arguments.Count == 2:
                EnsureOwned(dictionary, at);
                AddToCollection(dictionary, arguments, keySyntax, at);
                return new NullValue();
            case "Remove" when arguments.Count == 1:
                EnsureOwned(dictionary, at);
                var position = dictionary.IndexOf(KeyText(arguments[0], keySyntax));
                if (position >= 0)
                {
                    dictionary.Entries.RemoveAt(position);
                    if (position < dictionary.KeyOrigins.Count)
                    {
                        dictionary.KeyOrigins.RemoveAt(position);
                    }
                }

                return new PrimitiveValue(position >= 0);
            case "Clear" when arguments.Count == 0:
                EnsureOwned(dictionary, at);
                dictionary.Entries.Clear();
                dictionary.KeyOrigins.Clear();
                return new NullValue();
            default:
                return null;
        }
    }

    /// <summary>The value of <c>dictionary.TryGetValue(key, out value)</c>'s out argument, or null when the key is absent.</summary>
    internal Value? TryGetEntry(DictionaryValue dictionary, Value key, SyntaxNode keySyntax)
    {
        var position = dictionary.IndexOf(KeyText(key, keySyntax));
        return position >= 0 ? dictionary.Entries[position].Value : null;
    }

    /// <summary>A dictionary entry as foreach sees it: a KeyValuePair with Key and Value.</summary>
    internal static ObjectValue Entry(INamedTypeSymbol pairType, KeyValuePair<string, Value> entry, SyntaxNode at)
    {
        var pair = new ObjectValue(pairType) { Origin = at.GetLocation() };
        pair.Properties["Key"] = new PrimitiveValue(entry.Key) { Origin = at.GetLocation() };
        pair.Properties["Value"] = entry.Value;
        return pair;
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

// HashSet<T>, held as a list of distinct items. A .NET HashSet enumerates its items in the order they were added
// as long as none was removed (a removal frees a slot the next Add fills), so the evaluator keeps insertion order
// and refuses the members that remove. Items compare as the default equality comparer does: strings ordinally,
// records and tuples by value.
internal sealed partial class ValueSemantics
{
    internal static bool IsSet(ITypeSymbol? type) =>
        type?.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.HashSet<T>" or "System.Collections.Generic.ISet<T>"
            or "System.Collections.Generic.IReadOnlySet<T>";

    internal static bool IsSpanOrSet(ITypeSymbol type) =>
        IsSet(type) || type.OriginalDefinition.ToDisplayString() is "System.ReadOnlySpan<T>" or "System.Span<T>";

    /// <summary>A set of <paramref name="items"/>, keeping the first of each group of equal items.</summary>
    internal ListValue SetOf(ITypeSymbol type, IEnumerable<Value> items, SyntaxNode at)
    {
        var set = new ListValue(type);
        foreach (var item in items)
        {
            AddToSet(set, item, at);
        }

        return set;
    }

    /// <summary>HashSet.Add: false, and no change, when an equal item is there.</summary>
    internal bool AddToSet(ListValue set, Value item, SyntaxNode at)
    {
        if (IndexOf(set, item, at) >= 0)
        {
            return false;
        }

        set.Items.Add(item);
        return true;
    }

    private Value? SetMember(string name, ListValue set, List<Value> arguments, SyntaxNode at)
    {
        switch (name)
        {
            case "Contains" when arguments.Count == 1:
                return new PrimitiveValue(IndexOf(set, arguments[0], at) >= 0);
            case "Add" when arguments.Count == 1:
                EnsureOwned(set, at);
                return new PrimitiveValue(AddToSet(set, arguments[0], at));
            case "UnionWith" when arguments.Count == 1:
                EnsureOwned(set, at);
                foreach (var item in Items(arguments[0], null, at))
                {
                    AddToSet(set, item, at);
                }

                return new NullValue();
            case "Clear" when arguments.Count == 0:
                // Clear empties the slots too, so later additions enumerate in order again.
                EnsureOwned(set, at);
                set.Items.Clear();
                return new NullValue();
            case "Remove" or "RemoveWhere" or "ExceptWith" or "IntersectWith" or "SymmetricExceptWith":
                throw Unsupported(at, "removing from a HashSet changes the order later additions are enumerated in; build the set from the items to keep instead (Where(...).ToHashSet())");
            default:
                return null;
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

// Value tuples and deconstruction: elements by position, element-wise conversion, equality and ordering, the text
// ToString gives, and what 'var (a, b) = value' takes apart (tuples, KeyValuePairs, positional records).
internal sealed partial class ValueSemantics
{
    /// <summary>The element a tuple field names: 'Name' and 'Item1' both read the first.</summary>
    internal static Value TupleElement(TupleValue tuple, ISymbol member, SyntaxNode at) => tuple.Elements[ElementIndex(tuple, member, at)];

    /// <summary>A copy of <paramref name="tuple"/> with one element replaced, for an assignment to that element.</summary>
    internal static TupleValue WithElement(TupleValue tuple, ISymbol member, Value value, SyntaxNode at)
    {
        var elements = tuple.Elements.ToList();
        elements[ElementIndex(tuple, member, at)] = value;
        return new TupleValue(tuple.Type, elements) { Origin = tuple.Origin };
    }

    private static int ElementIndex(TupleValue tuple, ISymbol member, SyntaxNode at)
    {
        var name = member is IFieldSymbol field ? (field.CorrespondingTupleField ?? field).Name : member.Name;
        if (name.StartsWith("Item", System.StringComparison.Ordinal)
            && int.TryParse(name.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= tuple.Elements.Count)
        {
            return position - 1;
        }

        throw Unsupported(at, "only the elements of a tuple can be read or assigned");
    }

    /// <summary>A tuple conversion, (int, int) to (long, long): each element converted to its target type.</summary>
    private Value ConvertTuple(TupleValue tuple, INamedTypeSymbol target, bool isChecked, SyntaxNode at)
    {
        var types = target.TupleElements;
        if (types.Length != tuple.Elements.Count)
        {
            return tuple;
        }

        var elements = new List<Value>(types.Length);
        for (var i = 0; i < types.Length; i++)
        {
            elements.Add(Convert(tuple.Elements[i], types[i].Type, null, isChecked, at));
        }

        return new TupleValue(target, elements) { Origin = tuple.Origin };
    }

    private bool TuplesEqual(TupleValue left, TupleValue right, SyntaxNode at)
    {
        if (left.Elements.Count != right.Elements.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Elements.Count; i++)
        {
            if (!ValuesEqual(left.Elements[i], right.Elements[i], at))
            {
                return false;
            }
        }

        return true;
    }

    // ValueTuple compares element by element with each element's default comparer.
    private int CompareTuples(TupleValue left, TupleValue right, SyntaxNode at)
    {
        for (var i = 0; i < left.Elements.Count && i < right.Elements.Count; i++)
        {
            var comparison = CompareKeys(left.Elements[i], right.Elements[i], at);
            if (comparison != 0)
            {
                return comparison;
            }
        }

        return left.Elements.Count.CompareTo(right.Elements.Count);
    }

    /// <summary>What ValueTuple.ToString gives: "(a, 1)", with null elements empty.</summary>
    private string TupleText(TupleValue tuple, SyntaxNode at)
    {
        var text = new StringBuilder("(");
        for (var i = 0; i < tuple.Elements.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(FormatForString(tuple.Elements[i], null, at));
        }

        return text.Append(')').ToString();
    }

    /// <summary>
    /// The parts 'var (a, b) = value' assigns: a tuple's elements, a KeyValuePair's key and value, or the
    /// properties a positional record's generated Deconstruct hands out.
    /// </summary>
    internal IReadOnlyList<Value> Deconstruct(Value value, int count, SyntaxNode at)
    {
        switch (value)
        {
            case TupleValue tuple when tuple.Elements.Count == count:
                return tuple.Elements;
            case ObjectValue { Type.OriginalDefinition: { } definition } pair when count == 2
                && definition.ToDisplayString() == "System.Collections.Generic.KeyValuePair<TKey, TValue>":
                return [ReadInstanceMember(pair, "Key", pair.Type.TypeArguments[0], at), ReadInstanceMember(pair, "Value", pair.Type.TypeArguments[1], at)];
            case ObjectValue record:
                var method = record.Type.GetMembers("Deconstruct").OfType<IMethodSymbol>()
                    .FirstOrDefault(m => m.Parameters.Length == count && m.Parameters.All(p => p.RefKind == RefKind.Out));
                if (method is { IsImplicitlyDeclared: true })
                {
                    return method.Parameters.Select(p => ReadInstanceMember(record, p.Name, p.Type, at)).ToList();
                }

                throw Unsupported(at, "only tuples, KeyValuePairs and positional records are deconstructed; a Deconstruct method written by hand is not evaluated, so read the members instead");
            case NullValue:
                throw WouldThrow(at, Describe(at) + " deconstructs null, which throws NullReferenceException");
            default:
                throw Unsupported(at, "only tuples, KeyValuePairs and positional records are deconstructed");
        }
    }
}

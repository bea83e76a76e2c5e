using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

/// <summary>
/// What values mean, whichever front end reads the code: construction, initializer assignments, <c>with</c>,
/// conversions, defaults, equality, text, and reads of members and indexers. The syntax reader and the operation
/// interpreter both call these, so each rule of C# that KubeDsl models is written once.
/// </summary>
internal sealed partial class ValueSemantics
{
    private readonly Evaluator owner;

    public ValueSemantics(Evaluator owner) => this.owner = owner;

    private EvaluationContext Context => owner.Context;

    private TypeLayouts Types => owner.Context.Types;

    private StaticMembers Statics => owner.Statics;

    private OperationInterpreter Interpreter => owner.Interpreter;


    /// <summary>Sets a property in an initializer, or unsets it for null; <paramref name="origin"/> is the assigned expression.</summary>
    internal void SetMember(Value target, string name, Value value, Location origin, SyntaxNode at)
    {
        if (target is not ObjectValue objectValue)
        {
            throw Unsupported(at, "members can only be set on objects");
        }

        AssignMember(objectValue, name, value, origin);
    }

    /// <summary>What <c>[key] = value</c> in an initializer does.</summary>
    internal void SetIndex(Value target, Value key, Value value, SyntaxNode keySyntax, SyntaxNode at)
    {
        if (target is not DictionaryValue dictionary)
        {
            throw Unsupported(at, "only dictionary indexers can be set in an initializer");
        }

        PutEntry(dictionary, KeyText(key, keySyntax), value, keySyntax.GetLocation());
    }

    /// <summary>The copy a <c>with</c> expression starts from; its own initializer is applied to the copy.</summary>
    internal ObjectValue WithCopy(Value operand, SyntaxNode with, SyntaxNode operandSyntax)
    {
        if (operand is not ObjectValue objectValue)
        {
            throw WouldThrow(with, Describe(operandSyntax) + " is null, so 'with' throws NullReferenceException");
        }

        var copy = objectValue.Copy();
        copy.Origin = with.GetLocation();
        return copy;
    }

    internal Value Instantiate(INamedTypeSymbol type, IMethodSymbol? constructor, List<Value> arguments, SyntaxNode syntax)
    {
        if (BclMethods.Construct(this, type, constructor, arguments, syntax) is { } library)
        {
            return library;
        }

        switch (Types.ShapeOf(type))
        {
            case ValueShape.Dictionary:
                var dictionary = new DictionaryValue(type);
                foreach (var argument in arguments)
                {
                    if (argument is DictionaryValue source)
                    {
                        dictionary.Entries.AddRange(source.Entries);
                        dictionary.KeyOrigins.AddRange(source.KeyOrigins);
                    }
                    else if (!(argument is PrimitiveValue { Clr: int }))
                    {
                        throw Unsupported(syntax, "only the empty, capacity and copy constructors of dictionaries are supported (keys compare ordinally)");
                    }
                }

                return dictionary;
            case ValueShape.Sequence:
                var list = new ListValue(type);
                foreach (var argument in arguments)
                {
                    if (argument is ListValue source)
                    {
                        list.Items.AddRange(source.Items);
                    }
                    else if (!(argument is PrimitiveValue { Clr: int }))
                    {
                        throw Unsupported(syntax, "only the empty, capacity and copy constructors of lists are supported");
                    }
                }

                return list;
            case ValueShape.Quantity when arguments.Count == 1:
                return ToQuantity(arguments[0], syntax);
            case ValueShape.Object:
                return CreateObject(type, constructor, arguments, syntax);
            default:
                throw Unsupported(syntax, "creating " + type.ToDisplayString() + " is not supported");
        }
    }

    // An object a helper builds is, for the caller, made by the call: findings on it point at the call site.
    // The copy is shallow and its properties keep their own origins, which become additional locations.
    internal static Value MadeByCall(Value result, SyntaxNode call)
    {
        if (result is ObjectValue made)
        {
            var copy = made.Copy();
            copy.Origin = call.GetLocation();
            return copy;
        }

        return result;
    }

    internal static ListValue CopyList(ListValue list)
    {
        var copy = new ListValue(list.Type) { Origin = list.Origin };
        copy.Items.AddRange(list.Items);
        return copy;
    }

    internal static DictionaryValue CopyDictionary(DictionaryValue dictionary)
    {
        var copy = new DictionaryValue(dictionary.Type) { Origin = dictionary.Origin };
        copy.Entries.AddRange(dictionary.Entries);
        copy.KeyOrigins.AddRange(dictionary.KeyOrigins);
        return copy;
    }

    /// <summary>Sets or, for null, unsets a property; <paramref name="origin"/> is the assigned expression.</summary>
    internal static void AssignMember(ObjectValue target, string name, Value value, Location origin)
    {
        if (value is NullValue)
        {
            target.Properties.Remove(name);
            target.PropertyOrigins.Remove(name);
        }
        else
        {
            target.Properties[name] = value;
            target.PropertyOrigins[name] = origin;
        }
    }

    /// <summary>What <c>dictionary[key] = value</c> does: replaces the value of a present key, else adds the entry.</summary>
    internal static void PutEntry(DictionaryValue dictionary, string key, Value value, Location keyOrigin)
    {
        var position = dictionary.IndexOf(key);
        var entry = new KeyValuePair<string, Value>(key, value);
        if (position >= 0)
        {
            dictionary.Entries[position] = entry;
        }
        else
        {
            dictionary.Entries.Add(entry);
            dictionary.KeyOrigins.Add(keyOrigin);
        }
    }

    /// <summary>What an initializer's <c>Add(...)</c> does to a list or dictionary; the key is the first argument.</summary>
    internal void AddToCollection(Value target, List<Value> arguments, SyntaxNode keySyntax, SyntaxNode add)
    {
        switch (target)
        {
            case ListValue set when arguments.Count == 1 && IsSet(set.Type):
                AddToSet(set, arguments[0], add);
                break;
            case ListValue list when arguments.Count == 1:
                list.Items.Add(arguments[0]);
                break;
            case DictionaryValue dictionary when arguments.Count == 2:
                var key = KeyText(arguments[0], keySyntax);
                if (dictionary.IndexOf(key) >= 0)
                {
                    throw WouldThrow(add, "Key '" + key + "' is added twice, so Dictionary.Add throws ArgumentException; remove one of the entries");
                }

                dictionary.Entries.Add(new KeyValuePair<string, Value>(key, arguments[1]));
                dictionary.KeyOrigins.Add(keySyntax.GetLocation());
                break;
            default:
                throw Unsupported(add, "this collection initializer is not supported");
        }
    }

    internal Value ReadInstanceMember(Value instance, string name, ITypeSymbol type, SyntaxNode operation)
    {
        switch (instance)
        {
            case NullValue:
                throw WouldThrow(operation, Describe(operation) + " reads a member of null, which throws NullReferenceException");
            case ObjectValue objectValue:
                return objectValue.Properties.TryGetValue(name, out var value) ? value : DefaultOf(type, operation.GetLocation());
            case PrimitiveValue { Clr: string text } when name == "Length":
                return new PrimitiveValue(text.Length);
            case GroupValue group when name == "Key":
                return group.Key;
            case ListValue list when name is "Count" or "Length":
                return new PrimitiveValue(list.Items.Count);
            case DictionaryValue dictionary when name == "Count":
                return new PrimitiveValue(dictionary.Entries.Count);
            case DictionaryValue dictionary when name == "Values":
                return new DictionaryView(type, dictionary, keys: false);
            case DictionaryValue dictionary when name == "Keys" && dictionary.Type is INamedTypeSymbol { TypeArguments.Length: 2 } keyed && keyed.TypeArguments[0].SpecialType == SpecialType.System_String:
                return new DictionaryView(type, dictionary, keys: true);
            case IntOrStringValue intOrString when name == "Value":
                return new PrimitiveValue(intOrString.Text);
            case TimeSpanValue span when BclMethods.TimeSpanProperty(span.Span, name) is { } part:
                return part;
            case StringBuilderValue builder when BclMethods.StringBuilderProperty(builder, name) is { } property:
                return property;
            default:
                throw Unsupported(operation, "reading '" + name + "' from this value is not supported");
        }
    }

    internal Value ReadIndexer(Value target, Value index, SyntaxNode operation)
    {
        switch (target)
        {
            case DictionaryValue dictionary:
                var key = KeyText(index, operation);
                var position = dictionary.IndexOf(key);
                if (position < 0)
                {
                    throw WouldThrow(operation, "Key '" + key + "' is not in the dictionary, so " + Describe(operation) + " throws KeyNotFoundException");
                }

                return dictionary.Entries[position].Value;
            case ListValue list when index is PrimitiveValue { Clr: int i }:
                if (i < 0 || i >= list.Items.Count)
                {
                    throw WouldThrow(operation, "Index " + i + " is outside the " + list.Items.Count + " items, so " + Describe(operation) + " throws ArgumentOutOfRangeException");
                }

                return list.Items[i];
            case PrimitiveValue { Clr: string text } when index is PrimitiveValue { Clr: int c }:
                return c >= 0 && c < text.Length
                    ? new PrimitiveValue(text[c])
                    : throw WouldThrow(operation, "Index " + c + " is outside the " + text.Length + " characters of '" + text + "', so " + Describe(operation) + " throws IndexOutOfRangeException");
            case StringBuilderValue builder when index is PrimitiveValue { Clr: int b }:
                return b >= 0 && b < builder.Text.Length
                    ? new PrimitiveValue(builder.Text[b])
                    : throw WouldThrow(operation, "Index " + b + " is outside the " + builder.Text.Length + " characters, so " + Describe(operation) + " throws IndexOutOfRangeException");
            case NullValue:
                throw WouldThrow(operation, Describe(operation) + " indexes null, which throws NullReferenceException");
            default:
                throw Unsupported(operation, "this indexer is not supported");
        }
    }

    internal string KeyText(Value key, SyntaxNode operation) => key switch
    {
        PrimitiveValue { Clr: string text } => text,
        EnumValue enumValue => Types.EnumText(enumValue) ?? enumValue.Underlying.ToString(),
        NullValue => throw WouldThrow(operation, "A dictionary key is null, which throws ArgumentNullException"),
        _ => throw Unsupported(operation, "only string and enum dictionary keys are evaluated (YAML maps have string keys); key the dictionary by a string, such as one of the record's properties"),
    };

    internal Value FromConstant(object? constant, ITypeSymbol? type, Location? location)
    {
        if (constant is null)
        {
            return new NullValue();
        }

        var underlying = UnderlyingOfNullable(type);
        if (underlying is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return new EnumValue(enumType, constant);
        }

        return new PrimitiveValue(constant);
    }

    /// <summary>
    /// What <c>default</c> is for <paramref name="type"/>, as the CLR holds it: null for references and nullables,
    /// zero of the exact numeric or enum type, false. Stops with KD0001 for other structs, which have no YAML form.
    /// </summary>
    internal static Value DefaultOf(ITypeSymbol? type, Location? location) =>
        TryDefaultOf(type) ?? StructDefault(type!) ?? throw Unsupported(location, type!.ToDisplayString(), "default values of this struct type have no YAML form");

    /// <summary>The default of <paramref name="type"/>, or null for a struct with no YAML form.</summary>
    internal static Value? TryDefaultOf(ITypeSymbol? type)
    {
        if (type is null || !type.IsValueType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return new NullValue();
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            return new EnumValue(enumType, System.Convert.ChangeType(0, EnumUnderlyingClrType(enumType), System.Globalization.CultureInfo.InvariantCulture));
        }

        return type.SpecialType switch
        {
            SpecialType.System_Boolean => new PrimitiveValue(false),
            SpecialType.System_Int32 => new PrimitiveValue(0),
            SpecialType.System_Int64 => new PrimitiveValue(0L),
            SpecialType.System_Double => new PrimitiveValue(0d),
            SpecialType.System_Single => new PrimitiveValue(0f),
            SpecialType.System_Decimal => new PrimitiveValue(0m),
            SpecialType.System_Int16 => new PrimitiveValue((short)0),
            SpecialType.System_UInt16 => new PrimitiveValue((ushort)0),
            SpecialType.System_UInt32 => new PrimitiveValue(0u),
            SpecialType.System_UInt64 => new PrimitiveValue(0ul),
            SpecialType.System_Byte => new PrimitiveValue((byte)0),
            SpecialType.System_SByte => new PrimitiveValue((sbyte)0),
            SpecialType.System_Char => new PrimitiveValue('\0'),
            _ => null,
        };
    }

    internal static ITypeSymbol? UnderlyingOfNullable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    internal static Type EnumUnderlyingClrType(INamedTypeSymbol enumType) => enumType.EnumUnderlyingType?.SpecialType switch
    {
        SpecialType.System_Byte => typeof(byte),
        SpecialType.System_SByte => typeof(sbyte),
        SpecialType.System_Int16 => typeof(short),
        SpecialType.System_UInt16 => typeof(ushort),
        SpecialType.System_UInt32 => typeof(uint),
        SpecialType.System_Int64 => typeof(long),
        SpecialType.System_UInt64 => typeof(ulong),
        _ => typeof(int),
    };
}

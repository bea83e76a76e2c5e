using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

internal sealed partial class Evaluator
{
    private Value Create(IObjectCreationOperation creation, Frame frame)
    {
        if (creation.Type is not INamedTypeSymbol type)
        {
            throw Unsupported(creation, "the created type is unknown");
        }

        var arguments = creation.Arguments.Select(a => Eval(a.Value, frame)).ToList();
        var created = Instantiate(type, creation.Constructor, arguments, creation.Syntax);
        if (creation.Initializer is not null)
        {
            ApplyInitializer(created, creation.Initializer, frame);
        }

        return created;
    }

    private Value Instantiate(INamedTypeSymbol type, IMethodSymbol? constructor, List<Value> arguments, SyntaxNode syntax)
    {
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

    private ObjectValue CreateObject(INamedTypeSymbol type, IMethodSymbol? constructor, List<Value> arguments, SyntaxNode syntax)
    {
        if (type.IsAbstract)
        {
            throw Unsupported(syntax, "abstract types cannot be created");
        }

        var created = new ObjectValue(type);
        ApplyPropertyInitializers(created, type);
        if (constructor is null || constructor.Parameters.Length == 0)
        {
            if (constructor is not null && HasConstructorBody(constructor))
            {
                throw Unsupported(syntax, "the parameterless constructor of " + type.Name + " has a body, which is not evaluated; use property initializers");
            }

            return created;
        }

        // Records' primary constructors, and the KubernetesClient model constructors, assign each parameter to the
        // property of the same name; other constructors run code we do not evaluate.
        var isPrimary = constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax);
        var fromMetadata = constructor.DeclaringSyntaxReferences.Length == 0;
        if (!isPrimary && !fromMetadata)
        {
            throw Unsupported(syntax, "constructors with a body are not evaluated; use a record's primary constructor or an object initializer");
        }

        for (var i = 0; i < constructor.Parameters.Length; i++)
        {
            var parameter = constructor.Parameters[i];
            var property = Types.FindProperty(type, parameter.Name);
            if (property is null)
            {
                throw Unsupported(syntax, "constructor parameter '" + parameter.Name + "' does not match a property of " + type.Name + "; use an object initializer");
            }

            var value = i < arguments.Count ? arguments[i] : new NullValue();
            if (value is NullValue)
            {
                created.Properties.Remove(property.Name);
            }
            else
            {
                created.Properties[property.Name] = value;
            }
        }

        return created;
    }

    private bool HasConstructorBody(IMethodSymbol constructor) =>
        constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is ConstructorDeclarationSyntax c && (c.Body is not null || c.ExpressionBody is not null));

    // Source types may give properties initial values ("public string Mode { get; init; } = \"cluster\";").
    private void ApplyPropertyInitializers(ObjectValue created, INamedTypeSymbol type)
    {
        // A type from a referenced assembly, and so each of its base types, has no initializers in source.
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        foreach (var property in Types.LayoutOf(type).Properties)
        {
            foreach (var reference in property.Symbol.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: { } initializer })
                {
                    created.Properties[property.Symbol.Name] = Eval(OperationFor(initializer.Value)!, new Frame(created));
                }
            }
        }
    }

    private void ApplyInitializer(Value target, IObjectOrCollectionInitializerOperation initializer, Frame frame)
    {
        foreach (var member in initializer.Initializers)
        {
            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment:
                    SetIndexer(target, Eval(indexer.Arguments[0].Value, frame), Eval(assignment.Value, frame), indexer.Arguments[0].Value, assignment);
                    break;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation reference } assignment:
                    SetMember(target, reference.Member.Name, Eval(assignment.Value, frame), assignment);
                    break;
                case IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation reference } nested:
                    SetMember(target, reference.Member.Name, Nested(target, reference, nested.Initializer, frame), nested);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" } add:
                    AddToCollection(target, add.Arguments.Select(a => Eval(a.Value, frame)).ToList(), add);
                    break;
                default:
                    throw Unsupported(member, "this kind of initializer is not supported");
            }
        }
    }

    // "Labels = { [\"a\"] = \"b\" }" adds to the instance the property already holds; copying it first keeps
    // shared defaults untouched.
    private Value Nested(Value target, IMemberReferenceOperation reference, IObjectOrCollectionInitializerOperation initializer, Frame frame)
    {
        var current = target is ObjectValue objectValue && objectValue.Properties.TryGetValue(reference.Member.Name, out var existing)
            ? existing
            : new NullValue();
        var copy = current switch
        {
            ObjectValue o => (Value)o.Copy(),
            ListValue l => CopyList(l),
            DictionaryValue d => CopyDictionary(d),
            _ => throw WouldThrow(reference, reference.Member.Name + " is null here, so the nested initializer throws NullReferenceException; write '" + reference.Member.Name + " = new() { ... }' instead"),
        };
        ApplyInitializer(copy, initializer, frame);
        return copy;
    }

    private static ListValue CopyList(ListValue list)
    {
        var copy = new ListValue(list.Type) { Origin = list.Origin };
        copy.Items.AddRange(list.Items);
        return copy;
    }

    private static DictionaryValue CopyDictionary(DictionaryValue dictionary)
    {
        var copy = new DictionaryValue(dictionary.Type) { Origin = dictionary.Origin };
        copy.Entries.AddRange(dictionary.Entries);
        copy.KeyOrigins.AddRange(dictionary.KeyOrigins);
        return copy;
    }

    private void SetMember(Value target, string name, Value value, IOperation operation)
    {
        if (target is not ObjectValue objectValue)
        {
            throw Unsupported(operation, "members can only be set on objects");
        }

        AssignMember(objectValue, name, value, (operation is IAssignmentOperation assignment ? assignment.Value.Syntax : operation.Syntax).GetLocation());
    }

    /// <summary>Sets or, for null, unsets a property; <paramref name="origin"/> is the assigned expression.</summary>
    private static void AssignMember(ObjectValue target, string name, Value value, Location origin)
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

    private void SetIndexer(Value target, Value index, Value value, IOperation keyOperation, IOperation operation)
    {
        if (target is not DictionaryValue dictionary)
        {
            throw Unsupported(operation, "only dictionary indexers can be set in an initializer");
        }

        PutEntry(dictionary, KeyText(index, keyOperation), value, keyOperation.Syntax.GetLocation());
    }

    /// <summary>What <c>dictionary[key] = value</c> does: replaces the value of a present key, else adds the entry.</summary>
    private static void PutEntry(DictionaryValue dictionary, string key, Value value, Location keyOrigin)
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

    private void AddToCollection(Value target, List<Value> arguments, IInvocationOperation add)
    {
        switch (target)
        {
            case ListValue list when arguments.Count == 1:
                list.Items.Add(arguments[0]);
                break;
            case DictionaryValue dictionary when arguments.Count == 2:
                var key = KeyText(arguments[0], add.Arguments[0].Value);
                if (dictionary.IndexOf(key) >= 0)
                {
                    throw WouldThrow(add, "Key '" + key + "' is added twice, so Dictionary.Add throws ArgumentException; remove one of the entries");
                }

                dictionary.Entries.Add(new KeyValuePair<string, Value>(key, arguments[1]));
                dictionary.KeyOrigins.Add(add.Arguments[0].Value.Syntax.GetLocation());
                break;
            default:
                throw Unsupported(add, "this collection initializer is not supported");
        }
    }

    private Value With(IWithOperation with, Frame frame)
    {
        var operand = Eval(with.Operand, frame);
        if (operand is not ObjectValue objectValue)
        {
            throw WouldThrow(with, Describe(with.Operand.Syntax) + " is null, so 'with' throws NullReferenceException");
        }

        var copy = objectValue.Copy();
        copy.Origin = with.Syntax.GetLocation();
        ApplyInitializer(copy, with.Initializer, frame);
        return copy;
    }

    private Value CollectionExpression(ICollectionExpressionOperation collection, Frame frame)
    {
        if (collection.Type is null || Types.ShapeOf(collection.Type) != ValueShape.Sequence)
        {
            throw Unsupported(collection, "collection expressions are supported for lists and arrays");
        }

        var list = new ListValue(collection.Type);
        foreach (var element in collection.Elements)
        {
            if (element is ISpreadOperation spread)
            {
                switch (Eval(spread.Operand, frame))
                {
                    case ListValue source:
                        list.Items.AddRange(source.Items);
                        break;
                    case NullValue:
                        throw WouldThrow(spread, Describe(spread.Operand.Syntax) + " is null, so the spread throws NullReferenceException");
                    default:
                        throw Unsupported(spread, "only lists and arrays can be spread");
                }
            }
            else
            {
                list.Items.Add(Eval(element, frame));
            }
        }

        return list;
    }

    private Value ArrayCreation(IArrayCreationOperation array, Frame frame)
    {
        var list = new ListValue(array.Type!);
        if (array.Initializer is null)
        {
            if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
            {
                return list;
            }

            throw Unsupported(array, "arrays need an initializer with their elements");
        }

        foreach (var element in array.Initializer.ElementValues)
        {
            list.Items.Add(Eval(element, frame));
        }

        return list;
    }

    private Value FromConstant(object? constant, ITypeSymbol? type, Location? location)
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

    private Value DefaultOf(ITypeSymbol? type, Location? location)
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
            _ => throw Unsupported(location, type.ToDisplayString(), "default values of this struct type have no YAML form"),
        };
    }

    private static ITypeSymbol? UnderlyingOfNullable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    private static Type EnumUnderlyingClrType(INamedTypeSymbol enumType) => enumType.EnumUnderlyingType?.SpecialType switch
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

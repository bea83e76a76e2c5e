using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

internal sealed partial class Evaluator
{
    private readonly HashSet<ISymbol> staticsInProgress = new(SymbolEqualityComparer.Default);

    private Value ReadField(IFieldReferenceOperation reference, Frame frame)
    {
        var field = reference.Field;
        if (field.HasConstantValue)
        {
            return FromConstant(field.ConstantValue, field.Type, reference.Syntax.GetLocation());
        }

        if (field.IsStatic)
        {
            return ReadStaticField(field, reference.Syntax.GetLocation());
        }

        var instance = Eval(reference.Instance!, frame);
        return ReadInstanceMember(instance, field.Name, field.Type, reference);
    }

    private Value ReadStaticField(IFieldSymbol field, Location? useSite)
    {
        if (field.ContainingType.SpecialType == SpecialType.System_String && field.Name == "Empty")
        {
            return new PrimitiveValue(string.Empty);
        }

        if (BclMethods.IsMachineDependent(field.ContainingType))
        {
            throw Unsupported(useSite, field.ToDisplayString(), BclMethods.MachineDependentReason);
        }

        if (!field.IsReadOnly && !field.IsConst)
        {
            throw Unsupported(useSite, field.ToDisplayString(), "a mutable static field can change while the program runs; make it 'static readonly' or 'const'");
        }

        return CachedStatic(field, useSite, () =>
        {
            var declarator = DeclaratorOf(field);
            if (declarator is null)
            {
                throw Unsupported(useSite, field.ToDisplayString(), "it is not defined in source code of this project, so its value is unknown at build time");
            }

            if (declarator.Initializer is null)
            {
                throw Unsupported(useSite, field.ToDisplayString(), "the field has no initializer; a value assigned in a static constructor cannot be evaluated");
            }

            return Eval(OperationFor(declarator.Initializer.Value)!, new Frame(null));
        });
    }

    private Value ReadProperty(IPropertyReferenceOperation reference, Frame frame)
    {
        var property = reference.Property;
        if (property.IsIndexer)
        {
            var target = Eval(reference.Instance!, frame);
            var index = Eval(reference.Arguments[0].Value, frame);
            return ReadIndexer(target, index, reference);
        }

        if (property.IsStatic)
        {
            return ReadStaticProperty(property, reference.Syntax.GetLocation());
        }

        var instance = Eval(reference.Instance!, frame);
        if (instance is ObjectValue objectValue && !objectValue.Properties.ContainsKey(property.Name)
            && ComputedPropertyBody(property) is { } body)
        {
            return InvokeBody(body, new Frame(objectValue), reference.Syntax.GetLocation(), property);
        }

        return ReadInstanceMember(instance, property.Name, property.Type, reference);
    }

    /// <summary>The value of an expression-bodied instance property, which the object never stores.</summary>
    public Value? ReadComputedProperty(ObjectValue instance, IPropertySymbol property) =>
        ComputedPropertyBody(property) is { } body
            ? InvokeBody(body, new Frame(instance), instance.Origin, property)
            : null;

    private Value ReadStaticProperty(IPropertySymbol property, Location? useSite)
    {
        if (BclMethods.IsMachineDependent(property.ContainingType))
        {
            throw Unsupported(useSite, property.ToDisplayString(), BclMethods.MachineDependentReason);
        }

        var syntax = DeclarationOf(property);
        if (syntax is null)
        {
            throw Unsupported(useSite, property.ToDisplayString(), "it is not defined in source code of this project, so its value is unknown at build time");
        }

        if (property.SetMethod is not null && property.SetMethod.DeclaredAccessibility != Accessibility.Private && !property.SetMethod.IsInitOnly)
        {
            throw Unsupported(useSite, property.ToDisplayString(), "a static property with a setter can change while the program runs; make it get-only");
        }

        return CachedStatic(property, useSite, () =>
        {
            if (syntax.Initializer is not null)
            {
                return Eval(OperationFor(syntax.Initializer.Value)!, new Frame(null));
            }

            var body = ComputedPropertyBody(property);
            if (body is null)
            {
                throw Unsupported(useSite, property.ToDisplayString(), "the property has no initializer or expression body to evaluate");
            }

            return InvokeBody(body, new Frame(null), useSite, property);
        });
    }

    private VariableDeclaratorSyntax? DeclaratorOf(IFieldSymbol field) =>
        field.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<VariableDeclaratorSyntax>().FirstOrDefault();

    private PropertyDeclarationSyntax? DeclarationOf(IPropertySymbol property) =>
        property.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<PropertyDeclarationSyntax>().FirstOrDefault();

    // The getter body of a property declared as "=> expr" or "get => expr" / "get { return expr; }".
    private SyntaxNode? ComputedPropertyBody(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax syntax)
            {
                continue;
            }

            if (syntax.ExpressionBody is not null)
            {
                return syntax.ExpressionBody.Expression;
            }

            var getter = syntax.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.Text == "get");
            if (getter?.ExpressionBody is not null)
            {
                return getter.ExpressionBody.Expression;
            }

            if (getter?.Body is not null)
            {
                return getter.Body;
            }
        }

        return null;
    }

    private Value CachedStatic(ISymbol symbol, Location? useSite, System.Func<Value> compute)
    {
        if (statics.TryGet(symbol, out var cached))
        {
            return cached;
        }

        if (!staticsInProgress.Add(symbol))
        {
            throw Unsupported(useSite, symbol.ToDisplayString(), "its value depends on itself (a cycle between static members)");
        }

        try
        {
            var value = compute();
            statics.Set(symbol, value);
            return value;
        }
        finally
        {
            staticsInProgress.Remove(symbol);
        }
    }

    private Value ReadInstanceMember(Value instance, string name, ITypeSymbol type, IOperation operation)
    {
        switch (instance)
        {
            case NullValue:
                throw WouldThrow(operation, Describe(operation.Syntax) + " reads a member of null, which throws NullReferenceException");
            case ObjectValue objectValue:
                return objectValue.Properties.TryGetValue(name, out var value) ? value : DefaultOf(type, operation.Syntax.GetLocation());
            case PrimitiveValue { Clr: string text } when name == "Length":
                return new PrimitiveValue(text.Length);
            case ListValue list when name is "Count" or "Length":
                return new PrimitiveValue(list.Items.Count);
            case DictionaryValue dictionary when name == "Count":
                return new PrimitiveValue(dictionary.Entries.Count);
            case IntOrStringValue intOrString when name == "Value":
                return new PrimitiveValue(intOrString.Text);
            default:
                throw Unsupported(operation, "reading '" + name + "' from this value is not supported");
        }
    }

    private Value ReadIndexer(Value target, Value index, IOperation operation)
    {
        switch (target)
        {
            case DictionaryValue dictionary:
                var key = KeyText(index, operation);
                var position = dictionary.IndexOf(key);
                if (position < 0)
                {
                    throw WouldThrow(operation, "Key '" + key + "' is not in the dictionary, so " + Describe(operation.Syntax) + " throws KeyNotFoundException");
                }

                return dictionary.Entries[position].Value;
            case ListValue list when index is PrimitiveValue { Clr: int i }:
                if (i < 0 || i >= list.Items.Count)
                {
                    throw WouldThrow(operation, "Index " + i + " is outside the " + list.Items.Count + " items, so " + Describe(operation.Syntax) + " throws ArgumentOutOfRangeException");
                }

                return list.Items[i];
            case NullValue:
                throw WouldThrow(operation, Describe(operation.Syntax) + " indexes null, which throws NullReferenceException");
            default:
                throw Unsupported(operation, "this indexer is not supported");
        }
    }

    private string KeyText(Value key, IOperation operation) => key switch
    {
        PrimitiveValue { Clr: string text } => text,
        EnumValue enumValue => Types.EnumText(enumValue) ?? enumValue.Underlying.ToString(),
        NullValue => throw WouldThrow(operation, "A dictionary key is null, which throws ArgumentNullException"),
        _ => throw Unsupported(operation, "only string and enum dictionary keys can be written to YAML"),
    };
}

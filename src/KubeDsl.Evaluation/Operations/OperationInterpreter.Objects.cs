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

internal sealed partial class OperationInterpreter
{
    internal Value Create(IObjectCreationOperation creation, Frame frame)
    {
        if (creation.Type is not INamedTypeSymbol type)
        {
            throw Unsupported(creation, "the created type is unknown");
        }

        var arguments = creation.Arguments.Select(a => Eval(a.Value, frame)).ToList();
        var created = Semantics.Instantiate(type, creation.Constructor, arguments, creation.Syntax);
        if (creation.Initializer is not null)
        {
            ApplyInitializer(created, creation.Initializer, frame);
        }

        return created;
    }

    internal void ApplyInitializer(Value target, IObjectOrCollectionInitializerOperation initializer, Frame frame)
    {
        foreach (var member in initializer.Initializers)
        {
            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment:
                    Semantics.SetIndex(target, Eval(indexer.Arguments[0].Value, frame), Eval(assignment.Value, frame), indexer.Arguments[0].Value.Syntax, assignment.Syntax);
                    break;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation reference } assignment:
                    Semantics.SetMember(target, reference.Member.Name, Eval(assignment.Value, frame), assignment.Value.Syntax.GetLocation(), assignment.Syntax);
                    break;
                case IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation reference } nested:
                    Semantics.SetMember(target, reference.Member.Name, Nested(target, reference, nested.Initializer, frame), nested.Syntax.GetLocation(), nested.Syntax);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" } add:
                    Semantics.AddToCollection(target, add.Arguments.Select(a => Eval(a.Value, frame)).ToList(), add.Arguments[0].Value.Syntax, add.Syntax);
                    break;
                default:
                    throw Unsupported(member, "this kind of initializer is not supported");
            }
        }
    }

    // "Labels = { [\"a\"] = \"b\" }" adds to the instance the property already holds; copying it first keeps
    // shared defaults untouched.
    internal Value Nested(Value target, IMemberReferenceOperation reference, IObjectOrCollectionInitializerOperation initializer, Frame frame)
    {
        var current = target is ObjectValue objectValue && objectValue.Properties.TryGetValue(reference.Member.Name, out var existing)
            ? existing
            : new NullValue();
        var copy = current switch
        {
            ObjectValue o => (Value)o.Copy(),
            ListValue l => ValueSemantics.CopyList(l),
            DictionaryValue d => ValueSemantics.CopyDictionary(d),
            _ => throw WouldThrow(reference, reference.Member.Name + " is null here, so the nested initializer throws NullReferenceException; write '" + reference.Member.Name + " = new() { ... }' instead"),
        };
        ApplyInitializer(copy, initializer, frame);
        return copy;
    }

    internal Value With(IWithOperation with, Frame frame)
    {
        var copy = Semantics.WithCopy(Eval(with.Operand, frame), with.Syntax, with.Operand.Syntax);
        ApplyInitializer(copy, with.Initializer, frame);
        return copy;
    }

    internal Value CollectionExpression(ICollectionExpressionOperation collection, Frame frame)
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

    internal Value ArrayCreation(IArrayCreationOperation array, Frame frame)
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

    internal Value ReadField(IFieldReferenceOperation reference, Frame frame)
    {
        var field = reference.Field;
        if (field.HasConstantValue)
        {
            return Semantics.FromConstant(field.ConstantValue, field.Type, reference.Syntax.GetLocation());
        }

        if (field.IsStatic)
        {
            return Statics.ReadStaticField(field, reference.Syntax.GetLocation());
        }

        var instance = Eval(reference.Instance!, frame);
        return Semantics.ReadInstanceMember(instance, field.Name, field.Type, reference.Syntax);
    }

    internal Value ReadProperty(IPropertyReferenceOperation reference, Frame frame)
    {
        var property = reference.Property;
        if (property.IsIndexer)
        {
            var target = Eval(reference.Instance!, frame);
            var index = Eval(reference.Arguments[0].Value, frame);
            return Semantics.ReadIndexer(target, index, reference.Syntax);
        }

        if (property.IsStatic)
        {
            return Statics.ReadStaticProperty(property, reference.Syntax.GetLocation());
        }

        var instance = Eval(reference.Instance!, frame);
        if (instance is ObjectValue objectValue && !objectValue.Properties.ContainsKey(property.Name)
            && Statics.ComputedPropertyBody(property) is { } body)
        {
            return InvokeBody(body, new Frame(objectValue), reference.Syntax.GetLocation(), property);
        }

        return Semantics.ReadInstanceMember(instance, property.Name, property.Type, reference.Syntax);
    }

    /// <summary>The value of an expression-bodied instance property, which the object never stores.</summary>
    public Value? ReadComputedProperty(ObjectValue instance, IPropertySymbol property) =>
        Statics.ComputedPropertyBody(property) is { } body
            ? InvokeBody(body, new Frame(instance), instance.Origin, property)
            : null;
}

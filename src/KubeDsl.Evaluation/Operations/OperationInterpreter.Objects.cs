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

        var arguments = creation.Constructor is { } constructor ? ArgumentsInParameterOrder(constructor, creation.Arguments, frame) : [];
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
                // Half-typed code ("[] = x", "{ }") binds with no arguments; it is left to the default case.
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                    Semantics.SetIndex(target, Eval(indexer.Arguments[0].Value, frame), Eval(assignment.Value, frame), indexer.Arguments[0].Value.Syntax, assignment.Syntax);
                    break;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation reference } assignment:
                    Semantics.SetMember(target, reference.Member.Name, Eval(assignment.Value, frame), assignment.Value.Syntax.GetLocation(), assignment.Syntax);
                    break;
                case IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation reference } nested:
                    Semantics.SetMember(target, reference.Member.Name, Nested(target, reference, nested.Initializer, frame), nested.Syntax.GetLocation(), nested.Syntax);
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: > 0 } add:
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
        // A params span ("string.Join(",", a, b)" on .NET 9 and later) is a collection expression of a span type.
        if (collection.Type is null || Types.ShapeOf(collection.Type) != ValueShape.Sequence && !ValueSemantics.IsSpanOrSet(collection.Type))
        {
            throw Unsupported(collection, "collection expressions are supported for lists, arrays and sets");
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

        return ValueSemantics.IsSet(collection.Type) ? Semantics.SetOf(collection.Type, list.Items, collection.Syntax) : list;
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

    /// <summary>
    /// Runs a constructor written in source on the object being created: first the constructor it chains to
    /// ('this(...)' or 'base(...)'), then its body, with 'this' the new object.
    /// </summary>
    internal void RunConstructor(ObjectValue created, IMethodSymbol constructor, Frame frame, SyntaxNode at)
    {
        var declaration = Context.DeclarationsOf(constructor).FirstOrDefault();
        if (declaration is not Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax || Context.OperationFor(declaration) is not IConstructorBodyOperation body)
        {
            throw Unsupported(at, "chaining to the primary constructor of " + constructor.ContainingType.Name + " is not evaluated; give it a constructor with a body, or use an object initializer");
        }

        Context.EnterCall(at.GetLocation());
        try
        {
            var chained = body.Initializer is IExpressionStatementOperation statement ? statement.Operation : body.Initializer;
            if (chained is IInvocationOperation { TargetMethod: { } next } call && next.Parameters.Length + next.DeclaringSyntaxReferences.Length > 0)
            {
                var arguments = ArgumentsInParameterOrder(next, call.Arguments, frame);
                if (next.DeclaringSyntaxReferences.Length == 0)
                {
                    throw Unsupported(call, "a constructor that passes arguments to a library base constructor is not evaluated; use an object initializer");
                }

                var chainedFrame = new Frame(created) { IsConstructing = true };
                for (var i = 0; i < next.Parameters.Length; i++)
                {
                    chainedFrame.Set(next.Parameters[i], arguments[i]);
                }

                if (!next.IsImplicitlyDeclared)
                {
                    RunConstructor(created, next, chainedFrame, call.Syntax);
                }
            }

            frame.IsConstructing = true;
            if ((body.BlockBody ?? body.ExpressionBody) is { } code)
            {
                Execute(code, frame);
            }
        }
        finally
        {
            Context.ExitCall();
        }
    }

    /// <summary>A call's arguments in parameter order, with defaults and params arrays as IOperation spells them out.</summary>
    internal List<Value> ArgumentsInParameterOrder(IMethodSymbol method, IReadOnlyList<IArgumentOperation> given, Frame frame)
    {
        var arguments = new List<Value>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            var argument = given.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter));
            arguments.Add(argument is null ? new NullValue() : Eval(argument.Value, frame));
        }

        return arguments;
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
        return instance is TupleValue tuple
            ? ValueSemantics.TupleElement(tuple, field, reference.Syntax)
            : Semantics.ReadInstanceMember(instance, field.Name, field.Type, reference.Syntax);
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

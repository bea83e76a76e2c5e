using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

// User classes, records and structs as data: construction (primary constructors, constructors with bodies,
// property initializers), the value equality records and structs have, and the defaults of structs.
internal sealed partial class ValueSemantics
{
    internal ObjectValue CreateObject(INamedTypeSymbol type, IMethodSymbol? constructor, List<Value> arguments, SyntaxNode syntax)
    {
        if (type.IsAbstract)
        {
            throw Unsupported(syntax, "abstract types cannot be created");
        }

        var created = new ObjectValue(type);
        if (constructor is null || constructor.Parameters.Length == 0 && constructor.IsImplicitlyDeclared)
        {
            // A struct's implicit parameterless constructor zeroes it; initializers run only in declared constructors.
            if (!type.IsValueType)
            {
                ApplyPropertyInitializers(created, type, new Frame(created));
            }

            return created;
        }

        if (constructor.DeclaringSyntaxReferences.Length == 0)
        {
            // The KubernetesClient model constructors assign each parameter to the property of the same name.
            ApplyPropertyInitializers(created, type, new Frame(created));
            AssignParametersToProperties(created, constructor, arguments, syntax, matchCase: false);
            return created;
        }

        var frame = new Frame(created);
        for (var i = 0; i < constructor.Parameters.Length; i++)
        {
            frame.Set(constructor.Parameters[i], i < arguments.Count ? arguments[i] : new NullValue());
        }

        if (Context.DeclarationsOf(constructor).Any(d => d is TypeDeclarationSyntax))
        {
            // A primary constructor: a record's parameters become its positional properties, and every parameter
            // is in scope for the property initializers.
            if (type.IsRecord)
            {
                AssignParametersToProperties(created, constructor, arguments, syntax, matchCase: true);
            }

            ApplyPropertyInitializers(created, type, frame);
            return created;
        }

        ApplyPropertyInitializers(created, type, frame);
        Interpreter.RunConstructor(created, constructor, frame, syntax);
        return created;
    }

    private void AssignParametersToProperties(ObjectValue created, IMethodSymbol constructor, List<Value> arguments, SyntaxNode syntax, bool matchCase)
    {
        for (var i = 0; i < constructor.Parameters.Length; i++)
        {
            var parameter = constructor.Parameters[i];
            var property = Types.FindProperty(created.Type, parameter.Name);
            if (property is null || matchCase && property.Name != parameter.Name)
            {
                if (matchCase)
                {
                    continue;
                }

                throw Unsupported(syntax, "constructor parameter '" + parameter.Name + "' does not match a property of " + created.Type.Name + "; use an object initializer");
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
    }

    // Source types may give properties initial values ("public string Mode { get; init; } = \"cluster\";"); a
    // primary constructor's parameters are visible in them through the frame.
    internal void ApplyPropertyInitializers(ObjectValue created, INamedTypeSymbol type, Frame frame)
    {
        // A type from a referenced assembly, and so each of its base types, has no initializers in source.
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return;
        }

        foreach (var property in Types.LayoutOf(type).Properties)
        {
            foreach (var declaration in Context.DeclarationsOf(property.Symbol))
            {
                if (declaration is PropertyDeclarationSyntax { Initializer: { } initializer })
                {
                    created.Properties[property.Symbol.Name] = Interpreter.Eval(Context.OperationFor(initializer.Value)!, frame);
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="type"/> compares by value: records (their generated Equals compares every field
    /// and the run-time type) and structs (ValueType.Equals compares every field).
    /// </summary>
    internal static bool HasValueEquality(INamedTypeSymbol type) => type.IsRecord || type.IsValueType;

    private bool ObjectsEqual(ObjectValue left, ObjectValue right, SyntaxNode at)
    {
        if (!SymbolEqualityComparer.Default.Equals(left.Type, right.Type))
        {
            return false;
        }

        foreach (var name in left.Properties.Keys.Union(right.Properties.Keys))
        {
            var type = MemberType(left.Type, name);
            var a = left.Properties.TryGetValue(name, out var l) ? l : DefaultOf(type, at.GetLocation());
            var b = right.Properties.TryGetValue(name, out var r) ? r : DefaultOf(type, at.GetLocation());
            if (!ValuesEqual(a, b, at))
            {
                return false;
            }
        }

        return true;
    }

    private static ITypeSymbol? MemberType(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                switch (member)
                {
                    case IPropertySymbol property:
                        return property.Type;
                    case IFieldSymbol field:
                        return field.Type;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The default of a struct the evaluator can hold: a struct written in source (every member at its default),
    /// a tuple of defaults, a zero TimeSpan. Null for other structs.
    /// </summary>
    private static Value? StructDefault(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            var elements = new List<Value>();
            foreach (var element in tuple.TupleElements)
            {
                if ((TryDefaultOf(element.Type) ?? StructDefault(element.Type)) is not { } value)
                {
                    return null;
                }

                elements.Add(value);
            }

            return new TupleValue(tuple, elements);
        }

        if (type.ToDisplayString() == "System.TimeSpan")
        {
            return new TimeSpanValue(System.TimeSpan.Zero);
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Struct, DeclaringSyntaxReferences.IsEmpty: false } named ? new ObjectValue(named) : null;
    }
}

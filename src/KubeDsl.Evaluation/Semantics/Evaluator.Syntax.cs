using System;
using System.Collections.Generic;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Evaluation;

// The syntax path: a definition's own body read straight from its syntax, binding only the names in it.
//
// The compiler binds every definition to emit it; evaluating the IOperation tree means binding it a second time,
// in another compilation, which made the generator cost about as much as compiling the project. Most bodies are
// plain data (object and collection initializers, literals, enum members, shared defaults, helper calls, 'with'),
// and those need only their names resolved. Anything else, and any doubt (an overload, a conversion this path
// does not model, an error), sends the whole body to the operation path, which alone reports diagnostics. So
// the syntax path changes the speed of the generator, never its output or its messages; a differential test
// compares the two paths on every sample.
internal sealed partial class Evaluator
{
    /// <summary>Thrown inside the syntax path when a construct needs the full binder.</summary>
    private sealed class NeedsBinding(string construct) : Exception
    {
        public string Construct { get; } = construct;
    }

    private static NeedsBinding Defer(string construct) => new(construct);

    /// <summary>Whether this evaluator tries the syntax path for manifest members before binding them.</summary>
    public bool SyntaxFirst { get; init; }

    /// <summary>How many manifest members the syntax path evaluated; the rest were bound.</summary>
    public int SyntaxEvaluations { get; private set; }

    /// <summary>Why the syntax path handed members to the operation path, for tests and tuning.</summary>
    public List<string> SyntaxDeferrals { get; } = new();

    /// <summary>The value of a manifest member read from syntax, or null when the member has to be bound.</summary>
    private Value? TrySyntax(ISymbol member)
    {
        if (!SyntaxFirst || statics.TryGet(member, out _))
        {
            return null;
        }

        var (body, type) = member switch
        {
            IPropertySymbol { SetMethod: null, IsIndexer: false } property => (DeclarationOf(property)?.Initializer?.Value ?? (ComputedPropertyBody(property) as ExpressionSyntax), property.Type),
            IFieldSymbol { IsReadOnly: true, IsConst: false } field => (DeclaratorOf(field)?.Initializer?.Value, field.Type),
            IMethodSymbol { Parameters.Length: 0, ReturnsVoid: false, IsAsync: false, IsGenericMethod: false } method => (BodyOf(method) as ExpressionSyntax, method.ReturnType),
            _ => (null, null),
        };
        if (body is null || type is null || body.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { OpenBraceToken.IsMissing: false } scope)
        {
            return null;
        }

        var stepsBefore = steps;
        try
        {
            var value = SyntaxValue(body, type, scope);
            if (member is not IMethodSymbol)
            {
                statics.Set(member, value);
            }

            SyntaxEvaluations++;
            return value;
        }
        catch (NeedsBinding deferred)
        {
            SyntaxDeferrals.Add(deferred.Construct);
        }
        catch (EvaluationException)
        {
            // The operation path evaluates the body again and reports the problem at the construct it binds.
            SyntaxDeferrals.Add("an evaluation error");
        }

        steps = stepsBefore;
        return null;
    }

    /// <summary>Evaluates <paramref name="syntax"/> converted to <paramref name="target"/> (its own type when null).</summary>
    private Value SyntaxValue(ExpressionSyntax syntax, ITypeSymbol? target, TypeDeclarationSyntax scope) =>
        SyntaxValue(syntax, target, scope, out _);

    private Value SyntaxValue(ExpressionSyntax syntax, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        if (++steps > StepBudget)
        {
            throw Defer("the step budget");
        }

        cancellationToken.ThrowIfCancellationRequested();
        switch (syntax)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return SyntaxValue(parenthesized.Expression, target, scope, out type);
            case LiteralExpressionSyntax literal:
                return Literal(literal, target, out type);
            case ObjectCreationExpressionSyntax creation when IsEmpty(creation.ArgumentList)
                && statics.Resolve(compilation, scope, creation.Type, asType: true) is INamedTypeSymbol { TypeKind: not TypeKind.Error } created:
                type = created;
                return Converted(NewObject(created, creation.Initializer, creation, scope), created, target, syntax);
            case ImplicitObjectCreationExpressionSyntax creation when IsEmpty(creation.ArgumentList)
                && target is not null && UnderlyingOfNullable(target) is INamedTypeSymbol created:
                type = target;
                return Converted(NewObject(created, creation.Initializer, creation, scope), created, target, syntax);
            case CollectionExpressionSyntax collection when target is not null:
                type = target;
                return Collection(collection, target, scope);
            case WithExpressionSyntax with:
                return With(with, target, scope, out type);
            case InvocationExpressionSyntax invocation:
                return Call(invocation, target, scope, out type);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }:
                return Named(syntax, target, scope, out type);
            default:
                throw Defer(syntax.Kind().ToString());
        }
    }

    /// <summary>
    /// The expression inside any parentheses. C# has no operation for parentheses: "=> (a ? b : c)" is bound at
    /// the expression inside them, and the operation path locates values there.
    /// </summary>
    internal static ExpressionSyntax Unparenthesized(ExpressionSyntax syntax)
    {
        while (syntax is ParenthesizedExpressionSyntax parenthesized)
        {
            syntax = parenthesized.Expression;
        }

        return syntax;
    }

    private static bool IsEmpty(ArgumentListSyntax? arguments) => arguments is null || arguments.Arguments.Count == 0;

    private Value Literal(LiteralExpressionSyntax literal, ITypeSymbol? target, out ITypeSymbol type)
    {
        var location = literal.GetLocation();
        switch (literal.Kind())
        {
            case SyntaxKind.NullLiteralExpression when target is not null && (target.IsReferenceType || IsNullable(target)):
                type = target;
                return new NullValue { Origin = location };
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.NumericLiteralExpression:
            case SyntaxKind.TrueLiteralExpression:
            case SyntaxKind.FalseLiteralExpression:
                var clr = literal.Token.Value ?? throw Defer("a literal without a value");
                type = compilation.GetSpecialType(SpecialTypeOf(clr));
                return Converted(new PrimitiveValue(clr) { Origin = location }, type, target, literal);
            default:
                throw Defer("a literal of this kind");
        }
    }

    private static SpecialType SpecialTypeOf(object clr) => clr switch
    {
        string => SpecialType.System_String,
        bool => SpecialType.System_Boolean,
        int => SpecialType.System_Int32,
        long => SpecialType.System_Int64,
        double => SpecialType.System_Double,
        _ => throw Defer("a literal of this type"), // unsigned, float, decimal and char literals are rare enough to leave to the binder
    };

    private Value NewObject(INamedTypeSymbol type, InitializerExpressionSyntax? initializer, ExpressionSyntax syntax, TypeDeclarationSyntax scope)
    {
        var constructor = Types.ParameterlessConstructor(type) ?? throw Defer("a type without a parameterless constructor");
        var created = Instantiate(type, constructor, new List<Value>(), syntax);
        created.Origin = syntax.GetLocation();
        if (initializer is not null)
        {
            if (!initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
            {
                throw Defer("a collection initializer");
            }

            Initialize(created, type, initializer, scope);
        }

        return created;
    }

    // "Name = value" on objects and "[key] = value" on dictionaries; nested initializers and Add calls are bound.
    private void Initialize(Value target, INamedTypeSymbol type, InitializerExpressionSyntax initializer, TypeDeclarationSyntax scope)
    {
        foreach (var expression in initializer.Expressions)
        {
            if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || assignment.Right is InitializerExpressionSyntax)
            {
                throw Defer("an initializer of this form");
            }

            switch (assignment.Left)
            {
                case IdentifierNameSyntax name when target is ObjectValue objectValue && SettableMember(type, name.Identifier.ValueText) is { } memberType:
                    AssignMember(objectValue, name.Identifier.ValueText, SyntaxValue(assignment.Right, memberType, scope), Unparenthesized(assignment.Right).GetLocation());
                    break;
                case ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } keys } when target is DictionaryValue dictionary
                    && type.TypeArguments.Length == 2 && type.TypeArguments[0].SpecialType == SpecialType.System_String
                    && keys[0] is { NameColon: null, RefKindKeyword.RawKind: 0 } key:
                    if (SyntaxValue(key.Expression, type.TypeArguments[0], scope) is not PrimitiveValue { Clr: string text })
                    {
                        throw Defer("a dictionary key that is not a string");
                    }

                    PutEntry(dictionary, text, SyntaxValue(assignment.Right, type.TypeArguments[1], scope), Unparenthesized(key.Expression).GetLocation());
                    break;
                default:
                    throw Defer("an initializer of this form");
            }
        }
    }

    /// <summary>The type of the instance property or field an initializer sets, searched up the base types.</summary>
    private static ITypeSymbol? SettableMember(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                switch (member)
                {
                    case IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod: not null } property:
                        return property.Type;
                    case IFieldSymbol { IsStatic: false, IsReadOnly: false, IsConst: false } field:
                        return field.Type;
                    default:
                        return null;
                }
            }
        }

        return null;
    }

    private Value Collection(CollectionExpressionSyntax collection, ITypeSymbol target, TypeDeclarationSyntax scope)
    {
        if (Types.ShapeOf(target) != ValueShape.Sequence || ElementType(target) is not { } elementType)
        {
            throw Defer("a collection of this type");
        }

        var list = new ListValue(target) { Origin = collection.GetLocation() };
        foreach (var element in collection.Elements)
        {
            list.Items.Add(element is ExpressionElementSyntax item ? SyntaxValue(item.Expression, elementType, scope) : throw Defer("a spread element"));
        }

        return list;
    }

    private static ITypeSymbol? ElementType(ITypeSymbol sequence)
    {
        if (sequence is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (sequence is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        foreach (var implemented in sequence.AllInterfaces)
        {
            if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return implemented.TypeArguments[0];
            }
        }

        return null;
    }

    private Value With(WithExpressionSyntax with, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        if (SyntaxValue(with.Expression, null, scope, out type) is not ObjectValue operand || type is not INamedTypeSymbol recordType)
        {
            throw Defer("'with' on a value of this kind");
        }

        var copy = operand.Copy();
        copy.Origin = with.GetLocation();
        Initialize(copy, recordType, with.Initializer, scope);
        return Converted(copy, type, target, with);
    }

    // A call of a static helper method defined in this project, with one argument per parameter.
    private Value Call(InvocationExpressionSyntax invocation, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        if (invocation.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression })
            || statics.Resolve(compilation, scope, invocation.Expression, asType: false) is not IMethodSymbol method
            || !method.IsStatic || method.IsGenericMethod || method.IsExtensionMethod || method.IsExtern || method.IsAsync
            || method.MethodKind != MethodKind.Ordinary || method.ReturnsVoid || method.DeclaringSyntaxReferences.Length == 0
            || method.Parameters.Length != invocation.ArgumentList.Arguments.Count)
        {
            throw Defer("a call it cannot resolve to one static helper");
        }

        var arguments = new List<Value>(method.Parameters.Length);
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var argument = invocation.ArgumentList.Arguments[i];
            if (parameter.RefKind != RefKind.None || parameter.IsParams || argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0)
            {
                throw Defer("a call with ref, params or named arguments");
            }

            arguments.Add(SyntaxValue(argument.Expression, parameter.Type, scope));
        }

        var result = MadeByCall(Invoke(method, null, arguments, invocation.GetLocation()), invocation);
        type = method.ReturnType;
        return Converted(result, type, target, invocation);
    }

    // Enum members, constants, and static readonly fields and get-only static properties (shared defaults).
    private Value Named(ExpressionSyntax syntax, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        var location = syntax.GetLocation();
        Value value;
        switch (statics.Resolve(compilation, scope, syntax, asType: false))
        {
            case IFieldSymbol { HasConstantValue: true } constant:
                type = constant.Type;
                value = FromConstant(constant.ConstantValue, constant.Type, location);
                break;
            case IFieldSymbol { IsStatic: true } field:
                type = field.Type;
                value = ReadStaticField(field, location);
                break;
            case IPropertySymbol { IsStatic: true, IsIndexer: false } property:
                type = property.Type;
                value = ReadStaticProperty(property, location);
                break;
            default:
                throw Defer("a name it does not read (instance members, locals, types)");
        }

        value.Origin ??= location;
        return Converted(value, type, target, syntax);
    }

    /// <summary>
    /// The implicit conversions the syntax path models, with the values the operation path would give: identity,
    /// reference conversions to a base type, wrapping in Nullable, and widening numeric conversions.
    /// </summary>
    private Value Converted(Value value, ITypeSymbol source, ITypeSymbol? target, ExpressionSyntax syntax)
    {
        if (target is null || SymbolEqualityComparer.Default.Equals(source, target))
        {
            return value;
        }

        var underlying = UnderlyingOfNullable(target)!;
        if (value is PrimitiveValue scalar && Types.ShapeOf(underlying) is ValueShape.Quantity or ValueShape.IntOrString)
        {
            return FromScalar(scalar, Types.ShapeOf(underlying), syntax);
        }

        if (source.IsReferenceType)
        {
            return target.IsReferenceType && Types.IsSameOrDerived(source, target) ? value : throw Defer("a conversion to " + target.Name);
        }

        // The operation path makes a new value at a conversion, located at the converted expression.
        var location = syntax.GetLocation();
        if (SymbolEqualityComparer.Default.Equals(source, underlying))
        {
            return value switch
            {
                EnumValue e => new EnumValue(e.Type, e.Underlying) { Origin = location },
                PrimitiveValue p => new PrimitiveValue(p.Clr) { Origin = location },
                _ => throw Defer("a nullable conversion of this value"),
            };
        }

        if (value is PrimitiveValue { Clr: var raw } && IsWideningNumeric(source.SpecialType, underlying.SpecialType) && ClrTypeOf(underlying.SpecialType) is { } clrTarget)
        {
            return new PrimitiveValue(NumericConvert(raw, clrTarget, isChecked: false)) { Origin = location };
        }

        throw Defer("a conversion");
    }

    // The implicit operators of the Kubernetes scalar types, as the operation path applies them: "512Mi" becomes a
    // quantity in canonical form (one that does not parse throws, and the operation path reports it), 8080 or
    // "http" an IntOrString.
    private Value FromScalar(PrimitiveValue scalar, ValueShape shape, ExpressionSyntax syntax)
    {
        Value value = shape switch
        {
            ValueShape.Quantity when scalar.Clr is string => ToQuantity(scalar, syntax),
            ValueShape.IntOrString when scalar.Clr is string or int => IntOrStringOf(scalar),
            _ => throw Defer("a " + shape + " from " + scalar.Clr.GetType().Name),
        };
        value.Origin = syntax.GetLocation();
        return value;
    }

    private static bool IsWideningNumeric(SpecialType from, SpecialType to) => from switch
    {
        SpecialType.System_Int32 => to is SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Int64 => to is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal,
        SpecialType.System_Single => to is SpecialType.System_Double,
        _ => false,
    };

    private static bool IsNullable(ITypeSymbol type) => type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;
}

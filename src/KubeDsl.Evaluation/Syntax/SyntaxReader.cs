using System.Collections.Generic;
using KubeDsl.Documents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Evaluation;

/// <summary>
/// The syntax front end: reads a definition's own body straight from its syntax, binding only the names in it.
/// </summary>
/// <remarks>
/// The compiler binds every definition to emit it; interpreting the IOperation tree means binding it a second time,
/// in another compilation, which made the generator cost about as much as compiling the project. Most bodies are
/// plain data (object and collection initializers, literals, enum members, shared defaults, helper calls, 'with'),
/// and those need only their names resolved. The reader decides which construct the code is and hands the values to
/// <see cref="ValueSemantics"/>, the same code the operation interpreter calls; anything else, and any doubt (an
/// overload, a conversion it does not classify, an error), hands the whole body to the
/// <see cref="OperationInterpreter"/>, which alone reports diagnostics. So this reader changes the speed of the
/// generator, never its output or its messages; a differential test compares both front ends on every sample.
/// Every read returns null to hand over, with the reason in <see cref="Deferrals"/>.
/// </remarks>
internal sealed class SyntaxReader
{
    private readonly Evaluator owner;
    private string? deferral;

    public SyntaxReader(Evaluator owner) => this.owner = owner;

    private EvaluationContext Context => owner.Context;

    private TypeLayouts Types => owner.Context.Types;

    private ValueSemantics Semantics => owner.Semantics;

    private StaticMembers Statics => owner.Statics;

    private OperationInterpreter Interpreter => owner.Interpreter;

    /// <summary>How many manifest members this reader evaluated; the rest were bound.</summary>
    public int Evaluations { get; private set; }

    /// <summary>Why the reader handed members to the operation interpreter, for tests and tuning.</summary>
    public List<string> Deferrals { get; } = new();

    /// <summary>The value of a manifest member read from syntax; false when the member has to be bound.</summary>
    public bool TryRead(ISymbol member, out Value value)
    {
        value = null!;
        if (Context.Cache.TryGet(member, out _, out _, out _))
        {
            return false;
        }

        // What the member is read from is kept with its value, as for any shared static (StaticMembers.CachedStatic).
        var outer = Context.Reads;
        var own = new SourceReads();
        Context.Reads = own;
        try
        {
            return TryRead(member, own, out value);
        }
        finally
        {
            Context.Reads = outer;
            outer.AddRange(own.Spans);
        }
    }

    private bool TryRead(ISymbol member, SourceReads own, out Value value)
    {
        value = null!;
        var (body, type) = member switch
        {
            IPropertySymbol { SetMethod: null, IsIndexer: false } property => (Statics.DeclarationOf(property)?.Initializer?.Value ?? (Statics.ComputedPropertyBody(property) as ExpressionSyntax), property.Type),
            IFieldSymbol { IsReadOnly: true, IsConst: false } field => (Statics.DeclaratorOf(field)?.Initializer?.Value, field.Type),
            IMethodSymbol { Parameters.Length: 0, ReturnsVoid: false, IsAsync: false, IsGenericMethod: false } method => (Statics.BodyOf(method) as ExpressionSyntax, method.ReturnType),
            _ => (null, null),
        };
        if (body is null || type is null || body.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { OpenBraceToken.IsMissing: false } scope)
        {
            return false;
        }

        var stepsBefore = Context.Steps;
        var chargedBefore = Context.Charged;
        Context.Charged = new HashSet<ISymbol>(chargedBefore, SymbolEqualityComparer.Default);
        deferral = null;
        Value? read;
        try
        {
            read = Read(body, type, scope);
        }
        catch (EvaluationException failure) when (failure.Descriptor.Id != DiagnosticDescriptors.BudgetExceeded.Id)
        {
            // A helper or a shared default failed: the interpreter evaluates the body again and reports the problem
            // at the construct it binds. A spent budget is final: evaluating again would only spend it twice.
            read = null;
            deferral = "an evaluation error";
        }

        if (read is null)
        {
            // What the attempt spent and paid for is not the interpreter's: it starts over.
            Deferrals.Add(deferral ?? "an unknown construct");
            Context.Steps = stepsBefore;
            Context.Charged = chargedBefore;
            return false;
        }

        if (member is not IMethodSymbol)
        {
            Context.Cache.Set(member, read, own.Spans, Context.Steps - stepsBefore);
            Context.Charged.Add(member);
        }

        Evaluations++;
        value = read;
        return true;
    }

    /// <summary>
    /// The expression inside any parentheses and checked(...) or unchecked(...). C# has no operation for either:
    /// "=> (a ? b : c)" is bound at the expression inside them (which keeps its checked context), and the
    /// operation interpreter locates values there.
    /// </summary>
    internal static ExpressionSyntax Unparenthesized(ExpressionSyntax syntax)
    {
        while (true)
        {
            switch (syntax)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    syntax = parenthesized.Expression;
                    break;
                case CheckedExpressionSyntax checkedExpression:
                    syntax = checkedExpression.Expression;
                    break;
                default:
                    return syntax;
            }
        }
    }

    /// <summary>Records why the body needs the binder and hands it over.</summary>
    private Value? Defer(string construct)
    {
        deferral ??= construct;
        return null;
    }

    /// <summary>Reads <paramref name="syntax"/> converted to <paramref name="target"/> (its own type when null).</summary>
    private Value? Read(ExpressionSyntax syntax, ITypeSymbol? target, TypeDeclarationSyntax scope) => Read(syntax, target, scope, out _);

    private Value? Read(ExpressionSyntax syntax, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        type = null!;
        if (!Context.TryStep())
        {
            return Defer("the step budget");
        }

        switch (syntax)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Read(parenthesized.Expression, target, scope, out type);
            case LiteralExpressionSyntax literal:
                return Literal(literal, target, out type);
            case ObjectCreationExpressionSyntax creation when IsEmpty(creation.ArgumentList)
                && Context.Cache.Resolve(Context.Compilation, scope, creation.Type, asType: true) is INamedTypeSymbol { TypeKind: not TypeKind.Error } created:
                type = created;
                return Converted(Create(created, creation.Initializer, creation, scope), created, target, syntax);
            case ImplicitObjectCreationExpressionSyntax creation when IsEmpty(creation.ArgumentList)
                && target is not null && ValueSemantics.UnderlyingOfNullable(target) is INamedTypeSymbol created:
                type = target;
                return Converted(Create(created, creation.Initializer, creation, scope), created, target, syntax);
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
                return Defer(syntax.Kind().ToString());
        }
    }

    private static bool IsEmpty(ArgumentListSyntax? arguments) => arguments is null || arguments.Arguments.Count == 0;

    private Value? Literal(LiteralExpressionSyntax literal, ITypeSymbol? target, out ITypeSymbol type)
    {
        type = null!;
        var location = literal.GetLocation();
        switch (literal.Kind())
        {
            case SyntaxKind.NullLiteralExpression when target is not null && (target.IsReferenceType || ValueSemantics.IsNullable(target)):
                type = target;
                return new NullValue { Origin = location };
            case SyntaxKind.StringLiteralExpression:
            case SyntaxKind.NumericLiteralExpression:
            case SyntaxKind.TrueLiteralExpression:
            case SyntaxKind.FalseLiteralExpression:
                // Unsigned, float, decimal and char literals are rare enough to leave to the binder.
                if (literal.Token.Value is not { } clr || SpecialTypeOf(clr) is not { } special)
                {
                    return Defer("a literal of this type");
                }

                type = Context.Compilation.GetSpecialType(special);
                return Converted(new PrimitiveValue(clr) { Origin = location }, type, target, literal);
            default:
                return Defer("a literal of this kind");
        }
    }

    private static SpecialType? SpecialTypeOf(object clr) => clr switch
    {
        string => SpecialType.System_String,
        bool => SpecialType.System_Boolean,
        int => SpecialType.System_Int32,
        long => SpecialType.System_Int64,
        double => SpecialType.System_Double,
        _ => null,
    };

    private Value? Create(INamedTypeSymbol type, InitializerExpressionSyntax? initializer, ExpressionSyntax syntax, TypeDeclarationSyntax scope)
    {
        if (Types.ParameterlessConstructor(type) is not { } constructor)
        {
            return Defer("a type without a parameterless constructor");
        }

        var created = Semantics.Instantiate(type, constructor, new List<Value>(), syntax);
        created.Origin = syntax.GetLocation();
        if (initializer is null)
        {
            return created;
        }

        return initializer.IsKind(SyntaxKind.ObjectInitializerExpression)
            ? Initialize(created, type, initializer, scope)
            : Defer("a collection initializer");
    }

    // "Name = value" on objects and "[key] = value" on dictionaries; nested initializers and Add calls are bound.
    private Value? Initialize(Value target, INamedTypeSymbol type, InitializerExpressionSyntax initializer, TypeDeclarationSyntax scope)
    {
        foreach (var expression in initializer.Expressions)
        {
            if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment
                || assignment.Right is InitializerExpressionSyntax)
            {
                return Defer("an initializer of this form");
            }

            switch (assignment.Left)
            {
                case IdentifierNameSyntax name when target is ObjectValue && SettableMember(type, name.Identifier.ValueText) is { } memberType:
                    if (Read(assignment.Right, memberType, scope) is not { } value)
                    {
                        return null;
                    }

                    Semantics.SetMember(target, name.Identifier.ValueText, value, Unparenthesized(assignment.Right).GetLocation(), assignment);
                    break;
                case ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } keys } when target is DictionaryValue
                    && type.TypeArguments.Length == 2 && type.TypeArguments[0].SpecialType == SpecialType.System_String
                    && keys[0] is { NameColon: null, RefKindKeyword.RawKind: 0 } key:
                    if (Read(key.Expression, type.TypeArguments[0], scope) is not PrimitiveValue { Clr: string } keyValue)
                    {
                        return Defer("a dictionary key that is not a string");
                    }

                    if (Read(assignment.Right, type.TypeArguments[1], scope) is not { } entry)
                    {
                        return null;
                    }

                    Semantics.SetIndex(target, keyValue, entry, Unparenthesized(key.Expression), assignment);
                    break;
                default:
                    return Defer("an initializer of this form");
            }
        }

        return target;
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

    private Value? Collection(CollectionExpressionSyntax collection, ITypeSymbol target, TypeDeclarationSyntax scope)
    {
        if (Types.ShapeOf(target) != ValueShape.Sequence || ValueSemantics.ElementType(target) is not { } elementType)
        {
            return Defer("a collection of this type");
        }

        var list = new ListValue(target) { Origin = collection.GetLocation() };
        foreach (var element in collection.Elements)
        {
            if (element is not ExpressionElementSyntax item)
            {
                return Defer("a spread element");
            }

            if (Read(item.Expression, elementType, scope) is not { } value)
            {
                return null;
            }

            list.Items.Add(value);
        }

        return list;
    }

    private Value? With(WithExpressionSyntax with, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        var operand = Read(with.Expression, null, scope, out type);
        if (operand is null)
        {
            return null;
        }

        if (operand is not ObjectValue || type is not INamedTypeSymbol recordType)
        {
            return Defer("'with' on a value of this kind");
        }

        var copy = Semantics.WithCopy(operand, with, with.Expression);
        return Initialize(copy, recordType, with.Initializer, scope) is { } initialized ? Converted(initialized, type, target, with) : null;
    }

    // A call of a static helper method defined in this project, with one argument per parameter.
    private Value? Call(InvocationExpressionSyntax invocation, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        type = null!;
        if (invocation.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression })
            || Context.Cache.Resolve(Context.Compilation, scope, invocation.Expression, asType: false) is not IMethodSymbol method
            || !method.IsStatic || method.IsGenericMethod || method.IsExtensionMethod || method.IsExtern || method.IsAsync
            || method.MethodKind != MethodKind.Ordinary || method.ReturnsVoid || method.DeclaringSyntaxReferences.Length == 0
            || method.Parameters.Length != invocation.ArgumentList.Arguments.Count)
        {
            return Defer("a call it cannot resolve to one static helper");
        }

        var arguments = new List<Value>(method.Parameters.Length);
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var parameter = method.Parameters[i];
            var argument = invocation.ArgumentList.Arguments[i];
            if (parameter.RefKind != RefKind.None || parameter.IsParams || argument.NameColon is not null || argument.RefKindKeyword.RawKind != 0)
            {
                return Defer("a call with ref, params or named arguments");
            }

            if (Read(argument.Expression, parameter.Type, scope) is not { } value)
            {
                return null;
            }

            arguments.Add(value);
        }

        var result = ValueSemantics.MadeByCall(Interpreter.Invoke(method, null, arguments, invocation.GetLocation()), invocation);
        type = method.ReturnType;
        return Converted(result, type, target, invocation);
    }

    // Enum members, constants, and static readonly fields and get-only static properties (shared defaults).
    private Value? Named(ExpressionSyntax syntax, ITypeSymbol? target, TypeDeclarationSyntax scope, out ITypeSymbol type)
    {
        var location = syntax.GetLocation();
        Value value;
        switch (Context.Cache.Resolve(Context.Compilation, scope, syntax, asType: false))
        {
            case IFieldSymbol { HasConstantValue: true } constant:
                type = constant.Type;
                value = Semantics.FromConstant(constant.ConstantValue, constant.Type, location);
                break;
            case IFieldSymbol { IsStatic: true } field:
                type = field.Type;
                value = Statics.ReadStaticField(field, location);
                break;
            case IPropertySymbol { IsStatic: true, IsIndexer: false } property:
                type = property.Type;
                value = Statics.ReadStaticProperty(property, location);
                break;
            default:
                type = null!;
                return Defer("a name it does not read (instance members, locals, types)");
        }

        value.Origin ??= location;
        return Converted(value, type, target, syntax);
    }

    /// <summary>
    /// Decides which implicit conversion the compiler applies where a value of <paramref name="source"/> meets
    /// <paramref name="target"/>, for the few kinds this reader can tell without binding, and applies it through
    /// <see cref="ValueSemantics"/>: identity, reference conversions to a base type, the Kubernetes scalar types'
    /// implicit operators, wrapping in Nullable, and widening numeric conversions.
    /// </summary>
    private Value? Converted(Value? value, ITypeSymbol source, ITypeSymbol? target, ExpressionSyntax syntax)
    {
        if (value is null || target is null || SymbolEqualityComparer.Default.Equals(source, target))
        {
            return value;
        }

        var underlying = ValueSemantics.UnderlyingOfNullable(target)!;
        var shape = Types.ShapeOf(underlying);
        if (value is PrimitiveValue { Clr: string } text && shape == ValueShape.Text)
        {
            return text;
        }

        if (value is PrimitiveValue scalar && shape is ValueShape.Quantity or ValueShape.IntOrString)
        {
            if (!(shape == ValueShape.Quantity ? scalar.Clr is string : scalar.Clr is string or int))
            {
                return Defer("a " + shape + " from " + scalar.Clr.GetType().Name);
            }

            var made = Semantics.ImplicitScalar(scalar, shape, syntax);
            made.Origin = syntax.GetLocation();
            return made;
        }

        if (source.IsReferenceType)
        {
            return target.IsReferenceType && Types.IsSameOrDerived(source, target) ? value : Defer("a conversion to " + target.Name);
        }

        var wraps = SymbolEqualityComparer.Default.Equals(source, underlying) && value is EnumValue or PrimitiveValue;
        var widens = value is PrimitiveValue && ValueSemantics.IsWideningNumeric(source.SpecialType, underlying.SpecialType);
        if (!wraps && !widens)
        {
            return Defer("a conversion");
        }

        // The interpreter makes a new value at a conversion, located at the converted expression.
        var converted = Semantics.Convert(value, target, null, isChecked: false, syntax);
        if (ReferenceEquals(converted, value))
        {
            return Defer("a conversion that keeps its value");
        }

        converted.Origin = syntax.GetLocation();
        return converted;
    }
}

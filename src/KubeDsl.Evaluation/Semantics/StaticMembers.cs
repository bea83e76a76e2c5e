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
/// Static fields and properties defined in source, evaluated once per Context.Compilation through <see cref="StaticValueCache"/>,
/// and the syntax of members' bodies and initializers.
/// </summary>
internal sealed class StaticMembers
{
    private readonly Evaluator owner;

    public StaticMembers(Evaluator owner) => this.owner = owner;

    private EvaluationContext Context => owner.Context;

    private TypeLayouts Types => owner.Context.Types;

    private ValueSemantics Semantics => owner.Semantics;

    private OperationInterpreter Interpreter => owner.Interpreter;


    private readonly HashSet<ISymbol> staticsInProgress = new(SymbolEqualityComparer.Default);

    internal Value ReadStaticField(IFieldSymbol field, Location? useSite)
    {
        if (field.ContainingType.SpecialType == SpecialType.System_String && field.Name == "Empty")
        {
            return new PrimitiveValue(string.Empty);
        }

        if (BclMethods.KnownStatic(field, useSite) is { } known)
        {
            return known;
        }

        if (BclMethods.IsMachineDependent(field.ContainingType))
        {
            throw Unsupported(useSite, field.ToDisplayString(), BclMethods.MachineDependentReason);
        }

        // The named values of KubeDsl's text types (ImagePullPolicy.Always) carry their text in [EnumMember].
        if (field.IsStatic && Types.ShapeOf(field.ContainingType) == ValueShape.Text && TypeLayouts.EnumMemberText(field) is { } text)
        {
            return new PrimitiveValue(text);
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

            return Interpreter.Eval(Context.OperationFor(declarator.Initializer.Value)!, new Frame(null));
        });
    }

    internal Value ReadStaticProperty(IPropertySymbol property, Location? useSite)
    {
        if (BclMethods.KnownStatic(property, useSite) is { } known)
        {
            return known;
        }

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
                return Interpreter.Eval(Context.OperationFor(syntax.Initializer.Value)!, new Frame(null));
            }

            var body = ComputedPropertyBody(property);
            if (body is null)
            {
                throw Unsupported(useSite, property.ToDisplayString(), "the property has no initializer or expression body to evaluate");
            }

            return Interpreter.InvokeBody(body, new Frame(null), useSite, property);
        });
    }

    internal Value CachedStatic(ISymbol symbol, Location? useSite, System.Func<Value> compute)
    {
        if (Context.Cache.TryGet(symbol, out var cached, out var madeFrom, out var cost))
        {
            Context.Reads.AddRange(madeFrom);
            if (Context.Charged.Add(symbol))
            {
                Context.Charge(cost, useSite);
            }

            return cached;
        }

        if (!staticsInProgress.Add(symbol))
        {
            throw Unsupported(useSite, symbol.ToDisplayString(), "its value depends on itself (a cycle between static members)");
        }

        // The value's own reads, kept with it: a member that later takes it from the cache depends on them too.
        var outer = Context.Reads;
        var own = new SourceReads();
        Context.Reads = own;
        // Its cost is what computing it takes on its own: the statics it reads count in it even when this member
        // has paid for them already.
        var outerCharged = Context.Charged;
        Context.Charged = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var stepsBefore = Context.Steps;
        try
        {
            var reads = Context.Values?.ReadCount ?? 0;
            var value = compute();
            // A static that read a values file is not kept for the compilation: the file can change while the
            // compilation does not (it is not source), and each member may be given other files.
            if ((Context.Values?.ReadCount ?? 0) == reads)
            {
                Context.Cache.Set(symbol, value, own.Spans, Context.Steps - stepsBefore);
            }

            return value;
        }
        finally
        {
            Context.Reads = outer;
            outer.AddRange(own.Spans);
            Context.Charged = outerCharged;
            outerCharged.Add(symbol);
            staticsInProgress.Remove(symbol);
        }
    }

    internal VariableDeclaratorSyntax? DeclaratorOf(IFieldSymbol field) =>
        Context.DeclarationsOf(field).OfType<VariableDeclaratorSyntax>().FirstOrDefault();

    internal PropertyDeclarationSyntax? DeclarationOf(IPropertySymbol property) =>
        Context.DeclarationsOf(property).OfType<PropertyDeclarationSyntax>().FirstOrDefault();

    // The getter body of a property declared as "=> expr" or "get => expr" / "get { return expr; }".
    internal SyntaxNode? ComputedPropertyBody(IPropertySymbol property)
    {
        foreach (var declaration in Context.DeclarationsOf(property))
        {
            if (declaration is not PropertyDeclarationSyntax syntax)
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

    /// <summary>The expression or block a method, operator or local function declared in source runs.</summary>
    internal SyntaxNode? BodyOf(IMethodSymbol method)
    {
        var declaration = Context.DeclarationsOf(method)
            .FirstOrDefault(s => s is MethodDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or LocalFunctionStatementSyntax);
        return declaration switch
        {
            BaseMethodDeclarationSyntax m => (SyntaxNode?)m.ExpressionBody?.Expression ?? m.Body,
            LocalFunctionStatementSyntax f => (SyntaxNode?)f.ExpressionBody?.Expression ?? f.Body,
            _ => null,
        };
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KubeDsl.Documents;
using KubeDsl.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

internal sealed partial class OperationInterpreter
{
    internal Value Invoke(IInvocationOperation invocation, Frame frame)
    {
        var method = invocation.TargetMethod;
        if (BclMethods.IsUtf8GetBytes(invocation))
        {
            var text = TextOf(Eval(invocation.Arguments[0].Value, frame), invocation);
            return BclMethods.ByteArray(method.ReturnType, System.Text.Encoding.UTF8.GetBytes(text));
        }

        Value? instance = invocation.Instance is null ? null : Eval(invocation.Instance, frame);
        if (instance is DictionaryValue dictionary && method.Name == "TryGetValue" && invocation.Arguments.Length == 2)
        {
            return TryGetValue(dictionary, invocation, frame);
        }

        var library = method.DeclaringSyntaxReferences.Length == 0 || method.IsExtern;
        if (method.Parameters.Any(p => p.RefKind == RefKind.Out) && library)
        {
            return InvokeWithOut(method, instance, invocation, frame);
        }

        // Arguments in parameter order, defaults and params arrays included (IOperation spells them out).
        var arguments = ArgumentsInParameterOrder(method, invocation.Arguments, frame);

        if (instance is FunctionValue function && method.MethodKind == MethodKind.DelegateInvoke)
        {
            return Call(function, arguments, invocation.Syntax);
        }

        if (library && ValuesConventions.IsLoad(method.ContainingType?.ToDisplayString(), method.Name) && method.TypeArguments.Length == 1)
        {
            return ValuesBinder.Load(owner, method.TypeArguments[0], TextOf(arguments[0], invocation), invocation.Syntax.GetLocation());
        }

        if (IsGeneratedOrLibraryEquals(method, library))
        {
            return new PrimitiveValue(method.IsStatic
                ? Semantics.SameValue(arguments[0], arguments[1], invocation.Syntax)
                : Semantics.SameValue(instance ?? throw Unsupported(invocation, "Equals without a receiver"), arguments[0], invocation.Syntax));
        }

        if (library)
        {
            return (instance is null ? null : Semantics.CollectionMember(method, instance, arguments, invocation.Arguments.FirstOrDefault()?.Value.Syntax, invocation.Syntax))
                ?? BclMethods.Invoke(this, method, instance, arguments, invocation);
        }

        if (method.MethodKind == MethodKind.LocalFunction)
        {
            // A local function sees the variables of the body it is declared in: its frame's parent is the caller's.
            return ValueSemantics.MadeByCall(Invoke(method, null, arguments, invocation.Syntax.GetLocation(), frame), invocation.Syntax);
        }

        if (instance is NullValue)
        {
            throw WouldThrow(invocation, Describe(invocation.Instance!.Syntax) + " is null, so calling " + method.Name + " throws NullReferenceException");
        }

        return ValueSemantics.MadeByCall(Invoke(method, instance, arguments, invocation.Syntax.GetLocation()), invocation.Syntax);
    }

    // Equals as the run time has it: a record's generated one and the library's (object, ValueType, string,
    // numbers) all compare values; a hand-written Equals is a helper like any other.
    private static bool IsGeneratedOrLibraryEquals(IMethodSymbol method, bool library) =>
        method is { Name: "Equals", ReturnType.SpecialType: SpecialType.System_Boolean }
        && (method.IsStatic ? method.Parameters.Length == 2 : method.Parameters.Length == 1)
        && (library || method.IsImplicitlyDeclared && method.ContainingType.IsRecord);

    /// <summary>
    /// A library call with out parameters (int.TryParse, Math.DivRem): each out argument starts as its type's
    /// default, the method sets it in the argument list, and the variable it names gets it after the call.
    /// </summary>
    private Value InvokeWithOut(IMethodSymbol method, Value? instance, IInvocationOperation invocation, Frame frame)
    {
        var arguments = new List<Value>(method.Parameters.Length);
        var targets = new List<(int Index, IOperation Target)>();
        foreach (var parameter in method.Parameters)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter));
            if (parameter.RefKind == RefKind.Out && argument is not null)
            {
                var target = argument.Value is IDeclarationExpressionOperation declaration ? declaration.Expression : argument.Value;
                targets.Add((arguments.Count, target));
                arguments.Add(ValueSemantics.DefaultOf(parameter.Type, argument.Syntax.GetLocation()));
            }
            else
            {
                arguments.Add(argument is null ? new NullValue() : Eval(argument.Value, frame));
            }
        }

        var result = BclMethods.Invoke(this, method, instance, arguments, invocation);
        foreach (var (index, target) in targets)
        {
            switch (target)
            {
                case IDiscardOperation:
                    break;
                case ILocalReferenceOperation { IsDeclaration: true } local:
                    frame.Set(local.Local, arguments[index]);
                    break;
                default:
                    Assign(target, arguments[index], target, frame);
                    break;
            }
        }

        return result;
    }

    // dictionary.TryGetValue(key, out var value): the out variable gets the entry, or the default of its type.
    private Value TryGetValue(DictionaryValue dictionary, IInvocationOperation invocation, Frame frame)
    {
        var keyArgument = invocation.Arguments[0].Value;
        var found = Semantics.TryGetEntry(dictionary, Eval(keyArgument, frame), keyArgument.Syntax);
        var target = invocation.Arguments[1].Value is IDeclarationExpressionOperation declaration ? declaration.Expression : invocation.Arguments[1].Value;
        var symbol = target switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => throw Unsupported(invocation.Arguments[1], "TryGetValue's out argument must be a local variable"),
        };
        frame.Assign(symbol, found ?? ValueSemantics.DefaultOf(target.Type, target.Syntax.GetLocation()));
        return new PrimitiveValue(found is not null);
    }

    /// <summary>Calls a lambda or method group with <paramref name="arguments"/>; findings point at <paramref name="at"/>.</summary>
    internal Value Call(FunctionValue function, IReadOnlyList<Value> arguments, SyntaxNode at)
    {
        if (function.Method is { } method)
        {
            return Invoke(method, function.Target, arguments.ToList(), at.GetLocation());
        }

        var lambda = function.Lambda!;
        var frame = new Frame(function.Captured!.This, function.Captured);
        for (var i = 0; i < lambda.Symbol.Parameters.Length; i++)
        {
            frame.Set(lambda.Symbol.Parameters[i], i < arguments.Count ? arguments[i] : new NullValue());
        }

        // A lambda's body is a block; an expression lambda's has one implicit return.
        Context.EnterCall(at.GetLocation());
        try
        {
            var completion = Execute(lambda.Body, frame);
            return completion.Kind == CompletionKind.Return
                ? completion.Value!
                : throw Unsupported(at, "a lambda that returns no value cannot be evaluated here");
        }
        finally
        {
            Context.ExitCall();
        }
    }

    /// <summary>Runs a helper method defined in source with its arguments bound to its parameters.</summary>
    internal Value Invoke(IMethodSymbol method, Value? instance, List<Value> arguments, Location? useSite, Frame? enclosing = null)
    {
        var body = Statics.BodyOf(method);
        if (body is null)
        {
            throw Unsupported(useSite, method.ToDisplayString(), "the method has no body in source to evaluate");
        }

        if (method.IsAsync || method.IsGenericMethod && method.TypeArguments.Any(t => t.TypeKind == TypeKind.TypeParameter))
        {
            throw Unsupported(useSite, method.ToDisplayString(), "async and open generic methods are not evaluated");
        }

        var frame = new Frame(instance ?? enclosing?.This, enclosing);
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            frame.Set(method.Parameters[i], i < arguments.Count ? arguments[i] : new NullValue());
        }

        return InvokeBody(body, frame, useSite, method);
    }

    // The member is named only in messages: its display string is built when one is needed, not on every call.
    internal Value InvokeBody(SyntaxNode body, Frame frame, Location? useSite, ISymbol member)
    {
        Context.EnterCall(useSite);
        try
        {
            var operation = Context.OperationFor(body) ?? throw Unsupported(useSite, member.ToDisplayString(), "its body could not be analysed");
            var returnsVoid = member is IMethodSymbol { ReturnsVoid: true };
            if (body is BlockSyntax)
            {
                var completion = Execute(operation, frame);
                return completion.Kind == CompletionKind.Return || returnsVoid
                    ? completion.Value ?? new NullValue()
                    : throw Unsupported(useSite, member.ToDisplayString(), "the method can end without returning a value");
            }

            if (returnsVoid)
            {
                // An expression-bodied void method runs its expression for its effect.
                Effect(operation, frame);
                return new NullValue();
            }

            return Eval(operation, frame);
        }
        finally
        {
            Context.ExitCall();
        }
    }

    /// <summary>Lets <see cref="BclMethods"/> run LINQ through the semantics, which calls back for lambdas.</summary>
    internal Value? Linq(IMethodSymbol method, List<Value> arguments, IOperation operation) => Semantics.Linq(method, arguments, operation.Syntax);

    /// <summary>Lets <see cref="BclMethods"/> report through the evaluator's messages.</summary>
    internal EvaluationException UnsupportedCall(IOperation operation, string reason) => Unsupported(operation, reason);

    internal EvaluationException ThrowsAtRunTime(IOperation operation, string message) => WouldThrow(operation, message);

    internal string TextOf(Value value, IOperation operation) => Semantics.FormatForString(value, null, operation.Syntax);
}

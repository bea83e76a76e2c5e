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
    internal Value Invoke(IInvocationOperation invocation, Frame frame)
    {
        var method = invocation.TargetMethod;
        if (BclMethods.IsUtf8GetBytes(invocation))
        {
            var text = TextOf(Eval(invocation.Arguments[0].Value, frame), invocation);
            return BclMethods.ByteArray(method.ReturnType, System.Text.Encoding.UTF8.GetBytes(text));
        }

        Value? instance = invocation.Instance is null ? null : Eval(invocation.Instance, frame);

        // Arguments in parameter order, defaults and params arrays included (IOperation spells them out).
        var arguments = new List<Value>(method.Parameters.Length);
        foreach (var parameter in method.Parameters)
        {
            var argument = invocation.Arguments.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Parameter, parameter));
            arguments.Add(argument is null ? new NullValue() : Eval(argument.Value, frame));
        }

        if (method.DeclaringSyntaxReferences.Length == 0 || method.IsExtern)
        {
            return BclMethods.Invoke(this, method, instance, arguments, invocation);
        }

        if (instance is NullValue)
        {
            throw WouldThrow(invocation, Describe(invocation.Instance!.Syntax) + " is null, so calling " + method.Name + " throws NullReferenceException");
        }

        return ValueSemantics.MadeByCall(Invoke(method, instance, arguments, invocation.Syntax.GetLocation()), invocation.Syntax);
    }

    /// <summary>Runs a helper method defined in source with its arguments bound to its parameters.</summary>
    internal Value Invoke(IMethodSymbol method, Value? instance, List<Value> arguments, Location? useSite)
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

        var frame = new Frame(instance);
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
            if (body is BlockSyntax)
            {
                return Execute(operation, frame) ?? throw Unsupported(useSite, member.ToDisplayString(), "the method can end without returning a value");
            }

            return Eval(operation, frame);
        }
        finally
        {
            Context.ExitCall();
        }
    }

    // Statement bodies may declare locals, branch with if/else and return; nothing else has an effect worth
    // evaluating, and loops or assignments would need a general interpreter.
    internal Value? Execute(IOperation statement, Frame frame)
    {
        switch (statement)
        {
            case IBlockOperation block:
                foreach (var inner in block.Operations)
                {
                    var result = Execute(inner, frame);
                    if (result is not null)
                    {
                        return result;
                    }
                }

                return null;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        var initializer = declarator.Initializer ?? declaration.Initializer;
                        if (initializer is null)
                        {
                            throw Unsupported(declarator, "locals must be initialized where they are declared");
                        }

                        frame.Set(declarator.Symbol, Eval(initializer.Value, frame));
                    }
                }

                return null;
            case IReturnOperation { ReturnedValue: { } returned }:
                return Eval(returned, frame);
            case IConditionalOperation conditional:
                if (Semantics.AsBool(Eval(conditional.Condition, frame), conditional.Condition.Syntax))
                {
                    return Execute(conditional.WhenTrue, frame);
                }

                return conditional.WhenFalse is null ? null : Execute(conditional.WhenFalse, frame);
            case IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation }:
                throw new EvaluationException(DiagnosticDescriptors.ValueWouldThrow, statement.Syntax.GetLocation(), "This statement throws when evaluated, so the manifest has no value");
            case IEmptyOperation:
                return null;
            case ILoopOperation:
                throw Unsupported(statement, "loops are not evaluated; use collection expressions, spreads and helper methods");
            default:
                throw Unsupported(statement, "helper bodies may only declare locals, use if/else and return a value");
        }
    }

    /// <summary>Lets <see cref="BclMethods"/> report through the evaluator's messages.</summary>
    internal EvaluationException UnsupportedCall(IOperation operation, string reason) => Unsupported(operation, reason);

    internal EvaluationException ThrowsAtRunTime(IOperation operation, string message) => WouldThrow(operation, message);

    internal string TextOf(Value value, IOperation operation) => Semantics.FormatForString(value, null, operation.Syntax);
}

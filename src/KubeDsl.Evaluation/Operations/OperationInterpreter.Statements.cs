using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

/// <summary>How a statement ended: normally, by return (with the value), or by break or continue.</summary>
internal readonly struct Completion
{
    private Completion(CompletionKind kind, Value? value)
    {
        Kind = kind;
        Value = value;
    }

    public static Completion Normal => default;

    public static Completion Break => new(CompletionKind.Break, null);

    public static Completion Continue => new(CompletionKind.Continue, null);

    public CompletionKind Kind { get; }

    /// <summary>The returned value, for <see cref="CompletionKind.Return"/>.</summary>
    public Value? Value { get; }

    public static Completion Return(Value value) => new(CompletionKind.Return, value);
}

/// <summary>The ways a statement can end.</summary>
internal enum CompletionKind
{
    Normal,
    Return,
    Break,
    Continue,
}

// Statements of helper bodies: locals (declared, assigned, reassigned), if/else, switch, foreach, for, while and
// do, break, continue, return anywhere, and changes to lists, dictionaries and objects the body itself made.
internal sealed partial class OperationInterpreter
{
    internal Completion Execute(IOperation statement, Frame frame)
    {
        switch (statement)
        {
            case IBlockOperation block:
                foreach (var inner in block.Operations)
                {
                    var completion = Execute(inner, frame);
                    if (completion.Kind != CompletionKind.Normal)
                    {
                        return completion;
                    }
                }

                return Completion.Normal;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                {
                    foreach (var declarator in declaration.Declarators)
                    {
                        // A local declared without a value is assigned before it is read (the compiler checks that).
                        if ((declarator.Initializer ?? declaration.Initializer) is { } initializer)
                        {
                            frame.Set(declarator.Symbol, Eval(initializer.Value, frame));
                        }
                    }
                }

                return Completion.Normal;
            case IReturnOperation { ReturnedValue: { } returned }:
                return Completion.Return(Eval(returned, frame));
            case IReturnOperation:
                // 'return;' in a void helper or a constructor.
                return Completion.Return(new NullValue());
            case IConditionalOperation conditional:
                if (Semantics.AsBool(Eval(conditional.Condition, frame), conditional.Condition.Syntax))
                {
                    return Execute(conditional.WhenTrue, frame);
                }

                return conditional.WhenFalse is null ? Completion.Normal : Execute(conditional.WhenFalse, frame);
            case IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation }:
                throw new EvaluationException(DiagnosticDescriptors.ValueWouldThrow, statement.Syntax.GetLocation(), "This statement throws when evaluated, so the manifest has no value");
            case IExpressionStatementOperation expression:
                Effect(expression.Operation, frame);
                return Completion.Normal;
            case IEmptyOperation or ILocalFunctionOperation:
                // A local function is evaluated where it is called.
                return Completion.Normal;
            case IBranchOperation { BranchKind: BranchKind.Break }:
                return Completion.Break;
            case IBranchOperation { BranchKind: BranchKind.Continue }:
                return Completion.Continue;
            case ISwitchOperation switchStatement:
                return SwitchStatement(switchStatement, frame);
            case ILoopOperation loop:
                return Loop(loop, frame);
            default:
                throw Unsupported(statement, "this statement is not evaluated; helper bodies may declare and assign locals, branch, loop and return");
        }
    }

    /// <summary>An expression used as a statement: an assignment, an increment, or a call for its effect.</summary>
    private void Effect(IOperation operation, Frame frame)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation assignment:
                Assign(assignment.Target, Eval(assignment.Value, frame), assignment, frame);
                break;
            case ICompoundAssignmentOperation compound:
                var current = Eval(compound.Target, frame);
                var operand = Eval(compound.Value, frame);
                var combined = compound.OperatorKind == BinaryOperatorKind.Add && compound.Target.Type?.SpecialType == SpecialType.System_String
                    ? new PrimitiveValue(Semantics.FormatForString(current, null, compound.Target.Syntax) + Semantics.FormatForString(operand, null, compound.Value.Syntax))
                    : Semantics.ApplyOperator(compound.OperatorKind, current, operand, compound.Target.Type, compound.IsChecked, compound.Syntax);
                Assign(compound.Target, combined, compound, frame);
                break;
            case IIncrementOrDecrementOperation step:
                var before = Eval(step.Target, frame);
                var one = new PrimitiveValue(1);
                Assign(step.Target, Semantics.ApplyOperator(step.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract, before, one, step.Target.Type, step.IsChecked, step.Syntax), step, frame);
                break;
            case IInvocationOperation or IConditionalAccessOperation:
                Eval(operation, frame);
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                Deconstruction(deconstruction, frame);
                break;
            default:
                throw Unsupported(operation, "this expression has no effect the evaluator models; assign a local or call a method");
        }
    }

    /// <summary>Writes a local, a parameter, a property of an object the body made, or a dictionary or list entry.</summary>
    private void Assign(IOperation target, Value value, IOperation assignment, Frame frame)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                frame.Assign(local.Local, value);
                break;
            case IParameterReferenceOperation parameter:
                frame.Assign(parameter.Parameter, value);
                break;
            case IFieldReferenceOperation { Field.IsStatic: true } or IPropertyReferenceOperation { Property.IsStatic: true }:
                throw Unsupported(target, "static state is read-only at build time; compute the value in a static readonly field or a helper instead");
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                var container = Eval(indexer.Instance!, frame);
                ValueSemantics.EnsureOwned(container, indexer.Instance!.Syntax);
                Semantics.SetIndex(container, Eval(indexer.Arguments[0].Value, frame), value, indexer.Arguments[0].Value.Syntax, assignment.Syntax);
                break;
            case IMemberReferenceOperation { Instance: { } instance } member:
                var owner = Eval(instance, frame);
                var origin = (assignment is IAssignmentOperation a ? a.Value : assignment).Syntax.GetLocation();
                if (owner is StringBuilderValue builder && member.Member.Name == "Length")
                {
                    BclMethods.SetStringBuilderLength(builder, value, assignment.Syntax);
                }
                else if (owner is TupleValue tuple)
                {
                    // A tuple is a struct: the variable that holds it gets a changed copy.
                    Assign(instance, ValueSemantics.WithElement(tuple, member.Member, value, target.Syntax), assignment, frame);
                }
                else if (owner is ObjectValue { Type.IsValueType: true } structValue && !(instance is IInstanceReferenceOperation && frame.IsConstructing))
                {
                    if (instance is IInstanceReferenceOperation)
                    {
                        throw Unsupported(target, "a struct method that changes its own fields is not evaluated; return a changed copy instead");
                    }

                    var copy = structValue.Copy();
                    Semantics.SetMember(copy, member.Member.Name, value, origin, assignment.Syntax);
                    Assign(instance, copy, assignment, frame);
                }
                else
                {
                    ValueSemantics.EnsureOwned(owner, instance.Syntax);
                    Semantics.SetMember(owner, member.Member.Name, value, origin, assignment.Syntax);
                }

                break;
            default:
                throw Unsupported(target, "only locals, parameters, properties and indexers of values built here can be assigned");
        }
    }

    private Completion SwitchStatement(ISwitchOperation switchStatement, Frame frame)
    {
        var value = Eval(switchStatement.Value, frame);
        ISwitchCaseOperation? chosen = null;
        foreach (var section in switchStatement.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                var matches = clause switch
                {
                    ISingleValueCaseClauseOperation single => Semantics.ValuesEqual(value, Eval(single.Value, frame), single.Syntax),
                    IPatternCaseClauseOperation pattern => Matches(pattern.Pattern, value, frame) && (pattern.Guard is null || Semantics.AsBool(Eval(pattern.Guard, frame), pattern.Guard.Syntax)),
                    IDefaultCaseClauseOperation => false,
                    _ => throw Unsupported(clause, "this case label is not supported; use constants, patterns or default"),
                };
                if (matches)
                {
                    chosen = section;
                    break;
                }
            }

            if (chosen is not null)
            {
                break;
            }
        }

        chosen ??= switchStatement.Cases.FirstOrDefault(s => s.Clauses.Any(c => c is IDefaultCaseClauseOperation));
        if (chosen is null)
        {
            return Completion.Normal;
        }

        foreach (var inner in chosen.Body)
        {
            var completion = Execute(inner, frame);
            if (completion.Kind == CompletionKind.Break)
            {
                return Completion.Normal;
            }

            if (completion.Kind != CompletionKind.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }

    // A loop that does not end runs the step budget out somewhere in its body; the finding points at the loop.
    private Completion Loop(ILoopOperation loop, Frame frame)
    {
        try
        {
            return loop switch
            {
                IForEachLoopOperation each => ForEach(each, frame),
                IForLoopOperation forLoop => For(forLoop, frame),
                IWhileLoopOperation whileLoop => While(whileLoop, frame),
                _ => throw Unsupported(loop, "this kind of loop is not evaluated; use foreach, for or while"),
            };
        }
        catch (EvaluationException failure) when (failure.Descriptor.Id == DiagnosticDescriptors.BudgetExceeded.Id && !failure.AtLoop)
        {
            throw new EvaluationException(failure.Descriptor, loop.Syntax.GetLocation(), failure.Arguments) { AtLoop = true };
        }
    }

    private Completion ForEach(IForEachLoopOperation loop, Frame frame)
    {
        var collection = Eval(loop.Collection, frame);
        var variable = loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: { } declared } ? declared : null;

        // The items as they are now: C# would throw if the body changed the collection, so a snapshot changes nothing.
        IReadOnlyList<Value> items = collection switch
        {
            ListValue list => list.Items.ToList(),
            DictionaryValue or PrimitiveValue { Clr: string } => Semantics.Items(collection, ForEachSource(loop), loop.LoopControlVariable.Syntax),
            NullValue => throw WouldThrow(loop.Collection, Describe(loop.Collection.Syntax) + " is null, so foreach throws NullReferenceException"),
            _ => throw Unsupported(loop.Collection, "foreach is evaluated over lists, arrays, sets, dictionaries and strings"),
        };
        foreach (var item in items)
        {
            Context.Step(loop.Syntax.GetLocation());
            if (variable is not null)
            {
                frame.Set(variable, item);
            }
            else
            {
                DeconstructInto(loop.LoopControlVariable, item, frame);
            }

            var completion = Execute(loop.Body, frame);
            if (completion.Kind == CompletionKind.Break)
            {
                break;
            }

            if (completion.Kind == CompletionKind.Return)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }

    // The type foreach enumerates: the collection's own, under the conversion the compiler may have put around it.
    private static ITypeSymbol? ForEachSource(IForEachLoopOperation loop) =>
        (loop.Collection is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : loop.Collection).Type;

    private Completion For(IForLoopOperation loop, Frame frame)
    {
        foreach (var before in loop.Before)
        {
            Execute(before, frame);
        }

        while (true)
        {
            Context.Step(loop.Syntax.GetLocation());
            if (loop.Condition is not null && !Semantics.AsBool(Eval(loop.Condition, frame), loop.Condition.Syntax))
            {
                return Completion.Normal;
            }

            var completion = Execute(loop.Body, frame);
            if (completion.Kind == CompletionKind.Break)
            {
                return Completion.Normal;
            }

            if (completion.Kind == CompletionKind.Return)
            {
                return completion;
            }

            foreach (var step in loop.AtLoopBottom)
            {
                Execute(step, frame);
            }
        }
    }

    private Completion While(IWhileLoopOperation loop, Frame frame)
    {
        var first = true;
        while (true)
        {
            Context.Step(loop.Syntax.GetLocation());
            var test = loop.ConditionIsTop || !first;
            first = false;
            if (test && loop.Condition is not null)
            {
                var holds = Semantics.AsBool(Eval(loop.Condition, frame), loop.Condition.Syntax);
                if (holds == loop.ConditionIsUntil)
                {
                    return Completion.Normal;
                }
            }

            var completion = Execute(loop.Body, frame);
            if (completion.Kind == CompletionKind.Break)
            {
                return Completion.Normal;
            }

            if (completion.Kind == CompletionKind.Return)
            {
                return completion;
            }
        }
    }
}

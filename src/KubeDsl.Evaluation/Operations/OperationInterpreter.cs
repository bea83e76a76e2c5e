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
/// The operation front end: interprets Roslyn's IOperation tree of helper bodies and of any definition the syntax
/// reader hands over, with frames for locals and parameters and the budgets of <see cref="EvaluationContext"/>.
/// </summary>
internal sealed partial class OperationInterpreter
{
    private readonly Evaluator owner;

    public OperationInterpreter(Evaluator owner) => this.owner = owner;

    private EvaluationContext Context => owner.Context;

    private TypeLayouts Types => owner.Context.Types;

    internal ValueSemantics Semantics => owner.Semantics;

    private StaticMembers Statics => owner.Statics;


    internal Value Eval(IOperation operation, Frame frame)
    {
        Context.Step(operation.Syntax.GetLocation());

        if (operation.ConstantValue.HasValue && operation is not IInterpolatedStringOperation)
        {
            return WithOrigin(Semantics.FromConstant(operation.ConstantValue.Value, operation.Type, operation.Syntax.GetLocation()), operation);
        }

        var value = operation switch
        {
            IConversionOperation conversion => Convert(conversion, frame),
            IParenthesizedOperation parenthesized => Eval(parenthesized.Operand, frame),
            ILocalReferenceOperation local => frame.Read(local.Local, operation),
            IParameterReferenceOperation parameter => frame.Read(parameter.Parameter, operation),
            IInstanceReferenceOperation => frame.This ?? throw Unsupported(operation, "'this' is only available inside helper members of an object"),
            IFieldReferenceOperation field => ReadField(field, frame),
            IPropertyReferenceOperation property => ReadProperty(property, frame),
            IArrayElementReferenceOperation { Indices.Length: 1 } element => Semantics.ReadIndexer(Eval(element.ArrayReference, frame), Eval(element.Indices[0], frame), element.Syntax),
            IObjectCreationOperation creation => Create(creation, frame),
            IWithOperation with => With(with, frame),
            ICollectionExpressionOperation collection => CollectionExpression(collection, frame),
            IArrayCreationOperation array => ArrayCreation(array, frame),
            IInterpolatedStringOperation interpolated => Interpolate(interpolated, frame),
            ITupleOperation tuple => Tuple(tuple, frame),
            IIsPatternOperation { Pattern: var pattern } isPattern when !pattern.DescendantsAndSelf().Any(p => p is ITypePatternOperation or IDeclarationPatternOperation) =>
                new PrimitiveValue(Matches(pattern, Eval(isPattern.Value, frame), frame)),
            ITupleBinaryOperation tupleBinary => TupleEquality(tupleBinary, frame),
            IDeconstructionAssignmentOperation deconstruction => Deconstruction(deconstruction, frame),
            IBinaryOperation binary => Binary(binary, frame),
            IUnaryOperation unary => Unary(unary, frame),
            ICoalesceOperation coalesce => Coalesce(coalesce, frame),
            IConditionalOperation conditional when conditional.WhenFalse is not null => Conditional(conditional, frame),
            ISwitchExpressionOperation switchExpression => Switch(switchExpression, frame),
            IInvocationOperation invocation => Invoke(invocation, frame),
            IDefaultValueOperation defaultValue => ValueSemantics.DefaultOf(defaultValue.Type, operation.Syntax.GetLocation()),
            IConditionalAccessOperation access => ConditionalAccess(access, frame),
            IConditionalAccessInstanceOperation => frame.ConditionalAccessInstance ?? throw Unsupported(operation, "conditional access outside its expression"),
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => new FunctionValue(lambda, frame),
            IAnonymousFunctionOperation lambda => new FunctionValue(lambda, frame),
            IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { DeclaringSyntaxReferences.Length: > 0 } method } reference } =>
                new FunctionValue(method, reference.Instance is null ? null : Eval(reference.Instance, frame)),
            IDelegateCreationOperation => throw Unsupported(operation, "only lambdas and methods written in this project can be passed as delegates"),
            IThrowOperation => throw new EvaluationException(DiagnosticDescriptors.ValueWouldThrow, operation.Syntax.GetLocation(), "This expression throws when evaluated, so the manifest has no value"),
            IInvalidOperation => throw Unsupported(operation, "the expression does not compile"),
            _ => throw Unsupported(operation, DescribeUnsupported(operation)),
        };

        return WithOrigin(value, operation);
    }

    internal static Value WithOrigin(Value value, IOperation operation)
    {
        // Values passed through (a local, a shared default) keep the origin of the expression that made them,
        // which is where a rule should point.
        value.Origin ??= operation.Syntax.GetLocation();
        return value;
    }
}

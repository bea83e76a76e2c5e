using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KubeDsl.Evaluation;

/// <summary>
/// Interprets the pure subset of C# that manifest definitions use, over Roslyn's IOperation tree, without
/// running any user code. Anything outside the subset stops evaluation with a diagnostic at the construct.
/// One instance evaluates one manifest; static member values are shared through <see cref="StaticValueCache"/>.
/// </summary>
internal sealed partial class Evaluator
{
    /// <summary>Operations one manifest may evaluate; generous for real definitions, small enough to stop loops fast.</summary>
    public const int StepBudget = 1_000_000;

    /// <summary>Nested helper calls allowed; also keeps the compiler's own stack safe.</summary>
    public const int CallDepthBudget = 100;

    private readonly Compilation compilation;
    private readonly StaticValueCache statics;
    private readonly CancellationToken cancellationToken;
    private readonly string subject;
    private int steps;
    private int callDepth;

    public Evaluator(Compilation compilation, StaticValueCache statics, string subject, CancellationToken cancellationToken)
    {
        this.compilation = compilation;
        this.statics = statics;
        this.subject = subject;
        this.cancellationToken = cancellationToken;
        Types = statics.Types;
    }

    public TypeLayouts Types { get; }

    /// <summary>
    /// Evaluates a static property, field or method: parameterless, or with <paramref name="argument"/> as the
    /// value of its one parameter (an environment variant).
    /// </summary>
    public Value EvaluateStaticMember(ISymbol member, Location? useSite, Value? argument = null)
    {
        if (argument is null && TrySyntax(member) is { } fromSyntax)
        {
            return fromSyntax;
        }

        return member switch
        {
            IFieldSymbol field => ReadStaticField(field, useSite),
            IPropertySymbol property => ReadStaticProperty(property, useSite),
            IMethodSymbol method => Invoke(method, null, argument is null ? new List<Value>() : new List<Value> { argument }, useSite),
            _ => throw Unsupported(useSite, member.ToDisplayString(), "only properties, fields and methods can be manifests"),
        };
    }

    private Value Eval(IOperation operation, Frame frame)
    {
        if (++steps > StepBudget)
        {
            throw new EvaluationException(DiagnosticDescriptors.BudgetExceeded, operation.Syntax.GetLocation(), subject, "step budget of 1,000,000 operations");
        }

        cancellationToken.ThrowIfCancellationRequested();

        if (operation.ConstantValue.HasValue && operation is not IInterpolatedStringOperation)
        {
            return WithOrigin(FromConstant(operation.ConstantValue.Value, operation.Type, operation.Syntax.GetLocation()), operation);
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
            IObjectCreationOperation creation => Create(creation, frame),
            IWithOperation with => With(with, frame),
            ICollectionExpressionOperation collection => CollectionExpression(collection, frame),
            IArrayCreationOperation array => ArrayCreation(array, frame),
            IInterpolatedStringOperation interpolated => Interpolate(interpolated, frame),
            IBinaryOperation binary => Binary(binary, frame),
            IUnaryOperation unary => Unary(unary, frame),
            ICoalesceOperation coalesce => Coalesce(coalesce, frame),
            IConditionalOperation conditional when conditional.WhenFalse is not null => Conditional(conditional, frame),
            ISwitchExpressionOperation switchExpression => Switch(switchExpression, frame),
            IInvocationOperation invocation => Invoke(invocation, frame),
            IDefaultValueOperation defaultValue => DefaultOf(defaultValue.Type, operation.Syntax.GetLocation()),
            IConditionalAccessOperation access => ConditionalAccess(access, frame),
            IConditionalAccessInstanceOperation => frame.ConditionalAccessInstance ?? throw Unsupported(operation, "conditional access outside its expression"),
            IAnonymousFunctionOperation or IDelegateCreationOperation => throw Unsupported(operation, "lambdas and delegates run code at run time; write the values out or use a helper method"),
            IThrowOperation => throw new EvaluationException(DiagnosticDescriptors.ValueWouldThrow, operation.Syntax.GetLocation(), "This expression throws when evaluated, so the manifest has no value"),
            IInvalidOperation => throw Unsupported(operation, "the expression does not compile"),
            _ => throw Unsupported(operation, DescribeUnsupported(operation)),
        };

        return WithOrigin(value, operation);
    }

    private static Value WithOrigin(Value value, IOperation operation)
    {
        // Values passed through (a local, a shared default) keep the origin of the expression that made them,
        // which is where a rule should point.
        value.Origin ??= operation.Syntax.GetLocation();
        return value;
    }

    private IOperation? OperationFor(SyntaxNode node) => statics.OperationFor(compilation, node, cancellationToken);

    private static EvaluationException Unsupported(IOperation operation, string reason) => Unsupported(operation.Syntax, reason);

    private static EvaluationException Unsupported(SyntaxNode syntax, string reason) =>
        Unsupported(syntax.GetLocation(), Describe(syntax), reason);

    private static EvaluationException Unsupported(Location? location, string what, string reason) =>
        new(DiagnosticDescriptors.UnsupportedConstruct, location, what, reason);

    private static EvaluationException WouldThrow(IOperation operation, string message) => WouldThrow(operation.Syntax, message);

    private static EvaluationException WouldThrow(SyntaxNode syntax, string message) =>
        new(DiagnosticDescriptors.ValueWouldThrow, syntax.GetLocation(), message);

    /// <summary>The construct's source text, shortened, for messages.</summary>
    internal static string Describe(SyntaxNode syntax)
    {
        var text = syntax.ToString().Replace("\r", " ").Replace("\n", " ");
        while (text.Contains("  "))
        {
            text = text.Replace("  ", " ");
        }

        return "'" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "'";
    }

    private static string DescribeUnsupported(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation =>
            "assignments change state; build a new value with an initializer or 'with' instead",
        IAwaitOperation => "asynchronous code runs at run time only",
        IAnonymousObjectCreationOperation => "anonymous types have no YAML shape; use a model type",
        ITupleOperation => "tuples have no YAML shape; use a model type",
        IIsPatternOperation or IIsTypeOperation => "type tests are not supported; use a switch expression on a value",
        IDynamicInvocationOperation or IDynamicMemberReferenceOperation => "dynamic code is resolved at run time only",
        _ => "this kind of expression (" + operation.Kind + ") is outside the supported subset",
    };

    /// <summary>Locals, parameters and the receiver of the helper member being evaluated.</summary>
    private sealed class Frame
    {
        private readonly Dictionary<ISymbol, Value> variables = new(SymbolEqualityComparer.Default);

        public Frame(Value? self) => This = self;

        public Value? This { get; }

        public Value? ConditionalAccessInstance { get; set; }

        public void Set(ISymbol symbol, Value value) => variables[symbol] = value;

        public Value Read(ISymbol symbol, IOperation operation)
        {
            if (variables.TryGetValue(symbol, out var value))
            {
                return value;
            }

            throw new EvaluationException(
                DiagnosticDescriptors.UnsupportedConstruct,
                operation.Syntax.GetLocation(),
                Describe(operation.Syntax),
                "the variable has no value at this point");
        }
    }
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using static KubeDsl.Evaluation.EvaluationErrors;

namespace KubeDsl.Evaluation;

/// <summary>
/// Evaluates one [Manifest] member without running user code. Two front ends read the code: the
/// <see cref="SyntaxReader"/> reads plain-data definitions straight from syntax, the
/// <see cref="OperationInterpreter"/> interprets bound operations for everything else; both give values their
/// meaning through one <see cref="ValueSemantics"/>, and read shared statics through one <see cref="StaticMembers"/>.
/// One instance evaluates one manifest; static values are shared per compilation through <see cref="StaticValueCache"/>.
/// </summary>
internal sealed class Evaluator
{
    public Evaluator(Compilation compilation, StaticValueCache cache, string subject, CancellationToken cancellationToken, ValuesSource? values = null, SourceReads? reads = null)
    {
        Context = new EvaluationContext(compilation, cache, subject, cancellationToken, values, reads);
        Semantics = new ValueSemantics(this);
        Statics = new StaticMembers(this);
        Interpreter = new OperationInterpreter(this);
        Reader = new SyntaxReader(this);
    }

    internal EvaluationContext Context { get; }

    internal ValueSemantics Semantics { get; }

    internal StaticMembers Statics { get; }

    internal OperationInterpreter Interpreter { get; }

    internal SyntaxReader Reader { get; }

    public TypeLayouts Types => Context.Types;

    /// <summary>Whether this evaluator tries the syntax reader for manifest members before binding them.</summary>
    public bool SyntaxFirst { get; init; }

    /// <summary>How many manifest members the syntax reader evaluated; the rest were bound.</summary>
    public int SyntaxEvaluations => Reader.Evaluations;

    /// <summary>Why the syntax reader handed members to the operation interpreter, for tests and tuning.</summary>
    public List<string> SyntaxDeferrals => Reader.Deferrals;

    /// <summary>
    /// Evaluates a static property, field or method: parameterless, or with <paramref name="argument"/> as the
    /// value of its one parameter (an environment variant).
    /// </summary>
    public Value EvaluateStaticMember(ISymbol member, Location? useSite, Value? argument = null)
    {
        if (argument is null && SyntaxFirst && Reader.TryRead(member, out var fromSyntax))
        {
            return fromSyntax;
        }

        return member switch
        {
            IFieldSymbol field => Statics.ReadStaticField(field, useSite),
            IPropertySymbol property => Statics.ReadStaticProperty(property, useSite),
            IMethodSymbol method => Interpreter.Invoke(method, null, argument is null ? new List<Value>() : new List<Value> { argument }, useSite),
            _ => throw Unsupported(useSite, member.ToDisplayString(), "only properties, fields and methods can be manifests"),
        };
    }

    /// <summary>The value of an expression-bodied instance property, which the object never stores.</summary>
    public Value? ReadComputedProperty(ObjectValue instance, IPropertySymbol property) => Interpreter.ReadComputedProperty(instance, property);
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Evaluation;

/// <summary>
/// What one evaluation of one manifest shares across its parts: the compilation, the per-compilation caches, the
/// name used in messages, cancellation, and the step and call-depth budgets both front ends draw on.
/// </summary>
internal sealed class EvaluationContext
{
    /// <summary>Steps one manifest may take; generous for real definitions, small enough to stop loops fast.</summary>
    public const int StepBudget = 1_000_000;

    /// <summary>Nested helper calls allowed; also keeps the compiler's own stack safe.</summary>
    public const int CallDepthBudget = 100;

    private int steps;
    private int callDepth;

    public EvaluationContext(Compilation compilation, StaticValueCache cache, string subject, CancellationToken cancellationToken, ValuesSource? values = null, SourceReads? reads = null)
    {
        Compilation = compilation;
        Cache = cache;
        Subject = subject;
        CancellationToken = cancellationToken;
        Values = values;
        Reads = reads ?? new SourceReads();
    }

    /// <summary>
    /// Where the declarations read are recorded. A shared static's value is computed into reads of its own
    /// (<see cref="StaticMembers.CachedStatic"/>), kept with the value, so whoever uses the cached value records
    /// what it was made from.
    /// </summary>
    public SourceReads Reads { get; set; }

    /// <summary>
    /// The values files <c>KubeDslValues.Load</c> may read; null when none were given yet, so a read asks for them
    /// (<see cref="ValuesNeededException"/>).
    /// </summary>
    public ValuesSource? Values { get; }

    public Compilation Compilation { get; }

    public StaticValueCache Cache { get; }

    public TypeLayouts Types => Cache.Types;

    /// <summary>The member's display name (with its environment), as messages name it.</summary>
    public string Subject { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Steps taken so far; the syntax reader rolls back what it spent before handing a member over.</summary>
    public int Steps
    {
        get => steps;
        set => steps = value;
    }

    /// <summary>Counts one step; false once the budget is spent, so each front end reports or defers in its own way.</summary>
    public bool TryStep()
    {
        CancellationToken.ThrowIfCancellationRequested();
        return ++steps <= StepBudget;
    }

    /// <summary>
    /// The shared statics this evaluation has paid for. A static is computed once per compilation, by whichever member
    /// reads it first; each member pays its cost once all the same (<see cref="Charge"/>), so whether a member stays
    /// within the budget does not depend on the order members ran in, or on which of them an analyzer kept from an
    /// earlier compilation.
    /// </summary>
    public HashSet<ISymbol> Charged { get; set; } = new(SymbolEqualityComparer.Default);

    /// <summary>Counts the steps of a static found computed, or stops the evaluation with KD0002 at <paramref name="location"/>.</summary>
    public void Charge(int cost, Location? location)
    {
        steps += cost;
        if (steps > StepBudget)
        {
            throw BudgetSpent(location);
        }
    }

    /// <summary>Counts one step, or stops the evaluation with KD0002 at <paramref name="location"/>.</summary>
    public void Step(Location? location)
    {
        if (!TryStep())
        {
            throw BudgetSpent(location);
        }
    }

    private EvaluationException BudgetSpent(Location? location) =>
        new(DiagnosticDescriptors.BudgetExceeded, location, Subject, "step budget of 1,000,000 operations");

    /// <summary>Enters a helper call, or stops the evaluation with KD0002 when calls nest too deep.</summary>
    public void EnterCall(Location? useSite)
    {
        if (++callDepth > CallDepthBudget)
        {
            callDepth--;
            throw new EvaluationException(DiagnosticDescriptors.BudgetExceeded, useSite, Subject, "call-depth budget of " + CallDepthBudget + " nested helper calls");
        }
    }

    public void ExitCall() => callDepth--;

    /// <summary>
    /// The bound operation of a body or initializer, shared through the compilation's cache. The node is part of a
    /// declaration <see cref="DeclarationsOf"/> gave (or of the member itself), so it is already recorded as read.
    /// </summary>
    public IOperation? OperationFor(SyntaxNode node) => Cache.OperationFor(Compilation, node, CancellationToken);

    /// <summary>
    /// The syntax declaring <paramref name="symbol"/> in source (none for metadata), each recorded as read: the one
    /// way evaluation code reaches a declaration's syntax.
    /// </summary>
    public IEnumerable<SyntaxNode> DeclarationsOf(ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
#pragma warning disable RS0030 // the one recorded read of declaration syntax (SourceReads)
            var node = reference.GetSyntax(CancellationToken);
#pragma warning restore RS0030
            Reads.Add(node);
            yield return node;
        }
    }
}

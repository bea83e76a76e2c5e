using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Evaluation;

/// <summary>
/// The source declarations an evaluation read: the member itself, the helpers it called, the statics and property
/// initializers it used. With the compilation's declarations (names, types, signatures, constants), they are all
/// the evaluation depends on, so a result stays true while none of them changes (the analyzer's member cache,
/// <c>MemberResultCache</c>, relies on this). Every read of a declaration's syntax goes through
/// <see cref="EvaluationContext.DeclarationsOf"/>, which records it here; <c>BannedSymbols.Evaluation.txt</c>
/// keeps other code from reading syntax behind its back. The source spans the document tree points at are
/// recorded too, so every place a finding can be reported at is inside a span read.
/// </summary>
internal sealed class SourceReads
{
    private readonly HashSet<SourceSpan> seen = new();
    private readonly List<SourceSpan> spans = new();

    /// <summary>The spans read, each once, in the order first read.</summary>
    public IReadOnlyList<SourceSpan> Spans => spans;

    public void Add(SyntaxNode node) => Add(new SourceSpan(node.SyntaxTree, node.Span));

    public void Add(SourceSpan span)
    {
        if (seen.Add(span))
        {
            spans.Add(span);
        }
    }

    public void AddRange(IEnumerable<SourceSpan> read)
    {
        foreach (var span in read)
        {
            Add(span);
        }
    }
}

/// <summary>A span of one syntax tree.</summary>
internal readonly record struct SourceSpan(SyntaxTree Tree, TextSpan Span);

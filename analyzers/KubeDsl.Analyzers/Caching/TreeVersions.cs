using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers.Caching;

/// <summary>
/// How the source of one compilation became the source of the next: for each tree of the earlier one, the tree
/// with its path now and the text changes between them. Only built when no declaration changed anywhere (every
/// edit was inside method or accessor bodies, expression bodies or non-constant field initializers, which is
/// Roslyn's "top-level equivalence"; the generator's manifest bundle may change as it likes), so the names, types and
/// constants everything binds against are the same, and a span of source no edit touched still means what it meant.
/// </summary>
internal sealed class TreeVersions
{
    private readonly Dictionary<SyntaxTree, Move> moves;

    private TreeVersions(Dictionary<SyntaxTree, Move> moves) => this.moves = moves;

    /// <summary>
    /// The versions from <paramref name="before"/> (trees by path) to <paramref name="now"/>; null when a tree was
    /// added, removed or renamed, its parse options changed, or a declaration changed.
    /// </summary>
    public static TreeVersions? Between(IReadOnlyDictionary<string, SyntaxTree> before, IReadOnlyList<SyntaxTree> now, CancellationToken cancellationToken)
    {
        if (before.Count != now.Count)
        {
            return null;
        }

        var moves = new Dictionary<SyntaxTree, Move>(now.Count);
        foreach (var tree in now)
        {
            if (!before.TryGetValue(tree.FilePath, out var old))
            {
                return null;
            }

            if (ReferenceEquals(old, tree))
            {
                moves[old] = new Move(tree, null);
                continue;
            }

            if (!old.Options.Equals(tree.Options))
            {
                return null;
            }

            var oldText = old.GetText(cancellationToken);
            var newText = tree.GetText(cancellationToken);
            if (oldText.ContentEquals(newText))
            {
                // The same file read again (a command-line build after an edit elsewhere): same text, same options.
                moves[old] = new Move(tree, null);
                continue;
            }

            if (!SyntaxFactory.AreEquivalent(old, tree, topLevel: true) && !(IsBundleOnly(old, cancellationToken) && IsBundleOnly(tree, cancellationToken)))
            {
                return null;
            }

            if (!SameConditions(old, tree, cancellationToken))
            {
                return null;
            }

            // Editors keep the history of a text, so this is usually the edit itself; without a history it is one
            // change over the whole file, and nothing read from the file moves.
            moves[old] = new Move(tree, newText.GetChangeRanges(oldText));
        }

        return new TreeVersions(moves);
    }

    // The generator's own output (ManifestSourceWriter) is one assembly attribute carrying the manifests, in the
    // IDE's compilation beside the sources, and new with every edited value. Only the build task reads it, from the
    // compiled assembly: no name binds differently when it changes, and no evaluation reads it.
    private static bool IsBundleOnly(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit || unit.Members.Count > 0 || unit.Usings.Count > 0 || unit.Externs.Count > 0 || unit.AttributeLists.Count == 0)
        {
            return false;
        }

        foreach (var list in unit.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (attribute.Name.ToString() != BundleAttributeName)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Equivalence compares tokens, not trivia, and directives are trivia: a #define, #undef or #if condition changes
    // which code is active without touching that code's text (a body, or which of two declarations counts).
    private static bool SameConditions(SyntaxTree before, SyntaxTree now, CancellationToken cancellationToken) =>
        Conditions(before.GetRoot(cancellationToken)).SequenceEqual(Conditions(now.GetRoot(cancellationToken)), System.StringComparer.Ordinal);

    private static bool IsConditional(DirectiveTriviaSyntax directive) =>
        directive.IsKind(SyntaxKind.DefineDirectiveTrivia) || directive.IsKind(SyntaxKind.UndefDirectiveTrivia)
        || directive.IsKind(SyntaxKind.IfDirectiveTrivia) || directive.IsKind(SyntaxKind.ElifDirectiveTrivia)
        || directive.IsKind(SyntaxKind.ElseDirectiveTrivia) || directive.IsKind(SyntaxKind.EndIfDirectiveTrivia);

    private static List<string> Conditions(SyntaxNode root)
    {
        var conditions = new List<string>();
        for (var directive = ((CSharpSyntaxNode)root).GetFirstDirective(IsConditional); directive is not null; directive = directive.GetNextDirective(IsConditional))
        {
            conditions.Add(directive.ToString().Trim());
        }

        return conditions;
    }

    private const string BundleAttributeName = "global::" + KubeDsl.Documents.ManifestBundle.AttributeFullName;

    /// <summary>
    /// Where <paramref name="span"/> of <paramref name="tree"/> (a tree of the earlier compilation) is now; false when
    /// an edit touched it (or its edges), or the tree is not one of the earlier compilation's.
    /// </summary>
    public bool TryMove(SyntaxTree tree, TextSpan span, out SyntaxTree now, out int start)
    {
        start = span.Start;
        if (!moves.TryGetValue(tree, out var move))
        {
            now = null!;
            return false;
        }

        now = move.Now;
        if (move.Changes is null)
        {
            return true;
        }

        var delta = 0;
        foreach (var change in move.Changes)
        {
            if (change.Span.Start <= span.End && change.Span.End >= span.Start)
            {
                return false;
            }

            if (change.Span.End < span.Start)
            {
                delta += change.NewLength - change.Span.Length;
            }
        }

        start += delta;
        return true;
    }

    private readonly record struct Move(SyntaxTree Now, IReadOnlyList<TextChangeRange>? Changes);
}

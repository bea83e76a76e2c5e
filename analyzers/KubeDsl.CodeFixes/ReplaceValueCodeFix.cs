using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KubeDsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.CodeFixes;

/// <summary>
/// Writes the value a rule suggests (Spark's <c>2g</c> for <c>2Gi</c>) in place of the string literal that holds
/// the offending text: at the diagnostic, or in the shared default or helper named by its additional location.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFix)), Shared]
public sealed class ReplaceValueCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ["KD2001", "KD2002", "KD3014", "KD6006", "KD6008", "KD6009", "KD6024"];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(RuleDiagnostics.OriginalProperty, out var original) || original is null
                || !diagnostic.Properties.TryGetValue(RuleDiagnostics.ReplacementProperty, out var replacement) || replacement is null)
            {
                continue;
            }

            foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
            {
                var document = context.Document.Project.Solution.GetDocument(location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                    && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText == original)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Write '{replacement}'",
                            token => Replace(document, literal, replacement, token),
                            equivalenceKey: nameof(ReplaceValueCodeFix)),
                        diagnostic);
                    break;
                }
            }
        }
    }

    private static async Task<Document> Replace(Document document, LiteralExpressionSyntax literal, string replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, updated));
    }
}

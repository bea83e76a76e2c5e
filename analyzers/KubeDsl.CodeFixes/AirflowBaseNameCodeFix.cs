using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.CodeFixes;

/// <summary>
/// For an Airflow pod template whose base container has another name (KD0010 from the generator): names it
/// <c>base</c>, the container Airflow runs the task in.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AirflowBaseNameCodeFix)), Shared]
public sealed class AirflowBaseNameCodeFix : CodeFixProvider
{
    // The start of the generator's message for this case (AirflowPodTemplates in KubeDsl.Documents).
    private const string MessageStart = "Airflow runs the task in the container named 'base'";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ["KD0010"];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith(MessageStart, System.StringComparison.Ordinal)
                && root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Name the container 'base'", token => Rename(context.Document, literal, token), equivalenceKey: nameof(AirflowBaseNameCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> Rename(Document document, LiteralExpressionSyntax literal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var named = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("base")).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, named));
    }
}

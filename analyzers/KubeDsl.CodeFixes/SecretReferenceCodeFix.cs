using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.CodeFixes;

/// <summary>
/// For a credential written as an env var's value (KD2014): replaces <c>Value = "..."</c> with a reference to a
/// key of a secret, <c>ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "secret-name",
/// Key = "db-password" } }</c>. The secret's name is a placeholder to fill in; until a secret of that name is declared,
/// KD5001 points at it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretReferenceCodeFix)), Shared]
public sealed class SecretReferenceCodeFix : CodeFixProvider
{
    /// <summary>The placeholder secret name the fix writes.</summary>
    public const string PlaceholderSecret = "secret-name";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ["KD2014"];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Only an env var written in place: Value = "..." inside an initializer that also sets Name = "...".
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || literal.Parent is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Value" } } assignment
                || assignment.Parent is not InitializerExpressionSyntax initializer
                || NameOf(initializer) is not { } name)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read it from a secret (secretKeyRef)",
                    token => Replace(context.Document, assignment, Key(name), token),
                    equivalenceKey: nameof(SecretReferenceCodeFix)),
                diagnostic);
        }
    }

    private static string? NameOf(InitializerExpressionSyntax initializer) =>
        initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .Where(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Name" } && a.Right is LiteralExpressionSyntax)
            .Select(a => ((LiteralExpressionSyntax)a.Right).Token.ValueText)
            .FirstOrDefault();

    // DB_PASSWORD -> db-password: secret keys are usually lower-case and dashed.
    private static string Key(string envName)
    {
        var key = new StringBuilder();
        foreach (var c in envName)
        {
            key.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    private static async Task<Document> Replace(Document document, AssignmentExpressionSyntax assignment, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.ParseExpression(
                "ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = \"" + PlaceholderSecret + "\", Key = \"" + key + "\" } }")
            .WithTriviaFrom(assignment);
        return document.WithSyntaxRoot(root!.ReplaceNode(assignment, replacement));
    }
}

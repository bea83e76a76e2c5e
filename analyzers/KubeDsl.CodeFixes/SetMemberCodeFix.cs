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
using Microsoft.CodeAnalysis.Formatting;

namespace KubeDsl.CodeFixes;

/// <summary>
/// The mechanical Pod Security fixes, and those of an executor's token (KD6107) and a schedule's concurrency policy
/// (KD6204): sets a member in the object initializer at the finding, creating the objects
/// on the way (<c>SecurityContext = new V1SecurityContext { AllowPrivilegeEscalation = false }</c>), writes another
/// value in place of the one at the finding, or removes the assignment of a forbidden value (<c>Privileged = true</c>).
/// Only values written where the finding points are changed; one read from elsewhere (a shared default) is left to
/// the user.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetMemberCodeFix)), Shared]
public sealed class SetMemberCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ["KD6001", "KD6002", "KD6005", "KD6011", "KD6012", "KD6021", "KD6022", "KD6024", "KD6025", "KD6107", "KD6204"];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || !diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree
                || !diagnostic.Properties.TryGetValue(RuleDiagnostics.MemberProperty, out var member) || member is null
                || !diagnostic.Properties.TryGetValue(RuleDiagnostics.ValueProperty, out var value) || value is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax at)
            {
                continue;
            }

            var edit = Edit(at, member, value);
            if (edit is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(edit.Value.Title, token => Apply(context.Document, edit.Value.Old, edit.Value.New, token), equivalenceKey: nameof(SetMemberCodeFix) + diagnostic.Id + member),
                diagnostic);
        }
    }

    private static (string Title, SyntaxNode Old, SyntaxNode? New)? Edit(ExpressionSyntax at, string member, string value)
    {
        if (member == "-")
        {
            // Remove `Name = <at>` from its initializer.
            return at.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment && assignment.Right == at && assignment.Parent is InitializerExpressionSyntax
                ? ("Remove " + name.Identifier.ValueText, assignment, null)
                : null;
        }

        if (member.Length == 0)
        {
            return ("Write " + value, at, SyntaxFactory.ParseExpression(value).WithTriviaFrom(at));
        }

        if (at is not BaseObjectCreationExpressionSyntax creation)
        {
            return null;
        }

        var path = member.Split('/');
        var updated = Set(creation, path, 0, value);
        return updated is null ? null : ("Set " + string.Join(".", path.Select(p => p.Split(':')[0])) + " = " + value, creation, updated);
    }

    // Sets path[index..] in the initializer of creation; null when a step is written as something other than `new`.
    private static BaseObjectCreationExpressionSyntax? Set(BaseObjectCreationExpressionSyntax creation, string[] path, int index, string value)
    {
        var name = path[index].Split(':')[0];
        var initializer = creation.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
        var existing = initializer.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Left is IdentifierNameSyntax n && n.Identifier.ValueText == name);
        var last = index == path.Length - 1;
        if (existing is not null)
        {
            ExpressionSyntax? right = last
                ? SyntaxFactory.ParseExpression(value).WithTriviaFrom(existing.Right)
                : existing.Right is BaseObjectCreationExpressionSyntax inner ? Set(inner, path, index + 1, value) : null;
            return right is null ? null : creation.ReplaceNode(existing.Right, right);
        }

        var assignment = (AssignmentExpressionSyntax)SyntaxFactory.ParseExpression(name + " = " + Create(path, index + 1, value, last));
        var updated = Add(initializer, assignment).WithAdditionalAnnotations(Formatter.Annotation);
        return creation.Initializer is null ? creation.WithInitializer(updated) : creation.ReplaceNode(creation.Initializer, updated);
    }

    // The C# of the value of path[index - 1]: the value itself, or `new Type { Next = ... }`.
    private static string Create(string[] path, int index, string value, bool last)
    {
        if (last)
        {
            return value;
        }

        var type = path[index - 1].Split(':')[1];
        return "new " + type + " { " + path[index].Split(':')[0] + " = " + Create(path, index + 1, value, index == path.Length - 1) + " }";
    }

    // Appends keeping the initializer's layout: after a trailing comma on its own line, or after ", " on one line.
    private static InitializerExpressionSyntax Add(InitializerExpressionSyntax initializer, ExpressionSyntax item)
    {
        var items = initializer.Expressions;
        if (items.Count > 0 && items.SeparatorCount == items.Count)
        {
            var separator = items.GetSeparator(items.Count - 1);
            var nodes = items.GetWithSeparators().Add(item.WithLeadingTrivia(items[items.Count - 1].GetLeadingTrivia())).Add(separator);
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
        }

        var spaced = items.Count == 0 ? item.WithLeadingTrivia(SyntaxFactory.Space) : item.WithLeadingTrivia(SyntaxFactory.Space);
        var result = initializer.WithExpressions(items.Add(spaced));
        if (items.Count == 0)
        {
            result = result.WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(SyntaxFactory.Space))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Space));
        }

        return result;
    }

    private static async Task<Document> Apply(Document document, SyntaxNode old, SyntaxNode? replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = replacement is null ? root!.RemoveNode(old, SyntaxRemoveOptions.KeepTrailingTrivia) : root!.ReplaceNode(old, replacement);
        return document.WithSyntaxRoot(updated!);
    }
}

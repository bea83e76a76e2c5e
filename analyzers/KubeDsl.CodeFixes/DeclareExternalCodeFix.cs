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
/// For an object that the rules find nowhere in the project (docs/managed-elsewhere.md): a secret, config map,
/// claim or service account (KD5001), one found only in another namespace (KD5003), a driver account whose bindings
/// are elsewhere (KD5004), a session job's or snapshot's Flink target (KD3030). Declares it as managed elsewhere with
/// an assembly attribute, <c>[assembly: KubeDsl.ExternalSecret("name")]</c> (with <c>Namespace = "..."</c> when
/// the finding is about the namespace), in the file of the reference.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareExternalCodeFix)), Shared]
public sealed class DeclareExternalCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ["KD5001", "KD5003", "KD5004", "KD3030"];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (_, document, diagnostics) =>
        await Declare(document, diagnostics.Select(Requested).OfType<(string, string, string?)>(), CancellationToken.None).ConfigureAwait(false));

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (Requested(diagnostic) is { } request)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare '{request.Name}' as managed elsewhere ([assembly: {request.Attribute}])",
                        token => Declare(context.Document, [request], token),
                        equivalenceKey: nameof(DeclareExternalCodeFix)),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static (string Attribute, string Name, string? Namespace)? Requested(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(RuleDiagnostics.AttributeProperty, out var attribute) && attribute is not null
        && diagnostic.Properties.TryGetValue(RuleDiagnostics.NameProperty, out var name) && name is not null
            ? (attribute, name, diagnostic.Properties.TryGetValue(RuleDiagnostics.NamespaceProperty, out var ns) ? ns : null)
            : null;

    private static async Task<Document> Declare(Document document, System.Collections.Generic.IEnumerable<(string Attribute, string Name, string? Namespace)> requests, CancellationToken cancellationToken)
    {
        foreach (var (attribute, name, ns) in requests.Distinct())
        {
            document = await DeclareOne(document, attribute, name, ns, cancellationToken).ConfigureAwait(false);
        }

        return document;
    }

    // Inserted as text so one fix or Fix All give the same layout: the declarations sorted, one per line, in a block
    // after the using directives.
    private static async Task<Document> DeclareOne(Document document, string attribute, string name, string? ns, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var newline = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToFullString();
        newline = newline.Length == 0 ? "\n" : newline;
        var line = "[assembly: KubeDsl." + attribute + "(" + SymbolDisplay.FormatLiteral(name, quote: true)
            + (ns is null ? string.Empty : ", Namespace = " + SymbolDisplay.FormatLiteral(ns, quote: true)) + ")]";

        int position;
        string insert;
        var lists = root.AttributeLists;
        if (lists.Count > 0)
        {
            var before = lists.FirstOrDefault(l => string.CompareOrdinal(l.WithoutTrivia().ToString(), line) > 0);
            position = before?.SpanStart ?? lists[lists.Count - 1].FullSpan.End;
            insert = line + newline;
        }
        else
        {
            position = root.Usings.Count > 0 ? root.Usings[root.Usings.Count - 1].FullSpan.End : 0;
            insert = newline + line + newline;
        }

        return document.WithText(text.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(position, 0), insert)));
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using KubeDsl.Documents;
using KubeDsl.Rules;
using KubeDsl.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KubeDsl.Analyzers.Inventory;

/// <summary>
/// The resources of the YAML files a project lists as <c>KubeDslInventory</c> items (passed to the compiler as
/// AdditionalFiles with that metadata): objects that exist in the cluster without a definition in the project.
/// </summary>
internal static class InventoryFiles
{
    /// <summary>The metadata build/KubeDsl.targets puts on the AdditionalFiles it makes from KubeDslInventory items.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.KubeDslInventory";

    /// <summary>Reads every inventory file; reports the ones that cannot be read and keeps what they held before the error.</summary>
    public static List<DocMapping> Read(AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        var resources = new List<DocMapping>();
        foreach (var file in MarkedAdditionalFiles.Select(options, MetadataKey))
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                report(Diagnostic.Create(RuleDiagnostics.For(RuleCatalog.InventoryUnreadable), Location.None, file.Path, "cannot be opened"));
                continue;
            }

            var result = YamlResources.Read(text.ToString(), file.Path);
            resources.AddRange(result.Resources);
            foreach (var resource in result.Resources)
            {
                if (Rules.References.InventorySecrets.Value(resource) is { } value)
                {
                    var span = new TextSpan(value.Origin.Start, value.Origin.Length);
                    report(Diagnostic.Create(
                        RuleDiagnostics.For(RuleCatalog.InventorySecretValue),
                        Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)),
                        value.Secret,
                        value.Key));
                }
            }

            if (result.Error is { } error)
            {
                report(Diagnostic.Create(RuleDiagnostics.For(RuleCatalog.InventoryUnreadable), At(file.Path, text, result.Line, result.Column), file.Path, $"is not valid YAML at line {result.Line}, column {result.Column} ({error})"));
            }
        }

        return resources;
    }

    private static Location At(string path, SourceText text, int line, int column)
    {
        if (text.Lines.Count == 0)
        {
            return Location.Create(path, default, default);
        }

        var lineIndex = Math.Min(line - 1, text.Lines.Count - 1);
        var textLine = text.Lines[lineIndex];
        var start = Math.Min(textLine.Start + column - 1, textLine.End);
        var position = new LinePosition(lineIndex, start - textLine.Start);
        return Location.Create(path, new TextSpan(start, textLine.End - start), new LinePositionSpan(position, new LinePosition(lineIndex, textLine.End - textLine.Start)));
    }
}

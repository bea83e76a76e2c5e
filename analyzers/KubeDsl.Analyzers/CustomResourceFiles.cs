using System;
using System.Collections.Generic;
using System.Threading;
using KubeDsl.Rules;
using KubeDsl.Schemas;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers;

/// <summary>
/// The project's CRDs: AdditionalFiles with the metadata <c>KubeDslCrd="true"</c>. Each file's text is parsed once
/// per process and content (<see cref="KnownSchemas.CustomFile"/>, keyed by the text's checksum), so a keystroke in
/// C# does not read the CRDs again.
/// </summary>
internal static class CustomResourceFiles
{
    /// <summary>The item metadata that marks an AdditionalFiles item as a CRD.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.KubeDslCrd";

    /// <summary>The CRDs of every marked file, and a KD1023 for each problem of one.</summary>
    public static (IReadOnlyList<CustomResourceSchema> Schemas, IReadOnlyList<Diagnostic> Problems) Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var schemas = new List<CustomResourceSchema>();
        var problems = new List<Diagnostic>();
        foreach (var file in MarkedAdditionalFiles.Select(options, MetadataKey))
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                problems.Add(Diagnostic.Create(RuleDiagnostics.For(RuleCatalog.CrdUnreadable), Location.None, file.Path, "the file cannot be opened"));
                continue;
            }

            var hash = Convert.ToBase64String(System.Linq.Enumerable.ToArray(text.GetChecksum())) + ":" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var read = KnownSchemas.CustomFile(hash, text.ToString, file.Path);
            schemas.AddRange(read.Schemas);
            foreach (var problem in read.Problems)
            {
                problems.Add(Diagnostic.Create(RuleDiagnostics.For(RuleCatalog.CrdUnreadable), Location.Create(file.Path, default, default), file.Path, problem));
            }
        }

        return (schemas, problems);
    }
}

using System.Threading;
using System.Collections.Generic;
using KubeDsl.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Evaluation;

/// <summary>The values files among the additional files: those KubeDsl.targets made from KubeDslValues items.</summary>
internal static class ValuesFiles
{
    /// <summary>Every values file of the project, for an evaluation that may read any (the analyzers').</summary>
    public static List<ValuesFileText> ReadAll(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<ValuesFileText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (Read(file, options.AnalyzerConfigOptionsProvider, cancellationToken) is { } values)
            {
                files.Add(values);
            }
        }

        return files;
    }

    /// <summary>The file as a values file, or null when it is another kind of additional file.</summary>
    public static ValuesFileText? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        if (!options.GetOptions(file).TryGetValue(ValuesConventions.PathMetadataKey, out var path) || path.Trim().Length == 0)
        {
            return null;
        }

        // A file the compiler cannot read has no text; it then reads as empty, which is reported as such.
        return new ValuesFileText(ValuesConventions.NormalizePath(path.Trim()), file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
    }
}

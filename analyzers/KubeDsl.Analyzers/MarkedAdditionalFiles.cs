using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KubeDsl.Analyzers;

/// <summary>
/// The AdditionalFiles that build/KubeDsl.targets marks for one purpose with item metadata set to <c>true</c>
/// (<c>KubeDslInventory</c>, <c>KubeDslCrd</c>), as the compiler passes it: <c>build_metadata.AdditionalFiles.Name</c>.
/// </summary>
internal static class MarkedAdditionalFiles
{
    public static IEnumerable<AdditionalText> Select(AnalyzerOptions options, string metadataKey)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(metadataKey, out var flag)
                && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }
    }
}

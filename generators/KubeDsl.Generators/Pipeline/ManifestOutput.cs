using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Generators.Diagnostics;
using KubeDsl.Generators.Emit;
using KubeDsl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Reports diagnostics, rejects duplicate paths and adds one generated source per manifest.</summary>
internal static class ManifestOutput
{
    public static void Emit(SourceProductionContext context, (ImmutableArray<ManifestSpec> Specs, Compilation Compilation) input)
    {
        var (specs, compilation) = input;
        // A shared helper that fails is reported once, not once per manifest that calls it.
        var reported = new HashSet<DiagnosticInfo>();
        foreach (var spec in specs)
        {
            foreach (var diagnostic in spec.Diagnostics)
            {
                if (reported.Add(diagnostic))
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic(compilation));
                }
            }
        }

        // Paths compare without case: they are the same file on Windows and macOS.
        var duplicates = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in specs.GroupBy(s => s.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            duplicates.Add(group.Key);
            foreach (var spec in group)
            {
                var others = string.Join(", ", group.Where(o => !ReferenceEquals(o, spec)).Select(o => o.SourceMember));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateManifestPath, spec.AttributeLocation?.ToLocation(compilation), spec.Path, others));
            }
        }

        foreach (var spec in specs.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            if (spec.Yaml is not null && !duplicates.Contains(spec.Path))
            {
                context.AddSource(ManifestSourceWriter.HintName(spec), ManifestSourceWriter.Write(spec));
            }
        }
    }
}

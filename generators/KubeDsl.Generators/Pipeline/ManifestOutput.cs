using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Evaluation;
using KubeDsl.Generators.Emit;
using KubeDsl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Reports diagnostics, rejects duplicate paths and adds the generated source that carries all manifests.</summary>
internal static class ManifestOutput
{
    public static void Emit(SourceProductionContext context, (ImmutableArray<ManifestSpec> Specs, Compilation Compilation) input, string layout)
    {
        var (specs, compilation) = input;
        if (specs.Any(s => s.Files.Any(f => f.Environment is not null)) && Environments.LayoutProblem(layout) is { } layoutProblem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidManifestPath, specs.First(s => s.Files.Any(f => f.Environment is not null)).AttributeLocation?.ToLocation(compilation), layout, layoutProblem));
            return;
        }

        // Environment variants go under their environment's folder.
        specs = specs.Select(s => s.Files.Any(f => f.Environment is not null)
            ? s with { Files = new EquatableArray<ManifestFile>(s.Files.Select(f => f.Environment is null ? f : f with { Path = Environments.PathFor(layout, f.Environment, f.Path) }).ToList()) }
            : s).ToImmutableArray();
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

        // Paths compare without case: they are the same file on Windows and macOS. A member that writes several
        // files (a SparkSubmit) claims all of their paths; one without files yet (failed) claims its own. Specs are
        // told apart by position: comparing them as values would hash every manifest's content.
        var duplicated = new HashSet<int>();
        var claims = specs.SelectMany((s, index) => s.Files.Count > 0 ? s.Files.Select(f => (f.Path, Index: index)) : [(s.Path, Index: index)]);
        foreach (var group in claims.GroupBy(c => c.Path, StringComparer.OrdinalIgnoreCase))
        {
            var claimants = group.Select(c => c.Index).Distinct().ToList();
            if (claimants.Count < 2)
            {
                continue;
            }

            foreach (var index in claimants)
            {
                duplicated.Add(index);
                var others = string.Join(", ", claimants.Where(o => o != index).Select(o => specs[o].SourceMember));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateManifestPath, specs[index].AttributeLocation?.ToLocation(compilation), group.Key, others));
            }
        }

        var written = new List<ManifestSpec>();
        foreach (var index in Enumerable.Range(0, specs.Length).OrderBy(i => specs[i].Path, StringComparer.Ordinal))
        {
            var spec = specs[index];
            if (spec.Files.FirstOrDefault(f => f.Environment is not null && ManifestPath.Problem(f.Path) is not null) is { } bad)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidManifestPath, spec.AttributeLocation?.ToLocation(compilation), bad.Path, ManifestPath.Problem(bad.Path)));
                continue;
            }

            if (spec.Files.Count > 0 && !duplicated.Contains(index))
            {
                written.Add(spec);
            }
        }

        if (written.Count > 0)
        {
            context.AddSource(ManifestSourceWriter.HintName, ManifestSourceWriter.Write(written));
        }
    }
}

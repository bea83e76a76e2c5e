using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Generators.Diagnostics;
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
        // files (a SparkSubmit) claims all of their paths; one without files yet (failed) claims its own.
        var duplicated = new HashSet<ManifestSpec>();
        var claims = specs.SelectMany(s => s.Files.Count > 0 ? s.Files.Select(f => (Path: f.Path, Spec: s)) : [(Path: s.Path, Spec: s)]);
        foreach (var group in claims.GroupBy(c => c.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Select(c => c.Spec).Distinct().Count() > 1))
        {
            foreach (var spec in group.Select(c => c.Spec).Distinct())
            {
                duplicated.Add(spec);
                var others = string.Join(", ", group.Select(c => c.Spec).Distinct().Where(o => !ReferenceEquals(o, spec)).Select(o => o.SourceMember));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateManifestPath, spec.AttributeLocation?.ToLocation(compilation), group.Key, others));
            }
        }

        var written = new List<ManifestSpec>();
        foreach (var spec in specs.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            if (spec.Files.FirstOrDefault(f => f.Environment is not null && ManifestPath.Problem(f.Path) is not null) is { } bad)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidManifestPath, spec.AttributeLocation?.ToLocation(compilation), bad.Path, ManifestPath.Problem(bad.Path)));
                continue;
            }

            if (spec.Files.Count > 0 && !duplicated.Contains(spec))
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

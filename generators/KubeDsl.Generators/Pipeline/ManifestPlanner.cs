using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Evaluation;
using KubeDsl.Generators.Model;

namespace KubeDsl.Generators.Pipeline;

/// <summary>
/// Decides which members are written and where: applies the environment layout, rejects duplicate paths and warns
/// of one object written twice in one output tree.
/// </summary>
internal static class ManifestPlanner
{
    public static ManifestPlan Plan(ImmutableArray<ManifestClaim> claims, string layout)
    {
        var problems = new List<PlanProblem>();
        var firstWithEnvironment = IndexOf(claims, c => c.Files.Any(f => f.Environment is not null));
        if (firstWithEnvironment >= 0 && Environments.LayoutProblem(layout) is { } layoutProblem)
        {
            problems.Add(Problem(firstWithEnvironment, DiagnosticDescriptors.InvalidManifestPath, layout, layoutProblem));
            return new ManifestPlan(new EquatableArray<PlannedMember>([]), new EquatableArray<PlanProblem>(problems));
        }

        // Environment variants go under their environment's folder.
        var paths = claims.Select(c => c.Files.Select(f => f.Environment is null ? f.Path : Environments.PathFor(layout, f.Environment, f.Path)).ToList()).ToList();

        // Paths compare without case: they are the same file on Windows and macOS. A member that writes several
        // files claims all of their paths; one without files (it failed) claims its attribute's path, so a typo
        // that fails does not hide a clash.
        var duplicated = new HashSet<int>();
        var claimed = Enumerable.Range(0, claims.Length).SelectMany(i => paths[i].Count > 0 ? paths[i].Select(p => (Path: p, Member: i)) : [(Path: claims[i].Path, Member: i)]);
        foreach (var group in claimed.GroupBy(c => c.Path, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.Select(c => c.Member).Distinct().ToList();
            if (members.Count < 2)
            {
                continue;
            }

            foreach (var member in members)
            {
                duplicated.Add(member);
                var others = string.Join(", ", members.Where(o => o != member).Select(o => claims[o].SourceMember));
                problems.Add(Problem(member, DiagnosticDescriptors.DuplicateManifestPath, group.Key, others));
            }
        }

        var written = new List<PlannedMember>();
        foreach (var member in Enumerable.Range(0, claims.Length).OrderBy(i => claims[i].Path, StringComparer.Ordinal))
        {
            if (paths[member].Count == 0 || duplicated.Contains(member))
            {
                continue;
            }

            // The layout can put an environment's file somewhere a path may not go (outside the folder).
            if (paths[member].FirstOrDefault(p => ManifestPath.Problem(p) is not null) is { } bad)
            {
                problems.Add(Problem(member, DiagnosticDescriptors.InvalidManifestPath, bad, ManifestPath.Problem(bad)!));
                continue;
            }

            written.Add(new PlannedMember(member, new EquatableArray<string>(paths[member])));
        }

        DuplicateResources(claims, written, problems);
        return new ManifestPlan(new EquatableArray<PlannedMember>(written), new EquatableArray<PlanProblem>(problems));
    }

    // Each environment writes a tree of its own, and the members without one write another, so the same object in
    // two environments is no clash. Among the files written, an object (group, kind, namespace, name) found in two
    // places is reported at every member holding it, naming the other places; a member whose own files hold it
    // twice is told so too.
    private static void DuplicateResources(ImmutableArray<ManifestClaim> claims, List<PlannedMember> written, List<PlanProblem> problems)
    {
        var occurrences = new List<(string? Environment, ResourceKey Key, int Member, string Path)>();
        foreach (var planned in written)
        {
            var files = claims[planned.Member].Files;
            for (var i = 0; i < files.Count; i++)
            {
                foreach (var key in files[i].Resources)
                {
                    occurrences.Add((files[i].Environment, key, planned.Member, planned.Paths[i]));
                }
            }
        }

        foreach (var group in occurrences.GroupBy(o => (o.Environment, o.Key)))
        {
            var places = group.ToList();
            if (places.Count < 2)
            {
                continue;
            }

            var subject = (group.Key.Environment is null ? string.Empty : "[" + group.Key.Environment + "] ") + group.Key.Key;
            foreach (var member in places.Select(p => p.Member).Distinct())
            {
                var own = places.FindIndex(p => p.Member == member);
                var others = string.Join(", ", places.Where((_, i) => i != own).Select(p => "'" + p.Path + "' (" + claims[p.Member].SourceMember + ")"));
                problems.Add(Problem(member, DiagnosticDescriptors.DuplicateResource, subject, places[own].Path, others));
            }
        }
    }

    private static PlanProblem Problem(int member, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, params string[] arguments) =>
        new(member, descriptor, new EquatableArray<string>(arguments));

    private static int IndexOf(ImmutableArray<ManifestClaim> claims, Func<ManifestClaim, bool> predicate)
    {
        for (var i = 0; i < claims.Length; i++)
        {
            if (predicate(claims[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

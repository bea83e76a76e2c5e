using KubeDsl.Documents;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Model;

/// <summary>
/// What the output of a project looks like once every member's claims are seen together: the members that are
/// written, with each file's final path (environment folders applied), in the order of the bundle, and the
/// problems found on the way (a bad layout, a path two members claim). It is computed from paths alone, so it
/// stays cached while only the YAML of a member changes.
/// </summary>
internal sealed record ManifestPlan(EquatableArray<PlannedMember> Written, EquatableArray<PlanProblem> Problems);

/// <summary>A member to write, by its position among the collected members, and the final path of each of its files.</summary>
internal sealed record PlannedMember(int Member, EquatableArray<string> Paths);

/// <summary>A problem the plan found, reported at the attribute of the member at <paramref name="Member"/>.</summary>
internal sealed record PlanProblem(int Member, DiagnosticDescriptor Descriptor, EquatableArray<string> Arguments);

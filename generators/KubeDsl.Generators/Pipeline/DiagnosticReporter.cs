using System.Collections.Generic;
using System.Collections.Immutable;
using KubeDsl.Documents;
using KubeDsl.Generators.Model;
using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Pipeline;

/// <summary>Reports the members' diagnostics and the plan's problems; the only step that reports anything.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, ImmutableArray<MemberDiagnostics> members, EquatableArray<PlanProblem> problems)
    {
        // A shared helper that fails is reported once, not once per member that calls it.
        var reported = new HashSet<DiagnosticInfo>();
        foreach (var member in members)
        {
            foreach (var diagnostic in member.Diagnostics)
            {
                if (reported.Add(diagnostic))
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            }
        }

        foreach (var problem in problems)
        {
            var arguments = new object[problem.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = problem.Arguments[i];
            }

            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, members[problem.Member].AttributeLocation?.ToLocation(), arguments));
        }
    }
}

using System.Collections.Generic;
using System.Linq;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The validator's checks that need another resource (S05, S06, P03), when that resource is among the project's
/// definitions: a session job's deploymentName must name a FlinkDeployment that is a session cluster (no job), and a
/// snapshot's jobReference must name a FlinkDeployment or FlinkSessionJob. A target defined elsewhere cannot be
/// checked, so a name found nowhere is reported only when the project defines Flink resources of that kind at all.
/// </summary>
internal static class FlinkTargetRule
{
    public static void Check(IReadOnlyList<ResourceContext> resources)
    {
        var deployments = resources.Where(r => r.Kind == "FlinkDeployment" && r.IsFlinkOperator).ToList();
        var sessionJobs = resources.Where(r => r.Kind == "FlinkSessionJob" && r.IsFlinkOperator).ToList();
        foreach (var job in sessionJobs)
        {
            if (Doc.At(job.Spec, "deploymentName") is not { } node || Doc.Text(node) is not { } name)
            {
                continue;
            }

            var target = deployments.FirstOrDefault(d => Doc.Text(d.Metadata?["name"]) == name && SameNamespace(d, job));
            if (target is not null && target.Spec?["job"] is not null)
            {
                job.Report(RuleCatalog.FlinkTarget, node, $"session job target '{name}' is an application cluster (it has a job); the operator only submits session jobs to session clusters");
            }
        }

        foreach (var snapshot in resources.Where(r => r.Kind == "FlinkStateSnapshot" && r.IsFlinkOperator))
        {
            var reference = Doc.Map(snapshot.Spec, "jobReference");
            if (reference?["name"] is not { } node || Doc.Text(node) is not { } name)
            {
                continue;
            }

            var kind = Doc.Text(reference["kind"]) ?? "FlinkDeployment";
            var candidates = kind == "FlinkSessionJob" ? sessionJobs : deployments;
            if (candidates.Count > 0 && !candidates.Any(c => Doc.Text(c.Metadata?["name"]) == name && SameNamespace(c, snapshot)))
            {
                snapshot.Report(RuleCatalog.FlinkTarget, node, $"snapshot target {kind} '{name}' is not among the project's {kind}s ({string.Join(", ", candidates.Select(c => Doc.Text(c.Metadata?["name"])))}); the operator reports it not found");
            }
        }
    }

    private static bool SameNamespace(ResourceContext a, ResourceContext b) => a.Namespace is null || b.Namespace is null || a.Namespace == b.Namespace;
}

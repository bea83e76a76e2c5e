using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Rules.References;

namespace KubeDsl.Rules.Flink;

/// <summary>
/// The validator's checks that need another resource, over the project's definitions and the inventory's
/// resources (DefaultValidator.validateSessionJobWithCluster and validateStateSnapshot, release 1.15.0):
/// <list type="bullet">
/// <item>a session job's cluster that is found: it must be a session cluster (no job, KD3019, S05), and the job's
/// state directories and autoscaler options are judged on the operator's defaults, the cluster's configuration and
/// the job's own, merged (S07, S08);</item>
/// <item>a session job's cluster or a snapshot's job that is found nowhere, nor declared as managed elsewhere
/// ([assembly: ExternalFlinkDeployment], [assembly: ExternalFlinkSessionJob]): KD3030, a warning, since another
/// repository may well define it (docs/managed-elsewhere.md).</item>
/// </list>
/// </summary>
internal static class FlinkTargetRule
{
    public static void Check(IReadOnlyList<ResourceContext> resources, IReadOnlyList<Declared> external)
    {
        var deployments = resources.Where(r => r.Kind == "FlinkDeployment" && r.IsFlinkOperator).ToList();
        var sessionJobs = resources.Where(r => r.Kind == "FlinkSessionJob" && r.IsFlinkOperator).ToList();
        foreach (var job in sessionJobs)
        {
            if (Doc.At(job.Spec, "deploymentName") is not { } node || Doc.Text(node) is not { } name)
            {
                continue;
            }

            var target = deployments.FirstOrDefault(d => Doc.Text(d.Metadata?["name"]) == name && SameNamespace(d.Namespace, job.Namespace));
            if (target is null && FlinkSessionJobRule.Name.IsMatch(name))
            {
                Missing(job, node, ReferencedKind.FlinkDeployment, name, "session job '" + Doc.Text(job.Metadata?["name"]) + "'", external);
            }
            else if (target is null)
            {
                // KD3010 reports the name.
            }
            else if (target.Spec?["job"] is not null)
            {
                job.Report(RuleCatalog.FlinkTarget, node, $"session job target '{name}' is an application cluster (it has a job); the operator only submits session jobs to session clusters");
            }
            else if (job.Spec?["job"] is DocMapping jobSpec)
            {
                var conf = FlinkConfiguration.OfSessionJob(job.Spec, target.Spec, job.Settings.FlinkOperatorDefaults);
                FlinkDeploymentRule.StateDirectories(job, jobSpec, conf);
                FlinkDeploymentRule.SavepointSettings(job, job.Spec!, conf);
                FlinkAutoscalerRule.Judge(job, job.Spec!, conf);
            }
        }

        foreach (var snapshot in resources.Where(r => r.Kind == "FlinkStateSnapshot" && r.IsFlinkOperator))
        {
            var reference = Doc.Map(snapshot.Spec, "jobReference");
            if (reference?["name"] is not { } node || Doc.Text(node) is not { } name)
            {
                continue;
            }

            var sessionJob = Doc.Text(reference["kind"]) == "FlinkSessionJob";
            var candidates = sessionJob ? sessionJobs : deployments;
            if (!candidates.Any(c => Doc.Text(c.Metadata?["name"]) == name && SameNamespace(c.Namespace, snapshot.Namespace)))
            {
                var kind = sessionJob ? ReferencedKind.FlinkSessionJob : ReferencedKind.FlinkDeployment;
                Missing(snapshot, node, kind, name, "snapshot '" + Doc.Text(snapshot.Metadata?["name"]) + "'", external);
            }
        }
    }

    private static void Missing(ResourceContext resource, DocNode node, ReferencedKind kind, string name, string user, IReadOnlyList<Declared> external)
    {
        if (external.Any(d => d.Kind == kind && d.Name == name && SameNamespace(d.Namespace, resource.Namespace)))
        {
            return;
        }

        var attribute = ReferenceRule.AttributeFor(kind);
        resource.ReportMissing(RuleCatalog.FlinkTargetDeclaredNowhere, node, attribute, name, ReferenceRule.KindName(kind), name, user, attribute);
    }

    private static bool SameNamespace(string? a, string? b) => a is null || b is null || a == b;
}

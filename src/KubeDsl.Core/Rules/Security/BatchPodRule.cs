using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;
using KubeDsl.Rules.References;

namespace KubeDsl.Rules.Security;

/// <summary>
/// The rows of the linters' checks that matter for batch pods and that one resource decides (KD62xx): image
/// digests when the project asks for them, sidecars and init containers without requests, the default namespace,
/// finished Spark applications kept forever, a schedule without a concurrency policy, secrets in environment
/// variables, writable root filesystems and missing priority classes. Several are advice a project turns on.
/// </summary>
internal sealed class BatchPodRule : ResourceRule
{
    private static readonly string[] Policies = ["Allow", "Forbid", "Replace"];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
    [
        RuleCatalog.ImageWithoutDigest, RuleCatalog.SidecarWithoutResources, RuleCatalog.DefaultNamespace, RuleCatalog.FinishedRunsKept,
        RuleCatalog.ScheduleConcurrencyUnset, RuleCatalog.SecretInEnvironment, RuleCatalog.WritableRootFilesystem, RuleCatalog.NoPriorityClass,
    ];

    public override void Check(ResourceContext context)
    {
        if (context.Settings.RequireImageDigests)
        {
            foreach (var holder in Kubernetes.ImageRule.Holders(context))
            {
                if (holder["image"] is { } node && Doc.Text(node) is { Length: > 0 } image && image.IndexOf('@') < 0)
                {
                    context.Report(RuleCatalog.ImageWithoutDigest, node, image);
                }
            }
        }

        if (Doc.At(context.Metadata, "namespace") is { } ns && Doc.Text(ns) == "default")
        {
            context.Report(RuleCatalog.DefaultNamespace, ns, context.Kind + " '" + (Doc.Text(context.Metadata?["name"]) ?? "(unnamed)") + "'");
        }

        Schedules(context);
        var pods = PodViews.In(context);
        var batch = context.Kind is "SparkApplication" or "ScheduledSparkApplication" or "FlinkDeployment" or "Job" or "CronJob" or "Pod" or SparkSpecs.SubmitKind;
        if (!batch || pods.Count == 0)
        {
            return;
        }

        // A container of Flink's base template belongs to both pods; it is reported once.
        var seen = new HashSet<(DocNode, string)>();
        foreach (var pod in pods)
        {
            Sidecars(context, pod, seen);
            foreach (var container in pod.Containers)
            {
                if (container.Setting("readOnlyRootFilesystem")?.Text != "true" && seen.Add((container.Anchor, container.Description)))
                {
                    context.Report(RuleCatalog.WritableRootFilesystem, container.Anchor, Capitalized(container.Description));
                }
            }

            Priority(context, pod);
        }

        foreach (var reference in ReferenceFinder.References(context))
        {
            if (reference.Kind == ReferencedKind.Secret && reference.Role.Contains("'s env", StringComparison.Ordinal))
            {
                context.Report(RuleCatalog.SecretInEnvironment, reference.At, reference.Name, reference.Role);
            }
        }
    }

    private static void Schedules(ResourceContext context)
    {
        var name = Doc.Text(context.Metadata?["name"]) ?? "(unnamed)";
        if (context.Kind == "SparkApplication" && context.IsSparkOperator && context.Spec is { } spec && spec["timeToLiveSeconds"] is null)
        {
            context.Report(RuleCatalog.FinishedRunsKept, spec, name);
        }

        if (context.Kind == "ScheduledSparkApplication" && context.IsSparkOperator && context.Spec is { } scheduled)
        {
            // Both history limits at 0 delete every finished run, so the next one starts once the last has finished.
            if (Doc.Text(scheduled["successfulRunHistoryLimit"]) == "0" && Doc.Text(scheduled["failedRunHistoryLimit"]) == "0")
            {
                return;
            }

            var policy = scheduled["concurrencyPolicy"];
            if (Doc.Text(policy) is not { } text)
            {
                context.Report(new RuleFinding(RuleCatalog.ScheduleConcurrencyUnset, scheduled, [name, "sets no concurrencyPolicy"]) { SetMember = ("ConcurrencyPolicy", "ConcurrencyPolicy.Forbid") });
            }
            else if (Array.IndexOf(Policies, text) < 0)
            {
                context.Report(new RuleFinding(RuleCatalog.ScheduleConcurrencyUnset, policy!, [name, "has concurrencyPolicy '" + text + "', which is none of them"]) { SetMember = (string.Empty, "ConcurrencyPolicy.Forbid") });
            }
        }
    }

    // The containers that join the operator's main container: Spark's sidecars, init containers and other template
    // containers, Flink's template containers other than flink-main-container. Plain pods are the user's own.
    private static void Sidecars(ResourceContext context, PodView pod, HashSet<(DocNode, string)> seen)
    {
        if (!context.IsSparkOperator && !context.IsFlinkOperator && context.Kind != SparkSpecs.SubmitKind)
        {
            return;
        }

        foreach (var container in pod.Containers)
        {
            if (container.Description.StartsWith("the ", StringComparison.Ordinal) || container.Description.StartsWith("container '" + PodViews.FlinkMainContainer + "'", StringComparison.Ordinal)
                || container.Definitions.Count == 0 || container.Definitions[0].Path.Contains(".ephemeralContainers[", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var resource in new[] { "cpu", "memory" })
            {
                if (Layers.Find(container.Definitions, "resources", "requests", resource) is null && Layers.Find(container.Definitions, "resources", "limits", resource) is null
                    && seen.Add((container.Anchor, resource)))
                {
                    context.Report(RuleCatalog.SidecarWithoutResources, container.Anchor, Capitalized(container.Description), resource, resource);
                }
            }
        }
    }

    private static void Priority(ResourceContext context, PodView pod)
    {
        if (pod.Spec("priorityClassName") is not null
            || (SparkSpecs.Application(context) is { } spark && Doc.Text(Doc.At(spark, "batchSchedulerOptions", "priorityClassName")) is not null))
        {
            return;
        }

        var where = context.IsSparkOperator ? "driver and executor take priorityClassName, Volcano's pod group batchSchedulerOptions.priorityClassName"
            : context.IsFlinkOperator ? "in spec.podTemplate.spec"
            : "spec.priorityClassName of the pod";
        context.Report(RuleCatalog.NoPriorityClass, pod.Anchor, Capitalized(pod.Description), where);
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}

using System;
using System.Collections.Generic;
using System.Linq;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Airflow;

/// <summary>
/// A pod task's settings that fail when Airflow builds the task or when the pod is created: an
/// <c>on_finish_action</c> the provider's <c>OnFinishAction</c> enum does not have (ValueError in the operator's
/// constructor), a <c>Secret</c> without the variable name or mount path its pod needs (a container env entry
/// needs a name, a volume mount a path: the Pod schema), and a volume mount naming no volume of the pod. The
/// label keys and values of a task are judged by KD1005 like any labels.
/// </summary>
internal sealed class AirflowTaskRule : ResourceRule
{
    // The provider's OnFinishAction values (operators/pod.py; delete_active_pod since provider 10.12.0).
    private static readonly string[] FinishActions = ["delete_pod", "delete_succeeded_pod", "keep_pod", "delete_active_pod"];

    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.AirflowUnknownFinishAction, RuleCatalog.AirflowSecretTarget, RuleCatalog.AirflowUnknownVolume, RuleCatalog.AirflowDuplicateMount];

    public override void Check(ResourceContext context)
    {
        if (context.Kind != AirflowDagFiles.Kind)
        {
            return;
        }

        foreach (var task in Doc.Items(context.Resource, "tasks").OfType<DocMapping>())
        {
            if (task["application"] is not null)
            {
                continue;
            }

            var taskId = Doc.Text(task["taskId"]) ?? string.Empty;
            if (task["onFinishAction"] is DocScalar { Kind: not ScalarKind.Null } action && Array.IndexOf(FinishActions, action.Text) < 0)
            {
                context.Report(RuleCatalog.AirflowUnknownFinishAction, action, action.Text, taskId);
            }

            foreach (var secret in Doc.Mappings(task, "secrets"))
            {
                CheckSecret(context, secret, taskId);
            }

            CheckDuplicates(context, task, taskId);
            var volumes = Doc.Mappings(task, "volumes").Concat(Doc.Mappings(Doc.At(task, "podTemplate", "spec") as DocMapping, "volumes"))
                .Select(v => Doc.Text(v["name"])).OfType<string>().Distinct().ToList();
            foreach (var mount in Doc.Mappings(task, "volumeMounts"))
            {
                if (mount["name"] is { } name && Doc.Text(name) is { } volume && !volumes.Contains(volume))
                {
                    context.Report(RuleCatalog.AirflowUnknownVolume, name, volume, taskId, volumes.Count == 0 ? "none" : string.Join(", ", volumes));
                }
            }
        }
    }

    // The task's volumes beside the template's, and the task's mounts beside the template's base container's and
    // each volume secret's mount (research on Airflow pipelines, 3.2 item 14: secret volumes mounted twice).
    private static void CheckDuplicates(ResourceContext context, DocMapping task, string taskId)
    {
        var template = Doc.At(task, "podTemplate") as DocMapping;
        var names = new HashSet<string>(Doc.Mappings(Doc.Map(template, "spec"), "volumes").Select(v => Doc.Text(v["name"])).OfType<string>(), StringComparer.Ordinal);
        foreach (var volume in Doc.Mappings(task, "volumes"))
        {
            if (volume["name"] is { } node && Doc.Text(node) is { } name && !names.Add(name))
            {
                context.Report(RuleCatalog.AirflowDuplicateMount, node, "declares volume '" + name + "' twice (in Volumes and its pod template, or twice in Volumes)", taskId);
            }
        }

        var paths = new HashSet<string>(Doc.Mappings(Doc.Map(template, "base"), "volumeMounts").Select(m => Doc.Text(m["mountPath"])).OfType<string>(), StringComparer.Ordinal);
        var mounts = Doc.Mappings(task, "volumeMounts").Select(m => m["mountPath"])
            .Concat(Doc.Mappings(task, "secrets").Where(s => Doc.Text(s["deployType"]) == "volume").Select(s => s["deployTarget"]));
        foreach (var node in mounts)
        {
            if (Doc.Text(node) is { Length: > 0 } path && !paths.Add(path))
            {
                context.Report(RuleCatalog.AirflowDuplicateMount, node!, "mounts two volumes at '" + path + "' (its VolumeMounts, its volume secrets and its pod template's base container)", taskId);
            }
        }
    }

    private static void CheckSecret(ResourceContext context, DocMapping secret, string taskId)
    {
        var hasTarget = Doc.Text(secret["deployTarget"]) is { Length: > 0 };
        var problem = Doc.Text(secret["deployType"]) switch
        {
            "volume" when !hasTarget => "is a volume secret without a mount path",
            "env" when !hasTarget && secret["key"] is DocScalar { Kind: not ScalarKind.Null } => "gives one key as an environment variable without the variable's name",
            _ => null,
        };
        if (problem is not null)
        {
            context.Report(RuleCatalog.AirflowSecretTarget, secret["secret"] ?? secret, Doc.Text(secret["secret"]) ?? string.Empty, taskId, problem);
        }
    }
}

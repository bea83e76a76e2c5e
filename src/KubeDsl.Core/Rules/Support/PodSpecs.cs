using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules;

/// <summary>A pod spec found in a resource, with the volumes its containers may also mount from elsewhere.</summary>
/// <param name="Spec">The pod spec mapping (containers, volumes, ...).</param>
/// <param name="InheritedVolumes">Volume names the pod gets without listing them here: a Flink template merged over
/// the deployment's base template, a Spark operator template that also gets <c>spec.volumes</c>.</param>
internal sealed record PodSpecSite(DocMapping Spec, IReadOnlyCollection<string> InheritedVolumes)
{
    /// <summary>Containers and init containers.</summary>
    public IEnumerable<DocMapping> AllContainers
    {
        get
        {
            foreach (var container in Doc.Mappings(Spec, "containers"))
            {
                yield return container;
            }

            foreach (var container in Doc.Mappings(Spec, "initContainers"))
            {
                yield return container;
            }
        }
    }
}

/// <summary>Finds the pod specs in any resource: Pods, workload templates, and the operators' pod templates.</summary>
internal static class PodSpecs
{
    public static List<PodSpecSite> In(ResourceContext context)
    {
        var sites = new List<PodSpecSite>();
        var none = new HashSet<string>();
        switch (context.Kind)
        {
            case "FlinkDeployment" when context.IsFlinkOperator:
                var baseTemplate = Doc.Map(context.Spec, "podTemplate", "spec");
                var baseVolumes = VolumeNames(baseTemplate);
                Add(sites, baseTemplate, none);
                Add(sites, Doc.Map(context.Spec, "jobManager", "podTemplate", "spec"), baseVolumes);
                Add(sites, Doc.Map(context.Spec, "taskManager", "podTemplate", "spec"), baseVolumes);
                break;
            case "SparkApplication" when context.IsSparkOperator:
                AddSpark(sites, context.Spec);
                break;
            case "ScheduledSparkApplication" when context.IsSparkOperator:
                AddSpark(sites, Doc.Map(context.Spec, "template"));
                break;
            case "Pod":
                Add(sites, context.Spec, none);
                break;
            case SparkSpecs.SubmitKind when context.ApiVersion is null:
                // The driver and executor templates of a SparkSubmit are Pods.
                AddSpark(sites, context.Resource);
                break;
            default:
                // Deployments, Jobs, StatefulSets, DaemonSets, ReplicaSets and PodTemplates: spec.template.spec;
                // CronJobs: spec.jobTemplate.spec.template.spec.
                Add(sites, Doc.Map(context.Spec, "template", "spec"), none);
                Add(sites, Doc.Map(context.Spec, "jobTemplate", "spec", "template", "spec"), none);
                Add(sites, Doc.Map(context.Resource, "template", "spec"), none);
                break;
        }

        return sites;
    }

    /// <summary>The names of the volumes of a pod spec.</summary>
    public static HashSet<string> VolumeNames(DocMapping? podSpec)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var volume in Doc.Mappings(podSpec, "volumes"))
        {
            if (Doc.Text(volume["name"]) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static void AddSpark(List<PodSpecSite> sites, DocMapping? spec)
    {
        var applicationVolumes = VolumeNames(spec);
        Add(sites, Doc.Map(spec, "driver", "template", "spec"), applicationVolumes);
        Add(sites, Doc.Map(spec, "executor", "template", "spec"), applicationVolumes);
    }

    private static void Add(List<PodSpecSite> sites, DocMapping? spec, IReadOnlyCollection<string> inherited)
    {
        if (spec is not null)
        {
            sites.Add(new PodSpecSite(spec, inherited));
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Security;

/// <summary>
/// Finds the pods a resource makes and assembles each as admission will see it (<see cref="PodView"/>), so each
/// Pod Security check is written once for every kind:
/// <list type="bullet">
/// <item>Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs and PodTemplates: their pod template;
/// an Airflow pod template arrives here as the Pod it is.</item>
/// <item>SparkApplication and ScheduledSparkApplication: the driver and executor pods. The operator's typed fields
/// replace the template's values: <c>podSecurityContext</c> replaces the pod's security context and
/// <c>securityContext</c> that of the Spark container (the template's first container, or one Spark creates),
/// <c>hostNetwork</c> the pod's; <c>sidecars</c> and <c>initContainers</c> join the pod, and of
/// <c>spec.volumes</c> the pod gets those its <c>volumeMounts</c> name.</item>
/// <item>SparkSubmit: the driver and executor templates; Spark runs in the container that
/// <c>spark.kubernetes.&lt;role&gt;.podTemplateContainerName</c> names, else the first, else one it creates.</item>
/// <item>FlinkDeployment: the JobManager and TaskManager pods, each the role's <c>podTemplate</c> merged over
/// <c>spec.podTemplate</c> (fields of the role win, containers merge by name), with <c>flink-main-container</c>
/// created by Flink when no template has it.</item>
/// </list>
/// </summary>
internal static class PodViews
{
    private static readonly HashSet<string> WorkloadKinds = new(System.StringComparer.Ordinal)
    {
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
    };

    /// <summary>The Flink container that runs the JobManager or TaskManager process.</summary>
    public const string FlinkMainContainer = "flink-main-container";

    public static List<PodView> In(ResourceContext context)
    {
        var pods = new List<PodView>();
        switch (context.Kind)
        {
            case "Pod" when context.Spec is { } spec:
                pods.Add(Plain("the pod", spec, "spec", context.Metadata, "metadata"));
                break;
            case "PodTemplate" when Doc.Map(context.Resource, "template", "spec") is { } spec:
                pods.Add(Plain("the pod", spec, "template.spec", Doc.Map(context.Resource, "template", "metadata"), "template.metadata"));
                break;
            case "CronJob" when Doc.Map(context.Spec, "jobTemplate", "spec", "template") is { } template && Doc.Map(template, "spec") is { } spec:
                pods.Add(Plain("the pod", spec, "spec.jobTemplate.spec.template.spec", Doc.Map(template, "metadata"), "spec.jobTemplate.spec.template.metadata"));
                break;
            case { } kind when WorkloadKinds.Contains(kind) && Doc.Map(context.Spec, "template", "spec") is { } spec:
                pods.Add(Plain("the pod", spec, "spec.template.spec", Doc.Map(context.Spec, "template", "metadata"), "spec.template.metadata"));
                break;
            case "SparkApplication" when context.IsSparkOperator && context.Spec is { } spec:
                SparkOperator(pods, spec, "spec");
                break;
            case "ScheduledSparkApplication" when context.IsSparkOperator && Doc.Map(context.Spec, "template") is { } spec:
                SparkOperator(pods, spec, "spec.template");
                break;
            case SparkSpecs.SubmitKind when context.ApiVersion is null:
                SparkSubmit(pods, context.Resource);
                break;
            case "FlinkDeployment" when context.IsFlinkOperator && context.Spec is { } spec:
                Flink(pods, spec);
                break;
        }

        return pods;
    }

    /// <summary>The namespace the pods run in: the resource's, or for a SparkSubmit the one it submits to.</summary>
    public static string? Namespace(ResourceContext context) =>
        context.Kind == SparkSpecs.SubmitKind && context.ApiVersion is null
            ? Doc.Text(context.Resource["namespace"]) ?? Doc.Text(Doc.At(context.Resource, "sparkConf", "spark.kubernetes.namespace"))
            : context.Namespace;

    private static PodView Plain(string description, DocMapping spec, string path, DocMapping? metadata, string metadataPath)
    {
        var containers = new List<ContainerView>();
        foreach (var (container, containerPath) in Containers(spec, path))
        {
            containers.Add(Own("container '" + Name(container) + "' of " + description, container, containerPath));
        }

        return new PodView(description, spec, path, [new Layer(spec, path)], Optional(Doc.Map(spec, "securityContext"), path + ".securityContext"),
            Volumes(spec, path), Optional(metadata, metadataPath), containers);
    }

    private static void SparkOperator(List<PodView> pods, DocMapping application, string prefix)
    {
        foreach (var (role, description) in new[] { ("driver", "the driver pod"), ("executor", "the executor pod") })
        {
            if (Doc.Map(application, role) is not { } typed)
            {
                continue;
            }

            var rolePath = prefix + "." + role;
            var template = Doc.Map(typed, "template");
            var templateSpec = Doc.Map(template, "spec");
            var templatePath = rolePath + ".template.spec";
            var specs = new List<Layer> { new(typed, rolePath) };
            Layers.Add(specs, templateSpec, templatePath);

            // The operator sets the pod's security context to podSecurityContext as a whole when it is set.
            var podContext = Doc.Map(typed, "podSecurityContext") is { } typedContext
                ? [new Layer(typedContext, rolePath + ".podSecurityContext")]
                : Optional(Doc.Map(templateSpec, "securityContext"), templatePath + ".securityContext");

            var mounted = new HashSet<string>(Doc.Mappings(typed, "volumeMounts").Select(m => Doc.Text(m["name"])).OfType<string>(), System.StringComparer.Ordinal);
            var volumes = new List<Layer>();
            var index = 0;
            foreach (var volume in Doc.Mappings(application, "volumes"))
            {
                if (Doc.Text(volume["name"]) is { } name && mounted.Contains(name))
                {
                    volumes.Add(new Layer(volume, prefix + ".volumes[" + index.ToString(CultureInfo.InvariantCulture) + "]"));
                }

                index++;
            }

            volumes.AddRange(Volumes(templateSpec, templatePath));
            var metadata = new List<Layer> { new(typed, rolePath) };
            Layers.Add(metadata, Doc.Map(template, "metadata"), rolePath + ".template.metadata");

            var containers = new List<ContainerView>();
            var templateContainers = Containers(templateSpec, templatePath).ToList();
            var main = templateContainers.Count > 0 && templateContainers[0].Path.Contains(".containers[") ? templateContainers[0] : default;
            var mainDefinitions = main.Container is null ? [] : new List<Layer> { new(main.Container, main.Path) };
            var mainContext = Doc.Map(typed, "securityContext") is { } typedContainerContext
                ? [new Layer(typedContainerContext, rolePath + ".securityContext")]
                : Optional(Doc.Map(main.Container, "securityContext"), main.Path + ".securityContext");
            containers.Add(new ContainerView("the Spark container of " + description, typed, rolePath, true, mainDefinitions, mainContext));
            foreach (var (container, path) in templateContainers.Where(c => !ReferenceEquals(c.Container, main.Container)))
            {
                containers.Add(Own("container '" + Name(container) + "' of " + description, container, path));
            }

            foreach (var list in new[] { "sidecars", "initContainers" })
            {
                var i = 0;
                foreach (var container in Doc.Mappings(typed, list))
                {
                    containers.Add(Own("container '" + Name(container) + "' of " + description, container, rolePath + "." + list + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                    i++;
                }
            }

            pods.Add(new PodView(description, typed, rolePath, specs, podContext, volumes, metadata, containers));
        }
    }

    private static void SparkSubmit(List<PodView> pods, DocMapping submit)
    {
        foreach (var (role, description) in new[] { ("driver", "the driver pod"), ("executor", "the executor pod") })
        {
            var typed = Doc.Map(submit, role);
            var template = Doc.Map(typed, "template");
            var spec = Doc.Map(template, "spec");
            var rolePath = role + ".template";
            var anchor = (DocNode?)spec ?? (DocNode?)typed ?? submit;
            var anchorPath = spec is not null ? rolePath + ".spec" : typed is not null ? role : "the SparkSubmit";
            var containers = new List<ContainerView>();
            var all = Containers(spec, rolePath + ".spec").ToList();
            var wanted = Doc.Text(Doc.At(submit, "sparkConf", "spark.kubernetes." + role + ".podTemplateContainerName"));
            var main = all.FirstOrDefault(c => c.Path.Contains(".containers[") && (wanted is null || Doc.Text(c.Container["name"]) == wanted));
            if (main.Container is null)
            {
                containers.Add(new ContainerView("the Spark container of " + description + " (Spark creates it)", anchor, anchorPath, false, [], [])
                {
                    Hint = spec is null ? "give the " + role + " a pod template whose first container sets it" : "set it in a first container of " + anchorPath + ", which Spark then runs in",
                });
            }

            foreach (var (container, path) in all)
            {
                var name = ReferenceEquals(container, main.Container) ? "the Spark container '" + Name(container) + "'" : "container '" + Name(container) + "'";
                containers.Add(Own(name + " of " + description, container, path));
            }

            var specs = Optional(spec, rolePath + ".spec");
            pods.Add(new PodView(description, anchor, anchorPath, specs, Optional(Doc.Map(spec, "securityContext"), rolePath + ".spec.securityContext"),
                Volumes(spec, rolePath + ".spec"), Optional(Doc.Map(template, "metadata"), rolePath + ".metadata"), containers));
        }
    }

    private static void Flink(List<PodView> pods, DocMapping spec)
    {
        var baseTemplate = Doc.Map(spec, "podTemplate");
        var baseSpec = Doc.Map(baseTemplate, "spec");
        const string basePath = "spec.podTemplate.spec";
        foreach (var (role, description) in new[] { ("jobManager", "the JobManager pod"), ("taskManager", "the TaskManager pod") })
        {
            var typed = Doc.Map(spec, role);
            var template = Doc.Map(typed, "podTemplate");
            var roleSpec = Doc.Map(template, "spec");
            var rolePath = "spec." + role + ".podTemplate.spec";
            var specs = new List<Layer>();
            Layers.Add(specs, roleSpec, rolePath);
            Layers.Add(specs, baseSpec, basePath);
            var podContext = new List<Layer>();
            Layers.Add(podContext, Doc.Map(roleSpec, "securityContext"), rolePath + ".securityContext");
            Layers.Add(podContext, Doc.Map(baseSpec, "securityContext"), basePath + ".securityContext");
            var metadata = new List<Layer>();
            Layers.Add(metadata, Doc.Map(template, "metadata"), "spec." + role + ".podTemplate.metadata");
            Layers.Add(metadata, Doc.Map(baseTemplate, "metadata"), "spec.podTemplate.metadata");
            var volumes = Volumes(roleSpec, rolePath);
            volumes.AddRange(Volumes(baseSpec, basePath));

            var containers = new List<ContainerView>();
            var fromBase = Containers(baseSpec, basePath).ToList();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var (container, path) in Containers(roleSpec, rolePath))
            {
                var name = Name(container);
                seen.Add(name);
                var under = fromBase.FirstOrDefault(b => Name(b.Container) == name && SameList(b.Path, path));
                var definitions = new List<Layer> { new(container, path) };
                var contexts = Optional(Doc.Map(container, "securityContext"), path + ".securityContext");
                if (under.Container is not null)
                {
                    definitions.Add(new Layer(under.Container, under.Path));
                    Layers.Add(contexts, Doc.Map(under.Container, "securityContext"), under.Path + ".securityContext");
                }

                containers.Add(new ContainerView("container '" + name + "' of " + description, container, path, true, definitions, contexts));
            }

            foreach (var (container, path) in fromBase.Where(b => !seen.Contains(Name(b.Container))))
            {
                seen.Add(Name(container));
                containers.Add(Own("container '" + Name(container) + "' of spec.podTemplate", container, path));
            }

            if (!seen.Contains(FlinkMainContainer))
            {
                var anchor = (DocNode?)typed ?? spec;
                containers.Add(new ContainerView("the " + FlinkMainContainer + " of " + description + " (Flink creates it)", anchor, typed is null ? "spec" : "spec." + role, false, [], [])
                {
                    Hint = "set it in a container named " + FlinkMainContainer + " of spec.podTemplate or spec." + role + ".podTemplate",
                });
            }

            pods.Add(new PodView(description, (DocNode?)template ?? (DocNode?)typed ?? spec, typed is null ? "spec" : "spec." + role, specs, podContext, volumes, metadata, containers));
        }
    }

    private static bool SameList(string a, string b) => a.Contains(".initContainers[") == b.Contains(".initContainers[");

    private static ContainerView Own(string description, DocMapping container, string path) =>
        new(description, container, path, true, [new Layer(container, path)], Optional(Doc.Map(container, "securityContext"), path + ".securityContext"));

    private static IEnumerable<(DocMapping Container, string Path)> Containers(DocMapping? spec, string path)
    {
        foreach (var list in new[] { "containers", "initContainers", "ephemeralContainers" })
        {
            var i = 0;
            foreach (var container in Doc.Mappings(spec, list))
            {
                yield return (container, path + "." + list + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                i++;
            }
        }
    }

    private static List<Layer> Volumes(DocMapping? spec, string path)
    {
        var volumes = new List<Layer>();
        var i = 0;
        foreach (var volume in Doc.Mappings(spec, "volumes"))
        {
            volumes.Add(new Layer(volume, path + ".volumes[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            i++;
        }

        return volumes;
    }

    private static List<Layer> Optional(DocMapping? map, string path)
    {
        var layers = new List<Layer>();
        Layers.Add(layers, map, path);
        return layers;
    }

    private static string Name(DocMapping container) => Doc.Text(container["name"]) ?? "(unnamed)";
}

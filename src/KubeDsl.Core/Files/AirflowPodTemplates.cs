using System.Collections.Generic;

namespace KubeDsl.Documents;

/// <summary>
/// Turns a <c>KubeDsl.Airflow.AirflowPodTemplate</c> document into the Pod Airflow reads: the base container
/// first and named <c>base</c>, then the sidecars, then the pod settings. Airflow merges its task container into
/// the template's first container and looks containers up by that name (the cncf.kubernetes provider's
/// PodGenerator and KubernetesPodOperator.base_container_name), so any other layout silently runs the task in
/// the wrong container.
/// </summary>
internal static class AirflowPodTemplates
{
    public const string BaseContainerName = "base";

    public static DocMapping ToPod(DocMapping template)
    {
        var executor = template["consumer"] is DocScalar { Text: "KubernetesExecutor" };
        var metadata = template["metadata"] as DocMapping;
        // Base is required, but code the compiler rejects (half typed in the IDE) can still leave it out.
        var baseContainer = template["base"] as DocMapping
            ?? throw new ManifestShapeException("An Airflow pod template needs its base container; set Base.", template.Origin);
        var spec = template["spec"] as DocMapping;

        if (baseContainer["name"] is DocScalar name && name.Text != BaseContainerName)
        {
            throw new ManifestShapeException(
                $"Airflow runs the task in the container named '{BaseContainerName}', but the base container is named '{name.Text}'; leave Base.Name unset or set it to \"{BaseContainerName}\".",
                name.Origin ?? baseContainer.Origin);
        }

        if (executor && metadata?["name"] is null)
        {
            throw new ManifestShapeException(
                "The KubernetesExecutor requires metadata.name in its pod template (it replaces the value with a unique name per task); set Metadata.Name.",
                metadata?.Origin ?? template.Origin);
        }

        if (executor && baseContainer["image"] is null)
        {
            throw new ManifestShapeException(
                "The KubernetesExecutor requires an image on the base container of its pod template; set Base.Image.",
                baseContainer.Origin);
        }

        if (spec?["containers"] is DocSequence { Items.Count: > 0 } containers)
        {
            throw new ManifestShapeException(
                "Put the task's container in Base and the others in Sidecars, not in Spec.Containers: Airflow depends on the base container coming first.",
                containers.Origin ?? spec.Origin);
        }

        var named = new List<DocEntry> { new("name", DocScalar.String(BaseContainerName)) };
        foreach (var entry in baseContainer.Entries)
        {
            if (entry.Key != "name")
            {
                named.Add(entry);
            }
        }

        var allContainers = new List<DocNode> { baseContainer with { Entries = new EquatableArray<DocEntry>(named) } };
        if (template["sidecars"] is DocSequence sidecars)
        {
            allContainers.AddRange(sidecars.Items);
        }

        var specEntries = new List<DocEntry> { new("containers", new DocSequence(new EquatableArray<DocNode>(allContainers))) };
        if (spec is not null)
        {
            foreach (var entry in spec.Entries)
            {
                if (entry.Key != "containers")
                {
                    specEntries.Add(entry);
                }
            }
        }

        var pod = new List<DocEntry>
        {
            new("apiVersion", DocScalar.String("v1")),
            new("kind", DocScalar.String("Pod")),
        };
        if (metadata is not null)
        {
            pod.Add(new DocEntry("metadata", metadata));
        }

        pod.Add(new DocEntry("spec", new DocMapping(new EquatableArray<DocEntry>(specEntries))));
        return new DocMapping(new EquatableArray<DocEntry>(pod)) { Origin = template.Origin };
    }
}

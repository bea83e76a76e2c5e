using System.Collections.Generic;

namespace KubeDsl.Documents;

/// <summary>
/// Names the main container of a FlinkDeployment's pod templates. Flink applies its image, resources and
/// settings to the container named <c>flink-main-container</c> (the operator's pod template docs) and treats any
/// other as a sidecar; so in <c>spec.podTemplate</c>, <c>spec.jobManager.podTemplate</c> and
/// <c>spec.taskManager.podTemplate</c> a container left without a name is the main container and gets that name.
/// </summary>
internal static class FlinkPodTemplates
{
    public const string MainContainerName = "flink-main-container";

    public static DocMapping NameMainContainers(DocMapping deployment)
    {
        if (deployment["spec"] is not DocMapping spec)
        {
            return deployment;
        }

        spec = Replace<DocMapping>(spec, "podTemplate", NameIn);
        spec = Replace<DocMapping>(spec, "jobManager", jobManager => Replace<DocMapping>(jobManager, "podTemplate", NameIn));
        spec = Replace<DocMapping>(spec, "taskManager", taskManager => Replace<DocMapping>(taskManager, "podTemplate", NameIn));
        return Replace<DocMapping>(deployment, "spec", _ => spec);
    }

    private static DocMapping NameIn(DocMapping template) =>
        Replace<DocMapping>(template, "spec", podSpec => Replace<DocSequence>(podSpec, "containers", NameContainers));

    private static DocSequence NameContainers(DocSequence containers)
    {
        var hasMain = false;
        foreach (var container in containers.Items)
        {
            hasMain |= container is DocMapping m && m["name"] is DocScalar { Text: MainContainerName };
        }

        var items = new List<DocNode>(containers.Items.Count);
        foreach (var container in containers.Items)
        {
            if (container is DocMapping mapping && mapping["name"] is null)
            {
                if (hasMain)
                {
                    throw new ManifestShapeException(
                        $"A container in a Flink pod template has no name, and '{MainContainerName}' is already taken; name the sidecar.",
                        mapping.Origin);
                }

                hasMain = true;
                var entries = new List<DocEntry> { new("name", DocScalar.String(MainContainerName)) };
                entries.AddRange(mapping.Entries);
                items.Add(mapping with { Entries = new EquatableArray<DocEntry>(entries) });
            }
            else
            {
                items.Add(container);
            }
        }

        return containers with { Items = new EquatableArray<DocNode>(items) };
    }

    private static DocMapping Replace<T>(DocMapping mapping, string key, System.Func<T, T> change)
        where T : DocNode
    {
        var entries = new List<DocEntry>(mapping.Entries.Count);
        var changed = false;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key == key && entry.Value is T value)
            {
                var replaced = change(value);
                changed |= !ReferenceEquals(replaced, value);
                entries.Add(entry with { Value = replaced });
            }
            else
            {
                entries.Add(entry);
            }
        }

        return changed ? mapping with { Entries = new EquatableArray<DocEntry>(entries) } : mapping;
    }
}

using System.Collections.Generic;
using System.Globalization;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Kubernetes;

/// <summary>
/// What the API server checks in a pod spec: unique container, volume, env var and port names, volume mounts that
/// name a volume, requests not above limits, and quantities that parse.
/// </summary>
internal sealed class PodSpecRule : ResourceRule
{
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        [RuleCatalog.RequestAboveLimit, RuleCatalog.MissingVolume, RuleCatalog.DuplicateName, RuleCatalog.InvalidQuantity];

    public override void Check(ResourceContext context)
    {
        foreach (var site in PodSpecs.In(context))
        {
            Duplicates(context, site.AllContainers, "name", "Container", "the pod's containers");
            Duplicates(context, Doc.Mappings(site.Spec, "volumes"), "name", "Volume", "the pod's volumes");
            var volumes = PodSpecs.VolumeNames(site.Spec);
            volumes.UnionWith(site.InheritedVolumes);
            foreach (var container in site.AllContainers)
            {
                var containerName = Doc.Text(container["name"]) ?? "(unnamed)";
                Duplicates(context, Doc.Mappings(container, "env"), "name", "Environment variable", $"container '{containerName}'");
                Duplicates(context, Doc.Mappings(container, "ports"), "name", "Port name", $"container '{containerName}'");
                Mounts(context, container, volumes, string.Empty);
                Resources(context, Doc.Map(container, "resources"), $"container '{containerName}'");
            }
        }

        if (context.IsSparkOperator && SparkSpecs.Application(context) is { } spark)
        {
            // The operator mounts spec.volumes into the driver and executors by these names.
            var volumes = PodSpecs.VolumeNames(spark);
            Duplicates(context, Doc.Mappings(spark, "volumes"), "name", "Volume", "spec.volumes");
            foreach (var role in new[] { "driver", "executor" })
            {
                if (Doc.Map(spark, role) is { } pod)
                {
                    Mounts(context, pod, volumes, " (spec.volumes)");
                    Duplicates(context, Doc.Mappings(pod, "env"), "name", "Environment variable", "the " + role);
                    QuantityText(context, pod["coreRequest"], role + ".coreRequest");
                    QuantityText(context, pod["coreLimit"], role + ".coreLimit");
                }
            }
        }

        if (context.IsFlinkOperator)
        {
            foreach (var role in new[] { "jobManager", "taskManager" })
            {
                Resources(context, Doc.Map(context.Spec, role, "resources"), role);
                QuantityText(context, Doc.At(context.Spec, role, "resource", "ephemeralStorage"), role + ".resource.ephemeralStorage");
            }
        }
    }

    private static void Duplicates(ResourceContext context, IEnumerable<DocMapping> items, string key, string what, string where)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item[key] is { } node && Doc.Text(node) is { } name && !seen.Add(name))
            {
                context.Report(RuleCatalog.DuplicateName, node, what, name, where, what == "Environment variable"
                    ? "Kubernetes keeps only the last value, so the first one looks set but is not"
                    : "Kubernetes rejects duplicates");
            }
        }
    }

    private static void Mounts(ResourceContext context, DocMapping container, HashSet<string> volumes, string where)
    {
        foreach (var mount in Doc.Mappings(container, "volumeMounts"))
        {
            if (mount["name"] is { } node && Doc.Text(node) is { } name && !volumes.Contains(name))
            {
                context.Report(RuleCatalog.MissingVolume, node, name, where);
            }
        }
    }

    private static void Resources(ResourceContext context, DocMapping? resources, string owner)
    {
        var requests = Doc.Map(resources, "requests");
        var limits = Doc.Map(resources, "limits");
        if (requests is null || limits is null)
        {
            return;
        }

        foreach (var request in requests.Entries)
        {
            if (Doc.Text(request.Value) is { } requested && Doc.Text(limits[request.Key]) is { } limit
                && Documents.QuantityText.TryParseAmount(requested, out var requestAmount)
                && Documents.QuantityText.TryParseAmount(limit, out var limitAmount)
                && requestAmount > limitAmount)
            {
                context.Report(RuleCatalog.RequestAboveLimit, request.Value, owner + " " + request.Key, requested, limit);
            }
        }
    }

    private static void QuantityText(ResourceContext context, DocNode? node, string field)
    {
        if (Doc.Text(node) is { } text && !Documents.QuantityText.IsValid(text))
        {
            context.Report(RuleCatalog.InvalidQuantity, node!, field, text);
        }
    }
}

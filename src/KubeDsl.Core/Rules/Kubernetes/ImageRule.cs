using System.Collections.Generic;
using KubeDsl.Documents;

namespace KubeDsl.Rules.Kubernetes;

/// <summary>
/// Images without a tag or with <c>latest</c> (a different image on each pull), and pull policies Kubernetes and
/// the operators do not know (the Flink operator parses the value with Java's enum valueOf, so the case matters).
/// </summary>
internal sealed class ImageRule : ResourceRule
{
    public override IReadOnlyList<RuleDescriptor> Descriptors { get; } = [RuleCatalog.ImageWithoutTag, RuleCatalog.InvalidImagePullPolicy];

    public override void Check(ResourceContext context)
    {
        foreach (var holder in Holders(context))
        {
            CheckImage(context, holder["image"]);
            CheckPullPolicy(context, holder["imagePullPolicy"]);
        }
    }

    /// <summary>Every mapping with an image: the operators' specs, Spark's driver and executor, and containers.</summary>
    internal static IEnumerable<DocMapping> Holders(ResourceContext context)
    {
        if (context.IsSparkOperator)
        {
            var spec = SparkSpecs.Application(context);
            if (spec is not null)
            {
                yield return spec;
                if (Doc.Map(spec, "driver") is { } driver)
                {
                    yield return driver;
                }

                if (Doc.Map(spec, "executor") is { } executor)
                {
                    yield return executor;
                }
            }
        }

        if (context.IsFlinkOperator && context.Spec is { } flinkSpec)
        {
            yield return flinkSpec;
        }

        if (context.Kind == SparkSpecs.SubmitKind && SparkSpecs.Settings(context) is { } submit)
        {
            yield return submit;
            foreach (var role in new[] { "driver", "executor" })
            {
                if (Doc.Map(submit, role, "template", "spec") is not { } spec)
                {
                    continue;
                }

                var sparkContainer = SparkContainer(spec, Doc.Text(SparkSpecs.SparkConf(submit)?[$"spark.kubernetes.{role}.podTemplateContainerName"]));
                foreach (var container in new PodSpecSite(spec, []).AllContainers)
                {
                    // Spark puts its own image into the container it runs in, so that container's image never runs.
                    if (!ReferenceEquals(container, sparkContainer))
                    {
                        yield return container;
                    }
                }
            }

            yield break;
        }

        foreach (var site in PodSpecs.In(context))
        {
            foreach (var container in site.AllContainers)
            {
                yield return container;
            }
        }
    }

    /// <summary>The container of a Spark pod template Spark runs in: the one named in the setting, else the first.</summary>
    private static DocMapping? SparkContainer(DocMapping spec, string? name)
    {
        DocMapping? first = null;
        foreach (var container in Doc.Mappings(spec, "containers"))
        {
            first ??= container;
            if (name is not null && Doc.Text(container["name"]) == name)
            {
                return container;
            }
        }

        return name is null ? first : null;
    }

    private static void CheckImage(ResourceContext context, DocNode? node)
    {
        if (Doc.Text(node) is not { Length: > 0 } image || image.IndexOf('@') >= 0)
        {
            return;
        }

        var name = image.Substring(image.LastIndexOf('/') + 1);
        var colon = name.IndexOf(':');
        if (colon < 0)
        {
            context.Report(RuleCatalog.ImageWithoutTag, node!, image, "has no tag, so it means ':latest'");
        }
        else if (name.Substring(colon + 1) == "latest")
        {
            context.Report(RuleCatalog.ImageWithoutTag, node!, image, "uses the moving tag 'latest'");
        }
    }

    private static void CheckPullPolicy(ResourceContext context, DocNode? node)
    {
        if (Doc.Text(node) is { } policy && policy is not ("Always" or "IfNotPresent" or "Never"))
        {
            context.Report(RuleCatalog.InvalidImagePullPolicy, node!, policy);
        }
    }
}

using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// Every pod template the samples write validates against the Kubernetes Pod schema vendored in
/// tests/fixtures/kubernetes: the standalone files (Spark native, Airflow) as Pods, and the templates inside the
/// operator resources (Spark driver and executor, Flink pod templates) as the types their CRDs embed.
/// </summary>
public class PodSchemaValidationTests
{
    [Theory]
    [MemberData(nameof(SampleCatalog.YamlCases), MemberType = typeof(SampleCatalog))]
    public void Pod_templates_in_the_sample_validate_against_the_Kubernetes_schema(SampleManifest sample)
    {
        var errors = new List<string>();
        var documents = YamlTree.ParseAll(File.ReadAllText(sample.ManifestPath));
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var (path, template, asPod) in Templates(documents[i]))
            {
                // Standalone Pods (Spark native, Airflow) are complete; the operators merge their templates with their own pod.
                var merged = path.Length > 0;
                var found = asPod ? PodSchema.ValidatePod(template, merged) : PodSchema.ValidatePodTemplateSpec(template, merged);
                errors.AddRange(found.Select(e => $"[{i}]{path}: {e}"));
            }
        }

        Assert.True(errors.Count == 0, sample + ":\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Every_kind_of_pod_template_is_covered()
    {
        var kinds = SampleCatalog.All.Where(s => s.IsYaml)
            .SelectMany(s => YamlTree.ParseAll(File.ReadAllText(s.ManifestPath)))
            .SelectMany(d => Templates(d).Select(t => (d as YamlMapping)?.ScalarText("kind") + t.Path))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        // A pod template kind that no sample writes would pass this suite vacuously.
        Assert.Contains("Pod", kinds);
        Assert.Contains("SparkApplication.spec.driver.template", kinds);
        Assert.Contains("SparkApplication.spec.executor.template", kinds);
        Assert.Contains("FlinkDeployment.spec.podTemplate", kinds);
        Assert.Contains("FlinkDeployment.spec.jobManager.podTemplate", kinds);
    }

    /// <summary>
    /// Where each operator kind embeds pod templates. Spark's CRDs embed a PodTemplateSpec (metadata and spec),
    /// Flink's a Pod (its examples carry apiVersion and kind).
    /// </summary>
    private static readonly Dictionary<string, (string[] Keys, bool AsPod)[]> TemplatePaths = new(StringComparer.Ordinal)
    {
        ["SparkApplication"] = [(["spec", "driver", "template"], false), (["spec", "executor", "template"], false)],
        ["ScheduledSparkApplication"] = [(["spec", "template", "driver", "template"], false), (["spec", "template", "executor", "template"], false)],
        ["FlinkDeployment"] = [(["spec", "podTemplate"], true), (["spec", "jobManager", "podTemplate"], true), (["spec", "taskManager", "podTemplate"], true)],
    };

    /// <summary>The pod templates in one document with the path they sit at ("" for a Pod document itself).</summary>
    private static IEnumerable<(string Path, YamlTree Template, bool AsPod)> Templates(YamlTree document)
    {
        if (document is not YamlMapping root || root.ScalarText("kind") is not { } kind)
        {
            yield break;
        }

        if (kind == "Pod")
        {
            yield return (string.Empty, root, true);
            yield break;
        }

        foreach (var (keys, asPod) in TemplatePaths.GetValueOrDefault(kind, []))
        {
            foreach (var template in At(root, keys))
            {
                yield return ("." + string.Join(".", keys), template, asPod);
            }
        }
    }

    private static IEnumerable<YamlTree> At(YamlMapping root, params string[] keys)
    {
        YamlTree node = root;
        foreach (var key in keys)
        {
            if (node is not YamlMapping mapping || !mapping.TryGetValue(key, out var next))
            {
                yield break;
            }

            node = next;
        }

        yield return node;
    }
}

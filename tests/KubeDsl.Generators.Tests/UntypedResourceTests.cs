namespace KubeDsl.Generators.Tests;

/// <summary>
/// A resource of a kind with no model, written as a string-keyed dictionary with apiVersion and kind (what
/// kubedsl import writes for such kinds): the build writes it as the runtime serializer does.
/// </summary>
public sealed class UntypedResourceTests
{
    /// <summary>The same resource as the generator source below, for the runtime serializer.</summary>
    public static Dictionary<string, object?> Queue => new()
    {
        ["apiVersion"] = "scheduling.volcano.sh/v1beta1",
        ["kind"] = "Queue",
        ["metadata"] = new Dictionary<string, object?> { ["name"] = "batch" },
        ["spec"] = new Dictionary<string, object?>
        {
            ["weight"] = 1,
            ["big"] = 5000000000L,
            ["ratio"] = 0.5,
            ["reclaimable"] = true,
            ["tags"] = new List<object?> { "a", 2, new Dictionary<string, object?> { ["x"] = "yes" } },
            ["empty"] = null,
        },
    };

    private const string Source = """
        #nullable enable
        public static class Defs
        {
            [Manifest("queue.yaml")]
            public static Dictionary<string, object?> Queue => new()
            {
                ["apiVersion"] = "scheduling.volcano.sh/v1beta1",
                ["kind"] = "Queue",
                ["metadata"] = new Dictionary<string, object?> { ["name"] = "batch" },
                ["spec"] = new Dictionary<string, object?>
                {
                    ["weight"] = 1,
                    ["big"] = 5000000000L,
                    ["ratio"] = 0.5,
                    ["reclaimable"] = true,
                    ["tags"] = new List<object?> { "a", 2, new Dictionary<string, object?> { ["x"] = "yes" } },
                    ["empty"] = null,
                },
            };
        }
        """;

    [Fact]
    public void A_dictionary_with_apiVersion_and_kind_is_written_as_the_runtime_writes_it()
    {
        var run = GeneratorHarness.Run(Source);

        Assert.Empty(run.Diagnostics);
        var yaml = run.Manifests["queue.yaml"];
        Assert.Equal(KubeDslYaml.SerializeManifest(Queue, "Defs.Queue"), yaml);
        Assert.Contains("""
            spec:
              weight: 1
              big: 5000000000
              ratio: 0.5
              reclaimable: true
              tags:
              - a
              - 2
              - x: "yes"
              empty: null
            """.ReplaceLineEndings("\n"), yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dictionary_without_kind_is_still_no_document()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static Dictionary<string, object> X => new() { ["apiVersion"] = "v1", ["metadata"] = "m" };
            }
            """);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("KD0007", diagnostic.Id);
        Assert.Contains("or a dictionary with string \"apiVersion\" and \"kind\" entries", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}

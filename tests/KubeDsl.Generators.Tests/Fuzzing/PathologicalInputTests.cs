using System.Diagnostics;
using System.Text;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Property 4: inputs far beyond what anyone writes end in a KD diagnostic or a manifest, in bounded time, and
/// never overflow the stack. They run on a thread with the default 1 MB stack, less than the compiler's own.
/// </summary>
public class PathologicalInputTests
{
    private static GeneratorRun RunBounded(string source)
    {
        GeneratorRun? run = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                run = GeneratorHarness.Run(source);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 1024 * 1024);
        var clock = Stopwatch.StartNew();
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(120)), "no result after 120 s");
        Assert.Null(failure);
        Assert.Empty(Crashes.In(run!.Diagnostics));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120));
        return run;
    }

    private static void AssertManifestOrKd(GeneratorRun run) =>
        Assert.True(run.Manifests.Count == 1 || run.KubeDsl.Count > 0, "neither a manifest nor a KD diagnostic:\n" + string.Join("\n", run.Diagnostics.Take(5)));

    [Fact]
    public void Helper_recursion_100000_deep_is_a_budget_diagnostic()
    {
        var run = RunBounded("""
            public static class Deep { public static string Down(int n) => n == 0 ? "end" : Down(n - 1); }
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Metadata = new() { Name = "x" }, Data = new Dictionary<string, string> { ["v"] = Deep.Down(100000) } };
            }
            """);
        Assert.Contains(run.KubeDsl, d => d.Id == "KD0002");
    }

    [Fact]
    public void Object_initializers_nested_5000_deep_end_in_bounded_time()
    {
        var nested = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            nested.Append("new V1JSONSchemaProps { Items = ");
        }

        nested.Append("new V1JSONSchemaProps()").Append('}', 5000);
        var run = RunBounded($$"""
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1CustomResourceDefinition Crd => new() { Metadata = new() { Name = "x" }, Spec = new() { Group = "g", Names = new() { Kind = "K", Plural = "ks" }, Scope = "Namespaced", Versions = [new() { Name = "v1", Served = true, Storage = true, Schema = new() { OpenAPIV3Schema = {{nested}} } }] } };
            }
            """);
        Assert.True(run.Manifests.Count == 1 || run.Diagnostics.Length > 0);
    }

    [Fact]
    public void A_10_MB_string_literal_is_written()
    {
        var text = new string('a', 10 * 1024 * 1024);
        var run = RunBounded($$"""
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Metadata = new() { Name = "x" }, Data = new Dictionary<string, string> { ["v"] = "{{text}}" } };
            }
            """);
        AssertManifestOrKd(run);
    }

    [Fact]
    public void A_collection_of_100000_items_is_written_or_reported()
    {
        var items = string.Join(", ", Enumerable.Range(0, 100_000).Select(i => "\"a" + i + "\""));
        var run = RunBounded($$"""
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Metadata = new() { Name = "x", Finalizers = [{{items}}] } };
            }
            """);
        AssertManifestOrKd(run);
    }
}

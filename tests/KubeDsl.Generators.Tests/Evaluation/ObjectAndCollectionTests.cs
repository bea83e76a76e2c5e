namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>Object, collection and dictionary initializers, collection expressions, spreads and 'with'.</summary>
public class ObjectAndCollectionTests
{
    private const string Model = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using KubeDsl;
        using k8s.Models;

        [KubernetesEntity(Group = "example.com", ApiVersion = "v1", Kind = "Job", PluralName = "jobs")]
        public sealed record Job
        {
            [JsonPropertyName("name")] public string? Name { get; init; }
            [JsonPropertyName("image")] public string? Image { get; init; }
            [JsonPropertyName("args")] public List<string>? Args { get; init; }
            [JsonPropertyName("conf")] public Dictionary<string, string>? Conf { get; init; }
            [JsonPropertyName("cores")] public int? Cores { get; init; }
            [JsonPropertyName("driver")] public Pod? Driver { get; init; }
        }

        public sealed record Pod
        {
            [JsonPropertyName("cores")] public int? Cores { get; init; }
            [JsonPropertyName("memory")] public string? Memory { get; init; }
        }
        """;

    private static string Body(string yaml) => yaml.Substring(yaml.IndexOf("kind: Job\n", StringComparison.Ordinal) + "kind: Job\n".Length);

    private static string Evaluate(string expression, string extra = "") =>
        Body(GeneratorHarness.Run(Model, "using System.Collections.Generic;\nusing KubeDsl;\npublic static class Defs { " + extra + " [Manifest(\"x.yaml\")] public static Job X => " + expression + "; }").Single());

    [Fact]
    public void With_makes_a_variant_and_leaves_the_base_unchanged()
    {
        var run = GeneratorHarness.Run(Model, """
            using KubeDsl;
            public static class Defs
            {
                static readonly Job Base = new() { Name = "base", Image = "spark:3.5.3", Cores = 1 };

                [Manifest("a.yaml")] public static Job A => Base with { Name = "a", Cores = 4 };
                [Manifest("b.yaml")] public static Job B => Base;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.EndsWith("name: a\nimage: spark:3.5.3\ncores: 4\n", run.Manifests["a.yaml"]);
        Assert.EndsWith("name: base\nimage: spark:3.5.3\ncores: 1\n", run.Manifests["b.yaml"]);
    }

    [Fact]
    public void With_on_a_nested_record()
    {
        Assert.Equal(
            "driver:\n  cores: 2\n  memory: 1g\n",
            Evaluate("new Job { Driver = Small with { Cores = 2 } }", "static readonly Pod Small = new() { Cores = 1, Memory = \"1g\" };"));
    }

    [Fact]
    public void Collection_expression_with_spread()
    {
        Assert.Equal(
            "args:\n- --verbose\n- a\n- b\n- \"5000\"\n",
            Evaluate("new Job { Args = [\"--verbose\", .. Common, \"5000\"] }", "static readonly List<string> Common = [\"a\", \"b\"];"));
    }

    [Fact]
    public void Empty_collection_expression_is_written_as_empty_sequence()
    {
        Assert.Equal("args: []\n", Evaluate("new Job { Args = [] }"));
    }

    [Fact]
    public void List_initializer_and_array()
    {
        // "y" is a YAML 1.1 boolean, so it is quoted.
        Assert.Equal("args:\n- x\n- \"y\"\n", Evaluate("new Job { Args = new List<string> { \"x\", \"y\" } }"));
        Assert.Equal("args:\n- x\n- z\n", Evaluate("new Job { Args = new List<string>(new[] { \"x\", \"z\" }) }"));
    }

    [Fact]
    public void Dictionary_indexer_initializer_keeps_insertion_order_and_last_assignment_wins()
    {
        Assert.Equal(
            "conf:\n  spark.b: \"2\"\n  spark.a: \"3\"\n",
            Evaluate("new Job { Conf = new() { [\"spark.b\"] = \"2\", [\"spark.a\"] = \"1\", [\"spark.a\"] = \"3\" } }"));
    }

    [Fact]
    public void Dictionary_add_initializer()
    {
        Assert.Equal("conf:\n  k: v\n", Evaluate("new Job { Conf = new() { { \"k\", \"v\" } } }"));
    }

    [Fact]
    public void Dictionary_copy_constructor_then_extra_keys()
    {
        Assert.Equal(
            "conf:\n  a: \"1\"\n  b: \"2\"\n",
            Evaluate("new Job { Conf = new(Shared) { [\"b\"] = \"2\" } }", "static readonly Dictionary<string, string> Shared = new() { [\"a\"] = \"1\" };"));
    }

    [Fact]
    public void Duplicate_key_in_add_initializer_is_an_error_at_the_key()
    {
        var run = GeneratorHarness.Run(Model, "using KubeDsl;\npublic static class Defs { [Manifest(\"x.yaml\")] public static Job X => new() { Conf = new() { { \"k\", \"v\" }, { \"k\", \"w\" } } }; }");
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains("Key 'k' is added twice", diagnostic.GetMessage());
    }

    [Fact]
    public void Nested_member_initializer_on_null_property_is_reported()
    {
        var run = GeneratorHarness.Run(Model, "using KubeDsl;\npublic static class Defs { [Manifest(\"x.yaml\")] public static Job X => new() { Driver = { Cores = 1 } }; }");
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains("Driver is null here", diagnostic.GetMessage());
    }

    [Fact]
    public void Record_primary_constructor_and_property_initializer()
    {
        var run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using System.Text.Json.Serialization;
            using KubeDsl;
            public sealed record Item(string Name, int Size)
            {
                [JsonPropertyName("kind")] public string Kind { get; init; } = "default";
            }
            public static class Defs { [Manifest("x.yaml")] public static List<Item> X => [new Item("a", 1), new("b", 2) { Kind = "special" }]; }
            """);

        Assert.EndsWith("name: a\nsize: 1\nkind: default\n---\nname: b\nsize: 2\nkind: special\n", run.Single());
    }

    [Fact]
    public void Byte_arrays_are_base64_strings_as_Kubernetes_reads_secret_data()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Usings + """
            using System.Text;
            public static class Defs
            {
                [Manifest("secret.yaml")]
                public static V1Secret Secret => new()
                {
                    Metadata = new() { Name = "creds" },
                    Data = new Dictionary<string, byte[]>
                    {
                        ["utf8"] = Encoding.UTF8.GetBytes("password1234"),
                        ["base64"] = Convert.FromBase64String("cGFzc3dvcmQxMjM0"),
                        ["literal"] = new byte[] { 0, 255, 16 },
                    },
                };
            }
            """);
        Assert.Contains("\ndata:\n  utf8: cGFzc3dvcmQxMjM0\n  base64: cGFzc3dvcmQxMjM0\n  literal: AP8Q\n", run.Single());
    }

    [Fact]
    public void Runtime_serializer_writes_byte_arrays_as_base64_too()
    {
        var secret = new k8s.Models.V1Secret { Metadata = new k8s.Models.V1ObjectMeta { Name = "creds" }, Data = new Dictionary<string, byte[]> { ["literal"] = [0, 255, 16] } };
        Assert.Contains("\ndata:\n  literal: AP8Q\n", KubeDslYaml.Serialize(secret));
    }

    [Fact]
    public void Text_that_is_not_base64_is_reported_where_FromBase64String_would_throw()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Usings + """
            public static class Defs
            {
                [Manifest("secret.yaml")]
                public static V1Secret Secret => new() { Data = new Dictionary<string, byte[]> { ["k"] = Convert.FromBase64String("not base64!") } };
            }
            """);
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains("'not base64!' is not base64", diagnostic.GetMessage());
    }

    private const string Sizes = """
        private static string Read()
        {
            var sizes = new Dictionary<string, int> { ["orders"] = 4, ["customers"] = 2 };
            var keys = sizes.Keys;
            sizes["events"] = 8;
            var names = new List<string>();
            foreach (var name in sizes.Keys)
            {
                names.Add(name.ToUpperInvariant());
            }

            return string.Join(",", keys) + ";" + keys.Count + ";" + sizes.Values.Sum() + ";" + string.Join("|", names) + ";" + sizes.Keys.OrderBy(k => k).First();
        }
        """;

    [Fact]
    public void Keys_and_Values_are_live_views_of_the_dictionary_in_its_order()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Usings + "using System.Linq;\npublic static class Defs\n{\n" + Sizes
            + "\n[Manifest(\"x.yaml\")] public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { [\"value\"] = Read() } };\n}\n");

        Assert.Empty(run.Diagnostics);
        Assert.EndsWith("data:\n  value: orders,customers,events;3;14;ORDERS|CUSTOMERS|EVENTS;customers\n", run.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_typed_IDictionary_take_Add_Remove_and_ContainsKey_on_metadata_built_in_the_body()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map
                {
                    get
                    {
                        var meta = new V1ObjectMeta { Name = "settings", Labels = new Dictionary<string, string> { ["tier"] = "gold" } };
                        meta.Labels.Add("team", "etl");
                        meta.Labels.Remove("tier");
                        if (!meta.Labels.ContainsKey("tier"))
                        {
                            meta.Labels.Add("tier", "silver");
                        }

                        return new V1ConfigMap { Metadata = meta };
                    }
                }
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.EndsWith("metadata:\n  labels:\n    team: etl\n    tier: silver\n  name: settings\n", run.Single(), StringComparison.Ordinal);
    }
}

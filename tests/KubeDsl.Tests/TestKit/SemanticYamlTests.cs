using System.Numerics;
using System.Text.Json.Nodes;
using KubeDsl.TestKit;
using Xunit.Sdk;

namespace KubeDsl.Tests.TestKit;

public sealed class SemanticYamlTests
{
    [Fact]
    public void Key_order_layout_comments_and_quoting_do_not_matter()
    {
        const string expected = """
            # a comment
            kind: SparkApplication
            spec:
              driver: {cores: 1, memory: 512m}
              arguments: ["5000"]
            """;
        const string actual = """
            spec:
              arguments:
              - '5000'
              driver:
                memory: "512m"
                cores: 1
            kind: "SparkApplication"
            """;

        Assert.Empty(SemanticYaml.Diff(expected, actual));
        SemanticYaml.AssertEqual(expected, actual);
    }

    [Fact]
    public void Every_upstream_example_equals_its_JSON_with_keys_reversed()
    {
        foreach (var file in UpstreamExamples.Files)
        {
            var yaml = UpstreamExamples.Read(file);
            var json = string.Join("\n---\n", YamlTree.ParseAll(yaml).Select(d => Reversed(d)!.ToJsonString()));

            Assert.True(SemanticYaml.Diff(yaml, json).Count == 0, file + ":\n" + string.Join("\n", SemanticYaml.Diff(yaml, json)));
        }
    }

    [Theory]
    [InlineData("spec:\n  driver:\n    cores: 2\n", "spec.driver.cores: expected 1 (int), got 2 (int)")]
    [InlineData("spec:\n  driver:\n    cores: \"1\"\n", "spec.driver.cores: expected 1 (int), got \"1\" (string)")]
    [InlineData("spec:\n  driver:\n    cores: true\n", "spec.driver.cores: expected 1 (int), got true (bool)")]
    [InlineData("spec:\n  driver:\n    cores: 1\n    extra: x\n", "spec.driver.extra: unexpected key (got \"x\" (string))")]
    [InlineData("spec:\n  driver: {}\n", "spec.driver.cores: missing (expected 1 (int))")]
    [InlineData("spec:\n  driver: [1]\n", "spec.driver: expected a mapping (1 key), got a sequence (1 item)")]
    public void Differences_name_the_path_and_both_values(string actual, string expected)
    {
        const string original = "spec:\n  driver:\n    cores: 1\n";

        var difference = Assert.Single(SemanticYaml.Diff(original, actual));

        Assert.Equal(expected, difference.ToString());
    }

    [Fact]
    public void Numbers_compare_by_value_and_YAML_1_1_booleans_by_meaning()
    {
        Assert.Empty(SemanticYaml.Diff("a: 1\nb: true\nc: 16\n", "a: 1.0\nb: yes\nc: 0x10\n"));
        Assert.Single(SemanticYaml.Diff("a: 1\n", "a: 1.5\n"));
    }

    [Fact]
    public void Sequence_order_matters()
    {
        var differences = SemanticYaml.Diff("args: [a, b]\n", "args: [b, a]\n");

        Assert.Equal(
            ["args[0]: expected \"a\" (string), got \"b\" (string)", "args[1]: expected \"b\" (string), got \"a\" (string)"],
            differences.Select(d => d.ToString()));
    }

    [Fact]
    public void Missing_and_extra_items_are_listed_by_index()
    {
        Assert.Equal(
            "args[2]: missing item (expected \"c\" (string); the sequence has 2 items, not 3)",
            Assert.Single(SemanticYaml.Diff("args: [a, b, c]\n", "args: [a, b]\n")).ToString());
        Assert.Equal(
            "args[1]: unexpected item (got \"b\" (string); the sequence has 2 items, not 1)",
            Assert.Single(SemanticYaml.Diff("args: [a]\n", "args: [a, b]\n")).ToString());
    }

    [Fact]
    public void With_several_documents_paths_start_with_the_document_index()
    {
        var upstream = UpstreamExamples.Read("spark-pi-pod-template.yaml");
        var changed = UpstreamExamples.Mutate(
            "spark-pi-pod-template.yaml",
            "        - name: spark-local-dir-1\n          emptyDir:",
            "        - name: spark-local-dir-2\n          emptyDir:");

        var difference = Assert.Single(SemanticYaml.Diff(upstream, changed));

        Assert.Equal("[4].spec.executor.template.spec.volumes[0].name", difference.Path);
        Assert.Equal("expected \"spark-local-dir-1\" (string), got \"spark-local-dir-2\" (string)", difference.Description);
    }

    [Fact]
    public void Documents_are_compared_in_order_and_counted()
    {
        Assert.Equal(
            ["[0].kind: expected \"A\" (string), got \"B\" (string)", "[1].kind: expected \"B\" (string), got \"A\" (string)"],
            SemanticYaml.Diff("kind: A\n---\nkind: B\n", "kind: B\n---\nkind: A\n").Select(d => d.ToString()));
        Assert.Equal(
            "[1]: missing document (expected ConfigMap x)",
            Assert.Single(SemanticYaml.Diff("kind: A\n---\nkind: ConfigMap\nmetadata: {name: x}\n", "kind: A\n")).ToString());
    }

    [Fact]
    public void Keys_that_are_not_simple_names_are_quoted_in_paths()
    {
        var difference = Assert.Single(SemanticYaml.Diff(
            "metadata:\n  labels:\n    app.kubernetes.io/name: a\n",
            "metadata:\n  labels:\n    app.kubernetes.io/name: b\n"));

        Assert.Equal("metadata.labels[\"app.kubernetes.io/name\"]", difference.Path);
    }

    [Theory]
    [InlineData("resources:\n  requests:\n    cpu: 1\n", "resources:\n  requests:\n    cpu: \"1\"\n")]
    [InlineData("resources:\n  limits:\n    memory: 512\n", "resources:\n  limits:\n    memory: \"512\"\n")]
    [InlineData("resources:\n  limits:\n    cpu: 1.5\n", "resources:\n  limits:\n    cpu: \"1.5\"\n")]
    [InlineData("resources:\n  requests:\n    cpu: \"1\"\n", "resources:\n  requests:\n    cpu: 1\n")]
    [InlineData("emptyDir:\n  sizeLimit: 1\n", "emptyDir:\n  sizeLimit: \"1\"\n")]
    [InlineData("capacity:\n  storage: 10\n", "capacity:\n  storage: \"10\"\n")]
    public void Quantities_written_as_numbers_equal_the_same_text_as_strings_with_the_option(string upstream, string ours)
    {
        Assert.Empty(SemanticYaml.Diff(upstream, ours, SemanticOptions.QuantityPaths));
        Assert.Single(SemanticYaml.Diff(upstream, ours));
        Assert.Single(SemanticYaml.Diff(upstream, ours, SemanticOptions.Strict));
    }

    [Theory]
    // Not a quantity path.
    [InlineData("spec:\n  driver:\n    cores: 1\n", "spec:\n  driver:\n    cores: \"1\"\n", "spec.driver.cores")]
    [InlineData("spec:\n  limit: 1\n", "spec:\n  limit: \"1\"\n", "spec.limit")]
    // Two levels below requests is not directly under it.
    [InlineData("requests:\n  nested:\n    cpu: 1\n", "requests:\n  nested:\n    cpu: \"1\"\n", "requests.nested.cpu")]
    // A quantity path, but the texts differ (equal quantities, different spellings).
    [InlineData("requests:\n  cpu: 1\n", "requests:\n  cpu: \"1.0\"\n", "requests.cpu")]
    [InlineData("requests:\n  cpu: 1\n", "requests:\n  cpu: \"1000m\"\n", "requests.cpu")]
    // A quantity path, but neither side is a string.
    [InlineData("requests:\n  cpu: 1\n", "requests:\n  cpu: true\n", "requests.cpu")]
    public void The_quantity_tolerance_stays_narrow(string upstream, string ours, string path)
    {
        Assert.Equal(path, Assert.Single(SemanticYaml.Diff(upstream, ours, SemanticOptions.QuantityPaths)).Path);
    }

    [Theory]
    [InlineData("requests:\n  cpu: \"0.5\"\n", "requests:\n  cpu: 500m\n")]
    [InlineData("requests:\n  cpu: 1\n", "requests:\n  cpu: 1000m\n")]
    [InlineData("limits:\n  memory: 1Gi\n", "limits:\n  memory: \"1073741824\"\n")]
    [InlineData("limits:\n  memory: 1e3\n", "limits:\n  memory: 1k\n")]
    public void Equal_quantity_amounts_are_equal_in_the_operator_view(string upstream, string ours)
    {
        Assert.Empty(SemanticYaml.Diff(upstream, ours, SemanticOptions.OperatorView));
        Assert.Single(SemanticYaml.Diff(upstream, ours, SemanticOptions.QuantityPaths));
    }

    [Theory]
    [InlineData("requests:\n  cpu: \"0.5\"\n", "requests:\n  cpu: 501m\n", "requests.cpu")]
    [InlineData("requests:\n  memory: 1Gi\n", "requests:\n  memory: 1G\n", "requests.memory")]
    // Same amount, but not at a quantity position.
    [InlineData("spec:\n  cpu: \"0.5\"\n", "spec:\n  cpu: 500m\n", "spec.cpu")]
    public void Different_amounts_and_other_positions_still_differ_in_the_operator_view(string upstream, string ours, string path)
    {
        Assert.Equal(path, Assert.Single(SemanticYaml.Diff(upstream, ours, SemanticOptions.OperatorView)).Path);
    }

    [Fact]
    public void Flink_configuration_compares_flattened_and_as_text_in_the_operator_view()
    {
        const string upstream = "spec:\n  flinkConfiguration:\n    taskmanager.numberOfTaskSlots: 2\n    high-availability:\n      type: kubernetes\n      enabled: true\n";
        const string ours = "spec:\n  flinkConfiguration:\n    high-availability.enabled: \"true\"\n    high-availability.type: kubernetes\n    taskmanager.numberOfTaskSlots: \"2\"\n";
        Assert.Empty(SemanticYaml.Diff(upstream, ours, SemanticOptions.OperatorView));
        Assert.NotEmpty(SemanticYaml.Diff(upstream, ours));

        const string wrong = "spec:\n  flinkConfiguration:\n    high-availability.type: zookeeper\n    taskmanager.numberOfTaskSlots: \"2\"\n    extra: x\n";
        var differences = SemanticYaml.Diff(upstream, wrong, SemanticOptions.OperatorView).Select(d => d.ToString()).ToList();
        Assert.Equal(
            [
                "spec.flinkConfiguration[\"high-availability.enabled\"]: missing (expected \"true\")",
                "spec.flinkConfiguration[\"high-availability.type\"]: expected \"kubernetes\", got \"zookeeper\"",
                "spec.flinkConfiguration.extra: unexpected key (got \"x\")",
            ],
            differences);
    }

    [Fact]
    public void The_pod_template_example_keeps_its_numeric_cpu_only_with_the_tolerance()
    {
        var upstream = UpstreamExamples.Read("spark-pi-pod-template.yaml");
        var quoted = UpstreamExamples.Mutate("spark-pi-pod-template.yaml", "              cpu: 1\n              # Please use `spec.driver.memory`", "              cpu: \"1\"\n              # Please use `spec.driver.memory`");

        Assert.Equal("[4].spec.driver.template.spec.containers[0].resources.limits.cpu", Assert.Single(SemanticYaml.Diff(upstream, quoted)).Path);
        Assert.Empty(SemanticYaml.Diff(upstream, quoted, SemanticOptions.QuantityPaths));
    }

    [Fact]
    public void AssertEqual_lists_every_difference_in_an_xunit_failure()
    {
        var failure = Assert.Throws<XunitException>(() => SemanticYaml.AssertEqual("a: 1\nb: [p]\nc: z\n", "a: \"1\"\nb: [q]\n"));

        Assert.Contains("3 differences", failure.Message);
        Assert.Contains("  a: expected 1 (int), got \"1\" (string)", failure.Message);
        Assert.Contains("  b[0]: expected \"p\" (string), got \"q\" (string)", failure.Message);
        Assert.Contains("  c: missing (expected \"z\" (string))", failure.Message);
    }

    /// <summary>The document as a JSON tree with every mapping's keys in reverse order.</summary>
    private static JsonNode? Reversed(YamlTree node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Reverse().Select(e => KeyValuePair.Create(e.Key, Reversed(e.Value)))),
        YamlSequence s => new JsonArray(s.Items.Select(Reversed).ToArray()),
        YamlScalar { Value: BigInteger i } => JsonValue.Create((long)i),
        YamlScalar { Value: double d } => JsonValue.Create(d),
        YamlScalar { Value: bool b } => JsonValue.Create(b),
        YamlScalar { Value: string t } => JsonValue.Create(t),
        _ => null,
    };
}

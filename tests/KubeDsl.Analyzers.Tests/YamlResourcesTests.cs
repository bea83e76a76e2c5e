using KubeDsl.Documents;
using KubeDsl.Rules;
using KubeDsl.Yaml;

namespace KubeDsl.Analyzers.Tests;

/// <summary>The inventory's YAML reader: documents, lists, anchors, merge keys, duplicate keys and errors.</summary>
public class YamlResourcesTests
{
    [Fact]
    public void Documents_and_list_items_become_resources_and_empty_documents_are_skipped()
    {
        var result = YamlResources.Read("---\n# nothing here\n---\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: SecretList\nitems:\n- kind: Secret\n  metadata: {name: b}\n- kind: Secret\n  metadata: {name: c}\n");
        Assert.Null(result.Error);
        Assert.Equal(["ConfigMap/a", "Secret/b", "Secret/c"], result.Resources.Select(r => Doc.Text(r["kind"]) + "/" + Doc.Text(Doc.At(r, "metadata", "name"))));
    }

    [Fact]
    public void Aliases_merge_keys_and_repeated_keys_read_as_Kubernetes_tools_read_them()
    {
        var result = YamlResources.Read("kind: ConfigMap\nmetadata: &m {name: a, namespace: etl}\ndata:\n  <<: {x: '1', y: '2'}\n  y: '3'\n  same: *m\n");
        var data = Assert.IsType<DocMapping>(Assert.Single(result.Resources)["data"]);
        // Key order means nothing to Kubernetes; the reader puts merged keys after the mapping's own.
        Assert.Equal(["same", "x", "y"], data.Entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("3", Doc.Text(data["y"]));
        Assert.Equal("etl", Doc.Text(Doc.At(data, "same", "namespace")));
        Assert.Equal(ScalarKind.String, Assert.IsType<DocScalar>(data["x"]).Kind);
    }

    [Fact]
    public void Errors_keep_the_resources_before_them_and_say_where()
    {
        var result = YamlResources.Read("kind: ServiceAccount\nmetadata: {name: a}\n---\nkind: Secret\nmetadata: *missing\n");
        Assert.Equal("ServiceAccount", Doc.Text(Assert.Single(result.Resources)["kind"]));
        Assert.Equal("alias *missing names no anchor before it", result.Error);
        Assert.Equal((5, 11), (result.Line, result.Column));
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var deep = "kind: ConfigMap\ndata: " + new string('[', 100_000) + new string(']', 100_000) + "\n";
        var result = YamlResources.Read(deep);
        Assert.Equal("nesting is deeper than 200 levels", result.Error);
        Assert.Empty(result.Resources);
    }

    [Theory]
    [InlineData("a: b: c\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("key: \"unterminated\n")]
    [InlineData("&a [*a]\n")]
    public void Malformed_input_is_an_error_with_a_position(string yaml)
    {
        var result = YamlResources.Read(yaml);
        Assert.NotNull(result.Error);
        Assert.True(result.Line >= 1 && result.Column >= 1, $"{result.Line}:{result.Column}");
    }

    [Fact]
    public void Unusual_but_valid_YAML_reads_without_error()
    {
        // A complex key and a second document that is a tagged binary scalar, not a resource.
        var result = YamlResources.Read("? kind\n: ConfigMap\n--- !!binary |\n  AAAA\n");
        Assert.Null(result.Error);
        Assert.Equal("ConfigMap", Doc.Text(Assert.Single(result.Resources)["kind"]));
    }
}

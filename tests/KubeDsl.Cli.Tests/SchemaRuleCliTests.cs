using KubeDsl.TestKit;

namespace KubeDsl.Cli.Tests;

/// <summary>
/// The one-fault suite of the schema rules as YAML through <c>kubedsl validate --crd</c>: each fault reports the same
/// id as through the analyzer (tests/KubeDsl.Analyzers.Tests/SchemaRuleTests.cs), at the value's line and column.
/// </summary>
public sealed class SchemaRuleCliTests : IDisposable
{
    private const string Widget = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          name: abcd
          mode: fast
          replicas: 2
          ratio: 0.5
          tags: [a, b]
          codes: [1, 2]
          ports:
          - port: 80
          - port: 81
          id: abc
          since: 2024-05-01T12:00:00Z
          choice: {a: x}

        """;

    private readonly Cli cli = new();

    public SchemaRuleCliTests() => cli.Write("crds/widget.yaml", File.ReadAllText(Fixtures.Path("schema-rules", "widgets.example.com.yaml")));

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_valid_widget_has_no_findings()
    {
        cli.Write("w.yaml", Widget);
        var result = cli.Run("validate", "--crd", "crds", "w.yaml");
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("KD1011", "  id: abc\n", "  id: abc\n  idd: x\n", "16:3", "spec.idd: unknown field")]
    [InlineData("KD1012", "  replicas: 2\n", "  replicas: \"2\"\n", "8:13", "spec.replicas: expected integer, got \"2\" (string)")]
    [InlineData("KD1013", "  name: abcd\n", "", "5:1", "spec.name: required field is missing")]
    [InlineData("KD1014", "  mode: fast\n", "  mode: slow\n", "7:9", "spec.mode: \"slow\" (string) is not one of the allowed values: fast, safe")]
    [InlineData("KD1015", "  id: abc\n", "  id: ABC\n", "15:7", "spec.id: \"ABC\" (string) does not match the pattern ^[a-z]+$")]
    [InlineData("KD1016", "  replicas: 2\n", "  replicas: 11\n", "8:13", "spec.replicas: 11 is greater than the maximum 10")]
    [InlineData("KD1016", "  ratio: 0.5\n", "  ratio: 0.0\n", "9:10", "spec.ratio: 0.0 is less than the exclusive minimum 0")]
    [InlineData("KD1017", "  name: abcd\n", "  name: ab\n", "6:9", "spec.name: \"ab\" (string) is shorter than minLength 3")]
    [InlineData("KD1018", "  tags: [a, b]\n", "  tags: [a, b, c]\n", "10:3", "spec.tags: has 3 items, more than maxItems 2")]
    [InlineData("KD1019", "  codes: [1, 2]\n", "  codes: [1, 1]\n", "11:14", "spec.codes[1]: duplicate entry (1) in the schema's uniqueItems")]
    [InlineData("KD1019", "  - port: 81\n", "  - port: 80\n", "14:11", "spec.ports[1]: duplicate entry (port=80) in a list of type map")]
    [InlineData("KD1020", "apiVersion: example.com/v1\n", "apiVersion: example.com/v2\n", "1:13", "apiVersion: expected example.com/v1, got \"example.com/v2\" (string)")]
    [InlineData("KD1021", "  choice: {a: x}\n", "  choice: {a: x, b: z}\n", "17:3", "spec.choice: must match exactly one of the 2 oneOf schemas, matches 2")]
    [InlineData("KD1022", "  since: 2024-05-01T12:00:00Z\n", "  since: yesterday\n", "16:10", "spec.since: \"yesterday\" (string) is not an RFC 3339 date and time")]
    public void One_fault_reports_the_analyzers_id_at_the_value(string id, string find, string replace, string position, string message)
    {
        Assert.Contains(find, Widget, StringComparison.Ordinal);
        cli.Write("w.yaml", Widget.Replace(find, replace, StringComparison.Ordinal));
        var finding = Assert.Single(cli.Run("validate", "--crd", "crds", "w.yaml").Findings);
        Assert.StartsWith($"w.yaml:{position}: error {id}: The CRD widgets.example.com refuses {message}", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_CRD_the_widget_is_not_judged()
    {
        cli.Write("w.yaml", Widget.Replace("  mode: fast\n", "  mode: slow\n", StringComparison.Ordinal));
        Assert.Empty(cli.Run("validate", "w.yaml").Findings);
    }

    [Fact]
    public void A_CRD_that_cannot_be_read_is_KD1023()
    {
        cli.Write("old/widget.yaml", File.ReadAllText(Fixtures.Path("schema-rules", "widgets.example.com.yaml")).Replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1", StringComparison.Ordinal));
        cli.Write("w.yaml", Widget);
        var finding = Assert.Single(cli.Run("validate", "--crd", "old", "w.yaml").Findings);
        Assert.StartsWith("old/widget.yaml:1:1: warning KD1023: old/widget.yaml: widgets.example.com: only apiextensions.k8s.io/v1 CRDs are read", finding, StringComparison.Ordinal);
    }
}

using Microsoft.CodeAnalysis.Testing;

namespace KubeDsl.Analyzers.Tests;

/// <summary>
/// KD1011-KD1023, one fault at a time: a definition that breaks exactly one schema constraint reports exactly that id
/// at the C# expression that made the value, and the valid definition stays silent. The constraints come from a CRD
/// passed as a KubeDslCrd AdditionalFile (the operators' CRDs use few of them), the operator CRDs and the Kubernetes
/// definitions. tests/KubeDsl.Cli.Tests/SchemaRuleCliTests.cs runs the same faults as YAML through kubedsl validate.
/// </summary>
public class SchemaRuleTests
{
    /// <summary>A CRD with one field per kind of constraint (shared with the command line's one-fault tests).</summary>
    public static readonly string WidgetCrd = File.ReadAllText(KubeDsl.TestKit.Fixtures.Path("schema-rules", "widgets.example.com.yaml"));

    private const string Widget = """
        public static class Defs
        {
            [Manifest("widget.yaml")]
            public static Dictionary<string, object?> Widget => new()
            {
                ["apiVersion"] = "example.com/v1",
                ["kind"] = "Widget",
                ["metadata"] = new Dictionary<string, object?> { ["name"] = "w" },
                ["spec"] = new Dictionary<string, object?>
                {
                    ["name"] = "abcd",
                    ["mode"] = "fast",
                    ["replicas"] = 2,
                    ["ratio"] = 0.5,
                    ["tags"] = new List<object?> { "a", "b" },
                    ["codes"] = new List<object?> { 1, 2 },
                    ["ports"] = new List<object?> { new Dictionary<string, object?> { ["port"] = 80 }, new Dictionary<string, object?> { ["port"] = 81 } },
                    ["id"] = "abc",
                    ["since"] = "2024-05-01T12:00:00Z",
                    ["choice"] = new Dictionary<string, object?> { ["a"] = "x" },
                },
            };
        }
        """;

    private const string Crd = "The CRD widgets.example.com refuses ";

    /// <summary>Each fault: the id, the line of <see cref="Widget"/> to change, the line with the marked value, the message.</summary>
    public static TheoryData<string, string, string, string> Faults { get; } = new()
    {
        { "KD1011", "[\"id\"] = \"abc\",", "[\"id\"] = \"abc\", [{|#0:\"idd\"|}] = \"x\",", Crd + "spec.idd: unknown field: the schema has no such field (the API server refuses it under strict field validation, or drops it)" },
        { "KD1012", "[\"replicas\"] = 2,", "[\"replicas\"] = {|#0:\"2\"|},", Crd + "spec.replicas: expected integer, got \"2\" (string) (a quoted number is a string; leave out the quotes)" },
        { "KD1013", "[\"name\"] = \"abcd\",", string.Empty, Crd + "spec.name: required field is missing" },
        { "KD1014", "[\"mode\"] = \"fast\",", "[\"mode\"] = {|#0:\"slow\"|},", Crd + "spec.mode: \"slow\" (string) is not one of the allowed values: fast, safe" },
        { "KD1015", "[\"id\"] = \"abc\",", "[\"id\"] = {|#0:\"ABC\"|},", Crd + "spec.id: \"ABC\" (string) does not match the pattern ^[a-z]+$" },
        { "KD1016", "[\"replicas\"] = 2,", "[\"replicas\"] = {|#0:11|},", Crd + "spec.replicas: 11 is greater than the maximum 10" },
        { "KD1016", "[\"ratio\"] = 0.5,", "[\"ratio\"] = {|#0:0.0|},", Crd + "spec.ratio: 0 is less than the exclusive minimum 0" },
        { "KD1017", "[\"name\"] = \"abcd\",", "[\"name\"] = {|#0:\"ab\"|},", Crd + "spec.name: \"ab\" (string) is shorter than minLength 3" },
        { "KD1018", "[\"tags\"] = new List<object?> { \"a\", \"b\" },", "[\"tags\"] = {|#0:new List<object?> { \"a\", \"b\", \"c\" }|},", Crd + "spec.tags: has 3 items, more than maxItems 2" },
        { "KD1019", "[\"codes\"] = new List<object?> { 1, 2 },", "[\"codes\"] = new List<object?> { 1, {|#0:1|} },", Crd + "spec.codes[1]: duplicate entry (1) in the schema's uniqueItems; the first is [0]" },
        { "KD1019", "[\"port\"] = 81", "[\"port\"] = {|#0:80|}", Crd + "spec.ports[1]: duplicate entry (port=80) in a list of type map; the first is [0]" },
        { "KD1020", "[\"apiVersion\"] = \"example.com/v1\",", "[\"apiVersion\"] = {|#0:\"example.com/v2\"|},", Crd + "apiVersion: expected example.com/v1, got \"example.com/v2\" (string)" },
        { "KD1021", "[\"choice\"] = new Dictionary<string, object?> { [\"a\"] = \"x\" },", "[\"choice\"] = {|#0:new Dictionary<string, object?> { [\"a\"] = \"x\", [\"b\"] = \"y\" }|},", Crd + "spec.choice: must match exactly one of the 2 oneOf schemas, matches 2" },
        { "KD1022", "[\"since\"] = \"2024-05-01T12:00:00Z\",", "[\"since\"] = {|#0:\"yesterday\"|},", Crd + "spec.since: \"yesterday\" (string) is not an RFC 3339 date and time such as 2024-05-01T12:00:00Z (format date-time)" },
    };

    [Fact]
    public Task The_valid_widget_has_no_findings() => Verify.AnalyzerWithCrds([("/crds/widget.yaml", WidgetCrd)], Widget);

    [Theory]
    [MemberData(nameof(Faults))]
    public Task One_fault_reports_its_id_at_the_expression(string id, string find, string replace, string message)
    {
        Assert.Contains(find, Widget, StringComparison.Ordinal);
        var source = Widget.Replace(find, replace, StringComparison.Ordinal);
        if (replace.Length == 0)
        {
            // A missing field is reported at the object that lacks it.
            source = source.Replace("[\"spec\"] = new Dictionary<string, object?>\n", "[\"spec\"] = {|#0:new Dictionary<string, object?>\n", StringComparison.Ordinal)
                .Replace("        },\n    };", "        }|},\n    };", StringComparison.Ordinal);
        }

        return Verify.AnalyzerWithCrds([("/crds/widget.yaml", WidgetCrd)], source, Verify.Diagnostic(id, 0, message));
    }

    [Fact]
    public Task Without_the_CRD_a_widget_is_not_judged() => Verify.Analyzer(Widget.Replace("[\"mode\"] = \"fast\",", "[\"mode\"] = \"slow\",", StringComparison.Ordinal));

    [Fact]
    public Task A_CRD_file_that_cannot_be_read_is_reported() => Verify.AnalyzerWithCrds(
        [("/crds/old.yaml", WidgetCrd.Replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1", StringComparison.Ordinal))],
        Widget,
        new DiagnosticResult(RuleDiagnostics.All.Single(d => d.Id == "KD1023")).WithLocation("/crds/old.yaml", 1, 1)
            .WithMessage("/crds/old.yaml: widgets.example.com: only apiextensions.k8s.io/v1 CRDs are read, not apiextensions.k8s.io/v1beta1; resources of its kinds are not checked against it"));

    [Fact]
    public Task Spark_operator_CRD_bounds_are_checked_on_the_typed_model() => Verify.Analyzer("""
        public static class Defs
        {
            [Manifest("app.yaml")]
            public static SparkApplication App => new()
            {
                Metadata = new V1ObjectMeta { Name = "etl" },
                Spec = new SparkApplicationSpec
                {
                    Type = SparkApplicationType.Scala, SparkVersion = "3.5.3", MainClass = "a.B", MainApplicationFile = "local:///a.jar", Image = "spark:3.5.3",
                    Driver = new(), Executor = new() { Instances = {|#0:0|} },
                },
            };
        }
        """,
        Verify.Diagnostic("KD1016", 0, "The Spark operator v2.5.2 CRD refuses spec.executor.instances: 0 is less than the minimum 1"));

    [Fact]
    public Task Kubernetes_enums_are_checked_on_the_typed_model() => Verify.Analyzer("""
        public static class Defs
        {
            [Manifest("svc.yaml")]
            public static V1Service Service => new()
            {
                Metadata = new V1ObjectMeta { Name = "ui" },
                Spec = new V1ServiceSpec { Type = {|#0:"Loadbalancer"|}, Ports = [new V1ServicePort { Port = 80 }] },
            };
        }
        """,
        Verify.Diagnostic("KD1014", 0, "The Kubernetes v1.36 schema refuses spec.type: \"Loadbalancer\" (string) is not one of the allowed values: ClusterIP, ExternalName, LoadBalancer, NodePort"));
}

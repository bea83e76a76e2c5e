using KubeDsl.TestKit;

namespace KubeDsl.Tests.TestKit;

/// <summary>
/// Each validator rule on a small hand-written CRD, for the keywords the Spark CRDs use rarely or not at all
/// (lengths, exclusive bounds, nullable, list types, oneOf, additionalProperties: false, several versions).
/// </summary>
public sealed class CrdSchemaRuleTests
{
    private const string WidgetCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names:
            kind: Widget
            plural: widgets
          scope: Namespaced
          versions:
          - name: v1alpha1
            served: true
            storage: false
            schema:
              openAPIV3Schema:
                type: object
                x-kubernetes-preserve-unknown-fields: true
          - name: v0
            served: false
            storage: false
            schema:
              openAPIV3Schema:
                type: object
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                required: [spec]
                properties:
                  apiVersion: {type: string}
                  kind: {type: string}
                  metadata: {type: object}
                  spec:
                    type: object
                    required: [name]
                    properties:
                      name: {type: string, minLength: 3, maxLength: 8}
                      note: {type: string, nullable: true}
                      ratio: {type: number, minimum: 0, maximum: 1, exclusiveMaximum: true}
                      size:
                        anyOf: [{type: integer}, {type: string}]
                        x-kubernetes-int-or-string: true
                      tags:
                        type: array
                        maxItems: 2
                        items: {type: string}
                        x-kubernetes-list-type: set
                      ports:
                        type: array
                        x-kubernetes-list-type: map
                        x-kubernetes-list-map-keys: [port, protocol]
                        items:
                          type: object
                          required: [port]
                          properties:
                            port: {type: integer, format: int32}
                            protocol: {type: string, default: TCP}
                      settings:
                        type: object
                        additionalProperties: {type: integer}
                      strictBox:
                        type: object
                        additionalProperties: false
                        properties:
                          a: {type: string}
                      openBox:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
                      id: {type: string, pattern: '^[a-z]+$'}
                      codes: {type: array, uniqueItems: true, items: {type: integer}}
                      since: {type: string, format: date-time}
                      choice:
                        type: object
                        properties:
                          a: {type: string}
                          b: {type: string}
                        oneOf:
                        - required: [a]
                        - required: [b]
        """;

    private const string Widget = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          name: abcd
          note: null
          ratio: 0.5
          size: 10
          tags: [a, b]
          ports:
          - port: 80
          - port: 80
            protocol: UDP
          settings: {x: 1}
          strictBox: {a: x}
          openBox: {anything: [1, {deep: true}]}
          id: abc
          codes: [1, 2]
          since: 2024-05-01T12:00:00Z
          choice: {a: x}
        """ + "\n";

    private static IReadOnlyList<string> Validate(string yaml) => Crds.ValidateAll(yaml, custom: WidgetCrd);

    [Fact]
    public void The_base_widget_is_valid()
    {
        Assert.Empty(Validate(Widget));
    }

    [Fact]
    public void Served_versions_are_accepted_and_the_storage_version_is_preferred()
    {
        var crd = Assert.Single(KubeDsl.Schemas.CustomResourceSchema.Read(WidgetCrd, "widget.yaml").Schemas);
        Assert.Equal("v1", crd.StorageVersion);
        Assert.Equal(["v1alpha1", "v1"], crd.ServedVersions);

        // v1alpha1 has its own schema, which keeps everything.
        Assert.Empty(Validate(Widget.Replace("example.com/v1", "example.com/v1alpha1", StringComparison.Ordinal) + "extra: 1\n"));

        var error = Assert.Single(Validate(Widget.Replace("example.com/v1", "example.com/v0", StringComparison.Ordinal)));
        Assert.StartsWith("apiVersion: expected example.com/v1alpha1 or example.com/v1, got \"example.com/v0\" (string)", error);
    }

    [Theory]
    [InlineData("  name: abcd\n", "  name: ab\n", "spec.name: \"ab\" (string) is shorter than minLength 3")]
    [InlineData("  name: abcd\n", "  name: abcdefghi\n", "spec.name: \"abcdefghi\" (string) is longer than maxLength 8 (9 characters)")]
    [InlineData("  name: abcd\n", "", "spec.name: required field is missing")]
    [InlineData("  ratio: 0.5\n", "  ratio: 1\n", "spec.ratio: 1 is greater than the exclusive maximum 1")]
    [InlineData("  ratio: 0.5\n", "  ratio: -0.1\n", "spec.ratio: -0.1 is less than the minimum 0")]
    [InlineData("  ratio: 0.5\n", "  ratio: .nan\n", "spec.ratio: expected number, got .nan (float)")]
    [InlineData("  size: 10\n", "  size: [10]\n", "spec.size: expected an integer or a string, got an array")]
    [InlineData("  size: 10\n", "  size: 1.5\n", "spec.size: expected an integer or a string, got 1.5 (float)")]
    [InlineData("  tags: [a, b]\n", "  tags: [a, a]\n", "spec.tags[1]: duplicate entry (\"a\") in a list of type set; the first is [0]")]
    [InlineData("  tags: [a, b]\n", "  tags: [a, b, c]\n", "spec.tags: has 3 items, more than maxItems 2")]
    [InlineData("    protocol: UDP\n", "    protocol: TCP\n", "spec.ports[1]: duplicate entry (port=80, protocol=\"TCP\") in a list of type map; the first is [0]")]
    [InlineData("  - port: 80\n  - port: 80\n", "  - port: 4294967296\n  - port: 80\n", "spec.ports[0].port: 4294967296 is out of range for format int32")]
    [InlineData("  - port: 80\n  - port: 80\n", "  - protocol: SCTP\n  - port: 80\n", "spec.ports[0].port: required field is missing")]
    [InlineData("  settings: {x: 1}\n", "  settings: {x: \"1\"}\n", "spec.settings.x: expected integer, got \"1\" (string)")]
    [InlineData("  strictBox: {a: x}\n", "  strictBox: {a: x, b: z}\n", "spec.strictBox.b: unknown field")]
    [InlineData("  id: abc\n", "  id: ABC\n", "spec.id: \"ABC\" (string) does not match the pattern ^[a-z]+$")]
    [InlineData("  choice: {a: x}\n", "  choice: {a: x, b: z}\n", "spec.choice: must match exactly one of the 2 oneOf schemas, matches 2")]
    [InlineData("  choice: {a: x}\n", "  choice: {}\n", "spec.choice: must match exactly one of the 2 oneOf schemas, matches 0")]
    [InlineData("  id: abc\n", "  id: ~\n", "spec.id: null is not allowed here")]
    [InlineData("  codes: [1, 2]\n", "  codes: [1, 1.0]\n", "spec.codes[1]: duplicate entry (1) in the schema's uniqueItems; the first is [0]")]
    [InlineData("  since: 2024-05-01T12:00:00Z\n", "  since: 2024-05-01 noon\n", "spec.since: \"2024-05-01 noon\" (string) is not an RFC 3339 date and time")]
    [InlineData("spec:\n", "spec:\n  \"odd key\": 1\n", "spec[\"odd key\"]: unknown field")]
    [InlineData("  name: w\n", "  name: w\n  annotations:\n    example.com/owner: 7\n", "metadata.annotations[\"example.com/owner\"]: expected string, got 7 (int)")]
    public void Each_rule_reports_the_exact_path(string find, string replace, string expected)
    {
        Assert.Contains(find, Widget);
        var error = Assert.Single(Validate(Widget.Replace(find, replace, StringComparison.Ordinal)));

        Assert.StartsWith(expected, error);
    }

    /// <summary>A KubeDslCrd file may hold its CRDs as a kind: List, as the CRD import reads them.</summary>
    [Fact]
    public void The_CRDs_of_a_List_are_read_as_its_items()
    {
        var items = string.Join("\n", WidgetCrd.TrimEnd().Split('\n').Select((line, i) => (i == 0 ? "- " : "  ") + line));
        var list = "apiVersion: v1\nkind: List\nitems:\n" + items + "\n";

        var (schemas, problems) = KubeDsl.Schemas.CustomResourceSchema.Read(list, "list.yaml");

        Assert.Empty(problems);
        Assert.Equal("Widget", Assert.Single(schemas).Kind);
        var tooShort = Widget.Replace("  name: abcd\n", "  name: ab\n", StringComparison.Ordinal);
        Assert.Equal(Assert.Single(Validate(tooShort)), Assert.Single(Crds.ValidateAll(tooShort, custom: list)));
    }

    [Fact]
    public void A_file_that_is_not_YAML_is_a_problem_with_its_place()
    {
        var (schemas, problems) = KubeDsl.Schemas.CustomResourceSchema.Read("a: [1\n", "bad.yaml");

        Assert.Empty(schemas);
        Assert.StartsWith("not valid YAML at line ", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_CRD_gives_no_schema()
    {
        Assert.Empty(KubeDsl.Schemas.CustomResourceSchema.Read("apiVersion: v1\nkind: ConfigMap\n", "x.yaml").Schemas);
        var (schemas, problems) = KubeDsl.Schemas.CustomResourceSchema.Read(WidgetCrd.Replace("apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1", StringComparison.Ordinal), "old.yaml");
        Assert.Empty(schemas);
        Assert.Equal(["widgets.example.com: only apiextensions.k8s.io/v1 CRDs are read, not apiextensions.k8s.io/v1beta1"], problems);
    }
}

using KubeDsl.CustomResources;

namespace KubeDsl.Generators.Tests.Crd;

/// <summary>Which C# type each schema construct becomes (docs/adr/0015).</summary>
public sealed class CrdTypeTests
{
    private const string List = "global::System.Collections.Generic.List<";
    private const string Map = "global::System.Collections.Generic.Dictionary<string, ";

    private static CrdTypeDecl Spec(string properties, string required = "[]") =>
        CrdText.Import(CrdText.Of("Job", $$"""
            type: object
            properties:
              spec:
                type: object
                required: {{required}}
                properties:
            {{string.Join("\n", properties.Split('\n').Select(l => "      " + l))}}
            """)).Type("JobSpec");

    [Theory]
    [InlineData("{type: string}", "string?")]
    [InlineData("{type: integer, format: int32}", "int?")]
    [InlineData("{type: integer, format: int64}", "long?")]
    [InlineData("{type: integer}", "long?")]
    [InlineData("{type: number}", "double?")]
    [InlineData("{type: number, format: double}", "double?")]
    [InlineData("{type: boolean}", "bool?")]
    [InlineData("{x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}", "global::k8s.Models.IntOrString?")]
    [InlineData("{type: array, items: {type: string}}", List + "string>?")]
    [InlineData("{type: array, items: {type: integer, format: int32}}", List + "int>?")]
    [InlineData("{type: object, additionalProperties: {type: string}}", Map + "string>?")]
    [InlineData("{type: object, additionalProperties: {x-kubernetes-int-or-string: true}}", Map + "global::k8s.Models.IntOrString>?")]
    [InlineData("{type: object, additionalProperties: true}", Map + "object>?")]
    [InlineData("{type: object, x-kubernetes-preserve-unknown-fields: true}", Map + "object>?")]
    [InlineData("{x-kubernetes-preserve-unknown-fields: true}", "object?")]
    [InlineData("{type: object, additionalProperties: {type: array, items: {type: string}}}", Map + List + "string>>?")]
    public void Each_schema_type_has_its_csharp_type(string schema, string expected) =>
        Assert.Equal(expected, Spec("field: " + schema).Property("field").Type);

    [Fact]
    public void A_map_of_objects_gets_a_record_for_the_values()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  listeners:
                    type: object
                    additionalProperties:
                      type: object
                      properties:
                        port: {type: integer, format: int32}
            """));

        Assert.Equal(Map + "JobSpecListeners>?", import.Type("JobSpec").Property("listeners").Type);
        Assert.Equal("int?", import.Type("JobSpecListeners").Property("port").Type);
    }

    [Fact]
    public void Required_fields_are_required_and_not_nullable_others_nullable()
    {
        var spec = Spec("""
            name: {type: string}
            replicas: {type: integer, format: int32}
            maybe: {type: string, nullable: true}
            other: {type: string}
            """, "[name, replicas, maybe]");

        Assert.Equal(("string", true), (spec.Property("name").Type, spec.Property("name").Required));
        Assert.Equal(("int", true), (spec.Property("replicas").Type, spec.Property("replicas").Required));
        Assert.Equal(("string?", true), (spec.Property("maybe").Type, spec.Property("maybe").Required));
        Assert.Equal(("string?", false), (spec.Property("other").Type, spec.Property("other").Required));
    }

    [Fact]
    public void Required_spec_at_the_root_is_required_and_metadata_always_is()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            required: [spec]
            properties:
              apiVersion: {type: string}
              kind: {type: string}
              metadata: {type: object}
              spec: {type: object, properties: {a: {type: string}}}
              status: {type: object, properties: {phase: {type: string}}}
            """));

        var root = import.Type("Job");
        Assert.Equal(["metadata", "spec"], root.Properties.Select(p => p.JsonName));
        Assert.Equal(("global::k8s.Models.V1ObjectMeta", true), (root.Property("metadata").Type, root.Property("metadata").Required));
        Assert.Equal(("JobSpec", true), (root.Property("spec").Type, root.Property("spec").Required));
        Assert.DoesNotContain(import.Types, t => t.Name.StartsWith("JobStatus", StringComparison.Ordinal));
        Assert.Equal(new CrdEntity("example.com", "v1", "Job", "jobs"), root.Entity);
    }

    [Fact]
    public void A_string_enum_is_a_csharp_enum_named_like_a_nested_type()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  mode: {type: string, enum: [merge-into, replace, "2phase", MERGE_INTO, replace]}
                  levels: {type: array, items: {type: string, enum: [debug, info]}}
            """));

        Assert.Equal("JobSpecMode?", import.Type("JobSpec").Property("mode").Type);
        var mode = import.Type("JobSpecMode");
        Assert.Equal(CrdTypeKind.Enum, mode.Kind);
        Assert.Equal(
            [new CrdEnumMember("MergeInto", "merge-into"), new("Replace", "replace"), new("_2phase", "2phase"), new("MERGE_INTO", "MERGE_INTO")],
            mode.Members);
        Assert.Equal(List + "JobSpecLevels>?", import.Type("JobSpec").Property("levels").Type);
        Assert.Equal(["Debug", "Info"], import.Type("JobSpecLevels").Members.Select(m => m.Name));
    }

    [Fact]
    public void Enum_values_that_pascal_case_alike_are_numbered()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec: {type: object, properties: {mode: {type: string, enum: [a-b, aB, a_b]}}}
            """));

        Assert.Equal(["AB", "AB2", "A_b"], import.Type("JobSpecMode").Members.Select(m => m.Name));
    }

    [Fact]
    public void A_union_no_record_expresses_is_object_with_a_warning_at_the_schema()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  either:
                    oneOf:
                      - type: string
                      - type: array
                        items: {type: string}
            """));

        Assert.Equal("object?", import.Type("JobSpec").Property("either").Type);
        var warning = Assert.Single(import.Problems);
        Assert.Equal(("KD8002", Rules.RuleSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("oneOf at Job.spec.either: written as object", warning.Message);
        Assert.Equal(23, warning.Line);
    }

    [Fact]
    public void A_oneOf_that_only_constrains_presence_beside_properties_keeps_the_record()
    {
        // Strimzi's style: oneOf lists which one of the properties must be set (tests/fixtures/upstream/strimzi/SOURCE.md).
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  value: {type: string}
                  valueFrom: {type: object, properties: {ref: {type: string}}}
                oneOf:
                  - properties: {value: {}}
                    required: [value]
                  - properties: {valueFrom: {}}
                    required: [valueFrom]
            """));

        Assert.Equal(["value", "valueFrom"], import.Type("JobSpec").Properties.Select(p => p.JsonName));
        Assert.Empty(import.Problems);
    }
}

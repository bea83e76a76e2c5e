using KubeDsl.CustomResources;

namespace KubeDsl.Generators.Tests.Crd;

/// <summary>How schema names become C# names (docs/adr/0015).</summary>
public sealed class CrdNamingTests
{
    [Theory]
    [InlineData("timeZone", "TimeZone")]
    [InlineData("spec", "Spec")]
    [InlineData("merge-into", "MergeInto")]
    [InlineData("x.y/z", "XYZ")]
    [InlineData("$ref", "Ref")]
    [InlineData("NONE", "NONE")]
    [InlineData("tls_version", "Tls_version")]
    [InlineData("2xx", "_2xx")]
    [InlineData("", "Empty")]
    [InlineData("--", "Empty")]
    public void Field_names_are_pascal_cased_dropping_what_an_identifier_cannot_hold(string field, string expected) =>
        Assert.Equal(expected, CrdNames.Pascal(field));

    private const string Nested = """
        type: object
        properties:
          spec:
            type: object
            properties:
              exposeExternally:
                type: object
                properties:
                  type:
                    type: string
              stages:
                type: array
                items:
                  type: object
                  properties:
                    name:
                      type: string
        """;

    [Fact]
    public void The_kind_names_the_root_and_each_property_appends_its_pascal_name()
    {
        var import = CrdText.Import(CrdText.Of("Hazelcast", Nested));

        Assert.Equal(["Hazelcast", "HazelcastSpec", "HazelcastSpecExposeExternally", "HazelcastSpecStages"], import.Types.Select(t => t.Name));
        Assert.Equal("HazelcastSpec?", import.Type("Hazelcast").Property("spec").Type);
        Assert.Equal("HazelcastSpecExposeExternally?", import.Type("HazelcastSpec").Property("exposeExternally").Type);
        Assert.Equal("Type", import.Type("HazelcastSpecExposeExternally").Property("type").Name);
        Assert.Empty(import.Problems);
    }

    [Fact]
    public void Array_items_are_named_from_the_array_property()
    {
        var import = CrdText.Import(CrdText.Of("IngestPipeline", Nested));

        Assert.Equal("global::System.Collections.Generic.List<IngestPipelineSpecStages>?", import.Type("IngestPipelineSpec").Property("stages").Type);
        Assert.Equal("IngestPipeline.spec.stages[]", import.Type("IngestPipelineSpecStages").SchemaPath);
    }

    [Fact]
    public void Two_paths_giving_one_type_name_number_the_second_and_warn_naming_both()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  aB:
                    type: object
                    properties:
                      x: {type: string}
              specA:
                type: object
                properties:
                  b:
                    type: object
                    properties:
                      y: {type: string}
            """));

        Assert.Equal("JobSpecAB", import.Type("JobSpec").Property("aB").Type.TrimEnd('?'));
        Assert.Equal("JobSpecAB2", import.Type("JobSpecA").Property("b").Type.TrimEnd('?'));
        var warning = Assert.Single(import.Problems);
        Assert.Equal("KD8003", warning.Id);
        Assert.Equal(Rules.RuleSeverity.Warning, warning.Severity);
        Assert.Contains("Job.specA.b", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Job.spec.aB", warning.Message, StringComparison.Ordinal);
        Assert.Contains("JobSpecAB2", warning.Message, StringComparison.Ordinal);
        // The second path's schema, line 14 of the schema, 16 lines below the CRD's first line.
        Assert.Equal(30, warning.Line);
        Assert.Equal(19, warning.Column);
    }

    [Fact]
    public void A_name_of_a_kubernetes_or_kubedsl_type_is_numbered_with_a_warning()
    {
        var import = CrdText.Import(CrdText.Of("Meta", """
            type: object
            properties:
              spec: {type: object, properties: {a: {type: string}}}
            """));

        Assert.Equal("Meta2", import.Types[0].Name);
        Assert.Equal("Meta2Spec", import.Types[1].Name);
        var warning = Assert.Single(import.Problems);
        Assert.Equal("KD8003", warning.Id);
        Assert.Contains("the type Meta of k8s.Models or KubeDsl", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_fields_giving_one_property_name_number_the_second_and_warn()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  fooBar: {type: string}
                  foo-bar: {type: string}
            """));

        var spec = import.Type("JobSpec");
        Assert.Equal("FooBar", spec.Property("fooBar").Name);
        Assert.Equal("FooBar2", spec.Property("foo-bar").Name);
        var warning = Assert.Single(import.Problems);
        Assert.Equal("KD8003", warning.Id);
        Assert.Contains("Job.spec.foo-bar", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Job.spec.fooBar", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_named_as_its_record_is_numbered()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  jobSpec: {type: string}
            """));

        Assert.Equal("JobSpec2", import.Type("JobSpec").Property("jobSpec").Name);
        Assert.Equal("KD8003", Assert.Single(import.Problems).Id);
    }

    [Fact]
    public void A_property_named_as_a_member_every_record_has_is_numbered_and_compiles()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  equals: {type: string}
                  toString: {type: boolean}
            """));

        Assert.Equal(["Equals2", "ToString2"], import.Type("JobSpec").Properties.Select(p => p.Name));
        Assert.All(import.Problems, p => Assert.Contains("the member every record has", p.Message, StringComparison.Ordinal));
        Assert.Equal(2, import.Problems.Count);
        var diagnostics = GeneratorHarness.Compile(CrdSourceWriter.Write(import)).GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_reserved_names_hold_every_public_type_of_the_KubeDsl_namespace()
    {
        var kubeDsl = typeof(ManifestAttribute).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "KubeDsl" && !t.IsNested)
            .Select(t => t.Name.Split('`')[0])
            .ToList();

        Assert.NotEmpty(kubeDsl);
        var missing = string.Join(", ", kubeDsl.Where(n => !CrdImporter.ReservedNames.Contains(n)));
        Assert.True(missing.Length == 0, "not reserved: " + missing);
    }
}

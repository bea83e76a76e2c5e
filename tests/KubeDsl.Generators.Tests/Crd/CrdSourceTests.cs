using System.Reflection;
using System.Text.Json.Serialization;
using KubeDsl.CustomResources;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Crd;

/// <summary>The C# the import writes: it compiles against KubernetesClient and KubeDsl, docs are escaped, known types are used.</summary>
public sealed class CrdSourceTests(ITestOutputHelper output)
{
    private static IReadOnlyList<Diagnostic> Compile(string source, params string[] more)
    {
        var compilation = GeneratorHarness.Compile([source, .. more]);
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    [Fact]
    public void The_vendored_hazelcast_crds_compile_without_warnings()
    {
        var import = CrdImporter.Import(CrdText.Hazelcast, "Acme.Platform");
        var source = CrdSourceWriter.Write(import);

        Assert.DoesNotContain(import.Problems, p => p.Severity == Rules.RuleSeverity.Error);
        var diagnostics = Compile(source);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(20)));
        output.WriteLine($"Hazelcast: {CrdText.Hazelcast.Count()} files, {import.Types.Count} types, {source.Split('\n').Length} lines, {import.Problems.Count} warnings");
        foreach (var problem in import.Problems)
        {
            output.WriteLine(problem.ToString());
        }
    }

    [Fact]
    public void The_vendored_strimzi_crds_compile_without_warnings()
    {
        var import = CrdImporter.Import(CrdText.Strimzi, "Acme.Kafka");
        var source = CrdSourceWriter.Write(import);

        Assert.DoesNotContain(import.Problems, p => p.Severity == Rules.RuleSeverity.Error);
        var diagnostics = Compile(source);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(20)));
        output.WriteLine($"Strimzi: {import.Types.Count} types, {source.Split('\n').Length} lines, {import.Problems.Count} warnings");
        foreach (var problem in import.Problems.Take(30))
        {
            output.WriteLine(problem.ToString());
        }
    }

    /// <summary>The operators KubeDsl has hand-written models for: their CRDs import and compile too, each in a namespace of its own.</summary>
    [Theory]
    [InlineData("spark-operator", "Acme.Spark", 3)]
    [InlineData("flink-operator", "Acme.Flink", 3)]
    public void The_vendored_spark_and_flink_operator_crds_compile_without_warnings(string folder, string ns, int kinds)
    {
        var files = folder == "spark-operator" ? CrdText.SparkOperator : CrdText.FlinkOperator;
        var import = CrdImporter.Import(files, ns);
        var source = CrdSourceWriter.Write(import);

        Assert.Empty(import.Problems);
        Assert.Equal(kinds, import.Types.Count(t => t.Entity is not null));
        var diagnostics = Compile(source);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(20)));
        output.WriteLine($"{folder}: {files.Count()} files, {import.Types.Count} types ({string.Join(", ", import.Types.Where(t => t.Entity is not null).Select(t => t.Name))}), {source.Split('\n').Length} lines, {import.KnownTypes.Count} k8s.Models types used, {import.Problems.Count} warnings");
        foreach (var problem in import.Problems.Take(30))
        {
            output.WriteLine(problem.ToString());
        }
    }

    [Fact]
    public void Users_build_resources_with_object_initializers_and_with()
    {
        var source = CrdSourceWriter.Write(CrdImporter.Import(CrdText.Hazelcast, "Acme.Platform"));
        var use = """
            #nullable enable
            using Acme.Platform;
            using k8s.Models;
            public static class Use
            {
                public static Hazelcast Cluster => new()
                {
                    Metadata = new V1ObjectMeta { Name = "hz" },
                    Spec = new HazelcastSpec
                    {
                        ClusterSize = 3,
                        ExposeExternally = new HazelcastSpecExposeExternally { Type = HazelcastSpecExposeExternallyType.Smart },
                        Scheduling = new HazelcastSpecScheduling { Tolerations = [new V1Toleration { Key = "k" }], Affinity = new V1Affinity() },
                        Resources = new V1ResourceRequirements(),
                    },
                };

                public static Hazelcast Bigger => Cluster with { Spec = Cluster.Spec! with { ClusterSize = 5 } };

                public static string ApiVersion => ((k8s.IKubernetesObject)Cluster).ApiVersion;
            }
            """;

        var diagnostics = Compile(source, use);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Take(20)));
    }

    [Fact]
    public void Descriptions_become_escaped_xml_docs_and_the_source_has_the_conventions()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            description: "Job runs <things> & more.\nSecond line."
            required: [spec]
            properties:
              spec:
                type: object
                description: The job's spec.
                required: [image]
                properties:
                  image: {type: string, description: "Use a <repo>:<tag> image, not */."}
                  mode: {type: string, enum: [merge-into], description: How & when.}
            """));
        var source = CrdSourceWriter.Write(import);

        Assert.Contains("/// Job runs &lt;things&gt; &amp; more.\n/// Second line.\n", source, StringComparison.Ordinal);
        Assert.Contains("    /// Use a &lt;repo&gt;:&lt;tag&gt; image, not */.\n", source, StringComparison.Ordinal);
        Assert.Contains("[global::k8s.Models.KubernetesEntity(Group = \"example.com\", ApiVersion = \"v1\", Kind = \"Job\", PluralName = \"jobs\")]\npublic sealed record Job : global::k8s.IKubernetesObject<global::k8s.Models.V1ObjectMeta>", source, StringComparison.Ordinal);
        Assert.Contains("    [global::System.Text.Json.Serialization.JsonPropertyName(\"image\")]\n    public required string Image { get; init; }\n", source, StringComparison.Ordinal);
        Assert.Contains("    public JobSpecMode? Mode { get; init; }\n", source, StringComparison.Ordinal);
        Assert.Contains("    [global::System.Runtime.Serialization.EnumMember(Value = \"merge-into\")]\n    MergeInto,\n", source, StringComparison.Ordinal);

        // The docs are well-formed XML: the compiler checks them when documentation is on (CS1570 otherwise).
        var compilation = GeneratorHarness.Compile().AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            source, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose)));
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    [Fact]
    public void Each_known_type_lists_the_json_fields_of_its_kubernetes_type()
    {
        var differ = new List<string>();
        foreach (var entry in CrdKnownTypes.All)
        {
            var type = typeof(k8s.Models.V1Affinity).Assembly.GetType("k8s.Models." + entry.Type) ?? throw new Xunit.Sdk.XunitException("no k8s.Models." + entry.Type);
            var fields = string.Join(" ", type.GetProperties().Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).OfType<string>().Order(StringComparer.Ordinal));
            if (fields != string.Join(" ", entry.Fields.Order(StringComparer.Ordinal)))
            {
                differ.Add(entry.Type + ": " + fields);
            }
        }

        Assert.True(differ.Count == 0, string.Join("\n", differ));
    }

    [Fact]
    public void Known_kubernetes_types_replace_copies_in_the_vendored_crds()
    {
        var hazelcast = CrdImporter.Import(CrdText.Hazelcast, "Acme.Platform").KnownTypes;
        var strimzi = CrdImporter.Import(CrdText.Strimzi, "Acme.Kafka").KnownTypes;

        output.WriteLine($"Hazelcast: {hazelcast.Count} embedded schemas written as k8s.Models types");
        foreach (var group in hazelcast.GroupBy(k => k.Type).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()} ({string.Join(", ", group.Take(3).Select(k => k.SchemaPath))}{(group.Count() > 3 ? ", ..." : "")})");
        }

        output.WriteLine($"Strimzi: {strimzi.Count} embedded schemas written as k8s.Models types");
        foreach (var group in strimzi.GroupBy(k => k.Type).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()} ({string.Join(", ", group.Take(3).Select(k => k.SchemaPath))}{(group.Count() > 3 ? ", ..." : "")})");
        }

        Assert.Contains(new CrdKnownTypeUse("Hazelcast.spec.scheduling.affinity", "V1Affinity"), hazelcast);
        Assert.Contains(new CrdKnownTypeUse("Hazelcast.spec.scheduling.tolerations[]", "V1Toleration"), hazelcast);
        Assert.Contains(new CrdKnownTypeUse("Hazelcast.spec.resources", "V1ResourceRequirements"), hazelcast);
        Assert.Contains(strimzi, k => k.Type == "V1Affinity");
    }

    [Fact]
    public void A_schema_with_a_field_the_kubernetes_type_lacks_is_generated()
    {
        var import = CrdText.Import(CrdText.Of("Job", """
            type: object
            properties:
              spec:
                type: object
                properties:
                  resources: {type: object, properties: {limits: {type: object}, cpuShare: {type: integer}}}
                  env: {type: array, items: {type: object, properties: {name: {type: string}, value: {type: string}}}}
            """));

        Assert.Equal("JobSpecResources?", import.Type("JobSpec").Property("resources").Type);
        Assert.Equal("global::System.Collections.Generic.List<global::k8s.Models.V1EnvVar>?", import.Type("JobSpec").Property("env").Type);
        Assert.Equal([new CrdKnownTypeUse("Job.spec.env[]", "V1EnvVar")], import.KnownTypes);
    }
}

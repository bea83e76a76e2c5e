using System.Globalization;

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>
/// The helpers the package adds to every project as source (<c>Meta</c>, <c>Requirements</c>, <c>EnvVar</c>,
/// <c>JvmMemory</c>) evaluate at build time and write what the same objects written out write.
/// </summary>
public class HelperTests
{
    private static string Pod(string metadata, string resources, string env) => GeneratorHarness.Usings + $$"""
        public static class Defs
        {
            [Manifest("pod.yaml")]
            public static V1Pod Pod => new()
            {
                Metadata = {{metadata}},
                Spec = new V1PodSpec
                {
                    Containers = [new V1Container { Name = "main", Image = "busybox:1.36", Resources = {{resources}}, Env = {{env}} }],
                },
            };
        }
        """;

    [Fact]
    public void Helpers_write_the_same_pod_as_the_objects_written_out()
    {
        var helpers = GeneratorHarness.Run(GeneratorHarness.HelperSource, Pod(
            "Meta.Of(\"worker\", \"data\", labels: new Dictionary<string, string> { [\"team\"] = \"etl\" })",
            "Requirements.Of(cpu: \"500m\", memory: \"1Gi\", memoryLimit: \"1Gi\")",
            "[EnvVar.Of(\"MODE\", \"batch\"), EnvVar.FromSecret(\"DB_PASSWORD\", \"db\", \"password\"), EnvVar.FromConfigMap(\"REGION\", \"settings\", \"region\", optional: true), EnvVar.FromField(\"POD\", \"metadata.name\")]"));
        var written = GeneratorHarness.Run(Pod(
            "new V1ObjectMeta { Name = \"worker\", NamespaceProperty = \"data\", Labels = new Dictionary<string, string> { [\"team\"] = \"etl\" } }",
            "new V1ResourceRequirements { Requests = new Dictionary<string, ResourceQuantity> { [\"cpu\"] = \"500m\", [\"memory\"] = \"1Gi\" }, Limits = new Dictionary<string, ResourceQuantity> { [\"memory\"] = \"1Gi\" } }",
            """
            [
                new V1EnvVar { Name = "MODE", Value = "batch" },
                new V1EnvVar { Name = "DB_PASSWORD", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "db", Key = "password" } } },
                new V1EnvVar { Name = "REGION", ValueFrom = new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Name = "settings", Key = "region", Optional = true } } },
                new V1EnvVar { Name = "POD", ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } },
            ]
            """));

        Assert.Empty(helpers.Diagnostics);
        Assert.Empty(written.Diagnostics);
        Assert.Contains("        secretKeyRef:\n          key: password\n          name: db\n", helpers.Single(), StringComparison.Ordinal);
        Assert.Equal(written.Single(), helpers.Single());
    }

    [Fact]
    public void Guaranteed_sets_limits_equal_to_requests_and_unset_values_are_left_out()
    {
        var guaranteed = GeneratorHarness.Run(GeneratorHarness.HelperSource, Pod("Meta.Of(\"a\")", "Requirements.Guaranteed(\"1\", \"2Gi\")", "[]")).Single();
        var cpuOnly = GeneratorHarness.Run(GeneratorHarness.HelperSource, Pod("Meta.Labeled(new Dictionary<string, string> { [\"x\"] = \"y\" })", "Requirements.Of(cpu: \"250m\")", "[]")).Single();

        Assert.Contains("    resources:\n      limits:\n        cpu: \"1\"\n        memory: 2Gi\n      requests:\n        cpu: \"1\"\n        memory: 2Gi\n", guaranteed, StringComparison.Ordinal);
        Assert.Contains("    resources:\n      requests:\n        cpu: 250m\n", cpuOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("limits", cpuOnly, StringComparison.Ordinal);
        Assert.Contains("metadata:\n  labels:\n    x: \"y\"\n", cpuOnly, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JvmMemory.Mebibytes(512)", "512m")]
    [InlineData("JvmMemory.Gibibytes(2)", "2g")]
    public void JvmMemory_writes_Spark_sizes(string expression, string expected)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.HelperSource, "public static class Defs { [Manifest(\"x.yaml\")] public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { [\"value\"] = " + expression + " } }; }");

        Assert.Empty(run.Diagnostics);
        Assert.EndsWith("data:\n  value: " + expected + "\n", run.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_in_a_helper_argument_is_at_the_callers_literal_and_unsupported_values_say_so()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.HelperSource, Pod("Meta.Of(\"worker\")", "Requirements.Of(cpu: \"lots\")", "[]"));

        var error = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", error.Id);
        Assert.Contains("lots", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var at = error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan);
        Assert.Equal("\"lots\"", at);
        Assert.Contains("[Manifest(", error.Location.SourceTree.ToString(), StringComparison.Ordinal);
    }
}

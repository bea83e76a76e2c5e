using KubeDsl.TestKit;

namespace KubeDsl.Samples.Tests;

/// <summary>
/// The Airflow samples load the way Airflow loads a pod template file: PyYAML's safe_load, then the kubernetes
/// Python client's model deserialization into a V1Pod (what the cncf.kubernetes provider's PodGenerator does).
/// </summary>
public class AirflowTemplateTests
{
    // Deserializes into V1Pod, then serializes the model back: anything the client's model does not know (a
    // misspelt field) is lost on the way and shows as a difference.
    private const string Script = """
        import json, sys, yaml
        from kubernetes.client import ApiClient
        client = ApiClient()
        data = yaml.safe_load(sys.stdin.read())
        pod = client._ApiClient__deserialize(data, "V1Pod")
        back = client.sanitize_for_serialization(pod)
        print(json.dumps({"first": pod.spec.containers[0].name, "same": back == data, "back": back}))
        """;

    public static IEnumerable<object[]> Templates => SampleCatalog.All
        .Where(s => s.SourceMember.StartsWith("Samples.PodTemplates.Airflow.", StringComparison.Ordinal))
        .Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_loads_as_a_V1Pod_with_the_base_container_first(SampleManifest sample)
    {
        var python = Python.ForTest("apt-get install python3-kubernetes python3-yaml", "kubernetes", "yaml");
        if (python is null)
        {
            // Debian's python3-kubernetes is not installed here; .ci/run installs it, so CI always runs this.
            return;
        }

        var (exitCode, output, error) = Python.Run(python, Script, File.ReadAllText(sample.ManifestPath));
        Assert.True(exitCode == 0, error);
        using var result = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("base", result.RootElement.GetProperty("first").GetString());
        Assert.True(result.RootElement.GetProperty("same").GetBoolean(), "The kubernetes client's V1Pod lost or changed fields: " + result.RootElement.GetProperty("back"));
    }

    [Fact]
    public void The_check_notices_a_field_the_client_does_not_know()
    {
        var python = Python.ForTest("apt-get install python3-kubernetes python3-yaml", "kubernetes", "yaml");
        if (python is null)
        {
            return;
        }

        var (exitCode, output, error) = Python.Run(python, Script, "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: base\n    imagePullPolcy: Always\n");
        Assert.True(exitCode == 0, error);
        using var result = System.Text.Json.JsonDocument.Parse(output);
        Assert.False(result.RootElement.GetProperty("same").GetBoolean());
    }
}

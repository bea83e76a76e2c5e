using KubeDsl.Schemas;
using KubeDsl.TestKit;

namespace KubeDsl.Build.Tests;

/// <summary>
/// Builds a project with KubeDslKustomization=true, as a user would, and runs <c>kubectl kustomize</c> over the
/// folder it writes: every resource written comes out, unchanged; and a folder holding one object twice, which
/// the build warns of (KD0016), is the one Kustomize refuses.
/// </summary>
public sealed class KustomizeTests : IDisposable
{
    private readonly string project = Path.Combine(Path.GetTempPath(), "kubedsl-kustomize-" + Guid.NewGuid().ToString("N"));

    private string Manifests => Path.Combine(project, "manifests");

    public void Dispose()
    {
        if (Directory.Exists(project))
        {
            Directory.Delete(project, recursive: true);
        }
    }

    // The Spark application of the other end-to-end tests, a file of two documents in another folder, and one
    // file per resource from a placeholder path.
    private void WriteProject(string settingsName)
    {
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Jobs.csproj"), SourceProjects.Text("<KubeDslKustomization>true</KubeDslKustomization>"));
        File.WriteAllText(Path.Combine(project, "Jobs.cs"), Definitions.SparkPi("spark/spark-pi.yaml"));
        File.WriteAllText(Path.Combine(project, "Config.cs"), $$"""
            using System.Collections.Generic;
            using k8s.Models;
            using KubeDsl;

            public static class Config
            {
                [Manifest("config/settings.yaml")]
                public static object[] Settings =>
                [
                    new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "{{settingsName}}", NamespaceProperty = "default" }, Data = new Dictionary<string, string> { ["level"] = "info" } },
                    new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "spark-operator-spark", NamespaceProperty = "default" } },
                ];

                [Manifest("config/maps/{name}.yaml")]
                public static List<V1ConfigMap> Maps =>
                [
                    new() { Metadata = new() { Name = "first", NamespaceProperty = "default" }, Data = new Dictionary<string, string> { ["n"] = "1" } },
                    new() { Metadata = new() { Name = "second", NamespaceProperty = "default" }, Data = new Dictionary<string, string> { ["n"] = "2" } },
                ];
            }
            """);
    }

    private (int ExitCode, string Output) Build() => Processes.Dotnet(project, ["build", "--nologo", "-v:n"]);

    private static string Identity(YamlTree resource)
    {
        var mapping = (YamlMapping)resource;
        var metadata = (YamlMapping)mapping["metadata"];
        return mapping.ScalarText("apiVersion") + " " + mapping.ScalarText("kind") + " " + metadata.ScalarText("namespace") + "/" + metadata.ScalarText("name");
    }

    [KubectlFact]
    public void Kustomize_yields_every_resource_the_build_writes()
    {
        WriteProject("settings");
        var build = Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("KD0016", build.Output, StringComparison.Ordinal);

        var written = Directory.EnumerateFiles(Manifests, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "kustomization.yaml")
            .SelectMany(f => YamlTree.ParseAll(File.ReadAllText(f)))
            .ToDictionary(Identity);
        Assert.Equal(
            [
                "sparkoperator.k8s.io/v1beta2 SparkApplication default/spark-pi",
                "v1 ConfigMap default/first",
                "v1 ConfigMap default/second",
                "v1 ConfigMap default/settings",
                "v1 ServiceAccount default/spark-operator-spark",
            ],
            written.Keys.Order(StringComparer.Ordinal));

        var kustomize = Kubectl.Kustomize(Manifests);
        Assert.True(kustomize.ExitCode == 0, kustomize.Output);
        var rendered = YamlTree.ParseAll(kustomize.Output).ToDictionary(Identity);

        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), rendered.Keys.Order(StringComparer.Ordinal));
        foreach (var (identity, resource) in written)
        {
            var differences = SemanticYaml.Diff([resource], [rendered[identity]]);
            Assert.True(differences.Count == 0, identity + " differs after kustomize:\n" + SemanticYaml.Describe(differences));
        }
    }

    [KubectlFact]
    public void The_folder_the_build_warns_of_is_the_one_kustomize_refuses()
    {
        // The settings ConfigMap takes the name of one the placeholder path writes.
        WriteProject("first");
        var build = Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Config.cs(7,6): warning KD0016: ConfigMap default/first in 'config/settings.yaml' is also written to 'config/maps/first.yaml' (Config.Maps)", build.Output, StringComparison.Ordinal);
        Assert.Contains("Config.cs(14,6): warning KD0016: ConfigMap default/first in 'config/maps/first.yaml' is also written to 'config/settings.yaml' (Config.Settings)", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Manifests, "config", "settings.yaml")));

        var kustomize = Kubectl.Kustomize(Manifests);
        Assert.NotEqual(0, kustomize.ExitCode);
        Assert.Contains("already registered id", kustomize.Output, StringComparison.Ordinal);
    }
}

using System.Collections;
using KubeDsl.TestKit;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KubeDsl.Build.Tests;

/// <summary>The build step that writes CRD types before CoreCompile (docs/adr/0015).</summary>
public sealed class ImportCrdsTests : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("kubedsl-crds-").FullName;

    public void Dispose() => Directory.Delete(project, recursive: true);

    private sealed class Engine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = [];

        public List<BuildWarningEventArgs> Warnings { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }

    private (ImportCrds Task, Engine Engine, bool Result) Run(params ITaskItem[] crds)
    {
        var engine = new Engine();
        var task = new ImportCrds { BuildEngine = engine, Crds = crds, ProjectDirectory = project, OutputDirectory = Path.Combine("obj", "kubedsl", "crds") };
        return (task, engine, task.Execute());
    }

    private static TaskItem Item(string path, string ns, string? version = null)
    {
        var item = new TaskItem(path);
        item.SetMetadata("Namespace", ns);
        if (version is not null)
        {
            item.SetMetadata("Version", version);
        }

        return item;
    }

    private void CopyHazelcast(string name)
    {
        Directory.CreateDirectory(Path.Combine(project, "crds"));
        File.Copy(Fixtures.Path("upstream", "hazelcast-operator", "crds", name), Path.Combine(project, "crds", name));
    }

    [Fact]
    public void Writes_one_file_per_namespace_and_rewrites_only_when_the_text_changes()
    {
        CopyHazelcast("hazelcast.com_hazelcasts.yaml");
        CopyHazelcast("hazelcast.com_maps.yaml");
        var items = new[] { Item("crds/hazelcast.com_hazelcasts.yaml", "Acme.Platform"), Item("crds/hazelcast.com_maps.yaml", "Acme.Platform") };

        var first = Run(items);

        Assert.True(first.Result);
        Assert.Empty(first.Engine.Errors);
        var generated = Assert.Single(first.Task.Generated).ItemSpec;
        Assert.Equal(Path.Combine(project, "obj", "kubedsl", "crds", "Acme.Platform.g.cs"), generated);
        Assert.Equal(1, first.Task.WrittenCount);
        var text = File.ReadAllText(generated);
        Assert.Contains("public sealed record Hazelcast : global::k8s.IKubernetesObject", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record Map : global::k8s.IKubernetesObject", text, StringComparison.Ordinal);
        var written = File.GetLastWriteTimeUtc(generated);

        var second = Run(items);

        Assert.True(second.Result);
        Assert.Equal(0, second.Task.WrittenCount);
        Assert.Equal(written, File.GetLastWriteTimeUtc(generated));
    }

    [Fact]
    public void Findings_are_build_errors_and_warnings_at_the_crd_files_line()
    {
        Directory.CreateDirectory(Path.Combine(project, "crds"));
        File.WriteAllText(Path.Combine(project, "crds", "bad.yaml"), "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec: [\n");

        var run = Run(Item("crds/bad.yaml", "Acme.Platform"));

        Assert.False(run.Result);
        var error = Assert.Single(run.Engine.Errors);
        Assert.Equal(("KD8001", "crds/bad.yaml", 4), (error.Code, error.File, error.LineNumber));
    }

    [Fact]
    public void A_version_that_is_not_there_and_a_bad_namespace_fail_the_build()
    {
        CopyHazelcast("hazelcast.com_maps.yaml");

        var run = Run(Item("crds/hazelcast.com_maps.yaml", "Acme.Platform", "v9"), Item("crds/hazelcast.com_maps.yaml", "Acme-Platform"));

        Assert.False(run.Result);
        Assert.Equal(["KD8004", "KD8005"], run.Engine.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Contains(run.Engine.Errors, e => e.Code == "KD8004" && e.Message!.Contains("has no version v9; it has v1alpha1", StringComparison.Ordinal));
    }
}

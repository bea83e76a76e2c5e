using KubeDsl.TestKit;

namespace KubeDsl.Build.Tests;

/// <summary>
/// The KubeDsl package packed once, on first use, into a local feed with a version of its own (so the global package
/// cache cannot hand back an older build of the same version), for the tests of <see cref="PackageTests"/>.
/// </summary>
public sealed class PackedKubeDsl : IDisposable
{
    private readonly Lazy<string> feed;

    public PackedKubeDsl()
    {
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Folder = Path.Combine(Path.GetTempPath(), "kubedsl-feed-" + Guid.NewGuid().ToString("N"));
        feed = new Lazy<string>(() =>
        {
            var pack = Processes.Dotnet(Fixtures.RepoRoot, "pack", "src/KubeDsl/KubeDsl.csproj", "-c", "Release", "-o", Folder, "-p:Version=" + Version, "--nologo");
            Assert.True(pack.ExitCode == 0, pack.Output);
            return Folder;
        });
    }

    public string Version { get; }

    private string Folder { get; }

    /// <summary>The feed folder holding KubeDsl.<see cref="Version"/>.nupkg; packs on first use.</summary>
    public string Feed => feed.Value;

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>
/// The KubeDsl package on its own: packed into a local feed, referenced by a fresh project with no project
/// references, it generates the manifest and reports rule diagnostics, as it does for the samples, and imports CRD
/// files into C# with KubeDslCrd items. The template package and the kubedsl tool package install from the same
/// kind of feed.
/// </summary>
public sealed class PackageTests(PackedKubeDsl packed) : IDisposable, IClassFixture<PackedKubeDsl>
{
    private readonly string work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kubedsl-package-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Packed_package_generates_manifests_and_reports_diagnostics_in_a_fresh_project()
    {
        var (feed, version) = (packed.Feed, packed.Version);
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, "KubeDsl." + version + ".nupkg")))
        {
            var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);

            // Each compiler-side part with the shared assemblies it loads from its own folder, once per folder.
            string[] expected =
            [
                "lib/net8.0/KubeDsl.dll", "lib/net8.0/KubeDsl.Core.dll",
                "analyzers/dotnet/cs/KubeDsl.Generators.dll", "analyzers/dotnet/cs/KubeDsl.Analyzers.dll", "analyzers/dotnet/cs/KubeDsl.CodeFixes.dll",
                "analyzers/dotnet/cs/KubeDsl.Core.dll", "analyzers/dotnet/cs/KubeDsl.Evaluation.dll",
                "tasks/netstandard2.0/KubeDsl.Build.dll", "tasks/netstandard2.0/KubeDsl.Core.dll", "tasks/netstandard2.0/YamlDotNet.dll",
                "analyzers/dotnet/cs/KubeDsl.Generators.pdb", "analyzers/dotnet/cs/KubeDsl.Analyzers.pdb", "analyzers/dotnet/cs/KubeDsl.CodeFixes.pdb",
                "analyzers/dotnet/cs/KubeDsl.Core.pdb", "analyzers/dotnet/cs/KubeDsl.Evaluation.pdb",
            ];
            Assert.All(expected, e => Assert.Contains(e, entries));
            Assert.DoesNotContain(entries, e => e.EndsWith("/KubeDsl.Evaluation.dll", StringComparison.Ordinal) && !e.StartsWith("analyzers/", StringComparison.Ordinal));
            Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
        }

        var project = Path.Combine(work, "app");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), SourceProjects.NuGetConfig(feed));
        File.WriteAllText(Path.Combine(project, "App.csproj"), SourceProjects.Package(version, """
            <KubeDslInventory Include="cluster/*.yaml" />
                <KubeDslValues Include="values/*.yaml" />
            """));
        File.WriteAllText(Path.Combine(project, "Jobs.cs"), Definitions.SparkPi("spark/spark-pi.yaml").Replace("\"spark:3.5.3\"", "\"spark:latest\"", StringComparison.Ordinal));

        // The driver's service account exists in the cluster: the inventory says so, without RBAC for it.
        Directory.CreateDirectory(Path.Combine(project, "cluster"));
        File.WriteAllText(Path.Combine(project, "cluster", "accounts.yaml"), "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: spark-operator-spark\n  namespace: default\n");

        // Data in a values file, one file per resource.
        Directory.CreateDirectory(Path.Combine(project, "values"));
        File.WriteAllText(Path.Combine(project, "values", "teams.yaml"), "- name: sales\n  owner: ana\n- name: crm\n  owner: bo\n");
        File.WriteAllText(Path.Combine(project, "Teams.cs"), """
            using System.Collections.Generic;
            using System.Linq;
            using k8s.Models;
            using KubeDsl;

            public sealed record Team(string Name, string Owner);

            public static class Teams
            {
                [Manifest("teams/{name}.yaml")]
                public static List<V1ConfigMap> All => KubeDslValues.Load<List<Team>>("values/teams.yaml")
                    .Select(t => new V1ConfigMap { Metadata = new() { Name = t.Name, NamespaceProperty = "default" }, Data = new Dictionary<string, string> { ["owner"] = t.Owner } })
                    .ToList();
            }
            """);

        var build = Run(project, "build", "--nologo", "-v:n");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("  owner: ana\n", File.ReadAllText(Path.Combine(project, "manifests", "teams", "sales.yaml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "manifests", "teams", "crm.yaml")));
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "values", "teams.yaml")), "values files are copied next to the application");
        var manifest = File.ReadAllText(Path.Combine(project, "manifests", "spark", "spark-pi.yaml"));
        Assert.StartsWith("# Generated by KubeDsl from Jobs.Pi.", manifest, StringComparison.Ordinal);
        Assert.Contains("kind: SparkApplication\n", manifest, StringComparison.Ordinal);
        Assert.Contains("warning KD1003: Image 'spark:latest' uses the moving tag 'latest'", build.Output, StringComparison.Ordinal);

        // The package's analyzers read the inventory (YamlDotNet ships beside them): the account is known, so its RBAC is checked.
        Assert.DoesNotContain("KD5001", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning KD5004: The driver's service account 'spark-operator-spark' cannot run a Spark driver", build.Output, StringComparison.Ordinal);

        // An edit of the values file alone rebuilds the manifests; a key the record lacks fails at its line.
        File.WriteAllText(Path.Combine(project, "values", "teams.yaml"), "- name: sales\n  owner: ana\n- name: web\n  owner: cy\n");
        build = Run(project, "build", "--nologo", "-v:n");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(project, "manifests", "teams", "web.yaml")));
        Assert.False(File.Exists(Path.Combine(project, "manifests", "teams", "crm.yaml")), "the file of a removed entry is pruned");

        File.WriteAllText(Path.Combine(project, "values", "teams.yaml"), "- name: sales\n  ownr: ana\n");
        build = Run(project, "build", "--nologo", "-v:n");
        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(Path.Combine("values", "teams.yaml") + "(2,3): error KD0013: values/teams.yaml: Team has no property for key 'ownr'; its keys are name, owner", build.Output, StringComparison.Ordinal);

        SharedHelpersPackage(feed, version);
    }

    // A platform team's helpers as a source-only package (docs/shared-helpers.md): a product team references only
    // it, gets KubeDsl through it, calls its helpers in definitions, and findings point at its own call.
    private void SharedHelpersPackage(string feed, string version)
    {
        var helpers = Path.Combine(work, "helpers");
        Directory.CreateDirectory(helpers);
        File.Copy(Path.Combine(work, "app", "nuget.config"), Path.Combine(helpers, "nuget.config"));
        File.WriteAllText(Path.Combine(helpers, "Acme.Platform.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PackageId>Acme.Platform</PackageId>
                <Version>{{version}}</Version>
                <IncludeBuildOutput>false</IncludeBuildOutput>
                <KubeDslWriteManifests>false</KubeDslWriteManifests>
                <NoWarn>$(NoWarn);NU5128</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeDsl" Version="{{version}}" PrivateAssets="none" />
                <Compile Update="**/*.cs" Pack="true" PackagePath="contentFiles/cs/any/Acme.Platform/%(RecursiveDir)%(Filename)%(Extension)" BuildAction="Compile" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(helpers, "PlatformJobs.cs"), """
            using k8s.Models;
            using KubeDsl.Spark;

            namespace Acme.Platform;

            internal static class PlatformJobs
            {
                public static SparkApplication Etl(string name, string image) => new()
                {
                    Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "default" },
                    Spec = new SparkApplicationSpec
                    {
                        Type = SparkApplicationType.Python,
                        Mode = DeployMode.Cluster,
                        Image = image,
                        MainApplicationFile = "local:///opt/jobs/" + name + ".py",
                        SparkVersion = "3.5.3",
                        Driver = new DriverSpec { Cores = 1, Memory = "1g", ServiceAccount = "spark" },
                        Executor = new ExecutorSpec { Instances = 2, Cores = 1, Memory = "1g" },
                    },
                };
            }
            """);
        var pack = Run(helpers, "pack", "-o", feed, "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);

        var consumer = Path.Combine(work, "consumer");
        Directory.CreateDirectory(consumer);
        File.Copy(Path.Combine(work, "app", "nuget.config"), Path.Combine(consumer, "nuget.config"));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Acme.Platform" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Jobs.cs"), """
            using Acme.Platform;
            using KubeDsl;
            using KubeDsl.Spark;

            [assembly: ExternalServiceAccount("spark")]

            public static class Jobs
            {
                [Manifest("spark/orders.yaml")]
                public static SparkApplication Orders => PlatformJobs.Etl("orders", "spark:latest");
            }
            """);

        var build = Run(consumer, "build", "--nologo", "-v:n");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("  mainApplicationFile: local:///opt/jobs/orders.py\n", File.ReadAllText(Path.Combine(consumer, "manifests", "spark", "orders.yaml")), StringComparison.Ordinal);
        Assert.Contains(Path.Combine(consumer, "Jobs.cs") + "(10,73): warning KD1003: Image 'spark:latest' uses the moving tag 'latest'", build.Output, StringComparison.Ordinal);
    }

    private const string BackupCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: backups.example.com
        spec:
          group: example.com
          names: {kind: Backup, plural: backups}
          scope: Namespaced
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      required: [schedule]
                      properties:
                        schedule: {type: string}
                        target: {type: string, enum: [s3, gcs]}
                        keep: {type: integer, format: int32}

        """;

    private const string BackupDefinition = """
        using Acme.Jobs;
        using k8s.Models;
        using KubeDsl;

        public static class Backups
        {
            [Manifest("backups/nightly.yaml")]
            public static Backup Nightly => new()
            {
                Metadata = new V1ObjectMeta { Name = "nightly", NamespaceProperty = "default" },
                Spec = new BackupSpec { Schedule = "0 2 * * *", Target = BackupSpecTarget.S3, Keep = 7 },
            };
        }
        """;

    [Fact]
    public void Packed_package_imports_crd_items_before_compiling_and_only_when_they_change()
    {
        var project = Path.Combine(work, "backups");
        Directory.CreateDirectory(Path.Combine(project, "crds"));
        File.WriteAllText(Path.Combine(project, "nuget.config"), SourceProjects.NuGetConfig(packed.Feed));
        File.WriteAllText(Path.Combine(project, "Backups.csproj"), SourceProjects.Package(packed.Version, """<KubeDslCrd Include="crds/*.yaml" Namespace="Acme.Jobs" />"""));
        var crd = Path.Combine(project, "crds", "backups.yaml");
        File.WriteAllText(crd, BackupCrd);
        File.WriteAllText(Path.Combine(project, "Backups.cs"), BackupDefinition);
        var generated = Path.Combine(project, "obj", "Debug", "net10.0", "kubedsl", "crds", "Acme.Jobs.g.cs");
        var manifest = Path.Combine(project, "manifests", "backups", "nightly.yaml");
        const string Skipped = "Skipping target \"KubeDslImportCrds\" because all output files are up-to-date";

        // The records are compiled with the project and the definition is evaluated into YAML with the CRD's enum text.
        var first = Run(project, "build", "--nologo", "-v:n");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("KubeDsl: imported 1 CRD file(s) into 1 namespace(s), 1 file(s) written", first.Output, StringComparison.Ordinal);
        Assert.Equal("""
            # Generated by KubeDsl from Backups.Nightly. Do not edit: change the definition and rebuild.
            apiVersion: example.com/v1
            kind: Backup
            metadata:
              name: nightly
              namespace: default
            spec:
              schedule: 0 2 * * *
              target: s3
              keep: 7

            """.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(manifest).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("public required string Schedule { get; init; }", File.ReadAllText(generated), StringComparison.Ordinal);

        // The analyzers get the CRD files as additional files marked KubeDslCrd.
        var editorConfig = File.ReadAllText(Path.Combine(project, "obj", "Debug", "net10.0", "Backups.GeneratedMSBuildEditorConfig.editorconfig")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = editorConfig[editorConfig.IndexOf("crds/backups.yaml]\n", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf("\n[", StringComparison.Ordinal) is var end and >= 0 ? end : section.Length)];
        Assert.Contains("\nbuild_metadata.AdditionalFiles.KubeDslCrd = true", section, StringComparison.Ordinal);

        // No change: the import is skipped and the C# file keeps its timestamp; a .cs edit does not run it either.
        var written = File.GetLastWriteTimeUtc(generated);
        var second = Run(project, "build", "--nologo", "-v:n");
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains(Skipped, second.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(generated));
        File.WriteAllText(Path.Combine(project, "Backups.cs"), BackupDefinition.Replace("Keep = 7", "Keep = 14", StringComparison.Ordinal));
        var third = Run(project, "build", "--nologo", "-v:n");
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Contains(Skipped, third.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(generated));
        Assert.Contains("  keep: 14\n", File.ReadAllText(manifest), StringComparison.Ordinal);

        // A CRD edit regenerates the records, and the definition can use the new field at once.
        File.WriteAllText(crd, BackupCrd.Replace("keep: {type: integer, format: int32}", "keep: {type: integer, format: int32}\n                bucket: {type: string}", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(project, "Backups.cs"), BackupDefinition.Replace("Keep = 7", "Keep = 7, Bucket = \"backups\"", StringComparison.Ordinal));
        var fourth = Run(project, "build", "--nologo", "-v:n");
        Assert.True(fourth.ExitCode == 0, fourth.Output);
        Assert.DoesNotContain(Skipped, fourth.Output, StringComparison.Ordinal);
        Assert.Contains("public string? Bucket { get; init; }", File.ReadAllText(generated), StringComparison.Ordinal);
        Assert.Contains("  bucket: backups\n", File.ReadAllText(manifest), StringComparison.Ordinal);

        // A CRD with an error stops the build at the CRD file's line and column (the key written twice).
        File.WriteAllText(crd, BackupCrd.Replace("required: [schedule]", "required: [schedule]\n              type: object", StringComparison.Ordinal));
        var broken = Run(project, "build", "--nologo", "-v:n");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(Path.Combine("crds", "backups.yaml") + "(20,15): error KD8001: ", broken.Output, StringComparison.Ordinal);

        // An item without a namespace is refused by name.
        File.WriteAllText(crd, BackupCrd);
        File.WriteAllText(Path.Combine(project, "Backups.csproj"), SourceProjects.Package(packed.Version, """<KubeDslCrd Include="crds/*.yaml" />"""));
        var unnamed = Run(project, "build", "--nologo", "-v:n");
        Assert.NotEqual(0, unnamed.ExitCode);
        Assert.Contains("error KD8005: The KubeDslCrd item crds/backups.yaml needs Namespace metadata", unnamed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_creates_a_project_that_builds_its_manifests_without_findings()
    {
        var (feed, version) = (packed.Feed, packed.Version);
        var packTemplates = Run(Fixtures.RepoRoot, "pack", "templates/KubeDsl.Templates/KubeDsl.Templates.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
        Assert.True(packTemplates.ExitCode == 0, packTemplates.Output);

        // A hive of its own, so the test neither sees nor changes the templates installed on the machine.
        var hive = Path.Combine(work, "hive");
        var install = Run(work, "new", "install", Path.Combine(feed, "KubeDsl.Templates." + version + ".nupkg"), "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.Output);
        var project = Path.Combine(work, "Etl");
        var create = Run(work, "new", "kubedsl", "-n", "Etl", "-o", project, "--kubedslVersion", version, "--namespace", "analytics", "--debug:custom-hive", hive);
        Assert.True(create.ExitCode == 0, create.Output);
        Assert.True(File.Exists(Path.Combine(project, "Etl.csproj")), create.Output);
        File.WriteAllText(Path.Combine(project, "nuget.config"), SourceProjects.NuGetConfig(feed));

        var build = Run(project, "build", "--nologo", "-v:n");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("warning KD", build.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "spark/spark-pi.yaml", "flink/state-machine.yaml", "access/service-accounts.yaml", "access/roles.yaml" })
        {
            var yaml = File.ReadAllText(Path.Combine(project, "manifests", file));
            Assert.Contains("namespace: analytics\n", yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Packed_tool_installs_from_the_local_feed_validates_and_imports()
    {
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(work, "feed");
        var pack = Run(Fixtures.RepoRoot, "pack", "src/KubeDsl.Cli/KubeDsl.Cli.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);

        // A tool path of its own, so nothing is installed for the machine's user.
        var tools = Path.Combine(work, "tools");
        var install = Run(work, "tool", "install", "KubeDsl.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
        Assert.True(install.ExitCode == 0, install.Output);

        var manifests = Path.Combine(work, "manifests");
        Directory.CreateDirectory(manifests);
        File.WriteAllText(Path.Combine(manifests, "pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: tool\nspec:\n  containers:\n  - name: tool\n    image: tool:1.0\n    imagePullPolicy: always\n");
        var validate = RunProgram(Path.Combine(tools, OperatingSystem.IsWindows() ? "kubedsl.exe" : "kubedsl"), work, "validate", "manifests");
        Assert.True(validate.ExitCode == 1, validate.Output);
        Assert.Contains(Path.Combine("manifests", "pod.yaml") + ":9:22: error KD1004: Image pull policy 'always' is not one of Always, IfNotPresent, Never (exact case)", validate.Output, StringComparison.Ordinal);
        Assert.Contains("1 file, 1 resource: 1 error, 0 warnings, 0 notes", validate.Output, StringComparison.Ordinal);

        // The same tool writes C# for the file, and a project that references the package of its own version.
        var import = RunProgram(Path.Combine(tools, OperatingSystem.IsWindows() ? "kubedsl.exe" : "kubedsl"), work, "import", "manifests", "--out", "jobs", "--project");
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("pod.yaml: Pod.Resource: V1Pod tool", import.Output, StringComparison.Ordinal);
        Assert.Contains("ImagePullPolicy = \"always\"", File.ReadAllText(Path.Combine(work, "jobs", "Pod.cs")), StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"KubeDsl\" Version=\"{version}\" />", File.ReadAllText(Path.Combine(work, "jobs", "Jobs.csproj")), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string directory, params string[] arguments) => RunProgram("dotnet", directory, arguments);

    private static (int ExitCode, string Output) RunProgram(string program, string directory, params string[] arguments) => Processes.Run(program, directory, arguments);
}

using KubeDsl.TestKit;

namespace KubeDsl.Build.Tests;

/// <summary>
/// The KubeDsl package on its own: packed into a local feed, referenced by a fresh project with no project
/// references, it generates the manifest and reports rule diagnostics, as it does for the samples. The template
/// package and the kubedsl tool package install from the same kind of feed.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "kubedsl-package-" + Guid.NewGuid().ToString("N"));

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
        // A version of its own, so the global package cache cannot hand back an older build of the same version.
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(work, "feed");
        var pack = Run(Fixtures.RepoRoot, "pack", "src/KubeDsl/KubeDsl.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);
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
                "tasks/netstandard2.0/KubeDsl.Build.dll", "tasks/netstandard2.0/KubeDsl.Core.dll",
                "analyzers/dotnet/cs/KubeDsl.Generators.pdb", "analyzers/dotnet/cs/KubeDsl.Analyzers.pdb", "analyzers/dotnet/cs/KubeDsl.CodeFixes.pdb",
                "analyzers/dotnet/cs/KubeDsl.Core.pdb", "analyzers/dotnet/cs/KubeDsl.Evaluation.pdb",
            ];
            Assert.All(expected, e => Assert.Contains(e, entries));
            Assert.DoesNotContain(entries, e => e.EndsWith("/KubeDsl.Evaluation.dll", StringComparison.Ordinal) && !e.StartsWith("analyzers/", StringComparison.Ordinal));
            Assert.Contains("THIRD-PARTY-NOTICES.md", entries);
        }

        var project = Path.Combine(work, "app");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kubedsl-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeDsl" Version="{version}" />
                <KubeDslInventory Include="cluster/*.yaml" />
                <KubeDslValues Include="values/*.yaml" />
              </ItemGroup>
            </Project>
            """);
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

    [Fact]
    public void Template_creates_a_project_that_builds_its_manifests_without_findings()
    {
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(work, "feed");
        var pack = Run(Fixtures.RepoRoot, "pack", "src/KubeDsl/KubeDsl.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version, "--nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);
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
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kubedsl-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

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

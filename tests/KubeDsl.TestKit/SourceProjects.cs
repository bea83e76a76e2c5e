namespace KubeDsl.TestKit;

/// <summary>
/// The project files of test projects: one that uses KubeDsl from this repository's sources (project references
/// and the from-source build targets) instead of the package, as the samples do, and one that references the
/// packed package from a local feed, as a user's does.
/// </summary>
public static class SourceProjects
{
    /// <summary>A net10.0 project that references only the KubeDsl package of <paramref name="version"/>.</summary>
    /// <param name="version">The package version, as packed into the feed of <see cref="NuGetConfig"/>.</param>
    /// <param name="items">More items, as XML elements (<c>&lt;KubeDslCrd Include="crds/*.yaml" Namespace="Acme.Jobs" /&gt;</c>).</param>
    public static string Package(string version, string items = "")
    {
        var extra = items.Length == 0 ? "" : "\n    " + items.Trim();
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeDsl" Version="{version}" />{extra}
              </ItemGroup>
            </Project>
            """;
    }

    /// <summary>A nuget.config whose only source is the folder <paramref name="feed"/>.</summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="kubedsl-local" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    /// <summary>A net10.0 project with the runtime, the generator and the build step.</summary>
    /// <param name="properties">More MSBuild properties, as XML elements (<c>&lt;KubeDslKustomization&gt;true&lt;/KubeDslKustomization&gt;</c>).</param>
    /// <param name="analyzers">Whether the rule analyzers run too.</param>
    /// <param name="targetFrameworks">The target framework, or several separated by ';' (a multi-targeted project).</param>
    public static string Text(string properties = "", bool analyzers = false, string targetFrameworks = "net10.0")
    {
        var frameworks = targetFrameworks.Contains(';', StringComparison.Ordinal)
            ? "<TargetFrameworks>" + targetFrameworks + "</TargetFrameworks>"
            : "<TargetFramework>" + targetFrameworks + "</TargetFramework>";
        var repo = Fixtures.RepoRoot;
        var analyzer = analyzers
            ? $"\n    <ProjectReference Include=\"{repo}/analyzers/KubeDsl.Analyzers/KubeDsl.Analyzers.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
            : "";
        var extra = properties.Length == 0 ? "" : "\n    " + properties.Trim();
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {frameworks}
                <Nullable>enable</Nullable>{extra}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repo}/src/KubeDsl/KubeDsl.csproj" />
                <ProjectReference Include="{repo}/generators/KubeDsl.Generators/KubeDsl.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />{analyzer}
                <ProjectReference Include="{repo}/src/KubeDsl.Build/KubeDsl.Build.csproj" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{repo}/src/KubeDsl.Build/build/KubeDsl.FromSource.targets" />
            </Project>
            """;
    }
}

using System.Reflection;
using System.Security;

namespace KubeDsl.Cli.Import;

/// <summary>The project file <c>kubedsl import --project</c> writes: the KubeDsl package and the inventory.</summary>
internal static class ProjectFile
{
    /// <summary>The package version: this tool's own, as both ship together.</summary>
    public static string PackageVersion =>
        typeof(ProjectFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";

    public static string Text(string rootNamespace, IEnumerable<string> inventory)
    {
        var items = inventory.Select(p => $"    <KubeDslInventory Include=\"{SecurityElement.Escape(p)}\" />\n").ToList();
        var inventoryGroup = items.Count == 0 ? "" : "  <ItemGroup>\n    <!-- Objects that exist without a definition here; the reference checks read them. -->\n" + string.Concat(items) + "  </ItemGroup>\n";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by kubedsl import. `dotnet build` writes the definitions' YAML to manifests/. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>{SecurityElement.Escape(rootNamespace)}</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeDsl" Version="{PackageVersion}" />
              </ItemGroup>

            """.Replace("\r\n", "\n") + inventoryGroup + "</Project>\n";
    }
}

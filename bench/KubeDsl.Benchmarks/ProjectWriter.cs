namespace KubeDsl.Benchmarks;

/// <summary>Writes a suite as a project that uses the packed KubeDsl package, as a user's project does.</summary>
public static class ProjectWriter
{
    public static void Write(Suite suite, string directory, string feed, string version, int count)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Defaults.cs"), suite.Defaults);
        foreach (var (name, source) in suite.Files(count))
        {
            File.WriteAllText(Path.Combine(directory, name), source);
        }

        // "Off" removes the package's analyzers and turns the build task off, so every setting compiles against
        // the same references. KubeDslAnalyzersOff removes the rule analyzers and code fixes only: the generator
        // loads KubeDsl.Core and KubeDsl.Evaluation from beside it, so keeping only KubeDsl.Generators.dll leaves a
        // generator that fails to load (CS8784), writes nothing, and times as a build without KubeDsl.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kubedsl-bench" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Bench.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <KubeDslWriteManifests Condition="'$(KubeDslOff)' == 'true'">false</KubeDslWriteManifests>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeDsl" Version="{{version}}" />
              </ItemGroup>
              <Target Name="BenchSelectKubeDslAnalyzers" BeforeTargets="CoreCompile">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'$(KubeDslOff)' == 'true' and '%(Analyzer.NuGetPackageId)' == 'KubeDsl'" />
                  <Analyzer Remove="@(Analyzer)" Condition="'$(KubeDslAnalyzersOff)' == 'true' and '%(Analyzer.NuGetPackageId)' == 'KubeDsl' and ('%(Analyzer.Filename)' == 'KubeDsl.Analyzers' or '%(Analyzer.Filename)' == 'KubeDsl.CodeFixes')" />
                </ItemGroup>
              </Target>
            </Project>
            """);
    }
}

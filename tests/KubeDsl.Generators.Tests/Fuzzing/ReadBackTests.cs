using CsCheck;
using KubeDsl.TestKit;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Property (b): YAML readers get the original values back from what KubeDsl writes. The runtime's YAML is read
/// here; the build's is the same bytes (<see cref="BuildMatchesRuntimeTests"/>).
/// </summary>
public class ReadBackTests(ITestOutputHelper output)
{
    [Fact]
    public void YamlDotNet_reads_back_every_value_of_random_resources()
    {
        var cases = FuzzRun.Check(
            DifferentialRun.Resource,
            value =>
            {
                if (!DifferentialRun.Writable(value))
                {
                    return; // nothing is written to read back; BuildMatchesRuntimeTests checks the build refuses it too
                }

                var yaml = KubeDslYaml.Serialize(value);
                var documents = ReadBackTree.FromYamlDotNet(yaml);
                var differences = ReadBackCheck.Differences(value, Assert.Single(documents));
                Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)) + "\n--- yaml\n" + DifferentialRun.Shorten(yaml));
            },
            value => DifferentialRun.Shorten(CSharpLiteral.Write(value)),
            ci: 400);
        output.WriteLine($"YamlDotNet read-back: {cases} resources");
    }

    [Fact]
    public void PyYAML_reads_back_every_value_of_a_fixed_sample()
    {
        var python = Python.ForTest("apt-get install python3-yaml", "yaml");
        if (python is null)
        {
            output.WriteLine("skipped: no python3 with PyYAML (apt-get install python3-yaml)");
            return;
        }

        // One Python process per batch of resources, as separate documents, keeps the test fast.
        var resources = FuzzRun.CheckItems(
            DifferentialRun.Resource,
            DifferentialRun.Resource.Array[10],
            longBatch: 100,
            all =>
            {
                var values = all.Where(DifferentialRun.Writable).ToArray();
                var yaml = string.Join("---\n", values.Select(KubeDslYaml.Serialize));
                var (exitCode, read, error) = Python.Run(python, ReadBackTree.PythonScript, yaml);
                Assert.True(exitCode == 0, "PyYAML failed: " + error + "\n--- yaml\n" + DifferentialRun.Shorten(yaml));
                var documents = ReadBackTree.FromPython(read);
                Assert.Equal(values.Length, documents.Count);
                var differences = values.SelectMany((v, i) => ReadBackCheck.Differences(v, documents[i]).Select(d => "[" + i + "]" + d)).ToList();
                Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)) + "\n--- yaml\n" + DifferentialRun.Shorten(yaml));
            },
            values => DifferentialRun.Shorten(string.Join("\n\n", values.Select(CSharpLiteral.Write))),
            ci: 6);
        output.WriteLine($"PyYAML read-back: {resources} resources");
    }
}

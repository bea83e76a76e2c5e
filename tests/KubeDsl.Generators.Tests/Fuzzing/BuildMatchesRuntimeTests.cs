using CsCheck;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Property (a): for random resources written as C#, the YAML the build writes is byte for byte the YAML the
/// runtime serializer writes for the same object.
/// </summary>
public class BuildMatchesRuntimeTests(ITestOutputHelper output)
{
    [Fact]
    public void Build_and_runtime_write_the_same_bytes_for_random_resources()
    {
        var resources = FuzzRun.CheckItems(
            DifferentialRun.Resource,
            DifferentialRun.Batch,
            longBatch: 25,
            all =>
            {
                foreach (var refused in all.Where(v => !DifferentialRun.Writable(v)))
                {
                    DifferentialRun.AssertBuildRefuses(refused);
                }

                var values = all.Where(DifferentialRun.Writable).ToArray();
                if (values.Length == 0)
                {
                    return;
                }

                var built = DifferentialRun.Build(values);
                for (var i = 0; i < values.Length; i++)
                {
                    var runtime = KubeDslYaml.SerializeManifest(values[i], "Defs.M" + i);
                    if (runtime != built[i])
                    {
                        throw new Xunit.Sdk.XunitException("build and runtime differ for\n" + DifferentialRun.Shorten(CSharpLiteral.Write(values[i]))
                            + "\n--- build\n" + DifferentialRun.Shorten(built[i]) + "\n--- runtime\n" + DifferentialRun.Shorten(runtime));
                    }
                }
            },
            values => DifferentialRun.Shorten(DifferentialRun.Source(values)),
            ci: 12);
        output.WriteLine($"build = runtime: {resources} resources");
    }
}

using System.Text;
using KubeDsl.Flink;
using KubeDsl.Spark;
using CsCheck;
using k8s.Models;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>
/// Several random resources compiled as [Manifest] members of one project, so one generator run checks many of
/// them; CsCheck shrinks both the batch and the values in it.
/// </summary>
public static class DifferentialRun
{
    /// <summary>A random root resource of a kind users write.</summary>
    public static readonly Gen<object> Resource = Gen.Frequency<object>(
        (3, ModelValues.Of<SparkApplication>().Select(v => (object)v)),
        (2, ModelValues.Of<FlinkDeployment>().Select(v => (object)v)),
        (2, ModelValues.Of<V1Pod>().Select(v => (object)v)),
        (1, ModelValues.Of<V1ConfigMap>().Select(v => (object)v)));

    public static readonly Gen<object[]> Batch = Resource.Array[1, 6];

    /// <summary>The definitions' source: member Mi returns the i-th value.</summary>
    public static string Source(IReadOnlyList<object> values)
    {
        var text = new StringBuilder("public static class Defs\n{\n");
        for (var i = 0; i < values.Count; i++)
        {
            text.Append("    [Manifest(\"m").Append(i).Append(".yaml\")]\n    public static ").Append(CSharpLiteral.TypeName(values[i].GetType()))
                .Append(" M").Append(i).Append(" => ").Append(CSharpLiteral.Write(values[i])).Append(";\n\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>Runs the generator and returns, per value, its YAML from the build; fails on any diagnostic.</summary>
    public static IReadOnlyList<string> Build(IReadOnlyList<object> values)
    {
        var source = Source(values);
        var run = GeneratorHarness.Run(source);

        // KD0016 (two members writing one object) judges the batch, not a value: random names collide.
        var diagnostics = run.Diagnostics.Where(d => d.Id != "KD0016").ToList();
        if (diagnostics.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("The build reported:\n" + string.Join("\n", diagnostics.Take(5)) + "\nfor\n" + Shorten(source));
        }

        return values.Select((_, i) => run.Manifests.TryGetValue("m" + i + ".yaml", out var yaml) ? yaml : throw new Xunit.Sdk.XunitException("no m" + i + ".yaml for\n" + Shorten(source))).ToList();
    }

    /// <summary>
    /// Whether the runtime serializer writes the value. A value no file shape can hold (a Flink pod template with an
    /// unnamed sidecar beside flink-main-container, say) is refused with <see cref="KubeDsl.Documents.ManifestShapeException"/>;
    /// the build must refuse it too, which <see cref="AssertBuildRefuses"/> checks.
    /// </summary>
    public static bool Writable(object value)
    {
        try
        {
            KubeDslYaml.Serialize(value);
            return true;
        }
        catch (KubeDsl.Documents.ManifestShapeException)
        {
            return false;
        }
    }

    /// <summary>The build of a value the runtime refuses reports a KubeDsl error and writes nothing for it.</summary>
    public static void AssertBuildRefuses(object value)
    {
        var source = Source([value]);
        var run = GeneratorHarness.Run(source);
        Assert.True(
            run.KubeDsl.Any(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error) && !run.Manifests.ContainsKey("m0.yaml"),
            "the runtime refuses this value but the build wrote it:\n" + Shorten(source));
    }

    /// <summary>Long strings cut in failure messages so they stay readable.</summary>
    public static string Shorten(string text) => text.Length <= 6000 ? text : text.Substring(0, 6000) + "\n... (" + text.Length + " characters)";
}

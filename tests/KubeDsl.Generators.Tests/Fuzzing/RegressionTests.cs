using KubeDsl.Documents;
using KubeDsl.TestKit;
using k8s.Models;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>Shrunk cases the random properties found, kept so they stay fixed.</summary>
public class RegressionTests
{
    private static readonly string LongKey = new('x', 4096);

    /// <summary>
    /// Found by the read-back property: a map key of more than 1024 characters was written as "key: value", which
    /// YAML readers reject ("could not find expected ':'"). Shrunk from random annotations and labels.
    /// </summary>
    public static TheoryData<string> LongKeys => new() { LongKey, new string('x', 1001), "a: " + LongKey, new string('é', 1020) };

    [Theory]
    [MemberData(nameof(LongKeys))]
    public void A_key_longer_than_YAML_allows_inline_is_written_so_readers_read_it(string key)
    {
        var value = new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "n", Labels = new Dictionary<string, string> { [key] = "v" } },
            Data = new Dictionary<string, string> { [key] = "yes", ["short"] = "1" },
        };
        var built = DifferentialRun.Build([value]).Single();
        Assert.Equal(KubeDslYaml.SerializeManifest(value, "Defs.M0"), built);
        Assert.Empty(ReadBackCheck.Differences(value, ReadBackTree.FromYamlDotNet(built).Single()));
        AssertPyYamlReadsBack(value, built);
    }

    [Fact]
    public void A_long_key_in_a_sequence_item_with_mapping_and_sequence_values_reads_back()
    {
        DocNode S(string text) => DocScalar.String(text);
        DocMapping Map(params (string Key, DocNode Value)[] entries) => new(new EquatableArray<DocEntry>(entries.Select(e => new DocEntry(e.Key, e.Value))));
        var tree = Map(("items", new DocSequence(new EquatableArray<DocNode>([
            Map((LongKey, Map(("inner", S("a")))), ("next", S("b"))),
            Map((LongKey, new DocSequence(new EquatableArray<DocNode>([S("c"), S("d")])))),
        ]))));
        var yaml = YamlEmitter.Emit(tree);
        var read = (ReadMap)ReadBackTree.FromYamlDotNet(yaml).Single();
        var items = (ReadSeq)read.Entries.Single().Value;
        Assert.Equal(new ReadScalar("str", LongKey), ((ReadMap)items.Items[0]).Entries[0].Key);
        Assert.Equal(new ReadScalar("str", "a"), ((ReadMap)((ReadMap)items.Items[0]).Entries[0].Value).Entries[0].Value);
        Assert.Equal(new ReadScalar("str", "b"), ((ReadMap)items.Items[0]).Entries[1].Value);
        Assert.Equal(2, ((ReadSeq)((ReadMap)items.Items[1]).Entries[0].Value).Items.Count);
        var python = Python.ForTest("apt-get install python3-yaml", "yaml");
        if (python is not null)
        {
            var (exitCode, output, error) = Python.Run(python, ReadBackTree.PythonScript, yaml);
            Assert.True(exitCode == 0, error);
            Assert.Equal(read, ReadBackTree.FromPython(output).Single(), new ReadNodeComparer());
        }
    }

    private static void AssertPyYamlReadsBack(object value, string yaml)
    {
        var python = Python.ForTest("apt-get install python3-yaml", "yaml");
        if (python is null)
        {
            return; // The YamlDotNet half above still ran.
        }

        var (exitCode, output, error) = Python.Run(python, ReadBackTree.PythonScript, yaml);
        Assert.True(exitCode == 0, error);
        Assert.Empty(ReadBackCheck.Differences(value, ReadBackTree.FromPython(output).Single()));
    }

    /// <summary>
    /// Found by the read-back property (a long run): a nested key holding " *" was written plain, which is valid
    /// YAML that YamlDotNet refuses ("While scanning a multiline plain scalar, found invalid mapping"). Shrunk from
    /// a service label key made of hard strings (".nan", "emoji", a cron schedule).
    /// </summary>
    [Theory]
    [InlineData(".nanemoji \U0001F642*/5 * * * *")]
    [InlineData("x *")]
    [InlineData("a * b")]
    public void A_key_with_a_space_and_an_asterisk_is_quoted_so_YamlDotNet_reads_it(string key)
    {
        var value = new V1ConfigMap
        {
            Metadata = new V1ObjectMeta { Name = "n", Labels = new Dictionary<string, string> { [key] = "v", ["next"] = "w" } },
            Data = new Dictionary<string, string> { [key] = "x *", ["next"] = "y" },
        };
        var built = DifferentialRun.Build([value]).Single();
        Assert.DoesNotContain("\n    " + key + ":", built, StringComparison.Ordinal);
        Assert.Empty(ReadBackCheck.Differences(value, ReadBackTree.FromYamlDotNet(built).Single()));
        AssertPyYamlReadsBack(value, built);
    }

    /// <summary>
    /// Found by the YamlDotNet read-back property (a long run): a string of digits with a leading zero and an 8 or
    /// 9 was written plain. It is no YAML 1.1 octal, but YAML 1.2 reads any run of digits as an int (and Go's
    /// yaml.v3 as a float), so it must be quoted.
    /// </summary>
    [Theory]
    [InlineData("07559223372036854775808")]
    [InlineData("0789")]
    [InlineData("-09")]
    public void A_string_of_digits_with_a_leading_zero_is_quoted(string image)
    {
        var value = new V1Pod
        {
            Metadata = new V1ObjectMeta { Name = "n" },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "c", Image = image }] },
        };
        var built = DifferentialRun.Build([value]).Single();
        Assert.Contains("image: \"" + image + "\"\n", built, StringComparison.Ordinal);
        Assert.Empty(ReadBackCheck.Differences(value, ReadBackTree.FromYamlDotNet(built).Single()));
        AssertPyYamlReadsBack(value, built);
    }

    /// <summary>
    /// Found by the PyYAML read-back property (a long run): a Flink pod template with an unnamed sidecar beside
    /// flink-main-container cannot be written, and the runtime says so by throwing. The properties now expect that
    /// refusal, and the build must refuse the same value with a KubeDsl error.
    /// </summary>
    [Fact]
    public void A_value_the_runtime_cannot_write_is_an_error_in_the_build()
    {
        var value = new KubeDsl.Flink.FlinkDeployment
        {
            Metadata = new V1ObjectMeta { Name = "n" },
            Spec = new KubeDsl.Flink.FlinkDeploymentSpec
            {
                PodTemplate = new KubeDsl.Flink.FlinkPodTemplate { Spec = new V1PodSpec { Containers = [new V1Container { Name = "flink-main-container" }, new V1Container()] } },
            },
        };
        Assert.False(DifferentialRun.Writable(value));
        DifferentialRun.AssertBuildRefuses(value);
    }

    /// <summary>
    /// Found by the PyYAML read-back property (a long run): a Flink CPU of 1e-7 was written 1E-07, a float to YAML
    /// 1.2 and Go readers but a string to PyYAML, whose float form needs a dot. Now 1.0E-07 for every reader.
    /// </summary>
    [Theory]
    [InlineData(1e-7, "1.0E-07")]
    [InlineData(1e20, "1.0E+20")]
    [InlineData(1.5e-9, "1.5E-09")]
    [InlineData(0.25, "0.25")]
    public void An_exponent_float_has_a_dot_so_every_reader_reads_a_number(double cpu, string text)
    {
        var value = new KubeDsl.Flink.FlinkDeployment
        {
            Metadata = new V1ObjectMeta { Name = "n" },
            Spec = new KubeDsl.Flink.FlinkDeploymentSpec { TaskManager = new KubeDsl.Flink.TaskManagerSpec { Resource = new KubeDsl.Flink.Resource { Cpu = cpu } } },
        };
        var built = DifferentialRun.Build([value]).Single();
        Assert.Contains("cpu: " + text + "\n", built, StringComparison.Ordinal);
        Assert.Equal(KubeDslYaml.SerializeManifest(value, "Defs.M0"), built);
        Assert.Empty(ReadBackCheck.Differences(value, ReadBackTree.FromYamlDotNet(built).Single()));
        AssertPyYamlReadsBack(value, built);
    }

    /// <summary>
    /// Found by the random definitions: Enumerable.Range and Repeat made all their items without spending steps,
    /// so a helper calling Enumerable.Range(0, int.MaxValue) ran out of memory instead of stopping. Shrunk from
    /// Helpers.Items(int.MaxValue)[0].
    /// </summary>
    [Theory]
    [InlineData("string.Concat(System.Linq.Enumerable.Range(0, int.MaxValue))")]
    [InlineData("string.Concat(System.Linq.Enumerable.Repeat(\"x\", int.MaxValue))")]
    public void Huge_ranges_stop_at_the_step_budget(string expression)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = GeneratorHarness.Run("public static class Defs { [Manifest(\"x.yaml\")] public static V1ConfigMap Map => new() { Metadata = new() { Name = \"x\" }, Data = new Dictionary<string, string> { [\"v\"] = " + expression + " } }; }");
        Assert.Contains(run.KubeDsl, d => d.Id == "KD0002");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), clock.Elapsed.ToString());
    }

    /// <summary>
    /// Found by the typing property: half-typed initializers crashed the generator (CS8785). An indexer
    /// initializer with no index yet ("[" typed in samples/Spark/Monitoring.cs) bound with no arguments, and an
    /// Airflow template cut before its Base reached the file shaping without a base container.
    /// </summary>
    [Theory]
    [InlineData("public static class Defs { public static readonly Dictionary<string, string> L = new() { [] = \"v\" }; [Manifest(\"x.yaml\")] public static V1ConfigMap Map => new() { Metadata = new() { Name = \"x\", Labels = L } }; }")]
    [InlineData("public static class Defs { [Manifest(\"x.yaml\")] public static V1ConfigMap Map => new() { Metadata = new() { Name = \"x\" }, Data = new Dictionary<string, string> { [] = \"v\" } }; }")]
    [InlineData("public static class Defs { [Manifest(\"x.yaml\")] public static KubeDsl.Airflow.AirflowPodTemplate T => new() { }; }")]
    public void Half_typed_initializers_are_reported_not_crashes(string source)
    {
        var run = GeneratorHarness.Run(source);
        Assert.Empty(Crashes.In(run.Diagnostics));
    }
}

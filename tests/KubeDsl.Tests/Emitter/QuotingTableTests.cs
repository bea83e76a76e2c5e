using KubeDsl.TestKit;
using KubeDsl.Documents;
using YamlDotNet.RepresentationModel;

namespace KubeDsl.Tests.Emitter;

/// <summary>
/// The quoting table: how each string is written, and proof that YAML 1.2 (YamlDotNet) and YAML 1.1 (PyYAML, the
/// resolver family Kubernetes' Go YAML follows) both read it back as the same string.
/// </summary>
public class QuotingTableTests
{
    public static readonly TheoryData<string, string> Table = new()
    {
        // YAML 1.1 booleans and nulls
        { "y", "\"y\"" }, { "Y", "\"Y\"" }, { "yes", "\"yes\"" }, { "No", "\"No\"" }, { "on", "\"on\"" }, { "OFF", "\"OFF\"" },
        { "true", "\"true\"" }, { "False", "\"False\"" }, { "~", "\"~\"" }, { "null", "\"null\"" }, { "NULL", "\"NULL\"" }, { "", "\"\"" },
        // integers in YAML 1.1 and 1.2 forms
        { "5000", "\"5000\"" }, { "0755", "\"0755\"" }, { "0o17", "\"0o17\"" }, { "0x1F", "\"0x1F\"" }, { "0b101", "\"0b101\"" },
        { "1_000", "\"1_000\"" }, { "190:20:30", "\"190:20:30\"" }, { "+12", "\"+12\"" }, { "-0", "\"-0\"" }, { "3", "\"3\"" },
        // floats
        { "1e3", "\"1e3\"" }, { "1.5", "\"1.5\"" }, { ".5", "\".5\"" }, { "6.8523015e+5", "\"6.8523015e+5\"" }, { ".inf", "\".inf\"" },
        { "-.Inf", "\"-.Inf\"" }, { ".NaN", "\".NaN\"" }, { "190:20:30.15", "\"190:20:30.15\"" }, { "0.1", "\"0.1\"" },
        // timestamps, merge and value keys
        { "2001-12-14", "\"2001-12-14\"" }, { "2001-12-14t21:59:43.10-05:00", "\"2001-12-14t21:59:43.10-05:00\"" }, { "<<", "\"<<\"" }, { "=", "\"=\"" },
        // indicators at the start
        { "*all", "\"*all\"" }, { "&anchor", "\"&anchor\"" }, { "!tag", "\"!tag\"" }, { "|pipe", "\"|pipe\"" }, { ">fold", "\">fold\"" },
        { "%dir", "\"%dir\"" }, { "@at", "\"@at\"" }, { "`tick", "\"`tick\"" }, { "- item", "\"- item\"" }, { "-", "\"-\"" },
        { "? key", "\"? key\"" }, { ": x", "\": x\"" }, { ",comma", "\",comma\"" }, { "[list", "\"[list\"" }, { "]", "\"]\"" },
        { "{map", "\"{map\"" }, { "}", "\"}\"" }, { "#comment", "\"#comment\"" }, { "'single", "\"'single\"" }, { "\"double", "\"\\\"double\"" },
        // inside or around
        { "a: b", "\"a: b\"" }, { "a #b", "\"a #b\"" }, { "key:", "\"key:\"" }, { " lead", "\" lead\"" }, { "trail ", "\"trail \"" },
        { "---", "\"---\"" }, { "...", "\"...\"" }, { "tab\there", "\"tab\\there\"" }, { "bell\u0007", "\"bell\\u0007\"" },
        { "back\\slash", "back\\slash" },
        // plain and readable
        { "512m", "512m" }, { "1Gi", "1Gi" }, { "3.5.3", "3.5.3" }, { "4.0.0", "4.0.0" }, { "spark:3.5.3", "spark:3.5.3" },
        { "local:///opt/x.jar", "local:///opt/x.jar" }, { "v1beta2", "v1beta2" }, { "k8s://https://host:443", "k8s://https://host:443" },
        { "--verbose", "--verbose" }, { "-Xmx2g", "-Xmx2g" }, { "@every 3m", "\"@every 3m\"" }, { "*/5 * * * *", "\"*/5 * * * *\"" },
        { "spark.metrics.conf.*.sink", "spark.metrics.conf.*.sink" }, { "é", "é" }, { "中文", "中文" }, { "emoji 🙂", "emoji 🙂" },
        { "a b c", "a b c" }, { "yes please", "yes please" }, { "12:30", "\"12:30\"" }, { "1.2.3.4", "1.2.3.4" }, { "0.5Gi", "0.5Gi" },
    };

    private static string Emit(string value) =>
        YamlEmitter.Emit(new DocMapping(new EquatableArray<DocEntry>([new DocEntry("k", DocScalar.String(value))])));

    [Theory]
    [MemberData(nameof(Table))]
    public void String_is_written_as_in_the_table_and_reads_back_in_YAML_1_2(string value, string expected)
    {
        var yaml = Emit(value);
        Assert.Equal("k: " + expected + "\n", yaml);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var scalar = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)["k"];
        Assert.Equal(value, scalar.Value);
    }

    [Fact]
    public void Every_row_reads_back_as_the_same_string_in_YAML_1_1()
    {
        var python = Python.ForTest("apt-get install python3-yaml", "yaml");
        if (python is null)
        {
            return; // Without PyYAML (apt-get install python3-yaml) the YAML 1.1 half of the table cannot be checked here.
        }

        var rows = Table.Select(r => (string)r[0]).ToList();
        var document = string.Concat(rows.Select((v, i) => "k" + i + Emit(v).Substring(1)));
        var (exitCode, output, error) = Python.Run(
            python,
            "import sys, yaml, json; d = yaml.safe_load(sys.stdin.read()); print(json.dumps([[k, type(v).__name__, v if isinstance(v, str) else None] for k, v in d.items()]))",
            document);
        Assert.True(exitCode == 0, error);

        var parsed = System.Text.Json.JsonSerializer.Deserialize<List<List<string?>>>(output)!;
        var wrong = parsed.Where(p => p[1] != "str" || p[2] != rows[int.Parse(p[0]!.Substring(1))])
            .Select(p => $"{rows[int.Parse(p[0]!.Substring(1))]} -> {p[1]} {p[2]}").ToList();
        Assert.True(wrong.Count == 0, "PyYAML reads these differently:\n" + string.Join("\n", wrong));
    }
}

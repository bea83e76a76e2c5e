using System.Globalization;
using KubeDsl.Documents;

namespace KubeDsl.Tests.Emitter;

/// <summary>Block layout, literal blocks, empty collections, multiple documents and culture independence.</summary>
public class EmitterLayoutTests
{
    private static DocMapping Map(params (string Key, DocNode Value)[] entries) => new(new EquatableArray<DocEntry>(entries.Select(e => new DocEntry(e.Key, e.Value))));

    private static DocSequence Seq(params DocNode[] items) => new(new EquatableArray<DocNode>(items));

    private static DocScalar S(string text) => DocScalar.String(text);

    [Fact]
    public void Nested_mappings_and_sequences_use_kubectl_layout()
    {
        var tree = Map(
            ("spec", Map(("args", Seq(S("a"), S("b"))), ("env", Seq(Map(("name", S("A")), ("value", S("1"))), Map(("name", S("B"))))))),
            ("nested", Seq(Seq(S("x")))),
            ("emptyMap", Map()),
            ("emptyList", Seq()),
            ("items", Seq(Map(), Seq())),
            ("count", DocScalar.Integer(3)), ("b", DocScalar.Boolean(true)), ("f", ModelConventions.Float(0.25)), ("z", new DocScalar("null", ScalarKind.Null)));

        Assert.Equal(
            "spec:\n  args:\n  - a\n  - b\n  env:\n  - name: A\n    value: \"1\"\n  - name: B\nnested:\n-\n  - x\nemptyMap: {}\nemptyList: []\nitems:\n- {}\n- []\ncount: 3\nb: true\nf: 0.25\nz: null\n",
            YamlEmitter.Emit(tree));
    }

    [Theory]
    [InlineData("line1\nline2\n", "k: |\n  line1\n  line2\n")]
    [InlineData("line1\nline2", "k: |-\n  line1\n  line2\n")]
    [InlineData("line1\n\n", "k: |+\n  line1\n\n")]
    [InlineData("a\n\nb\n", "k: |\n  a\n\n  b\n")]
    [InlineData(" leading\nx", "k: \" leading\\nx\"\n")]
    [InlineData("cr\r\nlf", "k: \"cr\\r\\nlf\"\n")]
    public void Multi_line_strings_are_literal_blocks_or_quoted_when_they_must_be(string value, string expected)
    {
        var yaml = YamlEmitter.Emit(Map(("k", S(value))));
        Assert.Equal(expected, yaml);
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        Assert.Equal(value, ((YamlDotNet.RepresentationModel.YamlScalarNode)((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode)["k"]).Value);
    }

    [Fact]
    public void Literal_block_inside_a_sequence_item_mapping()
    {
        var yaml = YamlEmitter.Emit(Map(("items", Seq(Map(("script", S("echo a\necho b\n")), ("name", S("x")))))));
        Assert.Equal("items:\n- script: |\n    echo a\n    echo b\n  name: x\n", yaml);
    }

    [Fact]
    public void Several_documents_follow_the_header()
    {
        var yaml = YamlEmitter.EmitFile([Map(("a", S("1x"))), Map(("b", S("2x")))], "Jobs.Both");
        Assert.Equal(ManifestHeader.For("Jobs.Both") + "a: 1x\n---\nb: 2x\n", yaml);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var tree = Map(("f", ModelConventions.Float(1234.5)), ("d", ModelConventions.Decimal(0.75m)), ("i", DocScalar.Integer(-7)), ("s", S("istanbul")));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = YamlEmitter.Emit(tree);
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var german = YamlEmitter.Emit(tree);
            Assert.Equal(turkish, german);
            Assert.Equal("f: 1234.5\nd: 0.75\ni: -7\ns: istanbul\n", german);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

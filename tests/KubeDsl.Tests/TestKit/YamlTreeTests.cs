using System.Numerics;
using KubeDsl.TestKit;
using YamlDotNet.Core;

namespace KubeDsl.Tests.TestKit;

public sealed class YamlTreeTests
{
    [Theory]
    [InlineData("true", YamlScalarType.Bool, "True")]
    [InlineData("False", YamlScalarType.Bool, "False")]
    [InlineData("yes", YamlScalarType.Bool, "True")]
    [InlineData("on", YamlScalarType.Bool, "True")]
    [InlineData("OFF", YamlScalarType.Bool, "False")]
    [InlineData("n", YamlScalarType.Bool, "False")]
    [InlineData("1", YamlScalarType.Int, "1")]
    [InlineData("-12", YamlScalarType.Int, "-12")]
    [InlineData("+7", YamlScalarType.Int, "7")]
    [InlineData("0x1F", YamlScalarType.Int, "31")]
    [InlineData("0o17", YamlScalarType.Int, "15")]
    [InlineData("0755", YamlScalarType.Int, "493")]
    [InlineData("0b101", YamlScalarType.Int, "5")]
    [InlineData("1_000", YamlScalarType.Int, "1000")]
    [InlineData("18446744073709551615", YamlScalarType.Int, "18446744073709551615")]
    [InlineData("1.5", YamlScalarType.Float, "1.5")]
    [InlineData("1e3", YamlScalarType.Float, "1000")]
    [InlineData(".5", YamlScalarType.Float, "0.5")]
    [InlineData("-.5", YamlScalarType.Float, "-0.5")]
    [InlineData("1.", YamlScalarType.Float, "1")]
    [InlineData("08", YamlScalarType.Float, "8")] // not octal, so go-yaml v2 falls through to float
    [InlineData("18446744073709551616", YamlScalarType.Float, "1.8446744073709552E+19")]
    [InlineData(".inf", YamlScalarType.Float, "Infinity")]
    [InlineData("~", YamlScalarType.Null, "")]
    [InlineData("null", YamlScalarType.Null, "")]
    [InlineData("4.0.4", YamlScalarType.String, "4.0.4")]
    [InlineData("512m", YamlScalarType.String, "512m")]
    [InlineData("1e400", YamlScalarType.String, "1e400")]
    [InlineData("0x", YamlScalarType.String, "0x")]
    [InlineData("2001-12-14", YamlScalarType.String, "2001-12-14")]
    [InlineData("yes please", YamlScalarType.String, "yes please")]
    [InlineData("\"1\"", YamlScalarType.String, "1")]
    [InlineData("'true'", YamlScalarType.String, "true")]
    [InlineData("!!str 1", YamlScalarType.String, "1")]
    [InlineData("! 1", YamlScalarType.String, "1")]
    [InlineData("!!float 1", YamlScalarType.Float, "1")]
    public void Scalars_are_typed_as_Kubernetes_reads_them(string yaml, YamlScalarType type, string value)
    {
        var scalar = (YamlScalar)((YamlMapping)YamlTree.Parse("v: " + yaml))["v"];

        Assert.Equal(type, scalar.Type);
        Assert.Equal(value, Convert.ToString(scalar.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
    }

    [Fact]
    public void Block_scalars_are_strings_and_remember_they_were_not_plain()
    {
        var mapping = (YamlMapping)YamlTree.Parse("a: |\n  1\nb: 1\n");

        Assert.Equal(YamlScalarType.String, ((YamlScalar)mapping["a"]).Type);
        Assert.Equal("1\n", ((YamlScalar)mapping["a"]).Text);
        Assert.False(((YamlScalar)mapping["a"]).IsPlain);
        Assert.True(((YamlScalar)mapping["b"]).IsPlain);
        Assert.IsType<BigInteger>(((YamlScalar)mapping["b"]).Value);
    }

    [Fact]
    public void Mappings_keep_key_order_and_resolve_keys_to_their_JSON_names()
    {
        var mapping = (YamlMapping)YamlTree.Parse("z: 1\non: 2\n\"off\": 3\n0x10: 4\n");

        Assert.Equal(["z", "true", "off", "16"], mapping.Keys);
        Assert.Equal("on", mapping.Entry("true")!.KeyNode.Text);
    }

    [Fact]
    public void Duplicate_keys_are_an_error()
    {
        var error = Assert.ThrowsAny<YamlException>(() => YamlTree.ParseAll("a: 1\nb: 2\na: 3\n"));
        Assert.Contains("key 'a' appears twice in this mapping (first on line 1)", error.Message);

        // Two spellings of one JSON key collide as well.
        Assert.ThrowsAny<YamlException>(() => YamlTree.ParseAll("yes: 1\ntrue: 2\n"));
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_are_resolved()
    {
        var root = (YamlMapping)YamlTree.Parse("base: &b {a: 1, b: 2}\nderived:\n  b: 3\n  <<: *b\ncopy: *b\n");

        Assert.Equal("""{"base":{"a":1,"b":2},"derived":{"b":3,"a":1},"copy":{"a":1,"b":2}}""", root.ToJson());
    }

    [Fact]
    public void Empty_documents_are_skipped_and_lines_are_recorded()
    {
        var documents = YamlTree.ParseAll("# only a comment\n---\n---\na: 1\nb:\n  c: x\n---\n~\n---\n");

        var document = (YamlMapping)Assert.Single(documents);
        Assert.Equal(4, document.Line);
        Assert.Equal(6, ((YamlMapping)document["b"])["c"].Line);
        Assert.Equal(6, ((YamlMapping)document["b"])["c"].Column);
    }

    [Fact]
    public void Parse_wants_exactly_one_document()
    {
        Assert.Throws<InvalidDataException>(() => YamlTree.Parse("a: 1\n---\nb: 2\n"));
    }

    [Fact]
    public void ToJson_shows_what_the_API_server_receives()
    {
        var document = YamlTree.Parse("a: yes\nb: 0755\nc: \"0755\"\nd: 1.0\ne: [x, ~]\n");

        Assert.Equal("""{"a":true,"b":493,"c":"0755","d":1,"e":["x",null]}""", document.ToJson());
    }

    [Fact]
    public void Scalars_compare_as_JSON_values()
    {
        YamlScalar Scalar(string text) => (YamlScalar)((YamlMapping)YamlTree.Parse("v: " + text))["v"];

        Assert.True(Scalar("1").ValueEquals(Scalar("1.0")));
        Assert.True(Scalar("0x10").ValueEquals(Scalar("16")));
        Assert.True(Scalar("yes").ValueEquals(Scalar("true")));
        Assert.True(Scalar("~").ValueEquals(Scalar("null")));
        Assert.True(Scalar("abc").ValueEquals(Scalar("'abc'")));
        Assert.False(Scalar("1").ValueEquals(Scalar("\"1\"")));
        Assert.False(Scalar("true").ValueEquals(Scalar("'true'")));
    }
}

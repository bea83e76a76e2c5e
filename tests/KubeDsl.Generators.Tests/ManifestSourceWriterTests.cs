using KubeDsl.Documents;
using KubeDsl.Generators.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Generators.Tests;

/// <summary>The generated source parses, names its files, and gives back through the compiler exactly what was written.</summary>
public class ManifestSourceWriterTests
{
    private static readonly EmbeddedManifest[] Specs =
    [
        new("spark/a.yaml", "Jobs.A", "a: 1\nb: \"quoted\"\n"),
        new("native/etl.properties", "Jobs.Native", "tabs\tand unicode é ✓ \U0001F600\n"),
        new("native/etl-driver.yaml", "Jobs.Native", "carriage\r\nreturn, nul\0, bell\a") { IsResource = false },
        new("empty.yaml", "Jobs.Empty", string.Empty),
    ];

    [Fact]
    public void Files_round_trip_through_the_compilers_parser()
    {
        var tree = CSharpSyntaxTree.ParseText(ManifestSourceWriter.Write(Specs));
        Assert.Empty(tree.GetDiagnostics());
        var attribute = Assert.Single(tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>());
        Assert.Equal("global::" + ManifestBundle.AttributeFullName, attribute.Name.ToString());
        var literal = Assert.IsType<LiteralExpressionSyntax>(Assert.Single(attribute.ArgumentList!.Arguments).Expression);

        var files = ManifestBundle.Decode(literal.Token.ValueText);

        Assert.Equal(
            [("spark/a.yaml", "Jobs.A", true), ("native/etl.properties", "Jobs.Native", true), ("native/etl-driver.yaml", "Jobs.Native", false), ("empty.yaml", "Jobs.Empty", true)],
            files.Select(f => (f.Path, f.SourceMember, f.IsResource)));
        Assert.Equal(Specs.Select(f => f.Content), files.Select(f => f.Content));
    }

    [Fact]
    public void Comment_lists_every_file_with_its_member()
    {
        var source = ManifestSourceWriter.Write(Specs);
        Assert.Contains("// Files (4):\n", source, StringComparison.Ordinal);
        Assert.Contains("//   native/etl-driver.yaml from Jobs.Native\n", source, StringComparison.Ordinal);
        Assert.Contains("//   empty.yaml from Jobs.Empty\n", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_break_in_a_name_cannot_end_the_comment()
    {
        var source = ManifestSourceWriter.Write([new EmbeddedManifest("a\nb\u2028c.yaml", "Jobs.A", "x: 1\n")]);
        var tree = CSharpSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        Assert.Contains("//   a?b?c.yaml from Jobs.A\n", source, StringComparison.Ordinal);
        Assert.Single(tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>());
    }
}

using KubeDsl.Generators.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KubeDsl.Generators.Tests;

/// <summary>The YAML embedded in generated sources must come back exactly as written, whatever it holds.</summary>
public class ManifestSourceWriterTests
{
    [Theory]
    [InlineData("a: 1\nb: \"quoted\"\n", true)]
    [InlineData("tabs\tand unicode é ✓ \U0001F600\n", true)]
    [InlineData("", true)]
    [InlineData("carriage\r\nreturn", false)]
    [InlineData("nul\0byte", false)]
    [InlineData("bell\a", false)]
    public void Content_literal_round_trips_through_the_compiler(string content, bool verbatim)
    {
        var literal = ManifestSourceWriter.ContentLiteral(content);
        Assert.Equal(verbatim, literal.StartsWith('@'));

        var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal));
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(content, parsed.Token.ValueText);
    }
}

using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>
/// Runs the generator on one string expression (put in a ConfigMap's data) with helper members beside it and
/// types at top level, and reads back the text or the one KubeDsl diagnostic.
/// </summary>
internal static class Evaluate
{
    private static readonly string Usings = GeneratorHarness.Usings.TrimStart() + "using System.Linq;\nusing System.Text;\nusing System.Globalization;\n";

    private static string Source(string expression, string helpers, string types) => Usings + types + $$"""

        public static class Defs
        {
            {{helpers}}
            [Manifest("x.yaml")]
            public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["v"] = {{expression}} } };
        }
        """;

    /// <summary>The string the expression evaluates to, without the YAML quotes a number-like string gets.</summary>
    public static string Text(string expression, string helpers = "", string types = "")
    {
        var yaml = GeneratorHarness.Run(Source(expression, helpers, types)).Single();
        var value = yaml.Split("  v: ")[1].TrimEnd('\n');
        return value.Length > 1 && value[0] == '"' && value[value.Length - 1] == '"' ? value.Substring(1, value.Length - 2) : value;
    }

    /// <summary>The one KubeDsl diagnostic, with the source text it points at.</summary>
    public static (Diagnostic Diagnostic, string At) Failure(string expression, string helpers = "", string types = "")
    {
        var run = GeneratorHarness.Run(Source(expression, helpers, types));
        Assert.Empty(run.Manifests);
        var diagnostic = Assert.Single(run.KubeDsl);
        var at = diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
        return (diagnostic, at);
    }
}

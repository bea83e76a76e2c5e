using Microsoft.CodeAnalysis;

namespace KubeDsl.Generators.Tests;

/// <summary>Each KD0xxx error fires at the construct that causes it, with a message that says what to do.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(string source)
    {
        var run = GeneratorHarness.Run(source);
        Assert.Empty(run.Manifests);
        return Assert.Single(run.KubeDsl);
    }

    private static string At(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

    private static string Map(string value, string extra = "") => $$"""
        public static class Defs
        {
            {{extra}}
            [Manifest("x.yaml")]
            public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["v"] = {{value}} } };
        }
        """;

    [Fact]
    public void Clock_is_refused_at_the_call()
    {
        var diagnostic = Single(Map("DateTime.Now.ToString()"));
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("wherever and whenever it is built", diagnostic.GetMessage());
    }

    [Fact]
    public void File_reads_are_refused()
    {
        var diagnostic = Single(Map("System.IO.File.ReadAllText(\"conf\")"));
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Equal("System.IO.File.ReadAllText(\"conf\")", At(diagnostic));
    }

    [Fact]
    public void Library_calls_outside_the_allow_list_are_refused_with_the_reason()
    {
        var diagnostic = Single(Map("Convert.ToBase64String(new byte[] { 1 })"));
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("Convert.ToBase64String is compiled code outside this project", diagnostic.GetMessage());
    }

    [Fact]
    public void Delegates_to_compiled_library_methods_are_refused()
    {
        var diagnostic = Single(Map("Test(string.IsNullOrEmpty, \"a\") ? \"empty\" : \"full\"", "static bool Test(Func<string, bool> check, string value) => check(value);"));
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("only lambdas and methods written in this project", diagnostic.GetMessage());
        Assert.Equal("string.IsNullOrEmpty", At(diagnostic));
    }

    [Fact]
    public void A_loop_that_does_not_end_spends_the_step_budget_at_the_loop()
    {
        var diagnostic = Single(Map("Spin()", "static string Spin() { var n = 0; while (true) { n++; } }"));
        Assert.Equal("KD0002", diagnostic.Id);
        Assert.Contains("step budget of 1,000,000", diagnostic.GetMessage());
        Assert.StartsWith("while (true)", At(diagnostic));
    }

    [Fact]
    public void The_innermost_loop_that_does_not_end_is_the_one_reported()
    {
        var diagnostic = Single(Map("Spin()", "static string Spin() { foreach (var x in new[] { 1, 2 }) { for (var i = 0; i >= 0; i += 0) { } } return \"\"; }"));
        Assert.Equal("KD0002", diagnostic.Id);
        Assert.StartsWith("for (var i = 0;", At(diagnostic));
    }

    [Fact]
    public void Assigning_static_state_is_refused_at_the_assignment()
    {
        var diagnostic = Single(Map("Count()", "static int counter; static string Count() { counter = 2; return \"x\"; }"));
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Equal("counter", At(diagnostic));
        Assert.Contains("static state is read-only", diagnostic.GetMessage());
    }

    [Fact]
    public void Changing_a_shared_default_is_refused_with_the_way_to_copy_it()
    {
        var diagnostic = Single(Map("Joined()", """
            static readonly List<string> Base = ["a"];
            static string Joined() { Base.Add("b"); return string.Join(",", Base); }
            """));
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Equal("Base.Add(\"b\")", At(diagnostic));
        Assert.Contains("copy it first (new List<T>(source)", diagnostic.GetMessage());
    }

    [Fact]
    public void Runaway_recursion_hits_the_budget()
    {
        var diagnostic = Single(Map("Forever(1)", "static string Forever(int n) => n > 0 ? Forever(n + 1) : \"never\";"));
        Assert.Equal("KD0002", diagnostic.Id);
        Assert.Contains("call-depth budget", diagnostic.GetMessage());
    }

    [Fact]
    public void Long_running_evaluation_hits_the_step_budget()
    {
        // Doubling recursion of depth 30 needs about 2^30 steps: far past the budget, without deep nesting.
        var diagnostic = Single(Map("Fib(30).ToString()", "static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);"));
        Assert.Equal("KD0002", diagnostic.Id);
        Assert.Contains("step budget", diagnostic.GetMessage());
    }

    [Fact]
    public void Duplicate_paths_are_reported_on_both_members()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                [Manifest("spark/a.yaml")] public static V1ConfigMap A => new();
                [Manifest("Spark/A.yaml")] public static V1ConfigMap B => new();
            }
            """);
        Assert.Equal(2, run.KubeDsl.Count(d => d.Id == "KD0003"));
        Assert.Contains(run.KubeDsl, d => d.GetMessage().Contains("also used by Defs.B"));
        Assert.Empty(run.Manifests);
    }

    [Theory]
    [InlineData("../up.yaml", "'..' segments are not allowed")]
    [InlineData("/abs.yaml", "must be relative")]
    [InlineData("a\\\\b.yaml", "forward slashes")]
    [InlineData("a.json", ".yaml or .yml")]
    [InlineData("", "empty")]
    public void Invalid_paths_are_reported_at_the_attribute(string path, string reason)
    {
        var diagnostic = Single($$"""public static class Defs { [Manifest("{{path}}")] public static V1ConfigMap A => new(); }""");
        Assert.Equal("KD0004", diagnostic.Id);
        Assert.Contains(reason, diagnostic.GetMessage());
        Assert.StartsWith("Manifest(", At(diagnostic));
    }

    [Fact]
    public void Instance_members_cannot_be_manifests()
    {
        var diagnostic = Single("""public class Defs { [Manifest("a.yaml")] public V1ConfigMap A => new(); }""");
        Assert.Equal("KD0005", diagnostic.Id);
        Assert.Contains("must be static", diagnostic.GetMessage());
    }

    [Fact]
    public void Invalid_quantity_is_reported_at_the_string()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                [Manifest("a.yaml")]
                public static V1PersistentVolumeClaim A => new() { Spec = new() { Resources = new() { Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = "10GB" } } } };
            }
            """);
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains("'10GB' is not a Kubernetes quantity", diagnostic.GetMessage());
        Assert.Equal("\"10GB\"", At(diagnostic));
    }

    [Fact]
    public void Values_without_a_yaml_form_are_reported()
    {
        var diagnostic = Single("""
            using System.Text.Json.Serialization;
            using KubeDsl;
            public sealed record Stamp { [JsonPropertyName("at")] public object? At { get; init; } }
            public static class Defs { [Manifest("a.yaml")] public static Stamp A => new() { At = new object() }; }
            """);
        Assert.True(diagnostic.Id is "KD0001" or "KD0007", diagnostic.ToString());
    }

    [Fact]
    public void A_failing_shared_helper_is_reported_once()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                static readonly string Bad = Environment.MachineName;
                [Manifest("a.yaml")] public static V1ConfigMap A => new() { Metadata = new() { Name = Bad } };
                [Manifest("b.yaml")] public static V1ConfigMap B => new() { Metadata = new() { Name = Bad } };
            }
            """);
        Assert.Single(run.KubeDsl);
    }

    [Fact]
    public void Text_that_does_not_parse_is_reported_with_the_text()
    {
        var diagnostic = Single(Map("int.Parse(\"12a\").ToString()"));
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Equal("'12a' is not a valid int, so int.Parse throws FormatException", diagnostic.GetMessage());
        Assert.Equal("int.Parse(\"12a\")", At(diagnostic));
    }

    [Fact]
    public void Checked_overflow_is_reported_at_the_operation()
    {
        var diagnostic = Single(Map("Grow(int.MaxValue).ToString()", "static int Grow(int n) => checked(n + 1);"));
        Assert.True(diagnostic.Id == "KD0006", diagnostic.GetMessage());
        Assert.Contains("overflows in a checked context", diagnostic.GetMessage());
        Assert.Equal("n + 1", At(diagnostic));
    }
}

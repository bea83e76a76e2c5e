namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>Value tuples: literals, named and positional elements, deconstruction, tuples in collections, equality.</summary>
public class TupleTests
{
    [Theory]
    [InlineData("static string T() { var t = (\"a\", 1); return t.Item1 + t.Item2; }", "a1")]
    [InlineData("static string T() { (string Name, int Size) t = (\"a\", 1); return t.Name + t.Size + t.Item1; }", "a1a")]
    [InlineData("static (string Name, int Size) Make() => (\"m\", 2); static string T() => Make().Name + Make().Size;", "m2")]
    [InlineData("static string T() { var (a, b) = (\"x\", 2); return a + b; }", "x2")]
    [InlineData("static string T() { var (a, (b, c)) = (1, (2, 3)); var (_, d) = (4, 5); return a + \"\" + b + c + d; }", "1235")]
    [InlineData("static string T() { var a = 1; var b = 2; (a, b) = (b, a); return a + \"\" + b; }", "21")]
    [InlineData("static string T() { (long, string) t = (1, \"a\"); (long A, long B) widened = (3, 4); return t.Item1 + t.Item2 + widened.B; }", "1a4")]
    [InlineData("static string T() { var t = (a: 1, b: 2); t.a = 5; var u = t; u.b = 9; return t.a + \"\" + t.b + u.b; }", "529")]
    [InlineData("static string T() => (\"a\", 1, true).ToString();", "(a, 1, True)")]
    [InlineData("static string T() => $\"{(\"a\", 2)}\";", "(a, 2)")]
    public void Tuples_in_helper_bodies(string helper, string expected) => Assert.Equal(expected, Evaluate.Text("T()", helper));

    [Fact]
    public void Foreach_deconstructs_dictionary_entries_and_tuples()
    {
        const string helper = """
            static string T()
            {
                var sizes = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
                var text = "";
                foreach (var (name, size) in sizes) text += name + size;
                foreach ((var n, var s) in new List<(string, int)> { ("c", 3) }) text += n + s;
                return text;
            }
            """;
        Assert.Equal("a1b2c3", Evaluate.Text("T()", helper));
    }

    [Fact]
    public void Tuples_as_list_elements_dictionary_values_and_lambda_results()
    {
        const string helper = """
            static string T()
            {
                var ports = new List<(string Name, int Port)> { ("http", 80), ("https", 443) };
                var byName = new Dictionary<string, (int Port, bool Tls)> { ["web"] = (80, false) };
                byName["secure"] = (443, true);
                var pairs = ports.Select(p => (p.Name.ToUpperInvariant(), p.Port + 1)).ToList();
                var joined = string.Join(",", pairs.Select(x => { var (name, port) = x; return name + ":" + port; }));
                return joined + "/" + byName["secure"].Port + byName["web"].Tls + "/" + ports.OrderByDescending(p => p).First().Name;
            }
            """;
        Assert.Equal("HTTP:81,HTTPS:444/443False/https", Evaluate.Text("T()", helper));
    }

    [Theory]
    [InlineData("((\"a\", 1) == (\"a\", 1)).ToString()", "True")]
    [InlineData("((\"a\", 1) != (\"a\", 2)).ToString()", "True")]
    [InlineData("((1, 2L) == (1L, 2)).ToString()", "True")]
    [InlineData("((1, (2, \"x\")) == (1, (2, \"y\"))).ToString()", "False")]
    [InlineData("(1, \"a\").Equals((1, \"a\")).ToString()", "True")]
    [InlineData("new List<(int, string)> { (1, \"a\"), (1, \"a\"), (2, \"b\") }.Distinct().Count().ToString()", "2")]
    public void Tuple_equality_is_element_wise(string expression, string expected) => Assert.Equal(expected, Evaluate.Text(expression));

    [Fact]
    public void Deconstructing_with_a_hand_written_deconstruct_names_the_alternative()
    {
        const string types = "public sealed class Pair { public string A { get; init; } = \"a\"; public string B { get; init; } = \"b\"; public void Deconstruct(out string a, out string b) { a = A; b = B; } }";
        var (diagnostic, at) = Evaluate.Failure("T()", "static string T() { var (a, b) = new Pair(); return a + b; }", types);
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("read the members instead", diagnostic.GetMessage());
        Assert.Equal("(a, b)", at);
    }
}

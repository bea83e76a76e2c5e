namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>Statements in helper bodies: locals, branches, loops, local functions and changes to values built there.</summary>
public class StatementTests
{
    [Fact]
    public void For_loop_with_a_compound_assignment()
    {
        Assert.Equal(
            "data:\n  value: xxx\n",
            GeneratorHarness.EvaluateData("Repeat(3)", "static string Repeat(int n) { var s = \"\"; for (var i = 0; i < n; i++) { s += \"x\"; } return s; }"));
    }

    [Fact]
    public void Foreach_with_break_and_continue_and_a_while_loop()
    {
        const string helper = """
            static string Odd(List<int> numbers)
            {
                var picked = new List<string>();
                foreach (var n in numbers)
                {
                    if (n % 2 == 0) continue;
                    if (n > 7) break;
                    picked.Add(n.ToString());
                }

                var count = 0;
                while (count < 2) count += 1;
                do { count--; } while (count > 5);
                return string.Join(",", picked) + "/" + count;
            }
            """;
        Assert.Equal("data:\n  value: 1,3,5/1\n", GeneratorHarness.EvaluateData("Odd([1, 2, 3, 4, 5, 9, 11])", helper));
    }

    [Fact]
    public void Switch_statement_assigns_a_local_declared_before_it()
    {
        const string helper = """
            static string Size(int cores)
            {
                string size;
                switch (cores)
                {
                    case 1:
                    case 2:
                        size = "small";
                        break;
                    case > 8:
                        return "huge";
                    default:
                        size = "medium";
                        break;
                }

                return size;
            }
            """;
        Assert.Equal("data:\n  value: small-medium-huge\n", GeneratorHarness.EvaluateData("Size(2) + \"-\" + Size(4) + \"-\" + Size(16)", helper));
    }

    [Fact]
    public void Local_functions_static_and_capturing()
    {
        const string helper = """
            static string Names(string team)
            {
                var separator = "-";
                string Name(string job) => team + separator + job;
                static string Upper(string s) => s.ToUpperInvariant();
                separator = "_";
                return Name("etl") + "," + Upper(Name("load"));
            }
            """;
        Assert.Equal("data:\n  value: data_etl,DATA_LOAD\n", GeneratorHarness.EvaluateData("Names(\"data\")", helper));
    }

    [Fact]
    public void Dictionary_built_step_by_step_and_read_back()
    {
        const string helper = """
            static string Conf()
            {
                var conf = new Dictionary<string, string>();
                conf["a"] = "1";
                conf.Add("b", "2");
                conf["a"] = "3";
                conf.Add("gone", "x");
                conf.Remove("gone");
                var parts = new List<string>();
                foreach (var entry in conf) parts.Add(entry.Key + "=" + entry.Value);
                var found = conf.TryGetValue("b", out var b);
                var missing = conf.TryGetValue("zzz", out var none);
                return string.Join(";", parts) + "|" + found + b + "|" + missing + (none ?? "null") + "|" + conf.ContainsKey("a");
            }
            """;
        Assert.Equal("data:\n  value: a=3;b=2|True2|Falsenull|True\n", GeneratorHarness.EvaluateData("Conf()", helper));
    }

    [Fact]
    public void One_resource_per_table_from_a_loop_over_shared_data()
    {
        var run = GeneratorHarness.Run("""
            public static class Defs
            {
                static readonly string[] Tables = ["orders", "customers", "items"];

                [Manifest("maps.yaml")]
                public static List<V1ConfigMap> Maps()
                {
                    var maps = new List<V1ConfigMap>();
                    for (var i = 0; i < Tables.Length; i++)
                    {
                        var map = new V1ConfigMap { Metadata = new() { Name = "ingest-" + Tables[i] } };
                        map.Data = new Dictionary<string, string> { ["index"] = i.ToString() };
                        maps.Add(map);
                    }

                    maps.Insert(0, new V1ConfigMap { Metadata = new() { Name = "first" } });
                    maps.RemoveAt(0);
                    return maps;
                }
            }
            """);
        var yaml = run.Single();
        Assert.Contains("name: ingest-orders\n", yaml);
        Assert.Contains("name: ingest-items\n", yaml);
        Assert.DoesNotContain("name: first", yaml);
        Assert.Equal(2, yaml.Split("\n---\n").Length - 1);
        Assert.Contains("  index: \"2\"\n", yaml);
    }
}

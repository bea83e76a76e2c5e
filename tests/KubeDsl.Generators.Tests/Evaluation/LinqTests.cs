namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>Lambdas, method groups and LINQ over the values a definition builds.</summary>
public class LinqTests
{
    // Sources that start with a using directive get no default usings from the harness, so they are added here.
    private static readonly string WithLinq = GeneratorHarness.Usings.TrimStart() + "using System.Linq;\n";

    private const string Tables = """
        public sealed record Table(string Name, int Size, string Team);

        public static class Data
        {
            public static readonly List<Table> All =
            [
                new("orders", 30, "sales"),
                new("customers", 10, "crm"),
                new("items", 30, "sales"),
                new("Zeta", 5, "crm"),
            ];
        }
        """;

    private static string Value(string expression, string helpers = "") =>
        GeneratorHarness.Run(WithLinq + Tables, WithLinq + $$"""
            public static class Defs
            {
                {{helpers}}
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["v"] = {{expression}} } };
            }
            """).Single().Split("  v: ")[1].TrimEnd('\n');

    [Theory]
    [InlineData("string.Join(\",\", Data.All.Select(t => t.Name))", "orders,customers,items,Zeta")]
    [InlineData("string.Join(\",\", Data.All.Select((t, i) => i + t.Name))", "0orders,1customers,2items,3Zeta")]
    [InlineData("string.Join(\",\", Data.All.Where(t => t.Size > 5).Select(t => t.Name).ToList())", "orders,customers,items")]
    [InlineData("string.Join(\",\", Data.All.OrderBy(t => t.Name).Select(t => t.Name))", "Zeta,customers,items,orders")]
    [InlineData("string.Join(\",\", Data.All.OrderByDescending(t => t.Size).ThenBy(t => t.Name).Select(t => t.Name))", "items,orders,customers,Zeta")]
    [InlineData("string.Join(\",\", Data.All.GroupBy(t => t.Team).Select(g => g.Key + \":\" + g.Count()))", "sales:2,crm:2")]
    [InlineData("string.Join(\",\", Data.All.SelectMany(t => new[] { t.Team }).Distinct())", "sales,crm")]
    [InlineData("Data.All.Sum(t => t.Size).ToString()", "\"75\"")]
    [InlineData("Data.All.Max(t => t.Size) + \"/\" + Data.All.Min(t => t.Name)", "30/Zeta")]
    [InlineData("Data.All.Count(t => t.Team == \"crm\") + \"/\" + Data.All.Any(t => t.Size > 29) + \"/\" + Data.All.All(t => t.Size > 5)", "2/True/False")]
    [InlineData("Data.All.First(t => t.Team == \"crm\").Name + \"/\" + (Data.All.FirstOrDefault(t => t.Size > 99)?.Name ?? \"none\")", "customers/none")]
    [InlineData("string.Join(\",\", Enumerable.Range(1, 3).Select(i => \"p\" + i).Concat(Enumerable.Repeat(\"r\", 2)).Skip(1).Take(3))", "p2,p3,r")]
    [InlineData("string.Join(\",\", Data.All.Take(2).Zip(Data.All.Skip(2), (a, b) => a.Name + b.Name))", "ordersitems,customersZeta")]
    [InlineData("Data.All.Select(t => t.Size).Aggregate((a, b) => a * 2 + b).ToString()", "\"345\"")]
    [InlineData("string.Join(\",\", Data.All.ToDictionary(t => t.Name, t => t.Size).Where(e => e.Value > 10).Select(e => e.Key))", "orders,items")]
    [InlineData("string.Join(\",\", Enum.GetValues<Tier>().Select(t => t.ToString()))", "Small,Large")]
    [InlineData("string.Join(\",\", Data.All.Select(Upper))", "ORDERS,CUSTOMERS,ITEMS,ZETA")]
    public void Linq_over_shared_data(string expression, string expected) =>
        Assert.Equal(expected, Value(expression, "public enum Tier { Small, Large } static string Upper(Table t) => t.Name.ToUpperInvariant();"));

    [Theory]
    [InlineData("string.Join(\",\", new List<string> { \"b\", \"a\", \"b\" }.ToHashSet())", "b,a")]
    [InlineData("string.Join(\",\", Data.All.Select(t => t.Team).ToHashSet().Select(t => t.ToUpperInvariant()))", "SALES,CRM")]
    [InlineData("string.Join(\",\", Enumerable.Empty<string>().DefaultIfEmpty(\"none\")) + \"/\" + Enumerable.Empty<int>().DefaultIfEmpty().Single()", "none/0")]
    [InlineData("string.Join(\",\", new[] { \"b\" }.Prepend(\"a\").Append(\"c\"))", "a,b,c")]
    [InlineData("Data.All.MaxBy(t => t.Size)!.Name + \"/\" + Data.All.MinBy(t => t.Size)!.Name + \"/\" + (new List<Table>().MaxBy(t => t.Size)?.Name ?? \"none\")", "orders/Zeta/none")]
    [InlineData("string.Join(\",\", Data.All.DistinctBy(t => t.Team).Select(t => t.Name))", "orders,customers")]
    [InlineData("string.Join(\";\", Enumerable.Range(1, 5).Chunk(2).Select(c => string.Join(\",\", c)))", "1,2;3,4;5")]
    [InlineData("string.Join(\",\", new[] { 1, 2, 2 }.Union(new[] { 3, 1 })) + \"/\" + string.Join(\",\", new[] { 1, 2, 3 }.Intersect(new[] { 3, 1 })) + \"/\" + string.Join(\",\", new[] { 1, 2, 3 }.Except(new[] { 2 }))", "1,2,3/1,3/1,3")]
    [InlineData("string.Join(\",\", Enumerable.Range(1, 6).TakeWhile(i => i < 3).Concat(Enumerable.Range(1, 6).SkipWhile(i => i < 5)).Concat(Enumerable.Range(1, 6).TakeLast(1)))", "1,2,5,6,6")]
    [InlineData("new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 }) + \"/\" + new[] { \"a\", \"b\" }.ElementAt(1) + \"/\" + (new[] { \"a\" }.ElementAtOrDefault(5) ?? \"none\")", "True/b/none")]
    [InlineData("string.Join(\",\", Data.All.GroupBy(t => (t.Team, t.Size > 7)).Select(g => g.Key.Team + g.Count()))", "sales2,crm1,crm1")]
    [InlineData("string.Join(\",\", Data.All.OrderBy(t => (t.Size, t.Name)).Select(t => t.Name))", "Zeta,customers,items,orders")]
    public void More_linq_operators(string expression, string expected) => Assert.Equal(expected, Value(expression));

    [Fact]
    public void HashSet_keeps_insertion_order_and_ignores_duplicates()
    {
        const string helpers = """
            static string Teams()
            {
                var seen = new HashSet<string> { "crm", "crm" };
                var added = new List<bool>();
                foreach (var table in Data.All) added.Add(seen.Add(table.Team));
                HashSet<string> more = ["x", "x", "y"];
                more.UnionWith(seen);
                var copy = new HashSet<string>(new[] { "b", "a", "b" });
                var text = "";
                foreach (var team in seen) text += team + ";";
                return text + string.Join(",", added) + "/" + seen.Count + seen.Contains("sales") + "/" + string.Join(",", more) + "/" + string.Join(",", copy);
            }
            """;
        Assert.Equal("crm;sales;True,False,False,False/2True/x,y,crm,sales/b,a", Value("Teams()", helpers));
    }

    [Fact]
    public void Removing_from_a_HashSet_is_refused_because_it_changes_later_order()
    {
        var run = GeneratorHarness.Run(WithLinq + Tables, WithLinq + """
            public static class Defs
            {
                static string T() { var s = new HashSet<string> { "a" }; s.Remove("a"); return s.Count.ToString(); }
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["v"] = T() } };
            }
            """);
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("Where(...).ToHashSet()", diagnostic.GetMessage());
    }

    [Fact]
    public void MaxBy_of_an_empty_sequence_of_values_would_throw()
    {
        var run = GeneratorHarness.Run(WithLinq + Tables, WithLinq + """
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Data = new Dictionary<string, string> { ["v"] = new List<int>().MaxBy(i => i).ToString() } };
            }
            """);
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains("MaxBy of an empty sequence", diagnostic.GetMessage());
    }

    [Fact]
    public void A_lambda_passed_to_a_helper_and_capturing_a_local()
    {
        const string helpers = """
            static string Apply(Func<string, string> f, string value) => f(value);
            static string Prefixed(string prefix) { var dash = "-"; return Apply(s => prefix + dash + s, "job"); }
            """;
        Assert.Equal("etl-job", Value("Prefixed(\"etl\")", helpers));
    }

    [Fact]
    public void Single_with_two_matches_would_throw()
    {
        var run = GeneratorHarness.Run(WithLinq + Tables, WithLinq + """
            public static class Defs
            {
                [Manifest("x.yaml")]
                public static V1ConfigMap Map => new() { Metadata = new() { Name = Data.All.Single(t => t.Team == "sales").Name } };
            }
            """);
        var diagnostic = Assert.Single(run.KubeDsl);
        Assert.Equal("KD0006", diagnostic.Id);
        Assert.Contains("Single found 2 items", diagnostic.GetMessage());
    }
}

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>Records, classes and structs written in the project, used as data in helper bodies.</summary>
public class UserTypeTests
{
    private const string Types = """
        public sealed record Table(string Name, int Size);
        public record Tagged(string Name) { public string Tag { get; init; } = Name + "-tag"; public List<string> Notes { get; init; } = new(); }
        public struct Point { public int X { get; set; } public string? Label { get; set; } }
        public sealed class Job
        {
            public Job(string name) : this(name, 2) { }
            public Job(string name, int cores) { Name = name.ToUpperInvariant(); Cores = cores; if (cores > 4) { Size = "large"; return; } Size = "small"; }
            public string Name { get; }
            public int Cores { get; }
            public string Size { get; private set; } = "unset";
            public int Retries { get; init; } = 3;
            public string Label => Name + "/" + Size;
        }
        public class Primary(string name, int count)
        {
            public string Name { get; } = name.Trim();
            public int Twice { get; } = count * 2;
        }
        public class Base { public Base(string kind) { Kind = kind; } public string Kind { get; } }
        public sealed class Derived : Base { public Derived() : base("derived") { Extra = Kind + "!"; } public string Extra { get; } }
        """;

    private static string Text(string expression, string helpers = "") => Evaluate.Text(expression, helpers, Types);

    [Theory]
    [InlineData("new Job(\"etl\").Label + new Job(\"etl\").Retries", "ETL/small3")]
    [InlineData("new Job(\"etl\", 8).Label + new Job(\"x\", cores: 1) { Retries = 0 }.Retries", "ETL/large0")]
    [InlineData("new Primary(\" p \", 4).Name + new Primary(\"q\", 1).Twice", "p2")]
    [InlineData("new Derived().Extra", "derived!")]
    [InlineData("new Tagged(\"t\").Tag + (new Tagged(\"t\") with { Tag = \"x\" }).Tag", "t-tagx")]
    public void Constructors_run_their_initializers_chained_constructors_and_bodies(string expression, string expected) =>
        Assert.Equal(expected, Text(expression));

    [Theory]
    [InlineData("(new Table(\"a\", 1) == new Table(\"a\", 1)).ToString()", "True")]
    [InlineData("(new Table(\"a\", 1) != new Table(\"a\", 2)).ToString()", "True")]
    [InlineData("new Table(\"a\", 1).Equals(new Table(\"a\", 1) with { Size = 1 }).ToString()", "True")]
    [InlineData("(new Table(\"a\", 1) with { Size = 2 } == new Table(\"a\", 1)).ToString()", "False")]
    [InlineData("new List<Table> { new(\"a\", 1), new(\"a\", 1), new(\"b\", 2) }.Distinct().Count().ToString()", "2")]
    [InlineData("new List<Table> { new(\"a\", 1), new(\"b\", 2) }.Contains(new Table(\"b\", 2)).ToString()", "True")]
    [InlineData("new[] { new Table(\"a\", 1), new Table(\"a\", 1) }.GroupBy(t => t).Count().ToString()", "1")]
    public void Records_compare_by_value(string expression, string expected) => Assert.Equal(expected, Text(expression));

    [Fact]
    public void Positional_records_deconstruct()
    {
        Assert.Equal("a1", Text("T()", "static string T() { var (name, size) = new Table(\"a\", 1); return name + size; }"));
    }

    [Fact]
    public void Structs_are_copied_on_assignment_and_default_to_zero()
    {
        const string helper = """
            static string T()
            {
                var p = new Point { X = 1 };
                var copy = p;
                copy.X = 2;
                Point zero = default;
                var points = new List<Point> { p, copy };
                return p.X + "/" + copy.X + "/" + zero.X + (zero.Label is null) + "/" + p.Equals(copy) + new Point().Equals(zero) + "/" + points.Sum(q => q.X);
            }
            """;
        Assert.Equal("1/2/0True/FalseTrue/3", Text("T()", helper));
    }

    [Fact]
    public void Records_holding_lists_compare_their_lists_by_reference_so_equal_copies_are_refused()
    {
        var (diagnostic, _) = Evaluate.Failure("(new Tagged(\"a\") == new Tagged(\"a\")).ToString()", types: Types);
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("by reference", diagnostic.GetMessage());
    }

    [Fact]
    public void Record_dictionary_keys_are_refused_with_the_alternative()
    {
        var (diagnostic, _) = Evaluate.Failure("T()", "static string T() { var d = new Dictionary<Table, int> { [new Table(\"a\", 1)] = 1 }; return d.Count.ToString(); }", Types);
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("key the dictionary by a string", diagnostic.GetMessage());
    }

    [Fact]
    public void A_struct_method_that_changes_its_own_fields_is_refused()
    {
        const string types = "public struct Counter { public int N { get; set; } public void Bump() { N = N + 1; } }";
        var (diagnostic, at) = Evaluate.Failure("T()", "static string T() { var c = new Counter(); c.Bump(); return c.N.ToString(); }", types);
        Assert.Equal("KD0001", diagnostic.Id);
        Assert.Contains("return a changed copy", diagnostic.GetMessage());
        Assert.Equal("N", at);
    }
}

using System.Globalization;
using System.Text;
using KubeDsl.Evaluation;
using KubeDsl.Generators.Pipeline;
using KubeDsl.TestKit;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace KubeDsl.Generators.Tests.Evaluation;

/// <summary>
/// The syntax path must give exactly the value the operation path gives: same types, properties, entries and
/// source locations. Each test evaluates definitions both ways, with separate caches, and compares full dumps.
/// </summary>
public class SyntaxPathTests(ITestOutputHelper output)
{
    private const string Types = """
        public enum Tier { Small, Large }

        public sealed record Box
        {
            public string? Text { get; init; }
            public int? Count { get; init; }
            public long Big { get; init; }
            public double? Ratio { get; init; }
            public bool? Flag { get; init; }
            public object? Anything { get; init; }
            public Tier? Level { get; init; }
            public Tier Plain { get; init; }
            public List<string>? Items { get; init; }
            public string[]? Array { get; init; }
            public Dictionary<string, string>? Labels { get; init; }
            public Box? Inner { get; init; }
            public Dictionary<string, k8s.Models.ResourceQuantity>? Limits { get; init; }
            public k8s.Models.IntOrString? Port { get; init; }
            public string Preset { get; init; } = "preset";
        }

        public static class Shared
        {
            public const string Name = "shared";
            public const int Five = 5;
            public static readonly Box Base = new() { Text = "base", Count = 1, Labels = new() { ["team"] = "data" } };
            public static Box Property { get; } = new() { Text = "property" };
            public static readonly int Seven = 7;
            public static Box Make(string text, int count, Tier level) => new() { Text = text, Count = count, Level = level };
            public static Box Overloaded(string text) => new() { Text = text };
            public static Box Overloaded(int count) => new() { Count = count };
            public static Box Optional(string text = "x") => new() { Text = text };
            public static Box Fails(string text) => text == "bad" ? throw new System.ArgumentException("bad") : new() { Text = text };
            public static List<string> Numbered(int n) { var items = new List<string>(); for (var i = 0; i < n; i++) { items.Add("n" + i); } return items; }
            public static Box FromTuple() { var (text, count) = ("tuple", 2); var pairs = new List<(string Key, int Value)> { (text, count) }; return new() { Text = pairs[0].Key, Count = pairs[0].Value }; }
            public static string Formatted(int n) { var b = new System.Text.StringBuilder(); foreach (var part in "a,b".Split(',')) { b.AppendFormat("{0}{1:D3},", part, n); } b.Length--; return b.ToString(); }
            public static int Seconds() => (int)System.Math.Round((System.TimeSpan.FromMinutes(2) + System.TimeSpan.FromSeconds(0.6)).TotalSeconds);
            public static bool SameBoxes() => new Box { Text = "a" } == new Box { Text = "a" } && int.Parse("3") == 3;
        }
        """;

    public static TheoryData<string, string> Taken => new()
    {
        { "string, int, long, double and bool literals", "new Box { Text = \"a\", Count = 3, Big = 4, Ratio = 0.5, Flag = true }" },
        { "an int literal where a double is expected", "new Box { Ratio = 2 }" },
        { "null and parentheses", "(new Box { Text = null, Count = (4), Labels = new() { [(\"k\")] = ((\"v\")) } })" },
        { "a string as object", "new Box { Anything = \"boxed\" }" },
        { "enum members, plain and nullable", "new Box { Level = Tier.Large, Plain = Tier.Large }" },
        { "constants", "new Box { Text = Shared.Name, Count = Shared.Five, Big = Shared.Five }" },
        { "a static readonly field and a static property", "new Box { Inner = Shared.Base, Count = Shared.Seven, Anything = Shared.Property }" },
        { "target-typed and nested creation", "new() { Inner = new() { Text = \"in\" }, Labels = new Dictionary<string, string> { [\"a\"] = \"1\", [\"a\"] = \"2\", [Shared.Name] = \"3\" } }" },
        { "collection expressions", "new Box { Items = [\"a\", Shared.Name], Array = [\"x\"] }" },
        { "an empty collection expression and an empty creation", "new Box { Items = [], Labels = new() }" },
        { "a helper call", "Shared.Make(\"made\", 2, Tier.Small)" },
        { "'with' on a shared default and on a call", "new Box { Inner = Shared.Base with { Text = \"changed\", Labels = new() { [\"x\"] = \"y\" } } } with { Count = 9 }" },
        { "a property initializer kept", "new Box { Text = \"t\" }" },
        { "quantities and IntOrString from literals", "new Box { Limits = new() { [\"memory\"] = \"1Gi\", [\"cpu\"] = \"500m\" }, Port = 8080 }" },
        { "IntOrString from a string", "new Box { Port = \"http\" }" },
        { "a helper whose body loops and fills a list it made", "new Box { Items = Shared.Numbered(3) }" },
        { "a helper with tuples and deconstruction", "Shared.FromTuple()" },
        { "a helper with StringBuilder, Split and a composite format", "new Box { Text = Shared.Formatted(7) }" },
        { "a helper with TimeSpan and Math", "new Box { Count = Shared.Seconds() }" },
        { "a helper comparing records and parsing", "new Box { Flag = Shared.SameBoxes() }" },
    };

    public static TheoryData<string, string> Deferred => new()
    {
        { "interpolation", "new Box { Text = $\"{Shared.Name}-x\" }" },
        { "an operator", "new Box { Count = Shared.Five + 1 }" },
        { "a conditional", "new Box { Count = Shared.Five > 1 ? 1 : 2 }" },
        { "an overloaded helper", "Shared.Overloaded(\"o\")" },
        { "an optional argument left out", "Shared.Optional()" },
        { "a nested initializer", "new Box { Labels = { [\"a\"] = \"b\" } }" },
        { "an Add initializer", "new Box { Labels = new() { { \"a\", \"b\" } } }" },
        { "a spread", "new Box { Items = [.. Shared.Base.Labels!.Keys] }" },
        { "a negative number", "new Box { Count = -1 }" },
        { "a helper that throws", "Shared.Fails(\"bad\")" },
        { "a parenthesized body", "(new Box { Count = Shared.Five + 1 })" },
        { "a quantity that does not parse", "new Box { Limits = new() { [\"memory\"] = \"lots\" } }" },
        { "a tuple element", "new Box { Text = (\"a\", 1).Item1, Count = (\"a\", 1).Item2 }" },
        { "string.Format", "new Box { Text = string.Format(\"{0:D3}|{1,-3}|\", 7, \"x\") }" },
        { "a StringBuilder", "new Box { Text = new System.Text.StringBuilder(\"sb\").Append('!').ToString() }" },
        { "TimeSpan arithmetic", "new Box { Count = (int)(System.TimeSpan.FromMinutes(1) + System.TimeSpan.FromSeconds(5)).TotalSeconds }" },
        { "a Parse that fails", "new Box { Count = int.Parse(\"x\") }" },
        { "a checked overflow", "new Box { Count = checked(Shared.Seven * int.MaxValue) }" },
        { "record equality", "new Box { Flag = Shared.Base == (Shared.Base with { }) }" },
        { "a HashSet", "new Box { Items = System.Linq.Enumerable.ToList(new HashSet<string> { \"a\", \"a\", \"b\" }) }" },
        { "a lambda passed to LINQ", "new Box { Items = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(Shared.Numbered(2), s => s + \"!\")) }" },
    };

    [Theory]
    [MemberData(nameof(Taken))]
    public void Plain_data_is_read_from_syntax_with_the_operation_paths_value(string what, string expression)
    {
        var (fromOperations, fromSyntax, bySyntax, deferrals) = BothWays(Definitions("public static class Defs { public static Box Value => " + expression + "; }"));
        Assert.True(bySyntax == 1, what + ": the syntax path did not take it");
        AssertSame(fromOperations, fromSyntax);
    }

    [Theory]
    [MemberData(nameof(Deferred))]
    public void Anything_else_is_bound_and_gives_the_same_outcome(string what, string expression)
    {
        var (fromOperations, fromSyntax, bySyntax, deferrals) = BothWays(Definitions("public static class Defs { public static Box Value => " + expression + "; }"));
        Assert.True(bySyntax == 0, what + ": the syntax path took it");
        AssertSame(fromOperations, fromSyntax);
    }

    [Fact]
    public void Fields_initialized_properties_getters_and_parameterless_methods_are_read_from_syntax_too()
    {
        var (fromOperations, fromSyntax, bySyntax, deferrals) = BothWays(Definitions("""
            public static class Defs
            {
                public static readonly Box Field = new() { Text = "field" };
                public static Box Method() => Field with { Count = 2 };
                public static Box Initialized { get; } = new() { Inner = Field };
                public static Box Getter { get => Field with { Count = 3 }; }
            }
            """));
        Assert.Equal(4, bySyntax);
        AssertSame(fromOperations, fromSyntax);
    }

    [Fact]
    public void A_budget_spent_in_a_helper_the_syntax_path_calls_is_final_and_not_spent_again()
    {
        var (fromOperations, fromSyntax, bySyntax, deferrals) = BothWays(Definitions("""
            public static class Deep
            {
                public static Box Down(int n) => n > 1000 ? new Box() : Down(n + 1);
            }

            public static class Defs
            {
                public static Box Value => Deep.Down(0);
            }
            """));
        Assert.Contains("KD0002", fromSyntax, StringComparison.Ordinal);
        AssertSame(fromOperations, fromSyntax);
        Assert.Equal(0, bySyntax);
        Assert.Empty(deferrals);
    }

    [Fact]
    public void Generator_and_analyzer_caches_of_one_compilation_are_separate()
    {
        var compilation = GeneratorHarness.Compile(Definitions("public static class Defs { public static Box Value => new(); }"));
        var forGenerator = StaticValueCache.ForGenerator(compilation);
        var forAnalyzer = StaticValueCache.ForAnalyzer(compilation);
        Assert.NotSame(forGenerator, forAnalyzer);
        Assert.Same(forGenerator, StaticValueCache.ForGenerator(compilation));
        Assert.Same(forAnalyzer, StaticValueCache.ForAnalyzer(compilation));
    }

    /// <param name="project">The sample's folder.</param>
    /// <param name="plainData">Whether most of its definitions are plain data the syntax path should read.</param>
    [Theory]
    [InlineData("Spark", true)]
    [InlineData("Flink", true)]
    [InlineData("PodTemplates", true)]
    [InlineData("Pipelines", false)]
    [InlineData("Platform", false)]
    public void Every_sample_definition_evaluates_the_same_both_ways(string project, bool plainData)
    {
        var folder = Path.Combine(Fixtures.RepoRoot, "samples", project);
        var valuesFolder = Path.Combine(folder, "values");
        var values = Directory.Exists(valuesFolder)
            ? Directory.EnumerateFiles(valuesFolder).OrderBy(f => f, StringComparer.Ordinal).Select(f => new ValuesFileText("values/" + Path.GetFileName(f), f, File.ReadAllText(f))).ToList()
            : [];
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Append(Fixtures.HelperSource)
            .Select(File.ReadAllText)
            .ToArray();
        var (fromOperations, fromSyntax, bySyntax, deferrals) = BothWays(values, sources);
        AssertSame(fromOperations, fromSyntax);
        Assert.DoesNotContain("\nKD0", fromOperations, StringComparison.Ordinal);

        // The samples are written the way users write definitions; most of them are plain data, except the
        // platform sample, which loops over its values files, and the pipeline, which builds its tasks with helpers.
        var members = fromOperations.Split("\n== ").Length - 1;
        output.WriteLine($"{project}: {bySyntax} of {members} definitions read from syntax; the others for: " + string.Join(", ", deferrals));
        Assert.True(!plainData || bySyntax * 2 >= members, $"{project}: only {bySyntax} of {members} definitions were read from syntax");
    }

    // The whole of both dumps, so a difference shows with its context.
    private static void AssertSame(string fromOperations, string fromSyntax) =>
        Assert.True(fromOperations == fromSyntax, "From operations:" + fromOperations + "\nFrom syntax:" + fromSyntax);

    private static string Definitions(string source) => GeneratorHarness.Usings + Types + "\n" + source;

    /// <summary>Dumps of every manifest value (or its error) from each path, and how many the syntax path read.</summary>
    private static (string FromOperations, string FromSyntax, int BySyntax, List<string> Deferrals) BothWays(params string[] sources) => BothWays([], sources);

    private static (string FromOperations, string FromSyntax, int BySyntax, List<string> Deferrals) BothWays(IReadOnlyList<ValuesFileText> values, params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var members = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().Select(node => compilation.GetSemanticModel(tree).GetDeclaredSymbol(node)))
            .Where(symbol => symbol is { IsStatic: true, ContainingType.Name: not "Shared" } and (IPropertySymbol or IFieldSymbol { IsConst: false } or IMethodSymbol { MethodKind: MethodKind.Ordinary })
                && (symbol.ContainingType.Name == "Defs" || symbol.GetAttributes().Any(a => a.AttributeClass?.Name == "ManifestAttribute")))
            .Distinct(SymbolEqualityComparer.Default)
            .ToList();
        Assert.NotEmpty(members);

        var bySyntax = 0;
        var deferrals = new List<string>();
        string Dumps(bool syntaxFirst)
        {
            var statics = new StaticValueCache(skipNullableAnalysis: syntaxFirst);
            var text = new StringBuilder();
            foreach (var member in members)
            {
                foreach (var (environment, argument) in Environments.Variants(member!))
                {
                    var evaluator = new Evaluator(compilation, statics, member!.Name, CancellationToken.None, ValuesSource.All(values)) { SyntaxFirst = syntaxFirst };
                    text.Append("\n== ").Append(member.ToDisplayString()).Append(' ').Append(environment).Append('\n');
                    try
                    {
                        Dump(evaluator.EvaluateStaticMember(member, member.Locations[0], argument), text, "");
                    }
                    catch (EvaluationException failure)
                    {
                        text.Append(failure.Descriptor.Id).Append(' ').Append(Where(failure.Location)).Append(' ').Append(string.Join("|", failure.Arguments)).Append('\n');
                    }

                    if (syntaxFirst)
                    {
                        bySyntax += evaluator.SyntaxEvaluations;
                        deferrals.AddRange(evaluator.SyntaxDeferrals);
                    }
                }
            }

            return text.ToString();
        }

        return (Dumps(syntaxFirst: false), Dumps(syntaxFirst: true), bySyntax, deferrals);
    }

    private static void Dump(Value value, StringBuilder text, string indent)
    {
        text.Append(indent).Append(value.GetType().Name).Append(" @").Append(Where(value.Origin)).Append(' ');
        switch (value)
        {
            case PrimitiveValue primitive:
                text.Append(primitive.Clr.GetType().Name).Append(' ').Append(Convert.ToString(primitive.Clr, CultureInfo.InvariantCulture)).Append('\n');
                break;
            case EnumValue enumValue:
                text.Append(TypeName(enumValue.Type)).Append(' ').Append(enumValue.Underlying).Append('\n');
                break;
            case QuantityValue quantity:
                text.Append(quantity.Canonical).Append('\n');
                break;
            case IntOrStringValue intOrString:
                text.Append(intOrString.Text).Append('\n');
                break;
            case ObjectValue objectValue:
                text.Append(TypeName(objectValue.Type)).Append('\n');
                foreach (var property in objectValue.Properties)
                {
                    var origin = objectValue.PropertyOrigins.TryGetValue(property.Key, out var assigned) ? Where(assigned) : "-";
                    text.Append(indent).Append("  .").Append(property.Key).Append(" assigned @").Append(origin).Append('\n');
                    Dump(property.Value, text, indent + "    ");
                }

                break;
            case ListValue list:
                text.Append(TypeName(list.Type)).Append('\n');
                foreach (var item in list.Items)
                {
                    Dump(item, text, indent + "  ");
                }

                break;
            case DictionaryValue dictionary:
                text.Append(TypeName(dictionary.Type)).Append('\n');
                for (var i = 0; i < dictionary.Entries.Count; i++)
                {
                    text.Append(indent).Append("  [").Append(dictionary.Entries[i].Key).Append("] key @").Append(Where(dictionary.KeyOrigin(i))).Append('\n');
                    Dump(dictionary.Entries[i].Value, text, indent + "    ");
                }

                break;
            default:
                text.Append('\n');
                break;
        }
    }

    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static string Where(Location? location) => location is null || !location.IsInSource
        ? "none"
        : Path.GetFileName(location.SourceTree!.FilePath) + ":" + location.SourceSpan;
}

using CsCheck;

namespace KubeDsl.Generators.Tests.Fuzzing;

/// <summary>Random definitions in the evaluated subset: helpers, with, conditionals, collection expressions, loops and LINQ.</summary>
public static class RandomDefinitions
{
    private static readonly Gen<string> Literal = HardStrings.Any.Where(s => s.Length < 40).Select(CSharpLiteral.String);

    private static readonly Gen<string> Number = Gen.OneOf("0", "1", "-1", "int.MaxValue", "int.MinValue", "N.Count", "Helpers.Depth(3)", "N.Count / 0", "checked(int.MaxValue + N.Count)", "\"12\".Length");

    private static Gen<string> Text(int depth) => depth == 0
        ? Gen.Frequency<string>((3, Literal), (1, Number.Select(n => "(" + n + ").ToString()")), (1, Gen.Const("N.Name")))
        : Gen.Frequency<string>(
            (3, Text(depth - 1)),
            (1, Text(depth - 1).Select(Text(depth - 1), (a, b) => a + " + " + b)),
            (1, Text(depth - 1).Select(a => "$\"{" + a + "}-x{" + "N.Count,3}\"")),
            (1, Gen.Select(Number, Text(depth - 1), Text(depth - 1), (n, a, b) => "(" + n + " > 0 ? " + a + " : " + b + ")")),
            (1, Text(depth - 1).Select(a => "Helpers.Upper(" + a + ")")),
            (1, Text(depth - 1).Array[0, 3].Select(items => "string.Join(\",\", new List<string> { " + string.Join(", ", items) + " }.Select(s => s.Trim()).Where(s => s.Length > 0))")),
            (1, Text(depth - 1).Array[0, 3].Select(items => "Helpers.Loop([" + string.Join(", ", items) + "])")),
            (1, Text(depth - 1).Select(a => a + ".Substring(" + "N.Count)")),
            (1, Number.Select(n => "Helpers.Items(" + n + ")[0]")));

    public static readonly Gen<string> Expression = Text(3);

    /// <summary>A whole project: shared values, helpers, and members that put random text into a Flink configuration.</summary>
    public static readonly Gen<string> Source = Expression.Array[1, 4].Select(Wrap);

    public static string Wrap(string[] expressions) => GeneratorHarness.Usings + """
        using System.Linq;

        public static class N
        {
            public const string Name = "n";
            public static readonly int Count = 2;
            public static readonly KubeDsl.Flink.FlinkDeployment Base = new() { Metadata = new() { Name = "base" }, Spec = new() { Image = "flink:2.0", FlinkConfiguration = new() { ["a"] = "b" } } };
        }

        public static class Helpers
        {
            public static string Upper(string s) => s.ToUpperInvariant();
            public static int Depth(int n) => n <= 0 ? 0 : 1 + Depth(n - 1);
            public static string Loop(List<string> items) { var r = ""; foreach (var i in items) { r += i; } for (var k = 0; k < items.Count; k++) { r += k; } return r; }
            public static List<string> Items(int n) => Enumerable.Range(0, n).Select(i => "i" + i).ToList();
        }

        public static class Defs
        {
        """ + string.Concat(expressions.Select((e, i) => $$"""
                [Manifest("m{{i}}.yaml")]
                public static KubeDsl.Flink.FlinkDeployment M{{i}} => N.Base with { Metadata = new() { Name = "m{{i}}" }, Spec = N.Base.Spec! with { FlinkConfiguration = new() { ["v"] = {{e}}, ["w"] = {{e}} + "!" } } };

            """)) + "}\n";
}
